// Where a keystroke's time goes (issue 14): runs the built CLI under `node --cpu-prof` in a real
// pty (120×40), waits until the analysis has filled the sidebar, presses a key N times with a
// gap between presses, quits, and summarises the main thread's CPU profile over the key-pressing
// window only (start-up and the analysis left out): self time by function, and by package.
//
//   tsx scripts/bench-profile.ts [--doc FILE|long] [--key j] [--first tab] [--presses 300] [--gap 40] [--top 30] [--keep DIR] [--cli dist/cli.js] [--during] [--stretches 10]
//
// --key and --first (pressed once before the window, e.g. Tab into the sidebar) take a character,
// or space, tab, down, up, esc, enter (--first tab,down,enter: several, in turn); --key T,esc presses T and Esc in turn (a view opened and closed).
// --doc long is the bench's long document (scripts/bench.ts builds it). --during presses the keys
// from the first frame on, while the analysis runs, instead of after the sidebar filled in.
//
// The profile's sample times and this process's hrtime read the same monotonic clock (Linux), so
// the window is cut exactly. Never part of `npm test`.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv, delay, launch } from './bench-lib.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const docArg = arg('--doc', join(ROOT, 'seeds/us-drone-strike-baghdad.txt'));
const doc = docArg === 'long' ? join(os.tmpdir(), 'lede-bench', 'long.txt') : docArg;
const during = process.argv.includes('--during');
const named: Record<string, string> = {
  space: ' ',
  tab: '\t',
  down: '\u001b[B',
  up: '\u001b[A',
  esc: '\u001b',
  enter: '\r',
};
const keys = arg('--key', 'j')
  .split(',')
  .map((k) => named[k] ?? k);
const key = keys.join('');
const first = arg('--first', '')
  .split(',')
  .filter(Boolean)
  .map((k) => named[k] ?? k);
const presses = Number(arg('--presses', '300'));
const gap = Number(arg('--gap', '40'));
const top = Number(arg('--top', '30'));
const keep = arg('--keep', '');
const cli = arg('--cli', join(ROOT, 'dist/cli.js'));
const dir = keep || mkdtempSync(join(os.tmpdir(), 'lede-prof-'));

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const p = launch(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, cli, doc], {
  cols: 120,
  rows: 40,
  cwd: ROOT,
  env: cleanEnv({ XDG_STATE_HOME: mkdtempSync(join(os.tmpdir(), 'lede-prof-state-')) }),
});
const ready = await p.waitForScreen(
  (rows) =>
    during ? rows.some((r) => /\d+%/.test(r)) : rows.some((r) => /(People|Organisations|Places) \(\d+\)/.test(r)),
  120_000,
);
if (ready === null) throw new Error(`the ${during ? 'first frame' : 'sidebar'} never came:\n${p.dump()}`);
await p.waitForQuiet(during ? 50 : 500, 10_000);
/** CPU time (user + system, all threads) of the program so far, in ms: /proc counts in 1/100 s. */
const cpuMs = () => {
  const fields = (readFileSync(`/proc/${p.pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
for (const k of first) {
  p.pty.write(k);
  await p.waitForQuiet(300, 10_000);
}
const cpu0 = cpuMs();
const t0 = process.hrtime.bigint();
const times: number[] = [];
/** When each press was written (µs on the profile's clock). */
const pressedAt: number[] = [];
for (let i = 0; i < presses; i++) {
  // Back to the top now and then, so every press moves the view.
  const k = keys.length > 1 ? keys[i % keys.length]! : i % 60 === 59 ? 'g' : key;
  pressedAt.push(Number(process.hrtime.bigint() / 1000n));
  const r = await p.timeKey(k, { quietMs: Math.min(30, gap), noFrameMs: 1_000 });
  times.push(r.ms);
  await delay(Math.max(0, gap - r.ms));
}
const t1 = process.hrtime.bigint();
await p.waitForQuiet(300, 10_000);
const cpu = cpuMs() - cpu0;
p.pty.write('q');
await Promise.race([p.exited, delay(10_000)]);
await p.dispose();

// The main thread's profile is the largest (the worker's is written beside it).
const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
const profiles = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Profile);
const main = profiles.find((pr) =>
  pr.nodes.some((n) => /\/ink|reconcil/.test(n.callFrame.url + n.callFrame.functionName)),
);
if (!main) throw new Error(`no main-thread profile among ${files.join(', ')}`);

const byId = new Map(main.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of main.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const lo = Number(t0 / 1000n);
const hi = Number(t1 / 1000n) + 300_000;
const self = new Map<number, number>();
/** Every sample in the window: when it was taken (µs), its node, the time it stands for. */
const timeline: [number, number, number][] = [];
/** Every sample of the profile, the window's and the rest (start-up, the first keys). */
const everySample: [number, number, number][] = [];
let t = main.startTime;
let total = 0;
let idle = 0;
main.samples.forEach((id, i) => {
  const dt = main.timeDeltas[i] ?? 0;
  t += dt;
  everySample.push([t, id, dt]);
  if (t < lo || t > hi) return;
  timeline.push([t, id, dt]);
  const name = byId.get(id)!.callFrame.functionName;
  if (name === '(idle)' || name === '(program)') idle += dt;
  else total += dt;
  self.set(id, (self.get(id) ?? 0) + dt);
});

/** Each bundled file's `// node_modules/…` and `// src/…` comments: which module a line belongs to. */
const modulesOf = new Map<string, { line: number; module: string }[]>();
function moduleAt(url: string, line: number): string | null {
  if (!url.startsWith('file://')) return null;
  let marks = modulesOf.get(url);
  if (!marks) {
    marks = [];
    try {
      readFileSync(fileURLToPath(url), 'utf8')
        .split('\n')
        .forEach((text, i) => {
          const m = /^\/\/ ((?:node_modules|src)\/\S+)$/.exec(text);
          if (m) marks!.push({ line: i, module: m[1]! });
        });
    } catch {
      // not readable: the url alone
    }
    modulesOf.set(url, marks);
  }
  let found: string | null = null;
  for (const m of marks) if (m.line <= line) found = m.module;
  return found;
}
const where = (url: string, line = 0) => {
  const path = moduleAt(url, line) ?? url;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (m) return m[1]!;
  const src = /(src\/\S+)/.exec(path);
  if (src) return src[1]!;
  if (path.startsWith('node:')) return 'node';
  return path ? path.split('/').slice(-1)[0]! : '(native)';
};
const fnSelf = new Map<string, number>();
for (const [id, us] of self) {
  const f = byId.get(id)!.callFrame;
  if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
  const k = `${f.functionName || '(anonymous)'} ${where(f.url, f.lineNumber)}`;
  fnSelf.set(k, (fnSelf.get(k) ?? 0) + us);
}
// Inclusive time of a few markers: each sample's stack, counted once per marker.
const markers: [string, RegExp][] = [
  ['React render + commit (performWorkOnRoot)', /^performWorkOnRoot$/],
  ['Yoga layout (calculateLayout)', /^calculateLayout$/],
  ['Ink output (renderer: renderNodeToOutput + Output.get)', /^renderer$|^render$/],
  ['Ink log-update write', /^(render|log)$/],
  ['ArticlePane', /^ArticlePane$/],
  ['Sidebar', /^Sidebar$/],
  ['wrapText / truncate (Ink)', /^(wrapText|truncate|wrapAnsi|cliTruncate)$/],
  ['styleLine / paneLine (lede)', /^(paneLine|styleLine)$/],
  ['input parse (use-keys / keymap)', /^(handleInput|parseKeypress|useKeys|lookup|resolveKey)$/],
  ['GC', /^\(garbage collector\)$/],
];
const inclusive = new Map<string, number>();
for (const [id, us] of self) {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const fn = byId.get(cur)!.callFrame.functionName;
    for (const [label, re] of markers) if (!seen.has(label) && re.test(fn)) seen.add(label);
  }
  for (const label of seen) inclusive.set(label, (inclusive.get(label) ?? 0) + us);
}
const pkgSelf = new Map<string, number>();
for (const [id, us] of self) {
  const f = byId.get(id)!.callFrame;
  if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
  const k = f.functionName === '(garbage collector)' ? '(gc)' : where(f.url, f.lineNumber);
  pkgSelf.set(k, (pkgSelf.get(k) ?? 0) + us);
}

const ms = (us: number) => `${(us / 1000).toFixed(1)} ms`;
const pct = (us: number) => `${((us / total) * 100).toFixed(1)}%`;
console.log(
  `CPU time (from /proc, unaffected by waiting for a core): ${(cpu / presses).toFixed(2)} ms a press (${cpu} ms for ${presses})`,
);
console.log(
  `profile: ${presses} × ${JSON.stringify(key)} every ${gap} ms on ${doc}; busy ${ms(total)} (${ms(total / presses)} a press), idle ${ms(idle)}; load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
const sorted = [...times].sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!.toFixed(1);
console.log(`key → frame under the profiler: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
if (keys.length > 1)
  keys.forEach((k, j) => {
    const own = times.filter((_, i) => i % keys.length === j).sort((a, b) => a - b);
    const q = (x: number) => own[Math.min(own.length - 1, Math.ceil(x * own.length) - 1)]!.toFixed(1);
    console.log(`  ${JSON.stringify(k)}: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms`);
  });
console.log('\ninclusive (a sample counts once per line):');
for (const [label, us] of [...inclusive].sort((a, b) => b[1] - a[1]))
  console.log(`  ${pct(us).padStart(6)}  ${ms(us / presses).padStart(9)}/press  ${label}`);
console.log('\nself time by package:');
for (const [k, us] of [...pkgSelf].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`  ${pct(us).padStart(6)}  ${ms(us / presses).padStart(9)}/press  ${k}`);
console.log(`\nself time by function (top ${top}):`);
for (const [k, us] of [...fnSelf].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`  ${pct(us).padStart(6)}  ${ms(us / presses).padStart(9)}/press  ${k}`);
// The slowest 5% of presses: what the main thread was sampled doing between the press and its
// frame. A sample stands for the time since the one before; time the thread did not run at all
// (waiting for a core, or idle in the kernel) shows as a gap the samples do not cover.
{
  const slow = times
    .map((ms, i) => ({ ms, i }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, Math.max(1, Math.ceil(times.length / 20)));
  console.log(`\nthe slowest ${slow.length} presses (main thread between the press and its frame):`);
  for (const { ms: took, i } of slow) {
    const from = pressedAt[i]!;
    const to = from + took * 1000;
    const fns = new Map<string, number>();
    let busy = 0;
    let quiet = 0;
    for (const [at, id, dt] of timeline) {
      if (at < from || at - dt > to) continue;
      const f = byId.get(id)!.callFrame;
      const part = Math.min(at, to) - Math.max(at - dt, from);
      if (part <= 0) continue;
      if (f.functionName === '(idle)' || f.functionName === '(program)') {
        quiet += part;
        continue;
      }
      busy += part;
      const k =
        f.functionName === '(garbage collector)'
          ? '(gc)'
          : `${f.functionName || '(anonymous)'} ${where(f.url, f.lineNumber)}`;
      fns.set(k, (fns.get(k) ?? 0) + part);
    }
    const topFns = [...fns].sort((a, b) => b[1] - a[1]).slice(0, 4);
    console.log(
      `  #${i + 1} at +${((from - lo) / 1000).toFixed(0)} ms: ${took.toFixed(1)} ms; busy ${ms(busy)}, idle/program ${ms(quiet)}; ${topFns.map(([k, us]) => `${k} ${ms(us)}`).join(', ')}`,
    );
  }
}
// --callers NAME: where a function's self time came from (the stacks above it, three frames deep).
const callersOf = arg('--callers', '');
if (callersOf) {
  const stacks = new Map<string, number>();
  for (const [id, us] of self) {
    if (byId.get(id)!.callFrame.functionName !== callersOf) continue;
    const chain: string[] = [];
    for (let cur = parent.get(id); cur !== undefined && chain.length < 4; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      chain.push(`${f.functionName || '(anonymous)'} ${where(f.url, f.lineNumber)}`);
    }
    const k = chain.join(' < ');
    stacks.set(k, (stacks.get(k) ?? 0) + us);
  }
  console.log(`\n${callersOf} called from:`);
  for (const [k, us] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 12))
    console.log(`  ${ms(us / presses).padStart(9)}/press  ${k}`);
}
// --stretches MS: every stretch of the main thread's work of at least MS ms, from its start to
// the end of the window (samples with no idle sample between them), when it began (ms after the
// window opened; negative: before it), how long it ran,
// and what it ran most — where a press pressed then would have waited (Ink loading, the analysis
// arriving, idle-time wrapping, a collection).
const stretchMs = Number(arg('--stretches', '0'));
if (stretchMs > 0) {
  console.log(`\nthe main thread's stretches of work of ${stretchMs} ms or more:`);
  let from = -1;
  let fns = new Map<string, number>();
  let busy = 0;
  const flush = (end: number) => {
    if (from >= 0 && (end - from) / 1000 >= stretchMs) {
      const topFns = [...fns].sort((a, b) => b[1] - a[1]).slice(0, 5);
      console.log(
        `  +${((from - lo) / 1000).toFixed(0)} ms: ${ms(end - from)} (busy ${ms(busy)}); ${topFns.map(([k, us]) => `${k} ${ms(us)}`).join(', ')}`,
      );
    }
    from = -1;
    fns = new Map();
    busy = 0;
  };
  for (const [at, id, dt] of everySample) {
    if (at > hi) break;
    const f = byId.get(id)!.callFrame;
    if (f.functionName === '(idle)') {
      flush(at - dt);
      continue;
    }
    if (from < 0) from = at - dt;
    busy += dt;
    const k =
      f.functionName === '(garbage collector)'
        ? '(gc)'
        : `${f.functionName || '(anonymous)'} ${where(f.url, f.lineNumber)}`;
    fns.set(k, (fns.get(k) ?? 0) + dt);
  }
}
if (!keep) rmSync(dir, { recursive: true, force: true });
