/**
 * The held-out gold files (test/fixtures/holdout) are well-formed against the text lede extracts
 * from their pages: every mention, optional span, date and number resolves with the scorer's
 * occurrence rule (`../shared/tools/score-analysis.mjs`), no span is listed twice, every quote is
 * a substring of the text, and the README's table gives each file's counts. A mention that does
 * not resolve is silently scored as a miss, so a change to src/load that shifts the extracted text
 * would otherwise lower the held-out figures without anyone noticing. The annotations themselves
 * are not printed here: these pages are for measurement only (see the holdout README).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/load/read-input.js';
import type { Gold, GoldMention } from '../../scripts/score-lib.mjs';

const HOLDOUT_DIR = fileURLToPath(new URL('../fixtures/holdout/', import.meta.url));
const PAGES_DIR = fileURLToPath(new URL('../../../shared/data/readability-pages/', import.meta.url));
const TYPES = new Set(['person', 'organization', 'place']);

const havePages = existsSync(PAGES_DIR);
if (!havePages)
  console.warn(
    `holdout-gold.test.ts: ${PAGES_DIR} is absent, so the held-out spans are not checked against their pages.`,
  );

const files = readdirSync(HOLDOUT_DIR)
  .filter((f) => f.endsWith('.gold.json'))
  .sort();
const golds = files.map((f) => ({
  name: f.replace(/\.gold\.json$/, ''),
  gold: JSON.parse(readFileSync(`${HOLDOUT_DIR}${f}`, 'utf8')) as Gold & { article: string },
}));

/** The scorer's rule: the n-th case-sensitive occurrence of surface with no letter or digit either side. */
function occurrence(text: string, [surface, n]: GoldMention): { start: number; end: number } | null {
  const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  const m = [...text.matchAll(re)][n];
  return m ? { start: m.index, end: m.index + surface.length } : null;
}

/** Each list's spans that do not resolve, and those resolving to a span already listed in the same kind. */
function spanProblems(text: string, gold: Gold): string[] {
  const problems: string[] = [];
  const kinds: [string, GoldMention[]][] = [
    ['entity', [...gold.entities.flatMap((e) => e.mentions), ...(gold.optional ?? [])]],
    ['date', gold.dates ?? []],
    ['number', gold.numbers ?? []],
  ];
  for (const [kind, list] of kinds) {
    const seen = new Set<string>();
    for (const m of list) {
      const s = occurrence(text, m);
      if (!s) problems.push(`${kind} ${JSON.stringify(m)} does not resolve`);
      else if (seen.has(`${s.start}:${s.end}`)) problems.push(`${kind} ${JSON.stringify(m)} is listed twice`);
      else seen.add(`${s.start}:${s.end}`);
    }
  }
  return problems;
}

/** The README table's row for a page: entities, mentions, optional, dates, numbers, quotes. */
function readmeCounts(name: string): number[] | null {
  const readme = readFileSync(`${HOLDOUT_DIR}README.md`, 'utf8');
  const row = readme.split('\n').find((line) => line.startsWith(`| ${name} |`));
  return row
    ? row
        .split('|')
        .slice(2, 8)
        .map((cell) => Number(cell.trim()))
    : null;
}

describe('held-out gold files (test/fixtures/holdout)', () => {
  it('there are some', () => {
    expect(files.length).toBeGreaterThan(0);
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
      expect(readmeCounts(name)).toEqual([...counts, g.numbers?.length ?? 0, g.quotes?.length ?? 0]);
    });

    it.skipIf(!havePages)(
      'resolves every span in the extracted text, none twice, and every quote is in it',
      async () => {
        const { text } = await readArticleFile(`${PAGES_DIR}${gold.article}`);
        expect(spanProblems(text, gold)).toEqual([]);
        const missing = (gold.quotes ?? []).filter((q) => !text.includes(q.text)).map((q) => q.text);
        expect(missing, 'quotes not in the text').toEqual([]);
      },
    );
  });
});
