import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDateSpans } from '../../src/analysis/dates.js';
import { corpusFiles } from '../../scripts/corpus.mjs';
import { LIBRARY_STORY } from '../helpers/texts.js';

const SEED = new URL('../../seeds/us-drone-strike-baghdad.txt', import.meta.url);
const BBC = fileURLToPath(new URL('../../../shared/data/bbc-news/', import.meta.url));

/** A deterministic pseudo-random sequence (no seedless randomness in tests). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Pieces of dates and near-misses: each pattern's words, in and out of case, with and without what it needs. */
const PIECES = (
  'in May|since may|Mid-May|mid-2005|the 1990s|the 20th century|20th Century Fox|21st Century|' +
  'the fourth quarter|first quarter of 2005|Quarter|New Year|New Year’s Day|Christmas Eve|Easter Monday|' +
  'Ramadan|Diwali|two weeks ago|A year EARLIER|three months later|several days Ago|' +
  '28 January 2024|Friday 4 January|1st of May|January 28, 2024|Sept. 5|6 to 9 January|4-6 March 2005|' +
  'January 2024|summer 2006|Christmas 2004|October last year|July to September|between October and December|' +
  'last Friday|Wednesday|Sunday night|early on Monday|in January|last December|21:30|18:30 GMT|10.30pm|9am|' +
  '0900 GMT|last month|earlier this week|the past year|next three years|the coming months|late last season|' +
  'the weekend|the end of 2005|the start of the year|yesterday|Tonight|2004-05|1999|£2005|' +
  'Mark|Market|Marchers|Junes|Decembers|mayor|Monday’s|ago|later|earlier|century|quarter|mid|the|of|and|said|,|.|\n\n'
).split('|');

/** Generous: these compare with the slow path on thousands of inputs, and the machine may be busy. */
const SLOW = { timeout: 60_000 };

describe('date spans: patterns skipped when the text lacks what they need (dates.ts)', () => {
  it('finds exactly what searching with every pattern finds, on generated texts', SLOW, () => {
    const next = random(10);
    for (let n = 0; n < 2000; n++) {
      const length = 1 + Math.floor(next() * 10);
      const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]!).join(' ');
      expect(findDateSpans(text), text).toEqual(findDateSpans(text, true));
    }
  });

  it('finds exactly what searching with every pattern finds, on written and real articles', SLOW, () => {
    const texts = [readFileSync(SEED, 'utf8'), LIBRARY_STORY];
    if (existsSync(BBC))
      for (const f of corpusFiles(BBC).filter((_, i) => i % 10 === 0)) texts.push(readFileSync(f, 'utf8'));
    let spans = 0;
    for (const text of texts) {
      const all = findDateSpans(text, true);
      expect(findDateSpans(text)).toEqual(all);
      spans += all.length;
    }
    expect(spans).toBeGreaterThan(0);
  });

  it('still finds a date of each skippable kind when the text has what it needs', () => {
    const found = (text: string) => findDateSpans(text).map((s) => text.slice(s.start, s.end));
    expect(found('We met in May and again in mid-May.')).toEqual(['in May', 'mid-May']);
    expect(found('It fell in the fourth quarter, three years ago, at Easter.')).toEqual([
      'the fourth quarter',
      'three years ago',
      'Easter',
    ]);
    expect(found('The 20th century began.')).toEqual(['The 20th century']);
  });
});
