// An esbuild plugin for scripts/bundle.mjs (issue 14, start-up): string-width makes its
// Intl.Segmenter when it is loaded, and the first Intl object a process makes starts ICU (~30 ms
// on a quiet machine, 90 under load): the first page waited for it though every string it
// measures is plain text. Patched, the segmenter is made at its first use, and string-width 7
// (lede's own) counts text made only of the characters src/layout/graphemes.ts calls NARROW
// (printable ASCII, Latin letters, common punctuation) without it: each such character is a
// grapheme of its own (none combines with another) of one column (no control, zero-width,
// combining or emoji code point, none East Asian wide; the ambiguous ones, such as ’ and §, are
// one column unless ambiguousIsNarrow is false, when only ASCII takes the short way). The same
// number as before, for every string (test/unit/startup-cost.test.ts compares them).
//
// string-width 8 (Ink's, widest-line's and cli-truncate's copies) has a short way for ASCII only,
// and builds three regular expressions of Unicode properties when it is loaded: `\p{RGI_Emoji}`
// alone took 80 ms (load 15) of the reader's thread as Ink loaded, and the first frame then
// started ICU for its box-drawing border (issue 14: the key pressed meanwhile waited for both).
// Patched, they are built at their first use, and the short way also takes the characters lede's
// own frames draw (box drawing, blocks, ← ↑ → ↓ ↳ ▸ ✓ ✗ ❯: one column each when ambiguous
// characters are narrow, none an emoji, none joining another).
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';

const MADE = 'const segmenter = new Intl.Segmenter();';
const USED = 'of segmenter.segment(string)';
const LAZY_USE = 'of (segmenter ??= new Intl.Segmenter()).segment(string)';
const EMPTY = '\tif (string.length === 0) {\n\t\treturn 0;\n\t}\n';
const ASCII_FAST_PATH = '/^[\\u0020-\\u007E]*$/.test(string)';
const NARROW_FAST_PATH =
  '/^[\\x20-\\x7e\\u00a1-\\u00a8\\u00aa-\\u00ac\\u00af-\\u02ff\\u2010-\\u2027\\u2030-\\u203b\\u203d-\\u2048\\u204a-\\u205e\\u2190-\\u2193\\u21b3\\u2500-\\u259f\\u25b8\\u2713\\u2717\\u276f]*$/.test(string)';
/** string-width 8's regular expressions of Unicode properties, built when it is loaded (slow: see above). */
const EAGER_REGEXES = ['visibleCharacterRegex', 'spacingMarkRegex', 'rgiEmojiRegex'];
const ASCII_RETURN = `if (${ASCII_FAST_PATH}) {\n\t\treturn string.length;\n\t}\n`;

/** `const NAME = /…/v;` made `let NAME_;` and every use of NAME `(NAME_ ??= /…/v)`. */
function lazyRegex(source, name, path) {
  const declared = new RegExp(`^const ${name} = (/.*/v);$`, 'm');
  const found = declared.exec(source);
  if (!found || source.split(found[0]).length !== 2)
    throw new Error(`${path}: no single \`const ${name} = /…/v\` to patch`);
  const rest = source.replace(found[0], `let ${name}_;`);
  const uses = rest.split(new RegExp(`\\b${name}\\b(?!_)`));
  if (uses.length < 2) throw new Error(`${path}: ${name} is never used`);
  return uses.join(`(${name}_ ??= ${found[1]})`);
}

/** string-width's source with its segmenter made lazily and, for 7.x (no fast path of its own), the NARROW one. */
export function patchStringWidth(source, path = 'string-width') {
  const once = (text, what) => {
    if (source.split(what).length !== 2) throw new Error(`${path}: no single \`${what.trim()}\` to patch`);
    return text;
  };
  once(source, MADE);
  once(source, USED);
  let patched = source.replace(MADE, 'let segmenter;').replace(USED, LAZY_USE);
  if (patched.includes(ASCII_FAST_PATH)) {
    // string-width 8: its regular expressions built when first used, and the NARROW short way after its own.
    for (const name of EAGER_REGEXES) patched = lazyRegex(patched, name, path);
    once(patched, ASCII_RETURN);
    patched = patched.replace(
      ASCII_RETURN,
      `${ASCII_RETURN}\n\t// lede's start-up patch (scripts/ink/lazy-icu.mjs).\n\tif (ambiguousIsNarrow && ${NARROW_FAST_PATH}) {\n\t\treturn string.length;\n\t}\n`,
    );
  } else {
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
