/**
 * The lower-case words of a stretch of text found by a scan over code points
 * (words/lower-case-words.ts) are exactly those the regular expression finds
 * (name-evidence.ts `lowerCaseWordsIn`): the same words in the same order, or null at the same cuts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partsOf } from '../../src/analysis/analyze.js';
import { lowerCaseWordsIn } from '../../src/analysis/name-evidence.js';
import { lowerCaseWordsScanned } from '../../src/analysis/words/lower-case-words.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import { chronicle } from '../helpers/chronicle.js';

/** Pieces that decide where a lower-case word starts and ends, astral and lone surrogates among them. */
const PIECES = [
  'a',
  'z',
  'é',
  'ß',
  'ǆ',
  'A',
  'É',
  'Ǆ',
  '9',
  '٣',
  'Ⅻ',
  '\u0301',
  "'",
  '’',
  '-',
  '_',
  ' ',
  '\n',
  '.',
  ',',
  '𝐚',
  '𝐀',
  '𐐨',
  '𐐀',
  '😀',
  '\ud835',
  '\udc1a',
  'ª',
  'º',
  'ʰ',
  'ᵃ',
  'ﬁ',
  'Σ',
  'σ',
  'ς',
  'İ',
  'ı',
  '·',
  '—',
];
const textOf = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

describe('lowerCaseWordsScanned', () => {
  it('gives what the regular expression gives, for any stretch of any text', () => {
    fc.assert(
      fc.property(textOf, fc.nat(), fc.nat(), (text, a, b) => {
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        expect(lowerCaseWordsScanned(text, from, to)).toEqual(lowerCaseWordsIn(text, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives each part of a long document what the regular expression gives', () => {
    const long = parsePlainText(chronicle(900), 'chronicle.txt');
    const parts = partsOf(long);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts)
      expect(lowerCaseWordsScanned(long.text, p.start, p.end)).toEqual(lowerCaseWordsIn(long.text, p.start, p.end));
  });

  it('reads a word on past the end of its stretch, and gives null for a stretch that starts inside one', () => {
    const text = 'Alpha beta-gamma\n\ndelta epsilon';
    const cut = text.indexOf('gamma');
    expect(lowerCaseWordsScanned(text, 0, cut)).toEqual(['beta-gamma']);
    expect(lowerCaseWordsScanned(text, cut, text.length)).toBeNull();
    expect(lowerCaseWordsScanned('Élan über 9lives x𝐚y 𝐚b', 0, 24)).toEqual(['über', 'x𝐚y', '𝐚b']);
  });
});
