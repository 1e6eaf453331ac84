// The shelf's index on the whole bbc-news corpus (2,225 articles, ../shared/data/bbc-news): how
// long the background indexing takes cold (empty cache) and warm (every analysis cached), the
// process's peak memory, and key → frame while it runs, on the list and in the X-Ray (`x`), in a
// real pseudo-terminal (120×40). Never part of `npm test`.
//
//   npm run build && tsx scripts/bench-shelf.ts [--keys N] [--only cold|warm]
//
// Progress goes to standard error, the figures (JSON) to standard output.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KEY, cleanEnv, delay, launch, percentile, round1 } from './bench-lib.js';
import type { PtySession } from '../test/helpers/pty.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli.js');
const CORPUS = join(ROOT, '../shared/data/bbc-news');
const TOPICS = ['business', 'entertainment', 'politics', 'sport', 'tech'];
const INDEX_TIMEOUT_MS = 600_000;
/** Between timed keys: a person pressing j now and then while the index is built. */
const KEY_GAP_MS = 150;

const args = process.argv.slice(2);
const keysPerPhase = Number(args[args.indexOf('--keys') + 1] ?? 0) || 40;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;

const log = (s: string) => process.stderr.write(`${s}\n`);
const footer = (s: PtySession) => s.screen()[s.rows - 1] ?? '';
const indexing = (s: PtySession) => /indexing [\d,]+\/[\d,]+/.test(footer(s));

interface Run {
  shelfShownMs: number | null;
  indexDoneMs: number | null;
  keysOnList: number[];
  keysInXray: number[];
  /** The same keys on the list once the index is done: the baseline on this machine now. */
  keysAfter: number[];
  peakRssMb: number | null;
  loadAverage: number[];
}

/** Times keys (j then k, in turn) while the index is still being built, at most `count`. */
async function timeKeys(s: PtySession, count: number, whileIndexing = true): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count && (indexing(s) || !whileIndexing); i++) {
    await delay(KEY_GAP_MS);
    const t = await s.timeKey(i % 2 ? 'k' : 'j', { quietMs: 30, noFrameMs: 2_000 });
    out.push(t.ms);
  }
  return out;
}

async function run(stateHome: string): Promise<Run> {
  const dirs = TOPICS.map((t) => join(CORPUS, t));
  const s = launch(process.execPath, [CLI, ...dirs], {
    cols: 120,
    rows: 40,
    cwd: ROOT,
    env: cleanEnv({ XDG_STATE_HOME: stateHome }),
  });
  const t0 = s.spawnedAt;
  const out: Run = {
    shelfShownMs: null,
    indexDoneMs: null,
    keysOnList: [],
    keysInXray: [],
    keysAfter: [],
    peakRssMb: null,
    loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10),
  };
  try {
    await s.waitFor((r) => r.some((x) => x.includes('2225 articles')), 120_000, 'the shelf');
    out.shelfShownMs = performance.now() - t0;
    await s.waitForRawMode(30_000);
    out.keysOnList = await timeKeys(s, keysPerPhase);
    if (indexing(s)) {
      s.press('x');
      await s.waitFor((r) => r.some((x) => x.includes('X-Ray')), 30_000, 'the X-Ray');
      out.keysInXray = await timeKeys(s, keysPerPhase);
    }
    const deadline = performance.now() + INDEX_TIMEOUT_MS;
    while (indexing(s) && performance.now() < deadline) await delay(50);
    out.indexDoneMs = indexing(s) ? null : performance.now() - t0;
    out.peakRssMb = round1((s.peakRss() ?? NaN) / 2 ** 20);
    log(s.screen().slice(0, 8).join('\n'));
    if (out.keysInXray.length) s.press(KEY.ESC);
    await delay(500);
    out.keysAfter = await timeKeys(s, keysPerPhase, false);
  } finally {
    s.press(KEY.CTRL_C);
    await delay(300);
    s.dispose();
  }
  return out;
}

const summary = (xs: number[]) => ({
  n: xs.length,
  p50: round1(percentile(xs, 50)),
  p95: round1(percentile(xs, 95)),
  max: round1(xs.length ? Math.max(...xs) : null),
});

if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: npm run build first');
if (!existsSync(CORPUS)) throw new Error(`${CORPUS} is missing: the corpus is not on this machine`);
const state = mkdtempSync(join(os.tmpdir(), 'lede-bench-shelf-'));
const results: Record<string, unknown> = { cores: os.availableParallelism() };
try {
  for (const phase of ['cold', 'warm'] as const) {
    if (only && only !== phase) continue;
    if (phase === 'warm' && only === 'warm') {
      log('warming the cache first (a cold run, not timed)…');
      await run(state);
    }
    log(`${phase}: opening the shelf of the whole corpus…`);
    const r = await run(state);
    results[phase] = {
      shelfShownMs: round1(r.shelfShownMs),
      indexDoneMsFromSpawn: round1(r.indexDoneMs),
      indexMsAfterShelf: round1(
        r.indexDoneMs !== null && r.shelfShownMs !== null ? r.indexDoneMs - r.shelfShownMs : null,
      ),
      keysOnList: summary(r.keysOnList),
      keysInXray: summary(r.keysInXray),
      keysAfterIndexing: summary(r.keysAfter),
      peakRssMb: r.peakRssMb,
      loadAverage: r.loadAverage,
    };
    log(JSON.stringify(results[phase]));
  }
} finally {
  rmSync(state, { recursive: true, force: true });
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
