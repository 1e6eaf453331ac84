/**
 * The shelf's X-Ray index and its search across articles, end to end: a shelf of a few real BBC
 * articles (copied from ../shared/data/bbc-news into a temporary directory by the test), indexed
 * in the background by the built CLI's worker pool into a temporary cache, in a real terminal.
 * Needs `npm run build`; skipped, saying so, where the corpus is not on the machine.
 */
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { KEY, type Session, launchCli, owned, usesBuiltCli } from './harness.js';

const POLITICS = fileURLToPath(new URL('../../../shared/data/bbc-news/politics/', import.meta.url));
/** Four politics stories of early 2005 that share people and a party (Labour, Hewitt, Blair, Brown). */
const STORIES = ['001', '003', '004', '005'];
const haveBbc = STORIES.every((n) => existsSync(`${POLITICS}${n}.txt`));
if (!haveBbc)
  console.warn(`shelf X-Ray e2e skipped: ${POLITICS} is not on this machine (see ../shared/data/README.md)`);

/** Starting the CLI, and the pool's worker loading its model, on a loaded two-core machine. */
const OPEN_MS = 20_000;
const INDEX_MS = 90_000;
const COLS = 140;
const ROWS = 30;

usesBuiltCli();

function shelfDir(): string {
  const dir = tempDir('lede-xray-shelf-');
  for (const n of STORIES) copyFileSync(`${POLITICS}${n}.txt`, join(dir, `politics-${n}.txt`));
  return dir;
}

const footer = (s: Session, rows = s.screen()) => rows[s.rows - 1] ?? '';
const sidebarX = (rows: string[]) => Math.max(0, ...rows.slice(0, -1).map((r) => [...r].indexOf('│')));
/** The text drawn in inverse in the article pane: the marked mention or match. */
function marked(s: Session): string {
  const x1 = sidebarX(s.screen()) || s.cols;
  return s
    .findCells((c) => c.isInverse() !== 0, { x1, y1: s.rows - 1 })
    .map((c) => c.chars)
    .join('');
}

/** Opens the shelf and waits until every article is indexed (the footer stops saying `indexing`). */
async function indexedShelf(t: Parameters<typeof owned>[0], state: string): Promise<Session> {
  const s = owned(t, launchCli([shelfDir()], { cols: COLS, rows: ROWS, env: { XDG_STATE_HOME: state } }));
  await s.waitFor((r) => r.some((x) => x.includes('4 articles')), OPEN_MS, 'the shelf');
  await s.waitForRawMode();
  await s.waitFor((r) => /indexing \d+\/4/.test(footer(s, r)), OPEN_MS, 'the footer to say it is indexing');
  await s.waitFor(
    (r) => r.some((x) => x.includes('X-Ray')) && !footer(s, r).includes('indexing'),
    INDEX_MS,
    'the index',
  );
  return s;
}

describe.skipIf(!haveBbc)("the shelf's X-Ray, in a real terminal", { timeout: 180_000 }, () => {
  it('x → Enter → Enter opens the article at its first mention, marked; n at the last goes on to the next article', async (t) => {
    const state = tempDir('lede-xray-state-');
    const s = await indexedShelf(t, state);
    // Every article's analysis is kept in the cache, beside the reading positions.
    expect(readdirSync(join(state, 'lede', 'analyses')).filter((f) => f.endsWith('.json'))).toHaveLength(4);

    s.press('x');
    const index = await s.waitFor((r) => r.some((x) => /X-Ray: \d+ entities across the shelf/.test(x)), 10_000, 'x');
    // The first row is the entity in most articles, with its counts and its strip of four cells.
    const first = index.find((r) => r.startsWith('❯ '))!;
    const row = /^❯ (.+?)\s{2,}\w+\s+(\d+) articles\s+(\d+) mentions\s+([·▄█]{4})\s*$/.exec(first);
    expect(row, `the first X-Ray row: ${first}`).not.toBeNull();
    const [, name, articles] = row!;
    expect(Number(articles)).toBeGreaterThanOrEqual(2);

    s.press(KEY.ENTER);
    const list = await s.waitFor(
      (r) => r.some((x) => x.includes(`X-Ray › ${name}: ${articles} articles`)),
      10_000,
      'Enter',
    );
    expect(list.filter((r) => /^[❯ ] +\d+ mentions? /.test(r))).toHaveLength(Number(articles));

    s.press(KEY.ENTER);
    const opened = await s.waitFor(
      () => footer(s).includes(`article 1 of ${articles} that mention it`) && marked(s).length > 0,
      10_000,
      'Enter to open the article at its first mention, marked',
    );
    const walk = / (\d+)\/(\d+)\s/.exec(footer(s, opened));
    expect(walk, footer(s, opened)).not.toBeNull();
    expect(walk![1]).toBe('1');
    const mentions = Number(walk![2]);
    // The mark is a name of the entity: it shares a word with the name the X-Ray gives it.
    const words = new Set(name!.toLowerCase().split(/\s+/));
    expect(
      marked(s)
        .toLowerCase()
        .split(/\s+/)
        .some((w) => words.has(w.replace(/[’']s$/, ''))),
      marked(s),
    ).toBe(true);

    // n walks this article's mentions; at the last one it goes on into the next article that has it.
    for (let k = 2; k <= mentions; k++) {
      s.press('n');
      await s.waitFor(() => footer(s).includes(` ${k}/${mentions}`), 10_000, `n to mention ${k}`);
    }
    s.press('n');
    await s.waitFor(
      () => footer(s).includes(`article 2 of ${articles} that mention it`) && / 1\/\d+\s/.test(footer(s)),
      10_000,
      'n at the last mention to open the next article at its first',
    );
    expect(marked(s).length).toBeGreaterThan(0);

    // q goes back to the list of articles, Esc to the index, Esc again to the shelf.
    s.press('q');
    await s.waitFor((r) => r.some((x) => x.includes(`X-Ray › ${name}`)), 10_000, 'q back to the articles');
    s.press(KEY.ESC);
    await s.waitFor((r) => r.some((x) => x.includes('entities across the shelf')), 10_000, 'Esc back to the index');
    s.press(KEY.ESC);
    await s.waitFor((r) => r.some((x) => x.includes('Labour plans maternity pay rise')), 10_000, 'Esc to the shelf');
  });

  it('/ searches every article: the matching ones with counts; Enter, Enter opens one at its first match', async (t) => {
    const s = await indexedShelf(t, tempDir('lede-xray-state-'));
    s.press('/');
    await s.waitFor((r) => r.some((x) => x.startsWith('/▏')), 10_000, '/ to start the shelf search');
    s.press('maternity');
    const found = await s.waitFor(
      (r) => r.some((x) => /\/maternity▏ +\d+ articles? match/.test(x)),
      10_000,
      'the articles that match',
    );
    const rows = found.filter((r) => /^[❯ ] +\d+ match(es)? /.test(r));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const count = Number(/(\d+) match/.exec(rows[0]!)![1]);
    s.press(KEY.ENTER);
    await s.waitFor((r) => r.some((x) => /\/maternity +\d+ articles? match/.test(x)), 10_000, 'Enter to choose');
    s.press(KEY.ENTER);
    await s.waitFor(
      () => footer(s).includes(`/maternity 1/${count}`) && marked(s).toLowerCase() === 'maternity',
      10_000,
      'the article at its first match, the search active',
    );
    s.press('n');
    await s.waitFor(() => footer(s).includes(`/maternity 2/${count}`), 10_000, 'n to the next match');
  });
});
