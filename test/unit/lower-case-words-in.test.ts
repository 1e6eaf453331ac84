/**
 * The lower-case words of a long document gathered part by part (analysis/in-parts.ts, each part
 * in whichever thread reads it) are exactly those of one pass over the whole text: what decides
 * whether "Antibiotics" opening a sentence is a name must not depend on how the text was cut.
 */
import { describe, expect, it } from 'vitest';
import { partsOf } from '../../src/analysis/analyze.js';
import { lowerCaseWords, lowerCaseWordsIn } from '../../src/analysis/name-evidence.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import { chronicle } from '../helpers/chronicle.js';

describe('lower-case words part by part', () => {
  it("the parts' words together are the whole text's, each part's once", () => {
    const long = parsePlainText(chronicle(900), 'chronicle.txt');
    const parts = partsOf(long);
    expect(parts.length).toBeGreaterThan(1);
    const union = new Set<string>();
    for (const p of parts) {
      const words = lowerCaseWordsIn(long.text, p.start, p.end)!;
      expect(new Set(words).size).toBe(words.length);
      for (const w of words) union.add(w);
    }
    expect([...union].sort()).toEqual([...lowerCaseWords(long.text)()].sort());
  });

  it('a word that runs over the end of a stretch belongs to it; one cut in the middle gives null', () => {
    const text = 'Alpha beta-gamma\n\ndelta epsilon';
    const cut = text.indexOf('gamma');
    expect(lowerCaseWordsIn(text, 0, cut)).toEqual(['beta-gamma']);
    expect(lowerCaseWordsIn(text, cut, text.length)).toBeNull();
    const next = text.indexOf('delta');
    expect(lowerCaseWordsIn(text, next, text.length)).toEqual(['delta', 'epsilon']);
    // "Élan" opens a word with a capital, "über" with a small letter; digits do not start one.
    expect(lowerCaseWordsIn('Élan über 9lives x', 0, 18)).toEqual(['über', 'x']);
  });
});
