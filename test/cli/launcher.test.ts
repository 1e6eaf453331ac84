// lede run as a user runs it: dist/cli.js itself executed (npm links the `lede` command to it).
// Its first two lines are read by /bin/sh, which starts node with glibc's malloc set to map large
// blocks on their own (MALLOC_MMAP_THRESHOLD_, read only as a process starts: src/app/cli.tsx),
// which keeps the 5 MB document's peak RSS tens of MB lower (issue 14). /bin/sh, not `env -S`,
// so that the command starts on every Unix (BusyBox's env has no -S).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = 'dist/cli.js';
const SEED = 'seeds/us-drone-strike-baghdad.txt';
const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` };

function commOf(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Runs the command with the seed on its standard input; `during` sees the process before the input ends. */
function run(during: (pid: number) => void): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(CLI, ['--json', '-'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('spawn', () => {
      // node has started once sh has exec'd env and env has exec'd node (sh runs as "cli.js").
      const wait = setInterval(() => {
        const comm = commOf(child.pid!);
        if (comm === null || ['cli.js', 'sh', 'dash', 'env'].includes(comm)) return;
        clearInterval(wait);
        try {
          during(child.pid!);
        } finally {
          child.stdin.end(readFileSync(SEED));
        }
      }, 10);
    });
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe.runIf(process.platform === 'linux')('the command as a user runs it', () => {
  it('starts node with large blocks mapped on their own, and reads its article', async () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/bin/sh\n')).toBe(true);
    let environ = '';
    const { code, out, err } = await run((pid) => {
      environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
    });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(environ.split('\0')).toContain('MALLOC_MMAP_THRESHOLD_=131072');
    expect((JSON.parse(out) as { entities: unknown[] }).entities.length).toBeGreaterThan(0);
  }, 60_000);
});
