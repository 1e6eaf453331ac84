import { BMP, DIGIT, LOWER, MARK, UPPER, bmpClass, isWordClass } from './char-class.js';
import type { BlockScanner } from './scanner.js';
import { WORD } from './token-kinds.js';
import { urlEnd } from './url-end.js';
import { hashRange } from '../ner/features/hashing.js';

const WORD_NORM = /[\u2018\u2019\u2010\u2011\u00ad]/g;
const normalizeChar = (ch: string): string => (ch === '\u00ad' ? '' : ch === '\u2010' || ch === '\u2011' ? '-' : "'");

/** Where the scan of one word stands (one per BlockScanner, set afresh for each word: no garbage per word). */
export interface WordScan {
  /** Where the word starts. */
  start: number;
  /** Whether it opens a sentence after a "." (it starts with a capital letter or a digit). */
  opens: boolean;
  /** Start of the current run of word characters. */
  seg: number;
  /** The form differs from the text: a curly apostrophe, a Unicode hyphen, a soft hyphen. */
  norm: boolean;
  /** The first ".-" was checked (only it can follow letter-period pairs). */
  dotsChecked: boolean;
  /** Where an e-mail address ends the word, once its domain is read (0 until then). */
  end: number;
}

/**
 * Scans the word starting at i (a word character of class `first`), emits it (and a clitic split
 * off it), and returns where it ends. A word is runs of word characters joined by what may sit
 * inside one: hyphens, periods, apostrophes, a comma or colon in a figure, "_", "&", "@".
 */
export function scanWord(s: BlockScanner, i: number, first: number): number {
  const { text, to } = s;
  const opens = first === UPPER || first === DIGIT;
  const c0 = text.charCodeAt(i);
  if (c0 === 0x68 || c0 === 0x48 || c0 === 0x77 || c0 === 0x57) {
    const e = urlEnd(s, i);
    if (e > 0) {
      s.emit(i, e, text.slice(i, e), WORD, opens);
      return e;
    }
  }
  const w = s.word;
  w.start = i;
  w.opens = opens;
  w.seg = i;
  w.norm = false;
  w.dotsChecked = false;
  w.end = 0;
  let j = i;
  for (;;) {
    j = runEnd(s, j);
    if (j >= to) break;
    const c = text.charCodeAt(j);
    if (c === 0x27 || c === 0x2019) {
      // ' and ’: clitics split off, otherwise inside: "O'Brien"
      if (s.wordAt(j + 1) === 0) break;
      const e = splitClitic(s, w, j);
      if (e > 0) return e;
      if (c !== 0x27) w.norm = true;
      w.seg = ++j;
      continue;
    }
    const next = joinAt(s, w, j, c);
    if (next < 0) {
      if (w.end > 0) j = w.end;
      break;
    }
    j = next;
  }
  if (j < to && text.charCodeAt(j) === 0x2e && !(j + 1 < to && text.charCodeAt(j + 1) === 0x2e) && s.keepsPeriod(i, j))
    j++;
  emitWord(s, w, j);
  return j;
}

/** End of the run of word characters from j. */
function runEnd(s: BlockScanner, j: number): number {
  const { text, to } = s;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      const k = BMP[c]!;
      if (k >= UPPER && k <= MARK) {
        j++;
        continue;
      }
      break;
    }
    const w = s.wordAt(j);
    if (w === 0) break;
    j += w;
  }
  return j;
}

/** Emits the word text[start, end), its form normalised if it needs to be. */
function emitWord(s: BlockScanner, w: WordScan, end: number): void {
  if (!w.norm) return s.emit(w.start, end, wordString(s.text, w.start, end), WORD, w.opens);
  const word = s.text.slice(w.start, end);
  s.emit(w.start, end, word.replace(WORD_NORM, normalizeChar), WORD, w.opens);
}

/** Words last cut from a text, by a hash of their code units (a power of two of them). */
const SEEN = 4096;
const seen: (string | undefined)[] = new Array<string | undefined>(SEEN);
/** Longer words are cut as they come (a slice, not a copy). */
const SEEN_LONGEST = 12;

/**
 * text.slice(start, end), the same string as the last time this word was cut if it is still
 * among those SEEN: the words a text repeats ("the", "said", a name) are one string each, not a
 * copy per token. A long document's part keeps its tokens until its names are found, so each copy
 * outlived the analysis thread's nursery and was copied there and into the old generation.
 */
function wordString(text: string, start: number, end: number): string {
  const n = end - start;
  if (n > SEEN_LONGEST) return text.slice(start, end);
  const h = hashRange(text, start, end, n);
  const k = (h ^ (h >>> 15)) & (SEEN - 1);
  const last = seen[k];
  if (last !== undefined && last.length === n && text.startsWith(last, start)) return last;
  return (seen[k] = text.slice(start, end));
}

/**
 * At the apostrophe at j inside a word: a clitic split off ("Smith" "'s", "did" "n't"), both
 * emitted; returns where the clitic ends, or 0 when the apostrophe stays inside the word.
 */
function splitClitic(s: BlockScanner, w: WordScan, j: number): number {
  const { text } = s;
  const i = w.start;
  const e = s.cliticEnd(j);
  if (e <= 0) return 0;
  if (s.isClitic(j, e)) {
    emitWord(s, w, j);
    s.emit(j, e, "'" + text.slice(j + 1, e), WORD, false);
    return e;
  }
  if (s.isNt(j, e)) {
    const nt = text[j - 1] + "'" + text[e - 1];
    if (j - 1 === i) {
      s.emit(i, e, nt, WORD, false);
      return e;
    }
    if (j - 1 > w.seg) {
      emitWord(s, w, j - 1);
      s.emit(j - 1, e, nt, WORD, false);
      return e;
    }
  }
  return 0;
}

/**
 * After a run of word characters, at j (code unit c, not an apostrophe): where the word goes on
 * if c joins the run to another, or −1 if the word ends here (at `w.end` if that was set).
 */
function joinAt(s: BlockScanner, w: WordScan, j: number, c: number): number {
  const { text } = s;
  switch (c) {
    case 0x2d: // - (and the Unicode hyphens): "Iran-backed", "1996-08-22"
    case 0x2010:
    case 0x2011:
      if (s.wordAt(j + 1) === 0) return -1;
      if (c !== 0x2d) w.norm = true;
      return (w.seg = j + 1);
    case 0x2e:
      return periodAt(s, w, j);
    case 0x2c: // , in a figure: "2,500", "1,000,000"
      if (s.digitAt(j - 1) && s.digitAt(j + 1) && s.digitAt(j + 2) && s.digitAt(j + 3) && !s.digitAt(j + 4))
        return (w.seg = j + 1);
      return -1;
    case 0x3a: // : in a time: "21:30"
      if (bmpClass(text.charCodeAt(j - 1)) === DIGIT && s.classAt(j + 1) === DIGIT) return (w.seg = j + 1);
      return -1;
    case 0x5f: // _ joining words: "john_smith"
      if (s.wordAt(j + 1) === 0) return -1;
      return (w.seg = j + 1);
    case 0x26: // & between capitals: "AT&T", "M&S"
      if (bmpClass(text.charCodeAt(j - 1)) === UPPER && s.classAt(j + 1) === UPPER) return (w.seg = j + 1);
      return -1;
    case 0x40: // @ of an e-mail address: the domain needs a dot, and ends the token
      if (s.wordAt(j + 1) === 0) return -1;
      w.end = emailDomainEnd(s, j);
      return -1;
    case 0xad: // soft hyphen: invisible, dropped from the form
      if (s.wordAt(j + 1) === 0) return -1;
      w.norm = true;
      return (w.seg = j + 1);
    default:
      return -1;
  }
}

/** A period at j inside a word: "3.5", "U.S", "bbc.co.uk"; before a hyphen: "U.S.-led". */
function periodAt(s: BlockScanner, w: WordScan, j: number): number {
  const { text, to } = s;
  const k = s.classAt(j + 1);
  if (isWordClass(k)) {
    const segClass = bmpClass(text.charCodeAt(w.seg));
    if (k !== UPPER || (j - w.seg === 1 && (segClass === UPPER || segClass === LOWER))) return (w.seg = j + 1);
    return -1;
  }
  if (!w.dotsChecked && j + 1 < to && text.charCodeAt(j + 1) === 0x2d && s.wordAt(j + 2) > 0) {
    // Only the first ".-" can follow letter-period pairs; checking once keeps this linear.
    w.dotsChecked = true;
    if (!s.isLetterDots(w.start, j)) return -1;
    return (w.seg = j + 2);
  }
  return -1;
}

/** The end of an e-mail address's domain after the "@" at j, or 0 if it has no dot. */
function emailDomainEnd(s: BlockScanner, j: number): number {
  const { text, to } = s;
  let m = j + 1;
  let dot = false;
  for (;;) {
    let w: number;
    while ((w = s.wordAt(m)) > 0) m += w;
    const d = m < to ? text.charCodeAt(m) : -1;
    if ((d === 0x2e || d === 0x2d || d === 0x5f) && s.wordAt(m + 1) > 0) {
      if (d === 0x2e) dot = true;
      m++;
      continue;
    }
    break;
  }
  return dot ? m : 0;
}
