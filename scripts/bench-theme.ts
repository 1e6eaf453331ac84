// What asking the terminal for its background costs at start-up: spawn → the first whole frame
// (the status bar's `? help` on screen), for --theme dark (nothing asked), for a terminal that
// answers OSC 11 and DA1 at once, one that answers only DA1 (as most that do not know OSC 11 do),
// and one that answers nothing (the 100 ms limit runs out).
// The runs of the three alternate, so a busy machine slows all of them alike.
// Usage (after `npm run build`): tsx scripts/bench-theme.ts [runs, default 10]
import { PtySession, delay, withoutCi } from '../test/helpers/pty.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.argv[2] ?? 10);
const SEED = 'seeds/us-drone-strike-baghdad.txt';
const QUERY = '\u001b]11;?';
const ANSWER = '\u001b]11;rgb:0000/0000/0000\u001b\\\u001b[?62;22c';
const DA1_ONLY = '\u001b[?62;22c';

const scratch = mkdtempSync(join(tmpdir(), 'lede-bench-theme-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
const tempDir = (prefix: string) => mkdtempSync(join(scratch, `${prefix}${n++}-`));

type Case = 'dark' | 'answers' | 'da1' | 'silent';
const CASES: readonly Case[] = ['dark', 'answers', 'da1', 'silent'];

async function once(kind: Case): Promise<number> {
  const env = {
    ...withoutCi(),
    FORCE_COLOR: '3',
    TERM: 'xterm-256color',
    XDG_STATE_HOME: tempDir('lede-bench-state-'),
    XDG_CONFIG_HOME: tempDir('lede-bench-config-'),
    LEDE: '',
    COLORFGBG: '',
  };
  const args = ['dist/cli.js', ...(kind === 'dark' ? ['--theme', 'dark'] : []), SEED];
  const p = new PtySession(process.execPath, args, { cols: 120, rows: 40, env });
  if (kind === 'answers' || kind === 'da1') {
    let sent = false;
    p.onData(() => {
      if (!sent && p.output.includes(QUERY)) {
        sent = true;
        p.pty.write(kind === 'answers' ? ANSWER : DA1_ONLY);
      }
    });
  }
  const at = await p.waitForScreen((rows) => rows.some((r) => r.includes('? help')), 30_000);
  await p.dispose();
  if (at === null) throw new Error(`${kind}: no first frame`);
  return at - p.spawnedAt;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const times: Record<Case, number[]> = { dark: [], answers: [], da1: [], silent: [] };
for (let i = 0; i < RUNS; i++)
  for (const kind of CASES) {
    times[kind].push(await once(kind));
    await delay(100);
  }
for (const kind of CASES)
  console.log(
    `${kind.padEnd(8)} first frame: median ${median(times[kind]).toFixed(0)} ms  (min ${Math.min(...times[kind]).toFixed(0)}, max ${Math.max(...times[kind]).toFixed(0)}, ${RUNS} runs)`,
  );
console.log(
  CASES.slice(1)
    .map((k) => `${k} − dark: ${(median(times[k]) - median(times.dark)).toFixed(0)} ms`)
    .join('; '),
);
