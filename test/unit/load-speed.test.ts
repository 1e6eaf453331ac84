/**
 * The quick paths of loading (issue 14: a 5 MB article's first frame) give exactly what the
 * plain regular expressions they replace give, on text made to hit every case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapse } from '../../src/load/parse-text.js';
import { sanitize } from '../../src/load/sanitize.js';

/** sanitize as it was written before the quick path: five passes of replace. */
function sanitizeReference(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\u202A-\u202E\u2066-\u2069\u200B\u200C\u200E\u200F\u061C\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u0080-\u009F]/g, (c) => {
      const code = c.charCodeAt(0);
      if (code === 0x1b) return '\u241B';
      if (code === 0x7f) return '\u2421';
      if (code < 0x20) return String.fromCharCode(0x2400 + code);
      return '\u2370';
    });
}

/** Characters that matter here: every kind of white space, controls, invisibles, surrogate halves, plain letters. */
const TRICKY = [
  'a',
  'Z',
  'é',
  '’',
  '😀',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\v',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2003',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u3000',
  '\ufeff',
  '\u0085',
  '\u001b',
  '\u0000',
  '\u007f',
  '\u0090',
  '\u202e',
  '\u200b',
  '\u200d',
  '\u00ad',
  '\ud83d',
  '\ude00',
  '\udbff',
  '#',
];
const tricky = fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }).map((parts) => parts.join(''));
const runs = { numRuns: Math.max(50, Math.round(1000 * Number(process.env.LEDE_PROPERTY_SCALE ?? 1))) };

describe('loading’s quick paths change nothing', () => {
  it('sanitize gives what the five replaces gave', () => {
    fc.assert(
      fc.property(tricky, (s) => {
        expect(sanitize(s)).toBe(sanitizeReference(s));
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(sanitize(s)).toBe(sanitizeReference(s));
      }),
      runs,
    );
  });

  it('collapse gives what replacing every run of white space gave', () => {
    const reference = (s: string) => s.replace(/\s+/g, ' ').trim();
    fc.assert(
      fc.property(tricky, (s) => {
        expect(collapse(s)).toBe(reference(s));
      }),
      runs,
    );
    for (const s of ['', ' ', 'a', 'a b', ' a', 'a ', 'a  b', 'a\u00a0b', 'a\u2028b'])
      expect(collapse(s)).toBe(reference(s));
  });
});
