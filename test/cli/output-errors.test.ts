/**
 * Printing to an output that goes away (`| head -1`) or fills up (`> /dev/full`): every printing
 * path ends as a filter should, never with a stack trace. Runs the built CLI (`npm run build`).
 */
import { tempDir } from '../helpers/temp.js';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const CLI = 'dist/cli.js';
const SEED = 'seeds/us-drone-strike-baghdad.txt';
const env = { ...process.env, FORCE_COLOR: undefined };

/** An article whose printed text (and JSON) is far more than a pipe's 64 KB buffer. */
function bigArticle(): string {
  const file = join(tempDir('lede-output-'), 'big.txt');
  const seed = readFileSync(SEED, 'utf8');
  writeFileSync(file, [seed, ...Array.from({ length: 40 }, () => seed.split('\n').slice(1).join('\n'))].join('\n\n'));
  return file;
}

/** Runs lede with standard output a pipe whose reading end is already closed. */
function withClosedPipe(args: string[]): Promise<{ status: number | null; signal: string | null; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  // Closed before lede has even started: its first write meets EPIPE.
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (status, signal) => resolve({ status, signal, stderr })));
}

let big = '';
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
  big = bigArticle();
});

const PRINTING: [string, () => string[]][] = [
  ['--plain', () => ['--plain', big]],
  ['--json', () => ['--json', big]],
  ['printing (stdout not a terminal)', () => [big]],
  ['--help', () => ['--help']],
  ['--version', () => ['--version']],
];

// Each spawns the CLI, the --json ones run the analysis: seconds on a busy machine.
describe('a closed pipe', { timeout: 60_000 }, () => {
  it('ends `lede big.txt | head -1` quietly with the status less gives (141, SIGPIPE)', () => {
    const r = spawnSync('bash', ['-c', `node ${CLI} '${big}' | head -1; echo "status \${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8',
      env,
    });
    expect(r.stdout.trim()).toBe('US drone strike kills Iran-backed militia leader in Baghdad');
    expect(r.stderr).toBe('status 141\n');
  });

  it.each(PRINTING)('ends %s killed by SIGPIPE, saying nothing', async (_what, args) => {
    const r = await withClosedPipe(args());
    expect(r.stderr).toBe('');
    expect(r.signal).toBe('SIGPIPE');
  });
});

describe('a full disk', { timeout: 60_000 }, () => {
  it.skipIf(!existsSync('/dev/full')).each(PRINTING)('ends %s with one line and status 1', (_what, args) => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [CLI, ...args()], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        env,
      });
      expect(r.stderr).toBe('lede: cannot write to standard output (ENOSPC)\n');
      expect(r.status).toBe(1);
    } finally {
      closeSync(full);
    }
  });
});
