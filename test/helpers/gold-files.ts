/**
 * Well-formedness checks for a directory of hand-made gold files (test/fixtures/gold and
 * test/fixtures/holdout), against the text lede extracts from their pages: every mention, optional
 * span, date and number resolves with the scorer's occurrence rule (`../shared/tools/
 * score-analysis.mjs`), no span is listed twice, every quote is a substring of the text, and the
 * directory's README table gives each file's counts. A mention that does not resolve is silently
 * scored as a miss, so a change to src/load that shifts the extracted text (or a typo in a file)
 * would otherwise lower the figures without anyone noticing. The annotations are not printed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/load/read-input.js';
import type { Gold, GoldMention } from '../../scripts/score-lib.mjs';

const PAGES_DIR = fileURLToPath(new URL('../../../shared/data/readability-pages/', import.meta.url));
const TYPES = new Set(['person', 'organization', 'place']);

/**
 * The scorer's rule: the n-th case-sensitive occurrence of surface with no letter or digit either
 * side. Each surface's occurrences are found once per text (a file lists hundreds of `[surface, n]`).
 */
function occurrences(text: string): (m: GoldMention) => { start: number; end: number } | null {
  const found = new Map<string, number[]>();
  return ([surface, n]) => {
    let starts = found.get(surface);
    if (!starts) {
      const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
      starts = [...text.matchAll(re)].map((m) => m.index);
      found.set(surface, starts);
    }
    const start = starts[n];
    return start === undefined ? null : { start, end: start + surface.length };
  };
}

/** Each list's spans that do not resolve, and those resolving to a span already listed in the same kind. */
export function spanProblems(text: string, gold: Gold): string[] {
  const problems: string[] = [];
  const occurrence = occurrences(text);
  const kinds: [string, GoldMention[]][] = [
    ['entity', [...gold.entities.flatMap((e) => e.mentions), ...(gold.optional ?? [])]],
    ['date', gold.dates ?? []],
    ['number', gold.numbers ?? []],
  ];
  for (const [kind, list] of kinds) {
    const seen = new Set<string>();
    for (const m of list) {
      const s = occurrence(m);
      if (!s) problems.push(`${kind} ${JSON.stringify(m)} does not resolve`);
      else if (seen.has(`${s.start}:${s.end}`)) problems.push(`${kind} ${JSON.stringify(m)} is listed twice`);
      else seen.add(`${s.start}:${s.end}`);
    }
  }
  return problems;
}

/** The README table's row for a page: entities, mentions, optional, dates, numbers, quotes. */
function readmeCounts(dir: string, name: string): number[] | null {
  const readme = readFileSync(`${dir}README.md`, 'utf8');
  const row = readme.split('\n').find((line) => line.startsWith(`| ${name} |`));
  return row
    ? row
        .split('|')
        .slice(2, 8)
        .map((cell) => Number(cell.trim()))
    : null;
}

/** One describe block per gold file in dir (a URL ending in '/'), under the given title. */
export function describeGoldFiles(dirUrl: URL, title: string): void {
  const dir = fileURLToPath(dirUrl);
  const havePages = existsSync(PAGES_DIR);
  if (!havePages) console.warn(`${title}: ${PAGES_DIR} is absent, so the spans are not checked against their pages.`);
  const golds = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.gold\.json$/, ''),
      gold: JSON.parse(readFileSync(`${dir}${f}`, 'utf8')) as Gold & { article: string },
    }));

  describe(title, () => {
    it('there are some', () => {
      expect(golds.length).toBeGreaterThan(0);
    });

    describe.each(golds)('$name', ({ name, gold }) => {
      it('names its page and uses the scorer’s three entity types, each entity named once', () => {
        expect(gold.article).toBe(`${name}/source.html`);
        const names = gold.entities.map((e) => e.name);
        expect(new Set(names).size, 'an entity name given twice').toBe(names.length);
        for (const e of gold.entities) {
          expect(TYPES.has(e.type), `${e.name}: type ${e.type}`).toBe(true);
          expect(e.mentions.length, `${e.name} has no mention`).toBeGreaterThan(0);
        }
        for (const q of gold.quotes ?? []) expect(q.speaker.trim(), `quote without a speaker: ${q.text}`).not.toBe('');
      });

      it('is counted in the README table', () => {
        const g = gold;
        const mentions = g.entities.reduce((n, e) => n + e.mentions.length, 0);
        const counts = [g.entities.length, mentions, g.optional?.length ?? 0, g.dates?.length ?? 0];
        expect(readmeCounts(dir, name)).toEqual([...counts, g.numbers?.length ?? 0, g.quotes?.length ?? 0]);
      });

      it.skipIf(!havePages)(
        'resolves every span in the extracted text, none twice, and every quote is in it',
        async () => {
          const { text } = await readArticleFile(`${PAGES_DIR}${gold.article}`);
          expect(spanProblems(text, gold)).toEqual([]);
          const missing = (gold.quotes ?? []).filter((q) => !text.includes(q.text)).map((q) => q.text);
          expect(missing, 'quotes not in the text').toEqual([]);
        },
        30_000, // extracting a long page (lwn-1, wikipedia) takes seconds on a loaded machine
      );
    });
  });
}
