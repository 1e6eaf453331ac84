/**
 * `lowerCaseWordsIn` (name-evidence.ts) without its regular expression: the same words, in the
 * same order, found by a scan over the code points with their classes looked up in a table. Each
 * part of a long document is read so (analysis/in-parts.ts), and the regular expression's match
 * arrays were one of the analysis's largest sources of garbage (96 MB for the 5 MB document).
 */
import { lowerCaseWordsIn } from '../name-evidence.js';

const LOWER = /^\p{Ll}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const IN_WORD = /^[\p{L}\p{M}'’-]$/u;
/** A code point's classes as bits: */
const IS_LOWER = 1;
const IS_LETTER_OR_DIGIT = 2;
const IS_IN_WORD = 4;
const KNOWN = 8;

/** The classes of each code point below 0x10000, worked out when first met (0: not yet). */
const bmp = new Uint8Array(0x10000);

function classesOf(cp: number): number {
  if (cp < 0x10000) {
    const k = bmp[cp]!;
    if (k !== 0) return k;
  }
  const s = String.fromCodePoint(cp);
  const k =
    KNOWN |
    (LOWER.test(s) ? IS_LOWER : 0) |
    (LETTER_OR_DIGIT.test(s) ? IS_LETTER_OR_DIGIT : 0) |
    (IN_WORD.test(s) ? IS_IN_WORD : 0);
  if (cp < 0x10000) bmp[cp] = k;
  return k;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The code point at p (a surrogate pair read as one, as a `u` expression reads it). */
function codePointAt(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (isHigh(c) && p + 1 < text.length) {
    const d = text.charCodeAt(p + 1);
    if (isLow(d)) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return c;
}

/** The code point that ends at p (what a `u` expression's look-behind reads there). */
function codePointBefore(text: string, p: number): number {
  const c = text.charCodeAt(p - 1);
  if (isLow(c) && p >= 2) {
    const h = text.charCodeAt(p - 2);
    if (isHigh(h)) return 0x10000 + ((h - 0xd800) << 10) + (c - 0xdc00);
  }
  return c;
}

/**
 * Exactly `lowerCaseWordsIn(text, from, to)`: the distinct words of text[from, to) written in lower
 * case (a word may run on past `to`), or null when the word at `from` may have begun before it.
 */
export function lowerCaseWordsScanned(text: string, from: number, to: number): string[] | null {
  if (from > 0 && classesOf(codePointBefore(text, from)) & IS_IN_WORD) {
    // The expression's own test reads one code unit there: let it decide.
    return lowerCaseWordsIn(text, from, to);
  }
  // Starting inside a surrogate pair: left to the expression as well.
  if (from > 0 && from < text.length && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1)))
    return lowerCaseWordsIn(text, from, to);
  const words = new Set<string>();
  const n = text.length;
  let p = from;
  while (p < to && p < n) {
    const cp = codePointAt(text, p);
    const width = cp > 0xffff ? 2 : 1;
    if (classesOf(cp) & IS_LOWER && !(p > 0 && classesOf(codePointBefore(text, p)) & IS_LETTER_OR_DIGIT)) {
      let e = p + width;
      while (e < n) {
        const next = codePointAt(text, e);
        if (!(classesOf(next) & IS_IN_WORD)) break;
        e += next > 0xffff ? 2 : 1;
      }
      words.add(text.slice(p, e));
      p = e;
      continue;
    }
    p += width;
  }
  return [...words];
}
