/**
 * Character classes of the tokenizer. A code unit's class is looked up in a table filled lazily,
 * once per distinct code unit, so no regular expression runs per character.
 */

/** Separator: white space, line breaks, control and invisible format characters. */
export const WS = 1;
/** Upper- or title-case letter. */
export const UPPER = 2;
/** Any other letter (lower case, modifier, caseless scripts). */
export const LOWER = 3;
/** Decimal digit. */
export const DIGIT = 4;
/** Other number characters (², ½, Roman numerals). */
export const NUM = 5;
/** Combining marks, and the zero-width (non-)joiner. */
export const MARK = 6;
/** Punctuation, symbols, lone surrogates, unassigned and private-use characters. */
export const SYM = 7;
/** High surrogate: the class is that of the code point it starts, if paired. */
export const HIGH = 8;
/** Soft hyphen: invisible, dropped from the form, kept inside a word. */
export const SHY = 9;

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
export const BMP = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP[c] = classify(c);
const ASTRAL = new Map<number, number>();

export function bmpClass(c: number): number {
  const k = BMP[c]!;
  return k !== 0 ? k : (BMP[c] = classify(c));
}

export function astralClass(cp: number): number {
  let k = ASTRAL.get(cp);
  if (k === undefined) {
    k = classify(cp);
    ASTRAL.set(cp, k);
  }
  return k;
}

export const isWordClass = (k: number): boolean => k >= UPPER && k <= MARK;
