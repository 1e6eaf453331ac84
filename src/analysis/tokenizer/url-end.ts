import { SHY, WS, bmpClass } from './char-class.js';
import type { BlockScanner } from './scanner.js';

const URL_START = /(?:https?:\/\/|www\d{0,3}\.)/iy;

/** End of a URL starting at i, or 0. */
export function urlEnd(s: BlockScanner, i: number): number {
  const { text, to } = s;
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
}
