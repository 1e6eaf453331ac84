import { hashString } from './hashing.js';
import { wordInfo, type WordInfo } from './word-info.js';

/** A headline in capitals: every word with letters is upper case (and there are at least two). */
export function isAllCaps(words: readonly string[]): boolean {
  let n = 0;
  for (const w of words) {
    const info = wordInfo(w);
    if (!info.hasLetter) continue;
    if (!info.upper) return false;
    n++;
  }
  return n >= 2;
}

/**
 * Short words a title leaves in lower case ("Steps Down as Chief of the Board"): their hashes, as
 * signed 32-bit numbers (small integers to the engine, quick to look up).
 */
const MINOR_WORDS = new Set(
  [
    'a',
    'an',
    'the',
    'and',
    'or',
    'but',
    'nor',
    'of',
    'in',
    'on',
    'at',
    'to',
    'for',
    'by',
    'with',
    'from',
    'as',
    'vs',
    'via',
    'into',
    'onto',
    'over',
    'per',
    'up',
    'off',
    'out',
    'than',
    'is',
    'be',
    'de',
    'la',
    'le',
    'von',
    'van',
    'der',
    'del',
    'da',
    'di',
    'du',
    'des',
    'al',
    'el',
    'bin',
  ].map((w) => hashString(w) | 0),
);

/** A short function word a title leaves in lower case. */
export const isMinorWord = (word: string): boolean => MINOR_WORDS.has(hashString(word.toLowerCase()) | 0);

/**
 * A headline, heading or title in Title Case: at least three words other than short function
 * words, at least 80% of them capitalised, and not all in capitals. There, a capital letter says
 * little about a name.
 */
export function isTitleCase(words: readonly string[]): boolean {
  return titleCaseOf(words, words.map(wordInfo));
}

/** `isTitleCase(words)`, given each word's WordInfo. */
export function titleCaseOf(words: readonly string[], infos: readonly WordInfo[]): boolean {
  let content = 0;
  let caps = 0;
  let lower = 0;
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    if (!info.hasLetter) continue;
    if (!info.upper || words[i]!.length === 1) lower++;
    if (MINOR_WORDS.has(info.lowerHash | 0)) continue;
    content++;
    if (info.capitalised) caps++;
  }
  return content >= 3 && caps * 5 >= content * 4 && lower > 0;
}
