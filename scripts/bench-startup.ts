// First frame only, several builds interleaved with `node -e 0` in the same 120×40 pty (issue 14's
// start-up targets). Quicker than `scripts/bench.ts --only seed --no-throughput`, which also times keys.
//
//   tsx scripts/bench-startup.ts [--runs N] [--doc seed|long|both] [--env K=V] [--no-answer] CLI [CLI…]
//
// As in scripts/bench.ts, the pty answers what the program asks the terminal, as a terminal does
// (bench-lib's answerLikeATerminal). --no-answer: nothing answers, and lede waits its whole time
// limit (QUERY_TIMEOUT_MS, 100 ms) for the terminal's background.
// Each CLI is a built dist/cli.js (a copy of dist/ beside models/ and seeds/ measures an older
// build). Prints the median, min and max per program and document, and the load average.
import os from 'node:os';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  answerLikeATerminal,
  buildLongDocument,
  cleanEnv,
  delay,
  firstFrameMarks,
  launchCli,
  median,
  nodeFloor,
  timeToFrame,
} from './bench-lib.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let runs = 9;
let which = 'both';
let answer = true;
const extraEnv: Record<string, string> = {};
const clis: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--runs') runs = Number(args[++i]);
  else if (a === '--doc') which = args[++i]!;
  else if (a === '--no-answer') answer = false;
  else if (a === '--env') {
    const [k, ...v] = args[++i]!.split('=');
    extraEnv[k!] = v.join('=');
  } else clis.push(a);
}
if (!clis.length) clis.push(join(ROOT, 'dist/cli.js'));

const docs: { name: string; file: string }[] = [];
if (which !== 'long') docs.push({ name: 'seed', file: join(ROOT, 'seeds/us-drone-strike-baghdad.txt') });
if (which !== 'seed') {
  const long = join(os.tmpdir(), 'lede-bench', 'long.txt');
  buildLongDocument(join(ROOT, '../shared/data/bbc-news'), long);
  docs.push({ name: 'long', file: long });
}
const state = mkdtempSync(join(os.tmpdir(), 'lede-startup-'));
let n = 0;
process.on('exit', () => rmSync(state, { recursive: true, force: true }));

async function frame(cli: string, file: string): Promise<number> {
  const dir = join(state, String(n++));
  mkdirSync(dir);
  const marks = firstFrameMarks(file);
  const p = launchCli(cli, [file], {
    cols: 120,
    rows: 40,
    cwd: ROOT,
    env: cleanEnv({ XDG_STATE_HOME: dir, ...extraEnv }),
  });
  if (answer) answerLikeATerminal(p);
  let screen = '';
  const ms = await timeToFrame(p, [marks.title, marks.paragraph], 60_000, (found) => {
    if (!found) screen = p.dump();
  });
  if (ms === null) throw new Error(`${cli} ${file}: no first frame\n${screen}`);
  return ms;
}

const times = new Map<string, number[]>();
const add = (k: string, ms: number) => times.set(k, [...(times.get(k) ?? []), ms]);
const loadBefore = os
  .loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
for (let r = 0; r < runs; r++) {
  const floorMs = await nodeFloor({ cols: 120, rows: 40, cwd: ROOT }, 10_000);
  if (floorMs === null) throw new Error('node -e 0 did not exit within 10 s');
  add('node -e 0', floorMs);
  await delay(50);
  for (const d of docs)
    for (const [i, cli] of clis.entries()) {
      add(`${d.name} #${i}`, await frame(cli, d.file));
      await delay(50);
    }
}
const floor = median(times.get('node -e 0')!)!;
console.log(
  `load before: ${loadBefore}; after: ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}; runs ${runs}`,
);
for (const [i, cli] of clis.entries()) console.log(`#${i} = ${cli}`);
for (const [k, xs] of times) {
  const m = median(xs)!;
  console.log(
    `${k.padEnd(10)} median ${m.toFixed(1).padStart(7)} ms  ×${(m / floor).toFixed(2)}  min ${Math.min(...xs).toFixed(1)} max ${Math.max(...xs).toFixed(1)}`,
  );
}
process.exit(0);
