import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { Analysis, Span } from '../../src/analysis/types.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import { scoreAnalysis, type Gold } from '../helpers/score.js';

const SEED = new URL('../../seeds/us-drone-strike-baghdad.txt', import.meta.url);
const GOLD = new URL('../fixtures/seed.gold.json', import.meta.url);

const article = parsePlainText(readFileSync(SEED, 'utf8'), 'seed');
const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as Gold;
const analysis = analyze(article);
const score = scoreAnalysis(gold, analysis);

function expectValidSorted(spans: readonly Span[], text: string) {
  let last = -1;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThan(s.end);
    expect(s.start).toBeGreaterThanOrEqual(last);
    last = s.start;
  }
}

describe('analysis of the seed article against its gold annotation', () => {
  it('finds named-entity mentions with F1 of at least 0.95', () => {
    expect(score.entities.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('groups at least 20 of the 21 gold entities whole', () => {
    expect(score.grouped.count, `not grouped: ${score.grouped.misgrouped.join(', ')}`).toBeGreaterThanOrEqual(20);
  });

  it('finds at least 8 of the 9 dates', () => {
    expect(score.dates.found).toBeGreaterThanOrEqual(8);
  });

  it('finds all 7 numbers with precision of at least 0.8', () => {
    expect(score.numbers.found).toBe(7);
    expect(score.numbers.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('finds all 8 quotes and names at least 6 speakers right', () => {
    expect(score.quotes.found).toBe(8);
    expect(score.quotes.speakersRight).toBeGreaterThanOrEqual(6);
  });

  it('gives the 24 paragraphs and one untitled section', () => {
    expect(analysis.paragraphs).toHaveLength(gold.paragraphs as number);
    expect(analysis.sections).toEqual([{ start: 0, end: analysis.text.length, title: null }]);
  });

  it('emits only valid spans, each list sorted by start', () => {
    const { text } = analysis;
    expectValidSorted(analysis.paragraphs, text);
    expectValidSorted(analysis.sentences, text);
    expectValidSorted(analysis.quotes, text);
    expectValidSorted(analysis.numbers, text);
    for (const e of analysis.entities) expectValidSorted(e.mentions, text);
  });

  it('keeps sentences inside paragraphs', () => {
    for (const s of analysis.sentences) {
      expect(analysis.paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
    }
  });

  it('gives every entity a unique id and no mention to two entities', () => {
    const ids = analysis.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const seen = new Set<string>();
    for (const e of analysis.entities) {
      for (const m of e.mentions) {
        const k = `${m.start}:${m.end}`;
        expect(seen.has(k)).toBe(false);
        seen.add(k);
      }
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(analyze(article))).toBe(JSON.stringify(analysis satisfies Analysis));
  });
});
