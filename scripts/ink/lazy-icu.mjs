// An esbuild plugin for scripts/bundle.mjs (issue 14, start-up): string-width makes its
// Intl.Segmenter when it is loaded, and the first Intl object a process makes starts ICU (~30 ms
// on a quiet machine, 90 under load): the first page waited for it though every string it
// measures is plain text. Patched, the segmenter is made at its first use, and string-width 7
// (lede's own) counts text made only of the characters src/layout/graphemes.ts calls NARROW
// (printable ASCII, Latin letters, common punctuation) without it: each such character is a
// grapheme of its own (none combines with another) of one column (no control, zero-width,
// combining or emoji code point, none East Asian wide; the ambiguous ones, such as ’ and §, are
// one column unless ambiguousIsNarrow is false, when only ASCII takes the short way). The same
// number as before, for every string (test/unit/startup-icu.test.ts compares them).
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';

const MADE = 'const segmenter = new Intl.Segmenter();';
const USED = 'of segmenter.segment(string)';
const LAZY_USE = 'of (segmenter ??= new Intl.Segmenter()).segment(string)';
const EMPTY = '\tif (string.length === 0) {\n\t\treturn 0;\n\t}\n';
const ASCII_FAST_PATH = '/^[\\u0020-\\u007E]*$/.test(string)';
const NARROW_FAST_PATH =
  '/^[\\x20-\\x7e\\u00a1-\\u00a8\\u00aa-\\u00ac\\u00af-\\u02ff\\u2010-\\u2027\\u2030-\\u203b\\u203d-\\u2048\\u204a-\\u205e]*$/.test(string)';

/** string-width's source with its segmenter made lazily and, for 7.x (no fast path of its own), the NARROW one. */
export function patchStringWidth(source, path = 'string-width') {
  const once = (text, what) => {
    if (source.split(what).length !== 2) throw new Error(`${path}: no single \`${what.trim()}\` to patch`);
    return text;
  };
  once(source, MADE);
  once(source, USED);
  let patched = source.replace(MADE, 'let segmenter;').replace(USED, LAZY_USE);
  if (!patched.includes(ASCII_FAST_PATH)) {
    once(source, EMPTY);
    patched = patched.replace(
      EMPTY,
      `${EMPTY}\n\t// One column a character (lede's start-up patch, scripts/ink/lazy-icu.mjs).\n\tif (${ASCII_FAST_PATH} || (ambiguousIsNarrow && ${NARROW_FAST_PATH})) {\n\t\treturn string.length;\n\t}\n`,
    );
  }
  return patched;
}

export const lazyIcu = {
  name: 'lazy-icu',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/](?:.*[\\/])?string-width[\\/]index\.js$/ }, (args) => ({
      contents: patchStringWidth(readFileSync(args.path, 'utf8'), args.path),
      resolveDir: dirname(args.path),
    }));
  },
};
