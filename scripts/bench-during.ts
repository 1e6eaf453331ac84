// Keys pressed while the long document is analysed (issue 14), several builds or settings
// interleaved round by round, so that each is measured under the same load on a shared machine.
// For each variant and round: launch lede on the bench's long document in a 120×40 pty (the pty
// answers like a terminal), press j, space and k in turn from the first frame until the whole
// analysis is in (a long document's entities fill the sidebar ahead of its quotes and dates: the
// status bar says "reading quotes, dates…" until they are in), and record each key → frame time,
// when the sidebar filled and when the analysis was complete, the peak RSS (VmHWM), and the
// CPU each kind of thread used meanwhile (/proc/PID/task: the reader's main thread, threads
// Node made before the reader ran (V8's platform workers, libuv's pool; named "node"), and the
// worker threads (the analysis; named after the process, "lede"), with their niceness). The
// same CPU is also taken when the sidebar fills, with this harness's own (the pty and the
// terminal emulator run on the same cores): their sum over the cores is the least time the
// sidebar could have taken with that much work, printed beside the time it took.
//
//   tsx scripts/bench-during.ts [--rounds 3] [--presses 60] [--log FILE] VARIANT...
//
// A VARIANT is `name=CLI` or `name=CLI,ENV=VALUE,...,--node-flag,...` (e.g.
// `base=/work/base13/dist/cli.js` `new=dist/cli.js` `nogc=dist/cli.js,--single-threaded-gc`).
// Never part of `npm test`. Linux only (it reads /proc).
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { type Breakdown, formatBreakdown, smapsBreakdown } from './bench-smaps.js';
import {
  answerLikeATerminal,
  cleanEnv,
  delay,
  launch,
  launchCli,
  median,
  percentile,
  progressOnly,
  round1,
} from './bench-lib.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(args[i + 1]);
  args.splice(i, 2);
  return v;
};
const rounds = opt('--rounds', 3);
/** --log FILE: every press of every run, a line each: variant, round, ms after the first frame, key, ms to its frame, the reader's ms on a core and waiting for one. */
const logAt = args.indexOf('--log');
const logPath = logAt < 0 ? null : args.splice(logAt, 2)[1]!;
const pressesPerKey = opt('--presses', 60);
// --timeline: also print each run's RSS every 100 ms (MB, with the first frame, sidebar and
// completion marked) and, at the end, the process's memory by kind (/proc/PID/smaps_rollup).
const timeline = args.includes('--timeline') ? (args.splice(args.indexOf('--timeline'), 1), true) : false;
// --smaps: also read /proc/PID/smaps whenever the RSS reaches a new high, and print the last one
// (the peak) by kind: files, glibc's arenas, V8's pages, other mappings (scripts/bench-smaps.ts).
const smaps = args.includes('--smaps') ? (args.splice(args.indexOf('--smaps'), 1), true) : false;
const DOC = join(os.tmpdir(), 'lede-bench', 'long.txt');

interface Variant {
  readonly name: string;
  readonly cli: string;
  readonly env: Record<string, string>;
  readonly flags: string[];
}
const variants: Variant[] = args.map((a) => {
  const [name, rest = ''] = a.split(/=(.*)/s, 2) as [string, string];
  const [cli, ...more] = rest.split(',');
  const env: Record<string, string> = {};
  const flags: string[] = [];
  for (const m of more) {
    if (m.startsWith('--')) flags.push(m);
    else {
      const [k, v = ''] = m.split(/=(.*)/s, 2) as [string, string];
      env[k] = v;
    }
  }
  return { name, cli: resolve(cli!), env, flags };
});
if (variants.length === 0) {
  console.error('usage: tsx scripts/bench-during.ts [--rounds N] [--presses N] name=CLI[,ENV=V,--flag] ...');
  process.exit(2);
}

/** The cores lede and this harness share. */
const CORES = os.availableParallelism();

interface ThreadSample {
  comm: string;
  nice: number;
  cpuMs: number;
}
function threads(pid: number): Map<number, ThreadSample> {
  const out = new Map<number, ThreadSample>();
  for (const t of readdirSync(`/proc/${pid}/task`)) {
    try {
      const comm = readFileSync(`/proc/${pid}/task/${t}/comm`, 'utf8').trim();
      const f = readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(Number(t), { comm, nice: Number(f[16]), cpuMs: (Number(f[11]) + Number(f[12])) * 10 });
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

/**
 * The reader's (main) thread's scheduler counters, ms: time on a core, and time runnable but
 * waiting for one (/proc/PID/task/PID/schedstat). What is neither, between a press and its frame,
 * the thread slept: waiting for the key to arrive, or blocked (e.g. on a garbage collection's
 * helper threads).
 */
function schedOf(pid: number): [number, number] {
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    return [run! / 1e6, wait! / 1e6];
  } catch {
    return [0, 0];
  }
}

interface Run {
  times: Record<string, number[]>;
  /**
   * Every press in order: ms after the first frame it was pressed, its key, its time to a frame,
   * and the reader thread's ms on a core and waiting for one from the press until the frame went quiet.
   */
  presses: [number, string, number, number, number][];
  firstFrameMs: number | null;
  sidebarMs: number | null;
  completeMs: number | null;
  peakRssMb: number | null;
  cpu: { main: number; node: number; workers: number; nodeNice: string };
  /**
   * CPU ms from the spawn to the sidebar's entities: lede's threads by kind (as `cpu`; a thread
   * that ended meanwhile, as the names step's helper does, counts as last sampled, up to 100 ms
   * before it ended) and this harness's own (the pty and the terminal emulator), which share the
   * same cores. Their sum over the cores is the least the sidebar could have taken.
   */
  toSidebar: { main: number; node: number; workers: number; harness: number } | null;
  load: number;
  /** ms after spawn, VmRSS MB (with --timeline). */
  rss: [number, number][];
  rollup: string;
  /** With --smaps: ms after spawn, and the memory by kind at the highest RSS sampled. */
  atPeak: { at: number; rss: number; kinds: Breakdown } | null;
}

/** CPU ms by kind of thread: the reader's (main) thread, Node's own ("node": V8's platform workers, libuv's pool), the analysis's (workers). */
function cpuByKind(
  sampled: ReadonlyMap<number, ThreadSample>,
  pid: number,
): { main: number; node: number; workers: number } {
  const cpu = { main: 0, node: 0, workers: 0 };
  for (const [tid, s] of sampled) {
    if (tid === pid) cpu.main += s.cpuMs;
    else if (s.comm === 'node') cpu.node += s.cpuMs;
    else cpu.workers += s.cpuMs;
  }
  return cpu;
}

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

async function once(v: Variant): Promise<Run> {
  const p = answerLikeATerminal(
    // As a user runs it (the file executed), unless node flags are given (then `node FLAGS CLI`).
    (v.flags.length ? launch : launchCli)(
      v.flags.length ? process.execPath : v.cli,
      v.flags.length ? [...v.flags, v.cli, DOC] : [DOC],
      {
        cols: 120,
        rows: 40,
        cwd: process.cwd(),
        env: cleanEnv({ XDG_STATE_HOME: mkdtempSync(join(os.tmpdir(), 'lede-during-state-')), ...v.env }),
      },
    ),
  );
  const load = os.loadavg()[0]!;
  const times: Record<string, number[]> = { j: [], space: [], k: [] };
  const presses: Run['presses'] = [];
  const got = { firstAt: 0, peak: null as number | null };
  const seen = new Map<number, ThreadSample>();
  const niceOfNode = new Set<number>();
  let sidebar: number | null = null;
  let complete: number | null = null;
  const harness0 = process.cpuUsage();
  let toSidebar: Run['toSidebar'] = null;
  const rss: [number, number][] = [];
  let rollup = '';
  let atPeak: Run['atPeak'] = null;
  try {
    const first = await p.waitForScreen((rows) => rows.some((r) => /\d+%/.test(r)), 60_000);
    if (first === null) throw new Error(`no first frame:\n${p.dump()}`);
    got.firstAt = first;
    const listed = (rows: string[]) => rows.some((r) => /(People|Organisations|Places) \(\d+\)/.test(r));
    const filled = p.waitForScreen(listed, 300_000).then((at) => {
      sidebar = at;
      if (at === null) return;
      const h = process.cpuUsage(harness0);
      const now = new Map(seen);
      for (const [tid, s] of threads(p.pid)) now.set(tid, s);
      toSidebar = { ...cpuByKind(now, p.pid), harness: Math.round((h.user + h.system) / 1000) };
    });
    const whole = p
      .waitForScreen((rows) => listed(rows) && !rows.some((r) => r.includes('reading quotes, dates…')), 300_000)
      .then((at) => (complete = at));
    const sampler = setInterval(() => {
      const mb = timeline || smaps ? rssMb(p.pid) : null;
      const at = Math.round(performance.now() - p.spawnedAt);
      if (mb !== null && timeline) rss.push([at, mb]);
      if (mb !== null && smaps && mb > (atPeak?.rss ?? 0)) {
        const kinds = smapsBreakdown(p.pid);
        if (kinds) atPeak = { at, rss: mb, kinds };
      }
      for (const [tid, s] of threads(p.pid)) {
        seen.set(tid, s);
        if (s.comm === 'node' && s.cpuMs > 0) niceOfNode.add(s.nice);
      }
    }, 100);
    const keys: [string, string][] = [
      ['j', 'j'],
      ['space', ' '],
      ['k', 'k'],
    ];
    for (let i = 0; complete === null && i < pressesPerKey * 3; i++) {
      const [name, key] = keys[i % 3]!;
      await p.waitForQuiet(50, 5_000);
      if (complete !== null) break;
      const at = performance.now() - got.firstAt;
      const [run0, wait0] = schedOf(p.pid);
      const r = await p.timeKey(key, { quietMs: 30, noFrameMs: 1_000, unrelated: progressOnly });
      const [run1, wait1] = schedOf(p.pid);
      if (complete === null) {
        times[name]!.push(r.ms);
        presses.push([Math.round(at), name, round1(r.ms)!, round1(run1 - run0)!, round1(wait1 - wait0)!]);
      }
    }
    await filled;
    await whole;
    clearInterval(sampler);
    const status = readFileSync(`/proc/${p.pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    got.peak = hwm ? Math.round(Number(hwm[1]) / 1024) : null;
    if (timeline) rollup = readFileSync(`/proc/${p.pid}/smaps_rollup`, 'utf8');
  } finally {
    await p.dispose({ quit: true });
  }
  const cpu = { ...cpuByKind(seen, p.pid), nodeNice: [...niceOfNode].join('/') };
  return {
    times,
    presses,
    firstFrameMs: round1(got.firstAt - p.spawnedAt),
    sidebarMs: sidebar === null ? null : round1(sidebar - p.spawnedAt),
    completeMs: complete === null ? null : round1(complete - p.spawnedAt),
    peakRssMb: got.peak,
    cpu,
    toSidebar,
    load,
    rss,
    rollup,
    atPeak,
  };
}

/** Every 5th RSS sample (0.5 s apart), the first frame (F), sidebar (S) and completion (C) marked, then the smaps rollup. */
function printTimeline(run: Run): void {
  const marks: [number | null, string][] = [
    [run.firstFrameMs, 'F'],
    [run.sidebarMs, 'S'],
    [run.completeMs, 'C'],
  ];
  const cells = run.rss
    .filter((_, i) => i % 5 === 0)
    .map(([t, mb], i, all) => {
      const next = all[i + 1]?.[0] ?? Infinity;
      const mark = marks.filter(([at]) => at !== null && at >= t && at < next).map(([, m]) => m);
      return `${(t / 1000).toFixed(1)}s ${mb}${mark.length ? `[${mark.join('')}]` : ''}`;
    });
  console.error(`  rss MB: ${cells.join(', ')}`);
  const kinds = run.rollup
    .split('\n')
    .filter((l) => /^(Rss|Pss_Anon|Pss_File|Anonymous|Private_Dirty|Shared_Clean):/.test(l))
    .map((l) => l.replace(/\s+/g, ' '));
  console.error(`  at the end: ${kinds.join(', ')}`);
}

const results = new Map<string, Run[]>(variants.map((v) => [v.name, []]));
if (logPath) writeFileSync(logPath, 'variant\tround\tat_ms\tkey\tms\ton_core_ms\twaiting_ms\n');
for (let r = 0; r < rounds; r++) {
  for (const v of r % 2 ? [...variants].reverse() : variants) {
    const run = await once(v);
    results.get(v.name)!.push(run);
    if (logPath) appendFileSync(logPath, run.presses.map((p) => [v.name, r + 1, ...p].join('\t')).join('\n') + '\n');
    const all = Object.values(run.times).flat();
    console.error(
      `round ${r + 1} ${v.name.padEnd(8)} load ${run.load.toFixed(1)}: first frame ${run.firstFrameMs} ms, keys ${all.length} p50 ${median(all)?.toFixed(1)} p95 ${percentile(all, 95)?.toFixed(1)} ms; sidebar ${run.sidebarMs} ms, complete ${run.completeMs} ms; peak ${run.peakRssMb} MB; cpu main ${run.cpu.main} node-threads ${run.cpu.node} (nice ${run.cpu.nodeNice}) workers ${run.cpu.workers} ms`,
    );
    const slow = [...run.presses].sort((a, b) => b[2] - a[2]).slice(0, Math.ceil(run.presses.length / 20));
    console.error(
      `  slowest 5% (reader thread on a core / waiting for one, ms): ${slow.map(([at, k, ms, on, wait]) => `${k} ${ms} ms at +${at} (${on}/${wait})`).join(', ')}`,
    );
    if (run.toSidebar) {
      const t = run.toSidebar;
      const total = t.main + t.node + t.workers + t.harness;
      console.error(
        `  CPU to the sidebar: reader ${t.main}, node's threads ${t.node}, analysis ${t.workers}, this harness ${t.harness} ms = ${total} ms, ${(total / CORES / 1000).toFixed(2)} s over ${CORES} cores`,
      );
    }
    if (timeline) printTimeline(run);
    if (run.atPeak)
      console.error(
        `  at the highest RSS sampled (${run.atPeak.rss} MB, +${run.atPeak.at} ms): ${formatBreakdown(run.atPeak.kinds)}`,
      );
  }
  await delay(500);
}

console.log(
  'variant   keys  p50/p95 j   p50/p95 space  p50/p95 k   p50/p95 all    on core p50/p95/max  sidebar (median)  complete (median)  peak RSS  cpu main/node/workers (median)',
);
for (const v of variants) {
  const runs = results.get(v.name)!;
  const pool = (k: string) => runs.flatMap((r) => r.times[k]!);
  const fmt = (xs: number[]) => `${median(xs)?.toFixed(1) ?? '—'}/${percentile(xs, 95)?.toFixed(1) ?? '—'}`;
  const all = ['j', 'space', 'k'].flatMap(pool);
  const onCore = runs.flatMap((r) => r.presses.map((p) => p[3]));
  const med = (f: (r: Run) => number | null) => median(runs.map(f).filter((x): x is number => x !== null));
  console.log(
    [
      v.name.padEnd(8),
      String(all.length).padStart(5),
      fmt(pool('j')).padStart(12),
      fmt(pool('space')).padStart(14),
      fmt(pool('k')).padStart(12),
      fmt(all).padStart(14),
      // The reader's own time on a core from a press to its frame: what a press costs, without the wait for a core.
      `${fmt(onCore)}/${Math.max(...onCore).toFixed(1)}`.padStart(20),
      `${med((r) => r.sidebarMs)?.toFixed(0)} ms`.padStart(17),
      `${med((r) => r.completeMs)?.toFixed(0)} ms`.padStart(18),
      `${med((r) => r.peakRssMb)} MB`.padStart(9),
      `${med((r) => r.cpu.main)}/${med((r) => r.cpu.node)}/${med((r) => r.cpu.workers)} ms`.padStart(24),
    ].join('  '),
  );
}
// The sidebar can come no sooner than all the CPU spent until it, shared over the cores.
console.log(`\nCPU from the spawn to the sidebar (median ms; ${CORES} cores):`);
console.log("variant   reader  node's threads  analysis  harness     sum  sum/cores  sidebar");
for (const v of variants) {
  const runs = results.get(v.name)!.filter((r) => r.toSidebar !== null);
  const med = (f: (t: NonNullable<Run['toSidebar']>) => number) => median(runs.map((r) => f(r.toSidebar!)));
  const sum = med((t) => t.main + t.node + t.workers + t.harness);
  console.log(
    [
      v.name.padEnd(8),
      String(med((t) => t.main)).padStart(6),
      String(med((t) => t.node)).padStart(14),
      String(med((t) => t.workers)).padStart(8),
      String(med((t) => t.harness)).padStart(7),
      String(sum).padStart(6),
      `${sum === null ? '—' : (sum / CORES / 1000).toFixed(2)} s`.padStart(9),
      `${median(runs.map((r) => r.sidebarMs!))?.toFixed(0)} ms`.padStart(8),
    ].join('  '),
  );
}
process.exit(0);
