// The benchmark: lede's first frame, keystroke-to-frame latency, peak memory and analysis speed,
// on the seed article and on one long document made of the whole bbc-news corpus, measured in a
// real pseudo-terminal (120×40) read back through @xterm/headless, beside less and `node -e 0`.
// Never part of `npm test`.
//
//   npm run bench -- [--runs N] [--keys N] [--json] [--only seed|long] [--timeout S] [--cli dist/cli.js] [--no-throughput] [--no-answer]
//
// (npm run bench builds first; after a build, `tsx scripts/bench.ts` runs it alone). --timeout is the hard limit, in seconds, on the long document's first
// frame and on its analysis alone (default 300); the seed's first frame has 30 s.
// Progress goes to standard error; the table (or, with --json, one JSON object) to standard output.
// BENCH_DEBUG=1 also prints each first frame's screen. --cli runs another build (a copy of dist/
// beside its models/ and seeds/), so a before and an after can be measured back to back.
// The throughput figures always come from this tree's dist/.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PtySession } from '../test/helpers/pty.js';
import { bytesSince, type Held, holdKey, neededBytes, snapshot } from './bench-screen.js';
import {
  KEY,
  answerLikeATerminal,
  nodeFloor,
  timeToFrame,
  type Summary,
  buildLongDocument,
  cleanEnv,
  countWords,
  delay,
  firstFrameMarks,
  killAllSync,
  launch,
  launchCli,
  median,
  percentile,
  progressOnly,
  round1,
  showsAll,
  summarize,
  which,
} from './bench-lib.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
let CLI = join(ROOT, 'dist/cli.js');
const SEED = join(ROOT, 'seeds/us-drone-strike-baghdad.txt');
const CORPUS = join(ROOT, '../shared/data/bbc-news');
const LONG = join(os.tmpdir(), 'lede-bench', 'long.txt');
const COLS = 120;
const ROWS = 40;

/** Hard limits, so a hung program costs minutes, not the night. */
const FIRST_FRAME_TIMEOUT_MS: Record<DocName, number> = { seed: 30_000, long: 300_000 };
let THROUGHPUT_TIMEOUT_MS = 300_000;
const NODE_FLOOR_TIMEOUT_MS = 10_000;
/** How long after its first frame the sidebar may take to fill in. */
const ANALYSIS_WAIT_MS = 120_000;
/** Quiet before the keystrokes start: the program has drawn everything it meant to. */
const IDLE_BEFORE_KEYS_MS = 300;
/** A frame is over when nothing more arrives for this long (not counted in the latency). */
const FRAME_QUIET_MS = 30;
/** Nothing at all within this long: the key drew no frame (counted as this many ms). */
const NO_FRAME_MS = 1_000;
/** Quiet required before each timed key, so a late trailing render is not charged to the next key. */
const GAP_BEFORE_KEY_MS = 50;
const SEED_ANALYSIS_REPEATS = 6;

/** Issue 14's targets: every key inside one 60 Hz frame, start-up close to Node's own. */
const TARGETS = {
  keyP50Ms: 8,
  keyP95Ms: 16,
  /** Holding a key: presses a second, for how long, and how far behind the screen may be when they stop. */
  holdPerSecond: 30,
  holdSeconds: 10,
  holdLagMs: 1000 / 60,
  /** Bytes written per j over the bytes the rows it changed need. */
  bytesOverNeeded: 2,
  seedRatioToNode: 1.5,
  longRatioToNode: 3,
  longSidebarMs: 5_000,
  longPeakRssBytes: 300 * 1024 * 1024,
};

// ---- arguments ------------------------------------------------------------------------------

type DocName = 'seed' | 'long';

interface Options {
  runs: number;
  keys: number;
  json: boolean;
  only: DocName | null;
  timeout: number | null;
  cli: string | null;
  throughput: boolean;
  /** The pty answers what lede asks the terminal (DA1, OSC 11), as every real terminal does. */
  answer: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    runs: 7,
    keys: 100,
    json: false,
    only: null,
    timeout: null,
    cli: null,
    throughput: true,
    answer: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) return usage(`${a} needs a value`);
      return v;
    };
    if (a === '--json') opts.json = true;
    else if (a === '--runs') opts.runs = positive(value(), a);
    else if (a === '--keys') opts.keys = positive(value(), a);
    else if (a === '--timeout') opts.timeout = positive(value(), a);
    else if (a === '--cli') opts.cli = value();
    else if (a === '--no-throughput') opts.throughput = false;
    else if (a === '--no-answer') opts.answer = false;
    else if (a === '--only') {
      const only = value();
      if (only !== 'seed' && only !== 'long') usage('--only takes seed or long');
      else opts.only = only;
    } else if (a === '--help' || a === '-h') usage(null, 0);
    else usage(`unknown argument ${a}`);
  }
  return opts;
}

function positive(v: string, name: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) return usage(`${name} takes a positive whole number`);
  return n;
}

function usage(problem: string | null, status = 2): never {
  if (problem) console.error(`bench: ${problem}`);
  console.error(
    'usage: npm run bench -- [--runs N] [--keys N] [--json] [--only seed|long] [--timeout S] [--cli dist/cli.js] [--no-throughput] [--no-answer]',
  );
  process.exit(status);
}

const opts = parseArgs(process.argv.slice(2));
if (opts.cli) CLI = opts.cli;
if (opts.timeout) FIRST_FRAME_TIMEOUT_MS.long = THROUGHPUT_TIMEOUT_MS = opts.timeout * 1000;
const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);

// ---- clean-up -------------------------------------------------------------------------------

const stateRoot = mkdtempSync(join(os.tmpdir(), 'lede-bench-state-'));
let stateCount = 0;
/** A fresh XDG_STATE_HOME per launch: nothing resumes, and the user's positions are never touched. */
const freshStateDir = () => {
  const dir = join(stateRoot, String(stateCount++));
  mkdirSync(dir);
  return dir;
};
const children = new Set<ChildProcess>();
function cleanup() {
  killAllSync();
  for (const c of children) {
    try {
      c.kill('SIGKILL');
    } catch {
      // gone
    }
  }
  rmSync(stateRoot, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    log(`interrupted (${sig}); cleaning up`);
    cleanup();
    process.exit(130);
  });
}

// ---- what is measured -----------------------------------------------------------------------

if (!existsSync(CLI)) {
  console.error(
    `bench: ${relative(process.cwd(), CLI)} is missing: run \`npm run build\` first (or \`npm run bench\`)`,
  );
  process.exit(1);
}

const startedAt = performance.now();
const notes: string[] = [];

interface Doc {
  readonly name: DocName;
  readonly file: string;
  readonly label: string;
  readonly articles?: number;
  readonly reused?: boolean;
  bytes: number;
  marks: { title: string; paragraph: string };
}

const docs: Doc[] = [];
const unread = { bytes: 0, marks: { title: '', paragraph: '' } };
if (opts.only !== 'long') docs.push({ name: 'seed', file: SEED, label: relative(ROOT, SEED), ...unread });
if (opts.only !== 'seed') {
  if (existsSync(CORPUS)) {
    log(`building the long document from ${CORPUS}`);
    const built = buildLongDocument(CORPUS, LONG);
    log(
      `${built.reused ? 'reusing' : 'wrote'} ${LONG} (${(built.bytes / 1e6).toFixed(2)} MB, ${built.articles} articles)`,
    );
    docs.push({ name: 'long', file: LONG, label: LONG, articles: built.articles, reused: built.reused, ...unread });
  } else {
    const msg = `${CORPUS} is missing: the long document cannot be built, so only the seed is measured`;
    console.error(`bench: ${msg}`);
    notes.push(msg);
  }
}
if (!docs.length) {
  console.error('bench: nothing to measure');
  process.exit(1);
}
for (const d of docs) {
  d.bytes = readFileSync(d.file).length;
  d.marks = firstFrameMarks(d.file);
}

const lessPath = which('less');
if (!lessPath) notes.push('less is not installed: no less figures');
const lessVersion = lessPath
  ? await commandOutput(lessPath, ['--version'])
      .then((s) => (s.split('\n')[0] ?? '').trim())
      .catch(() => 'unknown')
  : null;

const machine: {
  cpus: number;
  cpuModel: string;
  memoryGB: number | null;
  platform: string;
  node: string;
  less: string | null;
  loadAverageAtStart: (number | null)[];
  loadAverageAtEnd?: (number | null)[];
} = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown',
  memoryGB: round1(os.totalmem() / 2 ** 30),
  platform: `${os.platform()} ${os.release()}`,
  node: process.version,
  less: lessVersion,
  loadAverageAtStart: os.loadavg().map((x) => round1(x)),
};
const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`);
log(
  `${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, ${machine.platform}; runs ${opts.runs}, keys ${opts.keys}`,
);

// ---- 1. first frame -------------------------------------------------------------------------

function launchLede(doc: Doc): PtySession {
  const p = launchCli(CLI, [doc.file], {
    cols: COLS,
    rows: ROWS,
    cwd: ROOT,
    env: cleanEnv({ XDG_STATE_HOME: freshStateDir() }),
  });
  // --no-answer measures a terminal that answers nothing (lede then waits out its time limit).
  return opts.answer ? answerLikeATerminal(p) : p;
}

function launchLess(doc: Doc): PtySession {
  return launch(lessPath!, [doc.file], {
    cols: COLS,
    rows: ROWS,
    cwd: ROOT,
    env: cleanEnv({ XDG_STATE_HOME: freshStateDir() }),
  });
}

/** Spawn → the first whole frame showing the title's and the first paragraph's first words, in ms (null: never). */
async function firstFrame(start: (doc: Doc) => PtySession, doc: Doc, program: string): Promise<number | null> {
  const limit = FIRST_FRAME_TIMEOUT_MS[doc.name];
  const p = start(doc);
  return timeToFrame(p, [doc.marks.title, doc.marks.paragraph], limit, (found) => {
    if (!found)
      log(
        `${program} on ${doc.name}: no first frame within ${limit / 1000} s${p.exitStatus ? ` (exited ${JSON.stringify(p.exitStatus)})` : ''}; screen:\n${p.dump()}`,
      );
    else if (process.env.BENCH_DEBUG) log(`${program} on ${doc.name}, first frame:\n${p.dump()}`);
  });
}

const frames: { node: number[] } & Partial<Record<DocName, { lede: number[]; less: number[] }>> = { node: [] };
const failed: Record<string, boolean> = {};
for (const d of docs) frames[d.name] = { lede: [], less: [] };

// Programs interleaved within each round, so a busy spell on the machine hits them alike.
for (let round = 1; round <= opts.runs; round++) {
  for (const d of docs) {
    for (const [program, start] of [
      ['lede', launchLede],
      ['less', lessPath ? launchLess : null],
    ] as const) {
      if (!start) continue;
      const key = `${program}:${d.name}`;
      if (failed[key]) continue;
      const ms = await firstFrame(start, d, program);
      if (ms === null) {
        // One timeout is enough: the next runs would only time out the same way.
        failed[key] = true;
        notes.push(
          `${program} on ${d.name}: no first frame within ${FIRST_FRAME_TIMEOUT_MS[d.name] / 1000} s; later runs skipped`,
        );
      } else frames[d.name]![program].push(ms);
      log(
        `[${round}/${opts.runs}] first frame ${program.padEnd(4)} ${d.name.padEnd(4)} ${ms === null ? 'timed out' : `${ms.toFixed(1)} ms`}`,
      );
      await delay(100);
    }
    if (d === docs[0]) {
      const ms = await nodeFloor({ cols: COLS, rows: ROWS, cwd: ROOT }, NODE_FLOOR_TIMEOUT_MS);
      if (ms !== null) frames.node.push(ms);
      log(`[${round}/${opts.runs}] node -e 0      ${ms === null ? 'timed out' : `${ms.toFixed(1)} ms`}`);
      await delay(100);
    }
  }
}

// ---- 2. keystroke to frame, analysis complete, peak memory -----------------------------------

const hasEntities = (rows: readonly string[]) =>
  rows.some((r) => /(People|Organisations|Places|Dates|Other names) \(\d+\)/.test(r));
/**
 * The whole analysis is in: the entities are listed and the status bar no longer says the quotes
 * and dates are still being read (a long document's entities come ahead of them, ui/view.ts
 * `stillReading`; a build without that shows the entities only with the whole analysis).
 */
const analysisComplete = (rows: readonly string[]) =>
  hasEntities(rows) && !rows.some((r) => r.includes('reading quotes, dates…'));
/** The status bar's "analysis failed: …" (ui/view.ts), which also ends the wait for the analysis. */
const analysisFailed = (rows: readonly string[]) => rows.find((r) => r.includes('analysis failed'))?.trim() ?? null;

/** The status bar (the last non-empty row) read back: percent, section k/n, chosen entity's mention k/n. */
interface Status {
  readonly line: string;
  readonly percent: number | null;
  readonly section: { k: number; n: number } | null;
  readonly mention: { name: string; k: number; n: number } | null;
}

function status(p: PtySession): Status {
  const rows = p.screen();
  const line = [...rows].reverse().find((r) => r.trim() !== '') ?? '';
  const pct = /(\d{1,3})%\s+(?:READ|HIGHLIGHT)/.exec(line);
  const sec = /§(\d+)\/(\d+)\s+\d{1,3}%/.exec(line);
  const men = /(?:READ|HIGHLIGHT)\s+(.+?) (\d+)\/(\d+)(?:\s|$)/.exec(line);
  return {
    line,
    percent: pct ? Number(pct[1]) : null,
    section: sec ? { k: Number(sec[1]), n: Number(sec[2]) } : null,
    mention: men ? { name: men[1]!, k: Number(men[2]), n: Number(men[3]) } : null,
  };
}

interface Series {
  readonly key: string;
  readonly n: number;
  readonly p50: number | null;
  readonly p95: number | null;
  readonly max: number | null;
  readonly noFrame: number;
  readonly unsettled: number;
  readonly untimedResets: number;
  /** Medians of the bytes written per press and of the bytes its changed rows needed (with `bytes`). */
  readonly bytes?: { written: number | null; needed: number | null; ratio: number | null };
  times?: (number | null)[];
}

interface SeriesOptions {
  /** Before each press: an untimed key when the next one could not move the view; true if it pressed one. */
  readonly prepare?: () => Promise<boolean>;
  /** Also count the bytes each press wrote and what its changed rows needed. */
  readonly bytes?: boolean;
  /** Stop early once this holds (checked before each press). */
  readonly until?: () => boolean;
}

/** Key → frame times of one kind of press, recorded press by press (see timeSeries). */
function seriesRecorder(
  p: PtySession,
  docName: string,
  label: string,
  n: number,
  bytes: boolean,
  unrelated?: (before: readonly string[], after: readonly string[]) => boolean,
) {
  const times: number[] = [];
  const written: number[] = [];
  const needed: number[] = [];
  let noFrame = 0;
  let unsettled = 0;
  let resets = 0;
  /** Presses key i (after `prepare`); false when the session has ended. */
  const press = async (i: number, key: string, prepare?: () => Promise<boolean>): Promise<boolean> => {
    if (prepare && (await prepare())) resets++;
    await p.waitForQuiet(GAP_BEFORE_KEY_MS, 5_000);
    if (p.exitStatus) return false;
    const before = status(p).line.trim();
    const screenBefore = bytes ? snapshot(p) : null;
    const from = p.output.length;
    const r = await p.timeKey(key, { quietMs: FRAME_QUIET_MS, noFrameMs: NO_FRAME_MS, unrelated });
    times.push(r.ms);
    if (screenBefore && r.frame) {
      // Whatever trails the frame (the status row drawn a little later) belongs to the press too.
      await p.waitForQuiet(GAP_BEFORE_KEY_MS, 5_000);
      written.push(bytesSince(p, from));
      needed.push(neededBytes(screenBefore, snapshot(p)).bytes);
    }
    if (!r.settled) unsettled++;
    if (!r.frame) {
      noFrame++;
      // What the status bar said, to tell a slow frame from a press that had nothing to move.
      await p.waitForQuiet(GAP_BEFORE_KEY_MS, 5_000);
      log(
        `  ${docName} ${label} #${i + 1}: no frame within ${NO_FRAME_MS} ms; status before: ${before}; after: ${status(p).line.trim()}`,
      );
    }
    if ((i + 1) % 50 === 0 || i === n - 1)
      log(
        `  ${docName} ${label}: ${i + 1}/${n}, p50 ${median(times)!.toFixed(1)} ms, p95 ${percentile(times, 95)!.toFixed(1)} ms${noFrame ? `, ${noFrame} without a frame` : ''}`,
      );
    return true;
  };
  const result = (): Series => {
    const w = median(written);
    const nb = median(needed);
    return {
      key: label,
      n: times.length,
      p50: round1(median(times)),
      p95: round1(percentile(times, 95)),
      max: round1(times.length ? Math.max(...times) : null),
      noFrame,
      unsettled,
      untimedResets: resets,
      ...(bytes ? { bytes: { written: w, needed: nb, ratio: w !== null && nb ? round2(w / nb) : null } } : {}),
      times: times.map(round1),
    };
  };
  return { press, result };
}

async function timeSeries(
  p: PtySession,
  docName: string,
  label: string,
  n: number,
  keyFor: (i: number) => string,
  { prepare, bytes = false, until }: SeriesOptions = {},
): Promise<Series> {
  const rec = seriesRecorder(p, docName, label, n, bytes);
  for (let i = 0; i < n; i++) {
    if (until?.()) break;
    if (!(await rec.press(i, keyFor(i), prepare))) break;
  }
  return rec.result();
}

/**
 * Several keys pressed in turn (one of each a round, up to n rounds) until `until` holds, each
 * recorded as its own series: so that keys pressed while the long document is analysed all sample
 * the same stretch of the analysis, however soon it ends (pressed one key after another, the last
 * key could find the analysis over and record nothing).
 */
async function timeRotation(
  p: PtySession,
  docName: string,
  keys: readonly { label: string; key: string; prepare?: () => Promise<boolean> }[],
  n: number,
  until: () => boolean,
): Promise<Series[]> {
  const recs = keys.map((k) => seriesRecorder(p, docName, k.label, n, false, progressOnly));
  rounds: for (let i = 0; i < n; i++) {
    for (const [j, k] of keys.entries()) {
      if (until()) break rounds;
      if (!(await recs[j]!.press(i, k.key, k.prepare))) break rounds;
    }
  }
  return recs.map((r) => r.result());
}

interface Interactive {
  firstFrameMs: number | null;
  /** When the sidebar showed the entities (from spawn). */
  sidebarFilledMs: number | null;
  /** When the whole analysis was in (from spawn): the same moment as the sidebar's, unless the entities came ahead. */
  analysisCompleteMs: number | null;
  keys: Record<string, Series>;
  /** Keys pressed while the analysis was still running (until the whole analysis was in). */
  during: Record<string, Series>;
  hold: Held | null;
  peakRssBytes: number | null;
  notes: string[];
  chosenEntity?: { name: string; mentions: number };
}

/** The keys timed, each in its own series: how to press it, and what to press first when it could not move. */
function keyPlan(p: PtySession, doc: Doc) {
  const atTop = () => showsAll(p.screen().slice(0, 3), [doc.marks.title]);
  const bottomIfAtTop = async () => {
    if (!atTop()) return false;
    await p.pressEach(['G']);
    return true;
  };
  const topIfAtBottom = async () => {
    if (status(p).percent !== 100) return false;
    await p.pressEach(['g']);
    return true;
  };
  const topIfLastSection = async () => {
    const s = status(p);
    if (s.percent !== 100 && !(s.section && s.section.k >= s.section.n)) return false;
    await p.pressEach(['g']);
    return true;
  };
  return { bottomIfAtTop, topIfAtBottom, topIfLastSection };
}

/** A session with nothing measured yet, and these notes. */
function unmeasured(notes: string[]): Interactive {
  return {
    firstFrameMs: null,
    sidebarFilledMs: null,
    analysisCompleteMs: null,
    keys: {},
    during: {},
    hold: null,
    peakRssBytes: null,
    notes,
  };
}

async function interactive(doc: Doc): Promise<Interactive> {
  log(`keystrokes on ${doc.name}: launching lede`);
  const p = launchLede(doc);
  const out = unmeasured([]);
  try {
    const first = await p.waitForScreen(
      (rows) => showsAll(rows, [doc.marks.title, doc.marks.paragraph]),
      FIRST_FRAME_TIMEOUT_MS[doc.name],
    );
    if (first === null) {
      out.notes.push(`no first frame within ${FIRST_FRAME_TIMEOUT_MS[doc.name] / 1000} s: keystrokes not measured`);
      log(`${doc.name}: ${out.notes.at(-1)}\n${p.dump()}`);
      return out;
    }
    out.firstFrameMs = round1(first - p.spawnedAt);
    const { bottomIfAtTop, topIfAtBottom, topIfLastSection } = keyPlan(p, doc);
    const n = opts.keys;
    // The long document's analysis takes seconds: keys pressed meanwhile, until the whole analysis
    // is in (its entities may fill the sidebar earlier: both moments are recorded).
    let analysed: number | null = null;
    const sidebar = p.waitForScreen(hasEntities, ANALYSIS_WAIT_MS);
    const complete = p
      .waitForScreen((rows) => analysisComplete(rows) || analysisFailed(rows) !== null, ANALYSIS_WAIT_MS)
      .then((at) => (analysed = at));
    if (doc.name === 'long') {
      log(`  ${doc.name}: first frame at ${out.firstFrameMs} ms; keys while the analysis runs`);
      const until = () => analysed !== null;
      const [j, space, k] = await timeRotation(
        p,
        doc.name,
        [
          { label: 'j (analysing)', key: 'j', prepare: topIfAtBottom },
          { label: 'space (analysing)', key: ' ', prepare: topIfAtBottom },
          { label: 'k (analysing)', key: 'k', prepare: bottomIfAtTop },
        ],
        n,
        until,
      );
      out.during = { j: j!, space: space!, k: k! };
    }
    log(`  ${doc.name}: waiting for the sidebar's entities and the whole analysis`);
    const filled = await sidebar;
    const done = await complete;
    if (filled === null) {
      out.notes.push(`the sidebar showed no entities within ${ANALYSIS_WAIT_MS / 1000} s of the first frame`);
      log(`  ${doc.name}: ${out.notes.at(-1)}`);
    } else {
      out.sidebarFilledMs = round1(filled - p.spawnedAt);
      log(`  ${doc.name}: entities in the sidebar at ${out.sidebarFilledMs} ms`);
    }
    const failure = done === null ? null : analysisFailed(p.screen());
    if (failure !== null) {
      // Session 19: a crash in the quotes of one paragraph failed the 5 MB document's analysis, and
      // the bench timed the failure as the analysis complete.
      out.notes.push(`the analysis FAILED (${failure}): analysis-complete time not measured`);
      log(`  ${doc.name}: ${out.notes.at(-1)}`);
    } else if (done === null) {
      out.notes.push(`the analysis was not complete within ${ANALYSIS_WAIT_MS / 1000} s of the first frame`);
      log(`  ${doc.name}: ${out.notes.at(-1)}`);
    } else {
      out.analysisCompleteMs = round1(done - p.spawnedAt);
      log(`  ${doc.name}: analysis complete at ${out.analysisCompleteMs} ms`);
    }
    await p.waitForQuiet(IDLE_BEFORE_KEYS_MS, 30_000);

    await p.pressEach(['g']);
    out.keys.j = await timeSeries(p, doc.name, 'j', n, () => 'j', { prepare: topIfAtBottom, bytes: true });
    out.keys.k = await timeSeries(p, doc.name, 'k', n, () => 'k', { prepare: bottomIfAtTop });
    await p.pressEach(['g']);
    out.keys.space = await timeSeries(p, doc.name, 'space', n, () => ' ', { prepare: topIfAtBottom });
    out.keys.b = await timeSeries(p, doc.name, 'b', n, () => 'b', { prepare: bottomIfAtTop });
    await p.pressEach(['g']);
    out.keys.d = await timeSeries(p, doc.name, 'd', n, () => 'd', { prepare: topIfAtBottom });
    await p.pressEach(['g']);
    // Alternating, so that every press moves the view.
    out.keys.G = await timeSeries(p, doc.name, 'G/g', n, (i) => (i % 2 ? 'g' : 'G'));
    await p.pressEach(['g']);
    out.keys[']'] = await timeSeries(p, doc.name, ']', n, () => ']', { prepare: topIfLastSection });
    // The sidebar: Tab (untimed), then ↓ ten times and ↑ ten times, over and over, so each press moves.
    await p.pressEach([KEY.TAB]);
    out.keys.sidebar = await timeSeries(p, doc.name, 'Tab+↓', n, (i) => (Math.floor(i / 10) % 2 ? KEY.UP : KEY.DOWN));
    await p.pressEach([KEY.TAB]);
    await p.pressEach(['g']);
    // The views over the analysis (issue 13), opened and closed in turn so that every press draws.
    out.keys['"'] = await timeSeries(p, doc.name, '"/Esc', n, (i) => (i % 2 ? KEY.ESC : '"'));
    out.keys.T = await timeSeries(p, doc.name, 'T/Esc', n, (i) => (i % 2 ? KEY.ESC : 'T'));

    // Choose an entity (Tab ↓ Enter), moving on down the list until one has at least two mentions
    // so that every n moves somewhere.
    await p.pressEach([KEY.TAB, KEY.DOWN, KEY.ENTER]);
    let chosen = status(p).mention;
    for (let tries = 0; tries < 40 && (!chosen || chosen.n < 2); tries++) {
      await p.pressEach([KEY.DOWN, KEY.ENTER]);
      chosen = status(p).mention;
    }
    if (chosen && chosen.n >= 2) {
      out.chosenEntity = { name: chosen.name, mentions: chosen.n };
      log(`  ${doc.name}: chose ${chosen.name} (${chosen.n} mentions)`);
      out.keys.n = await timeSeries(p, doc.name, `n (${chosen.name})`, n, () => 'n');
    } else {
      out.notes.push(
        `no entity with two or more mentions could be chosen (status bar: ${status(p).line.trim()}): n not measured`,
      );
      log(`  ${doc.name}: ${out.notes.at(-1)}\n${p.dump()}`);
    }
    if (doc.name === 'long') {
      // Held j at 30 a second from the top: the long document has far more lines than presses.
      await p.pressEach(['g']);
      await p.waitForQuiet(IDLE_BEFORE_KEYS_MS, 10_000);
      const presses = TARGETS.holdPerSecond * TARGETS.holdSeconds;
      out.hold = await holdKey(p, 'j', presses, 1000 / TARGETS.holdPerSecond);
      log(`  ${doc.name}: held j: ${out.hold.drawn}/${out.hold.presses} drawn, lag ${out.hold.lagMs.toFixed(1)} ms`);
    }
    out.peakRssBytes = p.peakRss();
    log(
      `  ${doc.name}: peak RSS ${out.peakRssBytes === null ? 'unreadable' : `${(out.peakRssBytes / 2 ** 20).toFixed(1)} MB`}`,
    );
    return out;
  } finally {
    await p.dispose({ quit: true });
  }
}

/** less on the same document: j's latency and bytes, for comparison. */
async function lessKeys(doc: Doc): Promise<Series | null> {
  if (!lessPath) return null;
  const p = launchLess(doc);
  try {
    if ((await p.waitForScreen((rows) => showsAll(rows, [doc.marks.title]), 30_000)) === null) return null;
    await p.waitForQuiet(IDLE_BEFORE_KEYS_MS, 10_000);
    // At the end less rings the bell and draws nothing: back to the top (untimed) first.
    const topIfEnd = async () => {
      if (!p.screen().some((r) => r.includes('(END)'))) return false;
      await p.pressEach(['g']);
      return true;
    };
    return await timeSeries(p, doc.name, 'j (less)', opts.keys, () => 'j', { bytes: true, prepare: topIfEnd });
  } finally {
    await p.dispose({ quit: true });
  }
}

const sessions: Partial<Record<DocName, Interactive>> = {};
for (const d of docs) {
  if (failed[`lede:${d.name}`]) {
    // It would only time out again: say so rather than wait as long once more.
    const note = `no first frame within ${FIRST_FRAME_TIMEOUT_MS[d.name] / 1000} s in the first-frame runs: keystrokes, analysis-complete time and peak RSS not measured (--timeout raises the limit)`;
    log(`${d.name}: ${note}`);
    sessions[d.name] = unmeasured([note]);
  } else sessions[d.name] = await interactive(d);
}
const lessJ: Partial<Record<DocName, Series | null>> = {};
for (const d of docs) {
  log(`less on ${d.name}: j`);
  lessJ[d.name] = await lessKeys(d);
}

// ---- 3. analysis throughput -----------------------------------------------------------------

const THROUGHPUT_CHILD = `
import { readFileSync } from 'node:fs';
const { analyze } = await import(process.env.BENCH_ANALYZE);
const { parsePlainText } = await import(process.env.BENCH_PARSE);
const out = (o) => process.stdout.write(JSON.stringify(o) + '\\n');
let t = performance.now();
try {
  const { loadShippedModel } = await import(process.env.BENCH_MODEL);
  loadShippedModel();
} catch {}
out({ kind: 'model', ms: performance.now() - t });
for (const [name, file, repeats] of JSON.parse(process.env.BENCH_DOCS)) {
  t = performance.now();
  const article = parsePlainText(readFileSync(file, 'utf8'), file);
  const parseMs = performance.now() - t;
  const words = (article.text.match(/\\S+/g) ?? []).length;
  out({ kind: 'start', name, words, chars: article.text.length, parseMs, headings: article.blocks.filter((b) => b.kind === 'heading').length });
  const times = [];
  for (let i = 0; i < repeats; i++) {
    t = performance.now();
    analyze(article);
    times.push(performance.now() - t);
  }
  out({ kind: 'done', name, words, times, maxRssBytes: process.resourceUsage().maxRSS * 1024 });
}
`;

/** analyze() alone, in a child process (so it can be stopped): words per second on each document. */
interface DocSpeed {
  words: number;
  chars: number;
  headings: number;
  parseMs: number | null;
  analyzeMs: number | null;
  wordsPerSecond: number | null;
  firstCallMs?: number | null;
  processPeakRssBytes?: number;
  timedOut?: boolean;
  note?: string;
}

interface Throughput {
  modelLoadMs: number | null;
  docs: Partial<Record<DocName, DocSpeed>>;
  error?: string;
}

/** One line from the throughput child. */
type ChildMessage =
  | { kind: 'model'; ms: number }
  | { kind: 'start'; name: DocName; words: number; chars: number; parseMs: number; headings: number }
  | { kind: 'done'; name: DocName; words: number; times: number[]; maxRssBytes: number };

function throughput(): Promise<Throughput> {
  return new Promise((resolve) => {
    const result: Throughput = { modelLoadMs: null, docs: {} };
    const child = spawn(process.execPath, ['--input-type=module', '-e', THROUGHPUT_CHILD], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...cleanEnv(),
        BENCH_ANALYZE: pathToFileURL(join(ROOT, 'dist/analysis/analyze.js')).href,
        BENCH_PARSE: pathToFileURL(join(ROOT, 'dist/load/parse-text.js')).href,
        BENCH_MODEL: pathToFileURL(join(ROOT, 'dist/analysis/ner/model.js')).href,
        BENCH_DOCS: JSON.stringify(docs.map((d) => [d.name, d.file, d.name === 'seed' ? SEED_ANALYSIS_REPEATS : 1])),
      },
    });
    children.add(child);
    let buffer = '';
    let stderr = '';
    let stoppedFor: string | null = null;
    const stop = (what: string) => {
      stoppedFor = what;
      child.kill('SIGKILL');
    };
    let timer = setTimeout(() => stop('setup'), 60_000);
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => {
      buffer += d;
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const msg = JSON.parse(buffer.slice(0, nl)) as ChildMessage;
        buffer = buffer.slice(nl + 1);
        if (msg.kind === 'model') result.modelLoadMs = round1(msg.ms);
        else if (msg.kind === 'start') {
          result.docs[msg.name] = {
            words: msg.words,
            chars: msg.chars,
            headings: msg.headings,
            parseMs: round1(msg.parseMs),
            analyzeMs: null,
            wordsPerSecond: null,
          };
          log(`throughput: analysing ${msg.name} (${msg.words.toLocaleString('en-US')} words)…`);
          clearTimeout(timer);
          timer = setTimeout(() => stop(msg.name), THROUGHPUT_TIMEOUT_MS);
        } else if (msg.kind === 'done') {
          const r = result.docs[msg.name]!;
          // The seed: the first call pays for the JIT and the lexicons; the figure is the warm median.
          const ms = (msg.times.length > 1 ? median(msg.times.slice(1)) : msg.times[0]) ?? 0;
          r.analyzeMs = round1(ms);
          if (msg.times.length > 1) r.firstCallMs = round1(msg.times[0]);
          r.wordsPerSecond = Math.round((msg.words / ms) * 1000);
          r.processPeakRssBytes = msg.maxRssBytes;
          log(
            `throughput: ${msg.name} ${r.wordsPerSecond.toLocaleString('en-US')} words/s (${(ms / 1000).toFixed(2)} s)`,
          );
          clearTimeout(timer);
          timer = setTimeout(() => stop('setup'), 60_000);
        }
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      const stopped = stoppedFor === 'seed' || stoppedFor === 'long' ? result.docs[stoppedFor] : undefined;
      if (stopped) {
        stopped.timedOut = true;
        stopped.note = `> ${THROUGHPUT_TIMEOUT_MS / 1000} s`;
      } else if (code !== 0) {
        result.error = `the analysis process failed (${signal ?? code}${stoppedFor ? `, stopped during ${stoppedFor}` : ''}): ${stderr.trim().split('\n').slice(-5).join(' / ')}`;
        log(result.error);
      }
      resolve(result);
    });
  });
}

const analysisSpeed: Throughput = opts.throughput ? await throughput() : { modelLoadMs: null, docs: {} };
const durationS = Math.round((performance.now() - startedAt) / 1000);
machine.loadAverageAtEnd = os.loadavg().map((x) => round1(x));

// ---- report ---------------------------------------------------------------------------------

interface FirstFrameDoc {
  readonly lede: Summary;
  readonly less: Summary | null;
  readonly ledeOverLess: number | null;
  readonly ledeOverNode: number | null;
  readonly runs: { lede: (number | null)[]; less: (number | null)[] };
}

const firstFrameSummary: Partial<Record<DocName, FirstFrameDoc>> = {};
const nodeSummary = summarize(frames.node);
for (const d of docs) {
  const lede = summarize(frames[d.name]!.lede);
  const less = lessPath ? summarize(frames[d.name]!.less) : null;
  firstFrameSummary[d.name] = {
    lede,
    less,
    ledeOverLess: less?.median && lede.median ? round2(lede.median / less.median) : null,
    ledeOverNode: nodeSummary.median && lede.median ? round2(lede.median / nodeSummary.median) : null,
    runs: { lede: frames[d.name]!.lede.map(round1), less: frames[d.name]!.less.map(round1) },
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

const verdict = (ok: boolean | null) => (ok === null ? '?' : ok ? 'yes' : 'NO');

/** One line of the table: a figure, beside its target when it has one (info lines have none). */
interface Line {
  readonly measure: string;
  readonly document: string;
  readonly value: string;
  readonly p95?: string;
  readonly target?: string;
  readonly met?: boolean | null;
  readonly note?: string;
}

const fmtMs = (x: number | null | undefined) =>
  x === null || x === undefined
    ? '—'
    : x >= 10_000
      ? `${(x / 1000).toFixed(1)} s`
      : `${x.toFixed(x >= 100 ? 0 : 1)} ms`;
const fmtTimes = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${x.toFixed(2)}×`);
const fmtMb = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : `${(x / 2 ** 20).toFixed(0)} MB`;
const fmtBytes = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${Math.round(x)} B`);

const lines: Line[] = [];
const targets: { target: string; document: string; value: number | string | null; met: boolean | null }[] = [];
/** A line with a target: counted in `targets met`. A measure that could not be taken counts as not met. */
function goal(line: Line & { value: string }, value: number | string | null, met: boolean | null) {
  lines.push({ ...line, met: met ?? false });
  targets.push({ target: `${line.measure} ${line.target}`, document: line.document, value, met: met ?? false });
}

lines.push({
  measure: 'first frame: node -e 0',
  document: '—',
  value: fmtMs(nodeSummary.median),
  p95: fmtMs(nodeSummary.p95),
  note: `${nodeSummary.n} runs, spawn to exit`,
});
for (const d of docs) {
  const f = firstFrameSummary[d.name]!;
  lines.push({
    measure: 'first frame: lede',
    document: d.name,
    value: fmtMs(f.lede.median),
    p95: fmtMs(f.lede.p95),
    note: `${f.lede.n} runs${f.lede.n < opts.runs ? ' (timeouts)' : ''}`,
  });
  if (f.less)
    lines.push({
      measure: 'first frame: less',
      document: d.name,
      value: fmtMs(f.less.median),
      p95: fmtMs(f.less.p95),
      note: `${f.less.n} runs; lede / less ${fmtTimes(f.ledeOverLess)}`,
    });
  const limit = d.name === 'seed' ? TARGETS.seedRatioToNode : TARGETS.longRatioToNode;
  goal(
    {
      measure: '  ratio lede / node -e 0',
      document: d.name,
      value: fmtTimes(f.ledeOverNode),
      target: `≤ ${limit}×`,
      note: 'medians',
    },
    f.ledeOverNode,
    f.ledeOverNode === null ? null : f.ledeOverNode <= limit,
  );
}
for (const d of docs) {
  const s = sessions[d.name]!;
  const keyLine = (k: Series, when: string) => {
    const extra = [`${k.n} presses`, `max ${fmtMs(k.max)}`];
    if (k.noFrame) extra.push(`${k.noFrame} no frame`);
    if (k.unsettled) extra.push(`${k.unsettled} never settled`);
    if (k.untimedResets) extra.push(`${k.untimedResets} untimed resets`);
    goal(
      {
        measure: `key → frame: ${k.key}`,
        document: `${d.name}${when}`,
        value: fmtMs(k.p50),
        p95: fmtMs(k.p95),
        target: `p50 ≤ ${TARGETS.keyP50Ms}, p95 ≤ ${TARGETS.keyP95Ms} ms`,
        note: extra.join(', '),
      },
      k.p95,
      k.p50 === null || k.p95 === null || k.n === 0 ? null : k.p50 <= TARGETS.keyP50Ms && k.p95 <= TARGETS.keyP95Ms,
    );
  };
  for (const k of Object.values(s.during)) keyLine(k, ' (analysing)');
  if (d.name === 'long' && Object.keys(s.during).length === 0)
    goal({ measure: 'key → frame while analysing', document: d.name, value: '—', target: 'measured' }, null, null);
  for (const k of Object.values(s.keys)) keyLine(k, '');
  const j = s.keys.j?.bytes;
  const less = lessJ[d.name]?.bytes;
  if (j)
    goal(
      {
        measure: 'bytes per j: written / needed',
        document: d.name,
        value: fmtTimes(j.ratio),
        target: `≤ ${TARGETS.bytesOverNeeded}×`,
        note: `lede ${fmtBytes(j.written)} for ${fmtBytes(j.needed)} of changed rows; less ${fmtBytes(less?.written)} (its rows: ${fmtBytes(less?.needed)})`,
      },
      j.ratio,
      j.ratio === null ? null : j.ratio <= TARGETS.bytesOverNeeded,
    );
  const lj = lessJ[d.name];
  if (lj)
    lines.push({
      measure: 'key → frame: j (less)',
      document: d.name,
      value: fmtMs(lj.p50),
      p95: fmtMs(lj.p95),
      note: `${lj.n} presses`,
    });
  if (s.hold) {
    const h = s.hold;
    goal(
      {
        measure: `held j, ${TARGETS.holdPerSecond}/s for ${TARGETS.holdSeconds} s`,
        document: d.name,
        value: `${h.drawn}/${h.presses} drawn`,
        p95: `lag ${fmtMs(h.lagMs)}`,
        target: `all drawn, lag ≤ ${TARGETS.holdLagMs.toFixed(1)} ms`,
        note: 'lag: last press to the last byte after it',
      },
      h.lagMs,
      h.drawn === h.presses && h.lagMs <= TARGETS.holdLagMs,
    );
  }
  if (d.name === 'long') {
    goal(
      {
        measure: 'sidebar filled (from spawn)',
        document: d.name,
        value: fmtMs(s.sidebarFilledMs),
        target: `≤ ${TARGETS.longSidebarMs / 1000} s`,
        note: 'one run, keys pressed meanwhile',
      },
      s.sidebarFilledMs,
      s.sidebarFilledMs === null ? null : s.sidebarFilledMs <= TARGETS.longSidebarMs,
    );
    lines.push({
      measure: 'analysis complete (from spawn)',
      document: d.name,
      value: fmtMs(s.analysisCompleteMs),
      note: 'quotes, numbers and dates in too; the keys "while analysing" run until then',
    });
    goal(
      {
        measure: 'peak RSS (VmHWM)',
        document: d.name,
        value: fmtMb(s.peakRssBytes),
        target: `≤ ${TARGETS.longPeakRssBytes / 2 ** 20} MB`,
        note: 'after all the keys',
      },
      s.peakRssBytes,
      s.peakRssBytes === null ? null : s.peakRssBytes <= TARGETS.longPeakRssBytes,
    );
  } else {
    lines.push({
      measure: 'sidebar filled (from spawn)',
      document: d.name,
      value: fmtMs(s.sidebarFilledMs),
      note: 'one run',
    });
    lines.push({
      measure: 'peak RSS (VmHWM)',
      document: d.name,
      value: fmtMb(s.peakRssBytes),
      note: 'after all the keys',
    });
  }
}
for (const [name, a] of Object.entries(analysisSpeed.docs)) {
  lines.push({
    measure: 'analysis throughput (words/s)',
    document: name,
    value: a.timedOut ? `> ${THROUGHPUT_TIMEOUT_MS / 1000} s` : (a.wordsPerSecond?.toLocaleString('en-US') ?? '—'),
    note: a.timedOut
      ? `stopped after ${THROUGHPUT_TIMEOUT_MS / 1000} s`
      : `${fmtMs(a.analyzeMs)} for ${a.words.toLocaleString('en-US')} words${a.firstCallMs ? ` (warm median; first call ${fmtMs(a.firstCallMs)})` : ''}; parse ${fmtMs(a.parseMs)}`,
  });
}

type Report = typeof report;

const report = {
  date: new Date().toISOString(),
  machine,
  config: {
    runs: opts.runs,
    keys: opts.keys,
    only: opts.only,
    timeoutsMs: { firstFrame: FIRST_FRAME_TIMEOUT_MS, analysis: THROUGHPUT_TIMEOUT_MS },
    terminal: `${COLS}x${ROWS}`,
    frameQuietMs: FRAME_QUIET_MS,
    noFrameMs: NO_FRAME_MS,
    percentile: 'nearest rank',
  },
  documents: Object.fromEntries(
    docs.map((d) => [
      d.name,
      {
        file: d.label,
        bytes: d.bytes,
        words: analysisSpeed.docs[d.name]?.words ?? countWords(readFileSync(d.file, 'utf8')),
        sections: analysisSpeed.docs[d.name]?.headings ?? null,
        firstFrameShows: d.marks,
      },
    ]),
  ),
  firstFrame: { nodeFloor: { ...nodeSummary, runs: frames.node.map(round1) }, ...firstFrameSummary },
  sidebarFilled: Object.fromEntries(docs.map((d) => [d.name, sessions[d.name]!.sidebarFilledMs])),
  analysisComplete: Object.fromEntries(docs.map((d) => [d.name, sessions[d.name]!.analysisCompleteMs])),
  keystrokes: Object.fromEntries(docs.map((d) => [d.name, { ...sessions[d.name]!.keys }])),
  keystrokesWhileAnalysing: Object.fromEntries(docs.map((d) => [d.name, { ...sessions[d.name]!.during }])),
  held: Object.fromEntries(docs.map((d) => [d.name, sessions[d.name]!.hold])),
  less: Object.fromEntries(docs.map((d) => [d.name, lessJ[d.name] ?? null])),
  chosenEntity: Object.fromEntries(docs.map((d) => [d.name, sessions[d.name]!.chosenEntity ?? null])),
  peakRssBytes: Object.fromEntries(docs.map((d) => [d.name, sessions[d.name]!.peakRssBytes])),
  interactiveFirstFrameMs: Object.fromEntries(docs.map((d) => [d.name, sessions[d.name]!.firstFrameMs])),
  analysis: analysisSpeed,
  targets,
  notes: [...notes, ...docs.flatMap((d) => sessions[d.name]!.notes.map((n) => `${d.name}: ${n}`))],
  durationS,
};

if (opts.json) {
  // The per-key timings are long; the summary keeps p50/p95/max and counts.
  for (const doc of [...Object.values(report.keystrokes), ...Object.values(report.keystrokesWhileAnalysing)])
    for (const r of Object.values(doc)) delete r.times;
  for (const r of Object.values(report.less)) if (r) delete r.times;
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(renderTable(report));
}

function renderTable(r: Report): string {
  const out: string[] = [];
  out.push(`lede bench, ${r.date}`);
  out.push(
    `machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGB} GB, ${r.machine.platform}, Node ${r.machine.node}${r.machine.less ? `, ${r.machine.less}` : ''}; load average ${r.machine.loadAverageAtStart.join(' ')} at the start, ${(r.machine.loadAverageAtEnd ?? []).join(' ')} at the end`,
  );
  out.push(
    `pty ${r.config.terminal}; ${r.config.runs} first-frame runs each (interleaved), ${r.config.keys} presses per key; p95 is nearest-rank`,
  );
  for (const [name, d] of Object.entries(r.documents)) {
    out.push(
      `${name}: ${d.file}, ${size(d.bytes)}, ${d.words.toLocaleString('en-US')} words${d.sections ? `, ${d.sections.toLocaleString('en-US')} sections` : ''}`,
    );
  }
  out.push('');
  const rows = [['measure', 'document', 'p50/value', 'p95', 'target', 'met', 'note']];
  for (const l of lines)
    rows.push([
      l.measure,
      l.document,
      l.value,
      l.p95 ?? '',
      l.target ?? '',
      l.target ? verdict(l.met ?? null) : '',
      l.note ?? '',
    ]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => [...(row[i] ?? '')].length)));
  const right = new Set([2, 3]);
  rows.forEach((row, i) => {
    out.push(
      row
        .map((c, j) => (j === row.length - 1 ? c : right.has(j) ? c.padStart(widths[j]!) : c.padEnd(widths[j]!)))
        .join('  ')
        .trimEnd(),
    );
    if (i === 0) out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  });
  if (r.analysis.modelLoadMs !== null)
    out.push('', `model load (before the throughput runs): ${fmtMs(r.analysis.modelLoadMs)}`);
  if (r.analysis.error) out.push(`analysis: ${r.analysis.error}`);
  for (const n of r.notes) out.push(`note: ${n}`);
  const met = r.targets.filter((t) => t.met === true).length;
  out.push('', `targets met: ${met}/${r.targets.length}; the bench took ${r.durationS} s`);
  return out.join('\n');
}

function commandOutput(file: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const c = spawn(file, args, { stdio: ['ignore', 'pipe', 'ignore'], env: cleanEnv() });
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.on('error', reject);
    c.on('exit', () => resolve(out));
  });
}
