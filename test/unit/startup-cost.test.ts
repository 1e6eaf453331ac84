/**
 * What issue 14's start-up work changed must give the same answers as before: string-width
 * patched not to start ICU for plain text (scripts/ink/lazy-icu.mjs), truncate's short way for
 * such text, and the sections found without looking through every block for every heading.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { sectionSpans } from '../../src/analysis/structure.js';
import type { Article, Block, BlockKind } from '../../src/load/article.js';
import { isBodyBlock } from '../../src/load/article.js';
import { slowTruncate } from '../helpers/slow-truncate.js';
import { truncate } from '../../src/layout/wrap.js';
// @ts-expect-error -- a plain ES module of the build, without types
import { patchStringWidth } from '../../scripts/ink/lazy-icu.mjs';

const ROOT = join(import.meta.dirname, '../..');
const RUNS = { numRuns: Math.max(50, Math.round(400 * Number(process.env.LEDE_PROPERTY_SCALE ?? 1))) };

/** Characters to build strings from: the short way's (ASCII, Latin, ’ “ — …) and all it must leave alone. */
const PIECES = [
  'a',
  'Z',
  ' ',
  '7',
  '#',
  '~',
  'é',
  'ß',
  '§',
  '£',
  '’',
  '“',
  '—',
  '…',
  '‰',
  'ʼ',
  '\u00ad', // soft hyphen: no column
  '\u0301', // combining acute: joins the character before it
  '\u200d', // zero-width joiner
  '\ufe0f', // variation selector 16
  '\u20e3', // keycap: `#` + it is an emoji
  '©',
  '‼',
  '東',
  '한',
  '😀',
  '👍🏽',
  '🇬🇧',
  '\t',
  '\u0007',
  '\u001b[31m',
  '\u001b[0m',
  '\r\n',
  // What lede's own frames draw (the short way takes these too).
  '│',
  '─',
  '▄',
  '█',
  '↓',
  '▸',
  '✓',
  '❯',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));

// Imported from a copy under node_modules/.cache, where string-width's own imports resolve.
const scratch = join(ROOT, 'node_modules/.cache', `lede-startup-test-${process.pid}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function stringWidths(path: string): Promise<{ original: Width; patched: Width; source: string }> {
  const source = readFileSync(join(ROOT, path), 'utf8');
  mkdirSync(scratch, { recursive: true });
  const name = path.replace(/[\\/]/g, '_');
  writeFileSync(join(scratch, `original-${name}`), source);
  writeFileSync(join(scratch, `patched-${name}`), patchStringWidth(source, path));
  const load = async (file: string) =>
    ((await import(pathToFileURL(join(scratch, file)).href)) as { default: Width }).default;
  return { original: await load(`original-${name}`), patched: await load(`patched-${name}`), source };
}
type Width = (s: string, options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean }) => number;

describe('string-width, patched to make its segmenter when first needed', () => {
  const copies = [
    'node_modules/string-width/index.js',
    'node_modules/ink/node_modules/string-width/index.js',
    'node_modules/widest-line/node_modules/string-width/index.js',
    'node_modules/cli-truncate/node_modules/string-width/index.js',
  ];
  for (const path of copies) {
    it(`counts every string as before (${path})`, async () => {
      const { original, patched } = await stringWidths(path);
      fc.assert(
        fc.property(text, fc.boolean(), fc.boolean(), (s, narrow, countAnsi) => {
          const options = { ambiguousIsNarrow: narrow, countAnsiEscapeCodes: countAnsi };
          expect(patched(s)).toBe(original(s));
          expect(patched(s, options)).toBe(original(s, options));
        }),
        RUNS,
      );
      // Every character of the short way, one at a time and in pairs, ambiguous ones both ways.
      const shortWay = [
        [0x20, 0x7e],
        [0xa1, 0xa8],
        [0xaa, 0xac],
        [0xaf, 0x2ff],
        [0x2010, 0x2027],
        [0x2030, 0x205e],
        [0x2190, 0x2193],
        [0x21b3, 0x21b3],
        [0x2500, 0x259f],
        [0x25b8, 0x25b8],
        [0x2713, 0x2713],
        [0x2717, 0x2717],
        [0x276f, 0x276f],
      ];
      for (const [from, to] of shortWay)
        for (let c = from!; c <= to!; c++) {
          const s = String.fromCodePoint(c);
          for (const t of [s, `${s}${s}a`, `${s}\u0301`])
            for (const ambiguousIsNarrow of [true, false])
              expect(patched(t, { ambiguousIsNarrow }), `U+${c.toString(16)}`).toBe(original(t, { ambiguousIsNarrow }));
        }
    });
  }

  it('builds no regular expression of Unicode properties when string-width 8 is loaded (they cost Ink’s load ~100 ms)', () => {
    for (const path of copies.slice(1)) {
      const source = readFileSync(join(ROOT, path), 'utf8');
      expect(source, path).toMatch(/^const rgiEmojiRegex = \/.*\/v;$/m);
      expect(patchStringWidth(source, path), path).not.toMatch(/^const \w+ = \/.*\/v;$/m);
    }
  });

  it('refuses a string-width it does not know rather than ship it unpatched', () => {
    expect(() => patchStringWidth('export default (s) => s.length;', 'other')).toThrow(/no single/);
  });
});

describe('truncate', () => {
  it('cuts plain text where the grapheme-by-grapheme cut did, and everything else too', () => {
    const plain = fc
      .array(fc.constantFrom('a', ' ', 'é', '’', '—', '…', '§'), { maxLength: 30 })
      .map((x) => x.join(''));
    const mixed = fc.tuple(plain, text, plain).map(([a, b, c]) => a + b + c);
    fc.assert(
      fc.property(fc.oneof(plain, mixed), fc.integer({ min: 0, max: 35 }), (s, width) => {
        expect(truncate(s, width)).toBe(slowTruncate(s, width));
      }),
      RUNS,
    );
    // The character after the cut joins the one before it: the short way must not be taken.
    expect(truncate('abcde\u0301f', 5)).toBe(slowTruncate('abcde\u0301f', 5));
    expect(truncate('abcd#\ufe0f\u20e3', 5)).toBe(slowTruncate('abcd#\ufe0f\u20e3', 5));
  });
});

/** sectionSpans' ends as they were found: every block looked at for every heading. */
function endBeforeSlowly(blocks: readonly Block[], offset: number): number {
  let end = 0;
  for (const b of blocks) if (b.start < offset) end = Math.max(end, b.end);
  return end || offset;
}

describe('sectionSpans', () => {
  const kinds: BlockKind[] = ['title', 'heading', 'paragraph', 'quote', 'item', 'code', 'meta'];
  const block = fc
    .tuple(fc.constantFrom(...kinds), fc.nat(500), fc.nat(80))
    .map(([kind, start, length]): Block => ({ kind, start, end: start + length, level: kind === 'heading' ? 1 : 0 }));

  it('gives each section the end it had, in order or not', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 40 }), fc.boolean(), (raw, sorted) => {
        const blocks = sorted ? [...raw].sort((a, b) => a.start - b.start) : raw;
        const article: Article = { title: '', text: 'x'.repeat(600), blocks, source: 'test' };
        const headings = blocks.filter((b) => b.kind === 'heading');
        const sections = sectionSpans(article);
        const untitled = sections.length - headings.length;
        expect(untitled === 0 || untitled === 1).toBe(true);
        if (untitled) {
          const first = headings[0];
          expect(sections[0]!.end).toBe(first ? endBeforeSlowly(blocks, first.start) : 600);
          expect(blocks.some((b) => isBodyBlock(b) && (!first || b.start < first.start)) || !first).toBe(true);
        }
        headings.forEach((_, k) => {
          const next = headings[k + 1];
          expect(sections[untitled + k]!.end).toBe(next ? endBeforeSlowly(blocks, next.start) : 600);
        });
      }),
      RUNS,
    );
  });
});
