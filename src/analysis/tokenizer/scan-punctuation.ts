import { HIGH, MARK, SYM, WS, bmpClass, isWordClass } from './char-class.js';
import type { BlockScanner } from './scanner.js';
import { CLOSE, OPEN, OTHER, TERM, WORD, isOpener } from './token-kinds.js';

/** A symbol (one code point, with any combining marks or emoji modifiers after it). */
function symbol(s: BlockScanner, p: number): number {
  const { text, to } = s;
  const first = s.codePointAt(p);
  let q = p + (first > 0xffff ? 2 : 1);
  let regional = first >= 0x1f1e6 && first <= 0x1f1ff;
  while (q < to) {
    const k = s.classAt(q);
    if (k === MARK) {
      const zwj = text.charCodeAt(q) === 0x200d;
      q += s.widthAt(q);
      if (zwj && q < to && s.classAt(q) === SYM) q += s.widthAt(q);
      continue;
    }
    const cp = s.codePointAt(q);
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
  s.emit(p, q, text.slice(p, q), OTHER, false);
  return q;
}

/** OPEN or CLOSE for a straight quote (or an apostrophe used as one) at p. */
function quoteKind(s: BlockScanner, p: number): number {
  const { text } = s;
  if (p === s.from) return OPEN;
  const prev = text.charCodeAt(p - 1);
  const kp = bmpClass(prev);
  if (kp === WS || isOpener(prev)) return OPEN;
  if (!isWordClass(kp) && kp !== HIGH && isWordClass(s.classAt(p + 1))) return OPEN;
  return CLOSE;
}

/** A one-code-unit token. */
function single(s: BlockScanner, p: number, form: string, kind: number): number {
  s.emit(p, p + 1, form, kind, kind === OPEN);
  return p + 1;
}

/**
 * Punctuation or a symbol at p (code unit c): emits it, in the form the model knows (straight
 * quotes, "--" for a dash, "..." for an ellipsis), and returns where it ends.
 */
export function scanPunctuation(s: BlockScanner, p: number, c: number): number {
  const { text, to } = s;
  switch (c) {
    case 0x22: // "
      return single(s, p, '"', quoteKind(s, p));
    case 0x27: // ' and ’ not inside a word: a clitic after a bracket or quote, else a quote
    case 0x2019: {
      if (p > s.from) {
        const prev = text.charCodeAt(p - 1);
        if (bmpClass(prev) !== WS && !isOpener(prev)) {
          const e = s.cliticEnd(p);
          if (e > 0 && s.isClitic(p, e)) {
            s.emit(p, e, "'" + text.slice(p + 1, e), WORD, false);
            return e;
          }
        }
      }
      return single(s, p, "'", quoteKind(s, p));
    }
    case 0x2018: // ‘ ‚ ‛ ‹
    case 0x201a:
    case 0x201b:
    case 0x2039:
      return single(s, p, "'", OPEN);
    case 0x203a: // ›
      return single(s, p, "'", CLOSE);
    case 0x201c: // “ „ ‟ «
    case 0x201e:
    case 0x201f:
    case 0xab:
      return single(s, p, '"', OPEN);
    case 0x201d: // ” »
    case 0xbb:
      return single(s, p, '"', CLOSE);
    case 0x28: // ( [ {
      return single(s, p, '(', OPEN);
    case 0x5b:
      return single(s, p, '[', OPEN);
    case 0x7b:
      return single(s, p, '{', OPEN);
    case 0x29: // ) ] }
      return single(s, p, ')', CLOSE);
    case 0x5d:
      return single(s, p, ']', CLOSE);
    case 0x7d:
      return single(s, p, '}', CLOSE);
    case 0x2e: {
      // . ends a sentence; two or more are an ellipsis
      let q = p + 1;
      while (q < to && text.charCodeAt(q) === 0x2e) q++;
      if (q === p + 1) return single(s, p, '.', TERM);
      s.emit(p, q, q - p === 3 ? '...' : text.slice(p, q), OTHER, false);
      return q;
    }
    case 0x21: // ! ?
      return single(s, p, '!', TERM);
    case 0x3f:
      return single(s, p, '?', TERM);
    case 0x203c: // ‼ ⁇ ⁈ ⁉ ！ ？ 。 ．
    case 0x2047:
    case 0x2048:
    case 0x2049:
    case 0xff01:
    case 0xff1f:
    case 0x3002:
    case 0xff0e:
      return single(s, p, text[p]!, TERM);
    case 0x2026: // …
      return single(s, p, '...', OTHER);
    case 0x2d: {
      // - ; -- (a run of hyphens is one token)
      let q = p + 1;
      while (q < to && text.charCodeAt(q) === 0x2d) q++;
      s.emit(p, q, q === p + 1 ? '-' : q === p + 2 ? '--' : text.slice(p, q), OTHER, false);
      return q;
    }
    case 0x2010: // ‐ ‑ − as a hyphen
    case 0x2011:
    case 0x2212:
      return single(s, p, '-', OTHER);
    case 0x2012: // ‒ – — ―
    case 0x2013:
    case 0x2014:
    case 0x2015:
      return single(s, p, '--', OTHER);
    default:
      return symbol(s, p);
  }
}
