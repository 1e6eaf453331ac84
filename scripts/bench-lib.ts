// Pieces of the benchmarks (scripts/bench.ts, scripts/bench-fps.ts): the pseudo-terminal driver
// they share with the tests and the soak (test/helpers/pty.ts), statistics, the environment, and
// the long document built from the bbc-news corpus.
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { PtySession, type PtyOptions, delay } from '../test/helpers/pty.js';
import { corpusFiles } from './corpus.mjs';

export { KEY, delay, killAllSync } from '../test/helpers/pty.js';

/** A program in a pseudo-terminal, as the benchmarks run it: little scrollback, the environment given. */
export function launch(file: string, args: readonly string[], options: PtyOptions): PtySession {
  return new PtySession(file, args, { scrollback: 200, ...options });
}

/**
 * lede as a user runs it: the file itself executed (its first line starts node with the settings
 * lede needs before the process starts: src/app/cli.tsx), with this same node first on PATH.
 */
export function launchCli(cli: string, args: readonly string[], options: PtyOptions): PtySession {
  const path = options.env?.PATH ?? process.env.PATH ?? '';
  return launch(cli, args, {
    ...options,
    env: { ...options.env, PATH: `${dirname(process.execPath)}${delimiter}${path}` },
  });
}

/**
 * The pty answers what the program asks the terminal (xterm.js's own replies: DA1, the background
 * colour), as a real terminal does within a millisecond or two. Without it lede waits out its
 * 100 ms limit for the background before the first frame, which no reader at a terminal sees.
 */
export function answerLikeATerminal(p: PtySession): PtySession {
  p.term.onData((reply) => p.pty.write(reply));
  return p;
}

/**
 * Spawn → the first frame showing every one of `needles`, in ms (null: not within `timeoutMs`).
 * `seen` looks at the session (its screen, its exit) before it is closed, which it is either way.
 */
export async function timeToFrame(
  p: PtySession,
  needles: readonly string[],
  timeoutMs: number,
  seen: (found: boolean) => void = () => {},
): Promise<number | null> {
  try {
    const at = await p.waitForScreen((rows) => showsAll(rows, needles), timeoutMs);
    seen(at !== null);
    return at === null ? null : at - p.spawnedAt;
  } finally {
    await p.dispose({ quit: true });
  }
}

/** Spawn → exit of `node -e 0` in the same pty setup: the floor for any Node program (null: not within `timeoutMs`). */
export async function nodeFloor(options: PtyOptions, timeoutMs: number): Promise<number | null> {
  const p = launch(process.execPath, ['-e', '0'], { ...options, env: cleanEnv() });
  try {
    const info = await Promise.race([p.exited, delay(timeoutMs).then(() => null)]);
    return info ? info.at - p.spawnedAt : null;
  } finally {
    await p.dispose();
  }
}

// ---- statistics ------------------------------------------------------------------------------

export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Nearest-rank percentile (so p95 of 7 runs is the slowest). */
export function percentile(xs: readonly number[], p: number): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export interface Summary {
  readonly n: number;
  readonly median: number | null;
  readonly p95: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

export function summarize(xs: readonly number[]): Summary {
  return {
    n: xs.length,
    median: round1(median(xs)),
    p95: round1(percentile(xs, 95)),
    min: round1(xs.length ? Math.min(...xs) : null),
    max: round1(xs.length ? Math.max(...xs) : null),
  };
}

export function round1(x: number | null | undefined): number | null {
  return x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 10) / 10;
}

// ---- environment -----------------------------------------------------------------------------

/** An executable on PATH, or null. */
export function which(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * A person's shell environment, as the e2e harness builds it: without CI markers (Ink draws only
 * the last frame when it thinks it runs in CI) and without colour or pager settings (LESS, and
 * LESSOPEN's preprocessor), so each run sees the same thing.
 */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const drop = new Set([
    'CI',
    'CONTINUOUS_INTEGRATION',
    'NO_COLOR',
    'FORCE_COLOR',
    'LESS',
    'LESSOPEN',
    'LESSCLOSE',
    'PAGER',
  ]);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !drop.has(k)) env[k] = v;
  return { ...env, TERM: 'xterm-256color', ...extra };
}

// ---- documents -------------------------------------------------------------------------------

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/**
 * The long document: every bbc-news article, sorted by category and file name, each under a
 * `#` heading made of its first line. Rewritten only when the result's size differs from the
 * file already there.
 */
export function buildLongDocument(
  corpusDir: string,
  outFile: string,
): { file: string; articles: number; bytes: number; reused: boolean } {
  const files = corpusFiles(corpusDir);
  const parts = [`BBC News: ${files.length.toLocaleString('en-US')} articles`];
  for (const f of files) {
    const text = decode(readFileSync(f)).replace(/\r\n?/g, '\n');
    const nl = text.indexOf('\n');
    const first = (nl < 0 ? text : text.slice(0, nl)).trim();
    const rest = (nl < 0 ? '' : text.slice(nl + 1)).replace(/^\s*\n/, '').trimEnd();
    parts.push(`# ${first}`);
    if (rest) parts.push(rest);
  }
  const content = Buffer.from(parts.join('\n\n') + '\n', 'utf8');
  let reused = false;
  if (existsSync(outFile) && statSync(outFile).size === content.length) reused = true;
  else {
    mkdirSync(join(outFile, '..'), { recursive: true });
    const tmp = `${outFile}.${process.pid}.tmp`;
    writeFileSync(tmp, content);
    renameSync(tmp, outFile);
  }
  return { file: outFile, articles: files.length, bytes: content.length, reused };
}

/** What the first frame must show: the title's first words and the first paragraph's. */
export function firstFrameMarks(file: string, words = 5): { title: string; paragraph: string } {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim());
  const titleAt = lines.findIndex((l) => l !== '');
  const title = (lines[titleAt] ?? '').replace(/^#+\s*/, '');
  const para = lines.slice(titleAt + 1).find((l) => l !== '' && !l.startsWith('#')) ?? '';
  const head = (s: string) => s.split(/\s+/).filter(Boolean).slice(0, words).join(' ');
  return { title: head(title), paragraph: head(para) };
}

/** Whether every needle is on some screen row, runs of spaces collapsed (padding and wrapping aside). */
export function showsAll(rows: readonly string[], needles: readonly string[]): boolean {
  const flat = rows.map((r) => r.replace(/\s+/g, ' '));
  return needles.every((n) => flat.some((r) => r.includes(n)));
}

export function countWords(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}

/** The sidebar's progress while the analysis runs ("Entities  finding… 36%"), redrawn every 2%. */
const PROGRESS = /finding… \d+%/u;

/**
 * Whether a chunk of output only redrew that progress: the first row alone changed, and only in it.
 * Such a redraw comes on its own every ~170 ms on the long document; one that fell within
 * FRAME_QUIET_MS of a key's frame was timed as part of it (p95 ~30 ms, against ~10 ms with the
 * progress not sent, bench-during, session 18).
 */
export function progressOnly(before: readonly string[], after: readonly string[]): boolean {
  if (before.length !== after.length || !PROGRESS.test(after[0] ?? '')) return false;
  for (let y = 1; y < after.length; y++) if (before[y] !== after[y]) return false;
  return before[0]!.replace(PROGRESS, '') === after[0]!.replace(PROGRESS, '');
}
