/** Kinds of token, for sentence splitting, and the code units that decide them. */

export const WORD = 0;
/** "." "!" "?": may end a sentence. */
export const TERM = 1;
/** Opening quote or bracket: may start a sentence. */
export const OPEN = 2;
/** Closing quote or bracket: stays with a sentence-final "." before it. */
export const CLOSE = 3;
export const OTHER = 4;

export const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
export const isOpener = (c: number): boolean =>
  c === 0x28 || c === 0x5b || c === 0x7b || c === 0x201c || c === 0x2018 || c === 0x201e || c === 0xab || c === 0x201a;
