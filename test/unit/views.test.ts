import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { Analysis, Quote } from '../../src/analysis/types.js';
import { parsePlainText as parseArticle } from '../../src/load/parse-text.js';
import { briefMarkdown, escapeMarkdown } from '../../src/layout/brief.js';
import { UNATTRIBUTED, firstWords, quoteCounts, quotesBySpeaker, timeline } from '../../src/layout/views.js';

const SEED = 'seeds/us-drone-strike-baghdad.txt';
const seed = parseArticle(readFileSync(SEED, 'utf8'), SEED);
const seedAnalysis = analyze(seed);

const quote = (start: number, end: number, speaker: string | null, speakerEntity: string | null = null): Quote => ({
  start,
  end,
  speaker,
  speakerEntity,
  verb: speaker ? 'said' : null,
});

describe('quotesBySpeaker', () => {
  it('groups by speaker in order of first quotation, entity names first, the unattributed last', () => {
    const analysis = {
      entities: [{ id: 'person:ann', name: 'Ann Lee', type: 'person' as const, aliases: ['Lee'], mentions: [] }],
      quotes: [
        quote(50, 60, null),
        quote(10, 20, 'Lee', 'person:ann'),
        quote(30, 40, 'a spokesman'),
        quote(70, 80, 'Ann Lee', 'person:ann'),
        quote(90, 95, 'A  Spokesman'),
      ],
    };
    const groups = quotesBySpeaker(analysis);
    expect(groups.map((g) => [g.speaker, g.quotes.map((q) => q.start)])).toEqual([
      ['Ann Lee', [10, 70]],
      ['a spokesman', [30, 90]],
      [UNATTRIBUTED, [50]],
    ]);
    expect(quoteCounts(analysis).get('person:ann')).toBe(2);
  });

  it('on the seed: every quotation appears once, under its speaker', () => {
    const groups = quotesBySpeaker(seedAnalysis);
    expect(groups.flatMap((g) => g.quotes).length).toBe(seedAnalysis.quotes.length);
    const hezbollah = groups.find((g) => g.speaker === 'Kataib Hezbollah');
    expect(hezbollah?.quotes.map((q) => firstWords(seed.text, q, 40))).toEqual(['embarrassment']);
  });

  it('firstWords cuts at a word, without the quotation marks', () => {
    const text = '“There are no indications of collateral damage,” it said.';
    expect(firstWords(text, { start: 0, end: 48 }, 22)).toBe('There are no…');
    expect(firstWords(text, { start: 0, end: 48 }, 100)).toBe('There are no indications of collateral damage,');
  });
});

describe('timeline', () => {
  it('orders the dates the text allows to place and lists the rest apart', () => {
    const text = 'It began on 4 January 2024. By March 2023 talks had failed. On Wednesday it ended. At 21:30 a shot.';
    const analysis = analyze(parseArticle(`Title\n\n${text}`, 't.txt')) as Analysis;
    const withRef = timeline(analysis, { year: 2024, month: 2, day: 1 });
    const surface = (s: { start: number; end: number }) => analysis.text.slice(s.start, s.end);
    expect(withRef.placed.map((e) => [surface(e.span), e.value])).toEqual([
      ['March 2023', '2023-03'],
      ['4 January 2024', '2024-01-04'],
      ['Wednesday', '2024-01-31'],
    ]);
    expect(withRef.unplaced.map((e) => surface(e.span))).toEqual(['21:30']);
    expect(surface(withRef.placed[2]!.sentence)).toBe('On Wednesday it ended.');
    // Without the article's date, "Wednesday" cannot be placed: it is listed apart, not guessed.
    const alone = timeline(analysis, null);
    expect(alone.placed.map((e) => surface(e.span))).toEqual(['March 2023', '4 January 2024']);
    expect(alone.unplaced.map((e) => surface(e.span))).toEqual(['Wednesday', '21:30']);
  });
});

describe('brief', () => {
  it('escapes what Markdown would read as markup', () => {
    expect(escapeMarkdown('*not* _em_ [x](y) <b> `c` # h')).toBe('\\*not\\* \\_em\\_ \\[x\\](y) \\<b\\> \\`c\\` \\# h');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });

  it('the seed’s brief (checked by eye: test/unit/__snapshots__/seed.brief.md)', async () => {
    const md = briefMarkdown({ analysis: seedAnalysis, source: SEED, meta: { published: '2024-02-08' } });
    await expect(md).toMatchFileSnapshot('__snapshots__/seed.brief.md');
    expect(md).toContain('**Kataib Hezbollah** (1 quotation)');
    expect(md).toMatch(/- \*\*2024-01-28\*\* \(28 January\)/);
  });
});
