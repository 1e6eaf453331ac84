// What raising Ink's frame cap would cost (issue 6): Ink draws at most `maxFps` frames a second
// (30 unless told otherwise). A held key repeats at about 30–40 a second, faster on some setups;
// this holds `j` at 100 presses a second for 2 s (on the seed's text eight times over, so it
// never reaches the end) and measures, for each cap, how many
// frames were drawn, how long after the last press the screen showed the final position (lag),
// and the CPU time lede spent. lede has no option for the cap, so each run uses a copy of the
// built bundle (dist/) with Ink's default changed: an experiment only, nothing ships from it.
//
//   npm run bench:fps -- [--caps 30,60,120] [--runs 3]   (builds first; or tsx scripts/bench-fps.ts)
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv, delay, launch, median, round1 } from './bench-lib.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const caps = arg('--caps', '30,60,120').split(',').map(Number);
const runs = Number(arg('--runs', '3'));
const PRESSES = 200;
const INTERVAL_MS = 10;
const tmp = mkdtempSync(join(os.tmpdir(), 'lede-fps-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the package with Ink's frame cap default set to `cap`. */
function buildWithCap(cap: number): string {
  const dir = join(tmp, `cap-${cap}`);
  for (const part of ['dist', 'models', 'seeds', 'package.json'])
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  let readerCaps = 0;
  for (const name of readdirSync(join(dir, 'dist/chunks'))) {
    const file = join(dir, 'dist/chunks', name);
    const src = readFileSync(file, 'utf8');
    // Ink's own default and the one its render() passes on, and the cap reader.tsx passes to
    // render() (60, in reader.js), which is the one that counts.
    const pattern = /(\w+\.maxFps \?\? |\bmaxFps: )(?:30|60)\b/g;
    if (!pattern.test(src)) continue;
    if (name === 'reader.js') readerCaps = src.match(pattern)?.length ?? 0;
    writeFileSync(
      file,
      src.replace(pattern, (_, head: string) => `${head}${cap}`),
    );
  }
  if (readerCaps === 0)
    throw new Error("expected reader.tsx's 'maxFps: 60' in the reader's chunk (dist/chunks/reader.js)");
  return join(dir, 'dist/cli.js');
}

/** CPU time (user + system) of a process so far, in ms; /proc counts in clock ticks of 1/100 s. */
function cpuMs(pid: number): number {
  const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** An article long enough that 200 presses of j never reach its end: the seed's paragraphs, eight times over. */
function longEnough(): string {
  const seed = readFileSync(join(ROOT, 'seeds/us-drone-strike-baghdad.txt'), 'utf8').split('\n');
  const body = seed.slice(1).join('\n');
  const file = join(tmp, 'eight-times.txt');
  writeFileSync(file, [seed[0], ...Array.from({ length: 8 }, () => body)].join('\n'));
  return file;
}

interface Held {
  readonly frames: number;
  readonly lagMs: number;
  readonly cpuMs: number;
  readonly seconds: number;
}

async function heldKey(cli: string, article: string): Promise<Held> {
  const p = launch(process.execPath, [cli, article], {
    cols: 120,
    rows: 40,
    cwd: ROOT,
    env: cleanEnv({ XDG_STATE_HOME: mkdtempSync(join(tmp, 'state-')) }),
  });
  try {
    // The analysis done (it runs in a worker, and would count in the CPU time).
    const ready = await p.waitForScreen((rows) => rows.some((r) => /People \(\d+\)/.test(r)), 20_000);
    if (ready === null) throw new Error(`the sidebar never filled in:\n${p.dump()}`);
    await p.waitForQuiet(300, 10_000);
    // A page of lines is less than 200 presses on the seed: start at the top, hold j.
    const frames: number[] = [];
    const cpu0 = cpuMs(p.pid);
    const unsubscribe = p.onData((at) => frames.push(at));
    const t0 = performance.now();
    for (let i = 0; i < PRESSES; i++) {
      p.pty.write('j');
      const next = t0 + (i + 1) * INTERVAL_MS;
      while (performance.now() < next) await delay(1);
    }
    const lastKey = performance.now();
    await p.waitForQuiet(200, 10_000);
    unsubscribe();
    const cpu = cpuMs(p.pid) - cpu0;
    // Chunks less than 2 ms apart are one frame written in pieces.
    const distinct = frames.filter((at, i) => i === 0 || at - frames[i - 1]! > 2);
    const after = frames.filter((at) => at > lastKey);
    return {
      frames: distinct.length,
      lagMs: after.length ? after.at(-1)! - lastKey : 0,
      cpuMs: cpu,
      seconds: (lastKey - t0) / 1000,
    };
  } finally {
    await p.dispose({ quit: true });
  }
}

const rows: { cap: number; framesPerSecond: number | null; lagMs: number | null; cpuMsPerSecond: number | null }[] = [];
const article = longEnough();
for (const cap of caps) {
  const cli = buildWithCap(cap);
  const results = [];
  for (let r = 0; r < runs; r++) results.push(await heldKey(cli, article));
  rows.push({
    cap,
    framesPerSecond: round1(median(results.map((x) => x.frames / x.seconds))),
    lagMs: round1(median(results.map((x) => x.lagMs))),
    cpuMsPerSecond: round1(median(results.map((x) => x.cpuMs / x.seconds))),
  });
  process.stderr.write(`bench-fps: cap ${cap}: ${JSON.stringify(rows.at(-1))}\n`);
}
console.log(
  `j held at ${1000 / INTERVAL_MS}/s for ${(PRESSES * INTERVAL_MS) / 1000} s on the seed's text ×8, 120×40, ${runs} runs each (medians), ${os.cpus().length} cores`,
);
console.log('cap (fps)  frames/s  lag after last key  lede CPU per second of holding');
for (const r of rows)
  console.log(
    `${String(r.cap).padStart(9)}  ${String(r.framesPerSecond).padStart(8)}  ${`${r.lagMs} ms`.padStart(18)}  ${`${r.cpuMsPerSecond} ms`.padStart(30)}`,
  );
