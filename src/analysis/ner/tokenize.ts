/**
 * Tokenizer and sentence splitter for the named-entity tagger.
 *
 * The tagger was trained on CoNLL-2003 (Reuters newswire, pre-tokenised in a Penn-Treebank-like
 * way), so article text is cut the same way: punctuation, quote marks and brackets are tokens of
 * their own, possessives and contractions are split off ("Baghdad" "'s", "do" "n't"), while
 * hyphenated words, times, figures, URLs, e-mail addresses and abbreviations stay whole. Every
 * token keeps its exact span in the text; its `form` is what the model sees (curly quotes made
 * straight, dashes spelt "--", an ellipsis "...").
 *
 * A hand-written scanner over UTF-16 code units: no regular expression runs per character (a
 * code unit's class is looked up in a table filled lazily, once per distinct code unit).
 */

export interface NerToken {
  /** Offset in the text (UTF-16 code units). */
  readonly start: number;
  /** Exclusive; `text.slice(start, end)` is the token as written. */
  readonly end: number;
  /** The token as the model sees it, CoNLL style. */
  readonly form: string;
}

// ---------------------------------------------------------------------------------------------
// Character classes

/** Separator: white space, line breaks, control and invisible format characters. */
const WS = 1;
/** Upper- or title-case letter. */
const UPPER = 2;
/** Any other letter (lower case, modifier, caseless scripts). */
const LOWER = 3;
/** Decimal digit. */
const DIGIT = 4;
/** Other number characters (², ½, Roman numerals). */
const NUM = 5;
/** Combining marks, and the zero-width (non-)joiner. */
const MARK = 6;
/** Punctuation, symbols, lone surrogates, unassigned and private-use characters. */
const SYM = 7;
/** High surrogate: the class is that of the code point it starts, if paired. */
const HIGH = 8;
/** Soft hyphen: invisible, dropped from the form, kept inside a word. */
const SHY = 9;

const RE_SPACE = /[\s\p{Z}\p{Cc}\p{Cf}]/u;
const RE_UPPER = /[\p{Lu}\p{Lt}]/u;
const RE_LETTER = /\p{L}/u;
const RE_DIGIT = /\p{Nd}/u;
const RE_NUMBER = /\p{N}/u;
const RE_MARK = /\p{M}/u;

function classify(cp: number): number {
  if (cp === 0x200c || cp === 0x200d) return MARK;
  if (cp === 0xad) return SHY;
  if (cp >= 0xd800 && cp <= 0xdfff) return cp <= 0xdbff ? HIGH : SYM;
  const s = String.fromCodePoint(cp);
  if (RE_SPACE.test(s)) return WS;
  if (RE_UPPER.test(s)) return UPPER;
  if (RE_LETTER.test(s)) return LOWER;
  if (RE_DIGIT.test(s)) return DIGIT;
  if (RE_NUMBER.test(s)) return NUM;
  if (RE_MARK.test(s)) return MARK;
  return SYM;
}

/** Class of each BMP code unit; 0 until first seen. */
const BMP = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP[c] = classify(c);
const ASTRAL = new Map<number, number>();

function bmpClass(c: number): number {
  const k = BMP[c]!;
  return k !== 0 ? k : (BMP[c] = classify(c));
}

function astralClass(cp: number): number {
  let k = ASTRAL.get(cp);
  if (k === undefined) {
    k = classify(cp);
    ASTRAL.set(cp, k);
  }
  return k;
}

const isWordClass = (k: number): boolean => k >= UPPER && k <= MARK;

// ---------------------------------------------------------------------------------------------
// Token kinds, for sentence splitting

const WORD = 0;
/** "." "!" "?": may end a sentence. */
const TERM = 1;
/** Opening quote or bracket: may start a sentence. */
const OPEN = 2;
/** Closing quote or bracket: stays with a sentence-final "." before it. */
const CLOSE = 3;
const OTHER = 4;

/** Abbreviations that keep their period (case as written). */
const ABBREVIATIONS = new Set<string>([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'St',
  'Inc',
  'Corp',
  'Ltd',
  'Co',
  'Jr',
  'Sr',
  'vs',
  'etc',
  'Gen',
  'Col',
  'Lt',
  'Sgt',
  'Capt',
  'Rev',
  'Gov',
  'Sen',
  'Rep',
  'Mt',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
]);

/** Clitics split off after an apostrophe (lower-cased, without it); "n't" is handled apart. */
const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);

const WORD_NORM = /[\u2018\u2019\u2010\u2011\u00ad]/g;
const normalizeChar = (ch: string): string => (ch === '\u00ad' ? '' : ch === '\u2010' || ch === '\u2011' ? '-' : "'");

const URL_START = /(?:https?:\/\/|www\d{0,3}\.)/iy;

const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isOpener = (c: number): boolean =>
  c === 0x28 || c === 0x5b || c === 0x7b || c === 0x201c || c === 0x2018 || c === 0x201e || c === 0xab || c === 0x201a;

// ---------------------------------------------------------------------------------------------

/**
 * Sentences of tokens. `blocks` are [start,end) ranges of the text (paragraphs); a sentence never
 * crosses a block boundary. When omitted, the whole text is one block, and a blank line (\n\n)
 * still ends a sentence.
 *
 * With `blocks`, only text inside a block is tokenised; blocks are taken in order of their start,
 * clamped to the text, and any part of a block overlapping an earlier one is skipped.
 */
export function tokenizeForNer(text: string, blocks?: readonly { start: number; end: number }[]): NerToken[][] {
  const out: NerToken[][] = [];
  const n = text.length;
  if (blocks === undefined) {
    if (n > 0) scanBlock(text, 0, n, out);
    return out;
  }
  const clamp = (x: number): number => (x >= 0 ? (x <= n ? Math.trunc(x) : n) : 0);
  const ranges = blocks.map((b) => ({ start: clamp(b.start), end: clamp(b.end) }));
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  let done = 0;
  for (const r of ranges) {
    const start = Math.max(r.start, done);
    if (start < r.end) {
      scanBlock(text, start, r.end, out);
      done = r.end;
    }
  }
  return out;
}

/** Tokenises text[from, to) and appends its sentences to `out`. */
function scanBlock(text: string, from: number, to: number, out: NerToken[][]): void {
  let sentence: NerToken[] = [];
  /** The last token was "." "!" "?" (possibly followed by closing quotes). */
  let afterTerm = false;
  /** Line breaks in the white space since the last token. */
  let newlines = 0;

  const emit = (start: number, end: number, form: string, kind: number, opens: boolean): void => {
    if (newlines >= 2) {
      if (sentence.length > 0) {
        out.push(sentence);
        sentence = [];
      }
      afterTerm = false;
    } else if (afterTerm && kind !== TERM && kind !== CLOSE) {
      if (opens && sentence.length > 0) {
        out.push(sentence);
        sentence = [];
      }
      afterTerm = false;
    }
    newlines = 0;
    sentence.push({ start, end, form });
    if (kind === TERM) afterTerm = true;
  };

  /** Class of the code point at q (0 past the block). */
  const classAt = (q: number): number => {
    if (q >= to) return 0;
    const c = text.charCodeAt(q);
    const k = bmpClass(c);
    if (k !== HIGH) return k;
    if (q + 1 < to) {
      const d = text.charCodeAt(q + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
    }
    return SYM;
  };

  /** Length of the code point at q. */
  const widthAt = (q: number): number => {
    const c = text.charCodeAt(q);
    if (c >= 0xd800 && c <= 0xdbff && q + 1 < to) {
      const d = text.charCodeAt(q + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return 2;
    }
    return 1;
  };

  /** Length of the word character at q, or 0 if there is none. */
  const wordAt = (q: number): number => {
    if (q >= to) return 0;
    const c = text.charCodeAt(q);
    const k = bmpClass(c);
    if (k >= UPPER && k <= MARK) return 1;
    if (k === HIGH && isWordClass(classAt(q))) return 2;
    return 0;
  };

  /** An ASCII digit at q, inside the block. */
  const digitAt = (q: number): boolean => {
    if (q < from || q >= to) return false;
    const c = text.charCodeAt(q);
    return c >= 0x30 && c <= 0x39;
  };

  /** Class of the first character after q that is not white space (0 at the block end). */
  const nextVisibleClass = (q: number): number => {
    while (q < to) {
      const k = classAt(q);
      if (k !== WS && k !== SHY) return k;
      q += widthAt(q);
    }
    return 0;
  };

  /** `text[i, j)` is letters each followed by a period, the last without one: "U.S", "e.g". */
  const isLetterDots = (i: number, j: number): boolean => {
    const len = j - i;
    if (len < 3 || (len & 1) === 0) return false;
    for (let q = i; q < j; q += 2) {
      const k = bmpClass(text.charCodeAt(q));
      if (k !== UPPER && k !== LOWER) return false;
      if (q + 1 < j && text.charCodeAt(q + 1) !== 0x2e) return false;
    }
    return true;
  };

  /** Whether the word text[i, j), followed by a period at j, keeps the period. */
  const keepsPeriod = (i: number, j: number): boolean => {
    const len = j - i;
    if (isLetterDots(i, j)) return true;
    if (len === 1) return bmpClass(text.charCodeAt(i)) === UPPER && nextVisibleClass(j + 1) === UPPER;
    if (len > 5) return false;
    const w = text.slice(i, j);
    if (ABBREVIATIONS.has(w)) return true;
    return w === 'No' && nextVisibleClass(j + 1) === DIGIT;
  };

  /**
   * A clitic after the apostrophe at q: the end of "'s" "'re" "'ve" "'ll" "'d" "'m" or of the
   * "t" of "n't", or 0. The letters must not be followed by another word character.
   */
  const cliticEnd = (q: number): number => {
    let e = q + 1;
    while (e < to && e - q <= 3 && isAsciiLetter(text.charCodeAt(e))) e++;
    const len = e - q - 1;
    if (len < 1 || len > 2 || wordAt(e) > 0) return 0;
    return e;
  };
  const isClitic = (q: number, e: number): boolean => CLITICS.has(text.slice(q + 1, e).toLowerCase());
  const isNt = (q: number, e: number): boolean =>
    e === q + 2 && (text.charCodeAt(q + 1) | 0x20) === 0x74 && q > from && (text.charCodeAt(q - 1) | 0x20) === 0x6e;

  /** End of a URL starting at i, or 0. */
  const urlEnd = (i: number): number => {
    URL_START.lastIndex = i;
    if (!URL_START.test(text)) return 0;
    const prefix = URL_START.lastIndex;
    if (prefix >= to) return 0;
    let e = prefix;
    let open = 0;
    let close = 0;
    while (e < to) {
      const c = text.charCodeAt(e);
      if (c === 0x22 || c === 0x3c || c === 0x3e || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) break;
      const k = bmpClass(c);
      if (k === WS || k === SHY) break;
      if (c === 0x28) open++;
      else if (c === 0x29) close++;
      e++;
    }
    // Trailing punctuation belongs to the sentence, not the address.
    while (e > prefix) {
      const c = text.charCodeAt(e - 1);
      if (c === 0x29) {
        if (close <= open) break;
        close--;
      } else if (!(
        c === 0x2e ||
        c === 0x2c ||
        c === 0x3b ||
        c === 0x3a ||
        c === 0x21 ||
        c === 0x3f ||
        c === 0x27 ||
        c === 0x2019 ||
        c === 0x5d ||
        c === 0x7d
      )) {
        break;
      }
      e--;
    }
    return e > prefix ? e : 0;
  };

  /** Scans the word starting at i (a word character of class `first`); returns where it ends. */
  const word = (i: number, first: number): number => {
    const opens = first === UPPER || first === DIGIT;
    const c0 = text.charCodeAt(i);
    if (c0 === 0x68 || c0 === 0x48 || c0 === 0x77 || c0 === 0x57) {
      const e = urlEnd(i);
      if (e > 0) {
        emit(i, e, text.slice(i, e), WORD, opens);
        return e;
      }
    }
    let j = i;
    /** Start of the current run of word characters. */
    let seg = i;
    let norm = false;
    let dotsChecked = false;
    scan: for (;;) {
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
        const w = wordAt(j);
        if (w === 0) break;
        j += w;
      }
      if (j >= to) break;
      const c = text.charCodeAt(j);
      switch (c) {
        case 0x2d: // - (and the Unicode hyphens): "Iran-backed", "1996-08-22"
        case 0x2010:
        case 0x2011:
          if (wordAt(j + 1) === 0) break scan;
          if (c !== 0x2d) norm = true;
          seg = ++j;
          continue scan;
        case 0x2e: {
          // . inside: "3.5", "U.S", "bbc.co.uk"; before a hyphen: "U.S.-led"
          const k = classAt(j + 1);
          if (isWordClass(k)) {
            const segClass = bmpClass(text.charCodeAt(seg));
            if (k !== UPPER || (j - seg === 1 && (segClass === UPPER || segClass === LOWER))) {
              seg = ++j;
              continue scan;
            }
            break scan;
          }
          if (!dotsChecked && j + 1 < to && text.charCodeAt(j + 1) === 0x2d && wordAt(j + 2) > 0) {
            // Only the first ".-" can follow letter-period pairs; checking once keeps this linear.
            dotsChecked = true;
            if (!isLetterDots(i, j)) break scan;
            j += 2;
            seg = j;
            continue scan;
          }
          break scan;
        }
        case 0x27: // ' and ’: clitics split off, otherwise inside: "O'Brien"
        case 0x2019: {
          if (wordAt(j + 1) === 0) break scan;
          const e = cliticEnd(j);
          if (e > 0) {
            if (isClitic(j, e)) {
              const w = text.slice(i, j);
              emit(i, j, norm ? w.replace(WORD_NORM, normalizeChar) : w, WORD, opens);
              emit(j, e, "'" + text.slice(j + 1, e), WORD, false);
              return e;
            }
            if (isNt(j, e)) {
              const nt = text[j - 1] + "'" + text[e - 1];
              if (j - 1 === i) {
                emit(i, e, nt, WORD, false);
                return e;
              }
              if (j - 1 > seg) {
                const w = text.slice(i, j - 1);
                emit(i, j - 1, norm ? w.replace(WORD_NORM, normalizeChar) : w, WORD, opens);
                emit(j - 1, e, nt, WORD, false);
                return e;
              }
            }
          }
          if (c !== 0x27) norm = true;
          seg = ++j;
          continue scan;
        }
        case 0x2c: // , in a figure: "2,500", "1,000,000"
          if (digitAt(j - 1) && digitAt(j + 1) && digitAt(j + 2) && digitAt(j + 3) && !digitAt(j + 4)) {
            seg = ++j;
            continue scan;
          }
          break scan;
        case 0x3a: // : in a time: "21:30"
          if (bmpClass(text.charCodeAt(j - 1)) === DIGIT && classAt(j + 1) === DIGIT) {
            seg = ++j;
            continue scan;
          }
          break scan;
        case 0x5f: // _ joining words: "john_smith"
          if (wordAt(j + 1) === 0) break scan;
          seg = ++j;
          continue scan;
        case 0x26: // & between capitals: "AT&T", "M&S"
          if (bmpClass(text.charCodeAt(j - 1)) === UPPER && classAt(j + 1) === UPPER) {
            seg = ++j;
            continue scan;
          }
          break scan;
        case 0x40: {
          // @ of an e-mail address: the domain needs a dot, and ends the token
          if (wordAt(j + 1) === 0) break scan;
          let m = j + 1;
          let dot = false;
          for (;;) {
            let w: number;
            while ((w = wordAt(m)) > 0) m += w;
            const d = m < to ? text.charCodeAt(m) : -1;
            if ((d === 0x2e || d === 0x2d || d === 0x5f) && wordAt(m + 1) > 0) {
              if (d === 0x2e) dot = true;
              m++;
              continue;
            }
            break;
          }
          if (dot) j = m;
          break scan;
        }
        case 0xad: // soft hyphen: invisible, dropped from the form
          if (wordAt(j + 1) === 0) break scan;
          norm = true;
          seg = ++j;
          continue scan;
        default:
          break scan;
      }
    }
    if (j < to && text.charCodeAt(j) === 0x2e && !(j + 1 < to && text.charCodeAt(j + 1) === 0x2e) && keepsPeriod(i, j))
      j++;
    const w = text.slice(i, j);
    emit(i, j, norm ? w.replace(WORD_NORM, normalizeChar) : w, WORD, opens);
    return j;
  };

  /** The code point at q, not reading past the block (a lone surrogate is itself). */
  const codePointAt = (q: number): number => {
    const c = text.charCodeAt(q);
    if (c >= 0xd800 && c <= 0xdbff && q + 1 < to) {
      const d = text.charCodeAt(q + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
    }
    return c;
  };

  /** A symbol (one code point, with any combining marks or emoji modifiers after it). */
  const symbol = (p: number): number => {
    const first = codePointAt(p);
    let q = p + (first > 0xffff ? 2 : 1);
    let regional = first >= 0x1f1e6 && first <= 0x1f1ff;
    while (q < to) {
      const k = classAt(q);
      if (k === MARK) {
        const zwj = text.charCodeAt(q) === 0x200d;
        q += widthAt(q);
        if (zwj && q < to && classAt(q) === SYM) q += widthAt(q);
        continue;
      }
      const cp = codePointAt(q);
      if (cp >= 0x1f3fb && cp <= 0x1f3ff) {
        q += 2;
        continue;
      }
      if (regional && cp >= 0x1f1e6 && cp <= 0x1f1ff) {
        regional = false;
        q += 2;
        continue;
      }
      break;
    }
    emit(p, q, text.slice(p, q), OTHER, false);
    return q;
  };

  /** OPEN or CLOSE for a straight quote (or an apostrophe used as one) at p. */
  const quoteKind = (p: number): number => {
    if (p === from) return OPEN;
    const prev = text.charCodeAt(p - 1);
    const kp = bmpClass(prev);
    if (kp === WS || isOpener(prev)) return OPEN;
    if (!isWordClass(kp) && kp !== HIGH && isWordClass(classAt(p + 1))) return OPEN;
    return CLOSE;
  };

  const single = (p: number, form: string, kind: number): number => {
    emit(p, p + 1, form, kind, kind === OPEN);
    return p + 1;
  };

  /** Punctuation or a symbol at p (code unit c); returns where it ends. */
  const punct = (p: number, c: number): number => {
    switch (c) {
      case 0x22: // "
        return single(p, '"', quoteKind(p));
      case 0x27: // ' and ’ not inside a word: a clitic after a bracket or quote, else a quote
      case 0x2019: {
        if (p > from) {
          const prev = text.charCodeAt(p - 1);
          if (bmpClass(prev) !== WS && !isOpener(prev)) {
            const e = cliticEnd(p);
            if (e > 0 && isClitic(p, e)) {
              emit(p, e, "'" + text.slice(p + 1, e), WORD, false);
              return e;
            }
          }
        }
        return single(p, "'", quoteKind(p));
      }
      case 0x2018: // ‘ ‚ ‛ ‹
      case 0x201a:
      case 0x201b:
      case 0x2039:
        return single(p, "'", OPEN);
      case 0x203a: // ›
        return single(p, "'", CLOSE);
      case 0x201c: // “ „ ‟ «
      case 0x201e:
      case 0x201f:
      case 0xab:
        return single(p, '"', OPEN);
      case 0x201d: // ” »
      case 0xbb:
        return single(p, '"', CLOSE);
      case 0x28: // ( [ {
        return single(p, '(', OPEN);
      case 0x5b:
        return single(p, '[', OPEN);
      case 0x7b:
        return single(p, '{', OPEN);
      case 0x29: // ) ] }
        return single(p, ')', CLOSE);
      case 0x5d:
        return single(p, ']', CLOSE);
      case 0x7d:
        return single(p, '}', CLOSE);
      case 0x2e: {
        // . ends a sentence; two or more are an ellipsis
        let q = p + 1;
        while (q < to && text.charCodeAt(q) === 0x2e) q++;
        if (q === p + 1) return single(p, '.', TERM);
        emit(p, q, q - p === 3 ? '...' : text.slice(p, q), OTHER, false);
        return q;
      }
      case 0x21: // ! ?
        return single(p, '!', TERM);
      case 0x3f:
        return single(p, '?', TERM);
      case 0x203c: // ‼ ⁇ ⁈ ⁉ ！ ？ 。 ．
      case 0x2047:
      case 0x2048:
      case 0x2049:
      case 0xff01:
      case 0xff1f:
      case 0x3002:
      case 0xff0e:
        return single(p, text[p]!, TERM);
      case 0x2026: // …
        return single(p, '...', OTHER);
      case 0x2d: {
        // - ; -- (a run of hyphens is one token)
        let q = p + 1;
        while (q < to && text.charCodeAt(q) === 0x2d) q++;
        emit(p, q, q === p + 1 ? '-' : q === p + 2 ? '--' : text.slice(p, q), OTHER, false);
        return q;
      }
      case 0x2010: // ‐ ‑ − as a hyphen
      case 0x2011:
      case 0x2212:
        return single(p, '-', OTHER);
      case 0x2012: // ‒ – — ―
      case 0x2013:
      case 0x2014:
      case 0x2015:
        return single(p, '--', OTHER);
      default:
        return symbol(p);
    }
  };

  let p = from;
  while (p < to) {
    const c = text.charCodeAt(p);
    let k = bmpClass(c);
    if (k === HIGH) k = classAt(p);
    if (k === WS) {
      if (c === 0x0a || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028) newlines++;
      else if (c === 0x0d) {
        if (p + 1 >= to || text.charCodeAt(p + 1) !== 0x0a) newlines++;
      } else if (c === 0x2029) newlines += 2;
      p += widthAt(p);
      continue;
    }
    if (k === SHY) {
      p++;
      continue;
    }
    if (k >= UPPER && k <= MARK) {
      p = word(p, k);
      continue;
    }
    p = punct(p, c);
  }
  if (sentence.length > 0) out.push(sentence);
}
