import { ABBREVIATIONS, CLITICS } from './abbreviations.js';
import { DIGIT, HIGH, LOWER, MARK, SHY, SYM, UPPER, WS, astralClass, bmpClass, isWordClass } from './char-class.js';
import { scanPunctuation } from './scan-punctuation.js';
import { scanWord, type WordScan } from './scan-word.js';
import type { TextToken } from './tokenize.js';
import { CLOSE, TERM, isAsciiLetter } from './token-kinds.js';

/**
 * The sentence being built, shared by every scanner (one runs at a time): its first `pendingCount`
 * tokens. A finished sentence is copied out at its exact length, so the tokens' lists are neither
 * grown a token at a time (copied at 17 and 41 tokens…) nor kept with the room they grew into.
 */
const pending: TextToken[] = [];
let pendingCount = 0;
/** The most tokens `pending` keeps between blocks (a longer sentence's are let go). */
const PENDING_KEPT = 256;

/**
 * Tokenises text[from, to) and appends its sentences to `out`: the scan's state (the sentence
 * being built and what ends it) and the look-ups the word and punctuation scanners share.
 */
export class BlockScanner {
  /** The last token was "." "!" "?" (possibly followed by closing quotes). */
  private afterTerm = false;
  /** Line breaks in the white space since the last token. */
  private newlines = 0;
  /** The word being scanned (scan-word.ts). */
  readonly word: WordScan = { start: 0, opens: false, seg: 0, norm: false, dotsChecked: false, end: 0 };

  constructor(
    readonly text: string,
    readonly from: number,
    readonly to: number,
    private readonly out: TextToken[][],
  ) {}

  /** Scans the whole block. */
  run(): void {
    const { text, to } = this;
    let p = this.from;
    pendingCount = 0;
    while (p < to) {
      const c = text.charCodeAt(p);
      let k = bmpClass(c);
      if (k === HIGH) k = this.classAt(p);
      if (k === WS) {
        if (c === 0x0a || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028) this.newlines++;
        else if (c === 0x0d) {
          if (p + 1 >= to || text.charCodeAt(p + 1) !== 0x0a) this.newlines++;
        } else if (c === 0x2029) this.newlines += 2;
        p += this.widthAt(p);
        continue;
      }
      if (k === SHY) {
        p++;
        continue;
      }
      if (k >= UPPER && k <= MARK) {
        p = scanWord(this, p, k);
        continue;
      }
      p = scanPunctuation(this, p, c);
    }
    this.endSentence();
    // The shared list keeps the tokens it last held: not those of a very long sentence.
    if (pending.length > PENDING_KEPT) pending.length = 0;
  }

  /** Appends the sentence being built, if it has a token, and starts the next. */
  private endSentence(): void {
    if (pendingCount > 0) this.out.push(pending.slice(0, pendingCount));
    pendingCount = 0;
  }

  /** Appends a token, first ending the sentence when a blank line or a "." before it says so. */
  emit(start: number, end: number, form: string, kind: number, opens: boolean): void {
    if (this.newlines >= 2) {
      this.endSentence();
      this.afterTerm = false;
    } else if (this.afterTerm && kind !== TERM && kind !== CLOSE) {
      if (opens) this.endSentence();
      this.afterTerm = false;
    }
    this.newlines = 0;
    pending[pendingCount++] = { start, end, form };
    if (kind === TERM) this.afterTerm = true;
  }

  /** Class of the code point at q (0 past the block). */
  classAt(q: number): number {
    if (q >= this.to) return 0;
    const c = this.text.charCodeAt(q);
    const k = bmpClass(c);
    if (k !== HIGH) return k;
    if (q + 1 < this.to) {
      const d = this.text.charCodeAt(q + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
    }
    return SYM;
  }

  /** Length of the code point at q. */
  widthAt(q: number): number {
    const c = this.text.charCodeAt(q);
    if (c >= 0xd800 && c <= 0xdbff && q + 1 < this.to) {
      const d = this.text.charCodeAt(q + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return 2;
    }
    return 1;
  }

  /** The code point at q, not reading past the block (a lone surrogate is itself). */
  codePointAt(q: number): number {
    const c = this.text.charCodeAt(q);
    if (c >= 0xd800 && c <= 0xdbff && q + 1 < this.to) {
      const d = this.text.charCodeAt(q + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
    }
    return c;
  }

  /** Length of the word character at q, or 0 if there is none. */
  wordAt(q: number): number {
    if (q >= this.to) return 0;
    const c = this.text.charCodeAt(q);
    const k = bmpClass(c);
    if (k >= UPPER && k <= MARK) return 1;
    if (k === HIGH && isWordClass(this.classAt(q))) return 2;
    return 0;
  }

  /** An ASCII digit at q, inside the block. */
  digitAt(q: number): boolean {
    if (q < this.from || q >= this.to) return false;
    const c = this.text.charCodeAt(q);
    return c >= 0x30 && c <= 0x39;
  }

  /** Class of the first character after q that is not white space (0 at the block end). */
  nextVisibleClass(q: number): number {
    while (q < this.to) {
      const k = this.classAt(q);
      if (k !== WS && k !== SHY) return k;
      q += this.widthAt(q);
    }
    return 0;
  }

  /** `text[i, j)` is letters each followed by a period, the last without one: "U.S", "e.g". */
  isLetterDots(i: number, j: number): boolean {
    const len = j - i;
    if (len < 3 || (len & 1) === 0) return false;
    for (let q = i; q < j; q += 2) {
      const k = bmpClass(this.text.charCodeAt(q));
      if (k !== UPPER && k !== LOWER) return false;
      if (q + 1 < j && this.text.charCodeAt(q + 1) !== 0x2e) return false;
    }
    return true;
  }

  /** Whether the word text[i, j), followed by a period at j, keeps the period. */
  keepsPeriod(i: number, j: number): boolean {
    const len = j - i;
    if (this.isLetterDots(i, j)) return true;
    if (len === 1) return bmpClass(this.text.charCodeAt(i)) === UPPER && this.nextVisibleClass(j + 1) === UPPER;
    if (len > 5) return false;
    const w = this.text.slice(i, j);
    if (ABBREVIATIONS.has(w)) return true;
    return w === 'No' && this.nextVisibleClass(j + 1) === DIGIT;
  }

  /**
   * A clitic after the apostrophe at q: the end of "'s" "'re" "'ve" "'ll" "'d" "'m" or of the
   * "t" of "n't", or 0. The letters must not be followed by another word character.
   */
  cliticEnd(q: number): number {
    let e = q + 1;
    while (e < this.to && e - q <= 3 && isAsciiLetter(this.text.charCodeAt(e))) e++;
    const len = e - q - 1;
    if (len < 1 || len > 2 || this.wordAt(e) > 0) return 0;
    return e;
  }

  isClitic(q: number, e: number): boolean {
    return CLITICS.has(this.text.slice(q + 1, e).toLowerCase());
  }

  isNt(q: number, e: number): boolean {
    const { text } = this;
    return (
      e === q + 2 &&
      (text.charCodeAt(q + 1) | 0x20) === 0x74 &&
      q > this.from &&
      (text.charCodeAt(q - 1) | 0x20) === 0x6e
    );
  }
}
