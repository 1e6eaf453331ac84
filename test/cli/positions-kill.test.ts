/**
 * A writer of the positions file killed with SIGKILL in the middle of a write: the file holds one
 * complete version, never a partial one. It runs the built module in child processes, so it lives
 * with the process tests (test/cli), outside the fast loop.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir as makeTempDir } from '../helpers/temp.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const tempDir = (prefix: string) => makeTempDir(prefix);
const tmpFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe('reading positions', () => {
  it('a writer killed with SIGKILL leaves one complete version, never a partial one', { timeout: 30_000 }, async () => {
    const module = join(REPO, 'dist/store/positions.js');
    if (!existsSync(module)) throw new Error('dist/ is missing: run `npm run build` first');
    let interrupted = 0;
    for (let round = 0; round < 5; round++) {
      const dir = tempDir('lede-sigkill-');
      const file = join(dir, 'positions.json');
      // Each version is a few megabytes of JSON whose every line says which version it is.
      const script = `
        import { writeAtomically } from ${JSON.stringify(module)};
        const file = ${JSON.stringify(file)};
        const body = (n) => JSON.stringify({ version: n, lines: Array.from({ length: 40000 }, (_, i) => 'version ' + n + ' line ' + i + ' '.repeat(40)) });
        // Built beforehand, so the loop spends its time inside writeAtomically, where the kill should land.
        const bodies = Array.from({ length: 8 }, (_, n) => body(n));
        for (let n = 0; ; n++) {
          writeAtomically(file, bodies[n % bodies.length]);
          if (n === 0) process.stdout.write('first\\n');
        }
      `;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, signal) => resolve(signal)),
      );
      await new Promise<void>((resolve, reject) => {
        child.stdout.once('data', () => resolve());
        child.once('exit', () => reject(new Error('the writer exited before its first write')));
      });
      await new Promise((r) => setTimeout(r, 150 + round * 40));
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      const data = JSON.parse(readFileSync(file, 'utf8')) as { version: number; lines: string[] };
      expect(data.lines).toHaveLength(40000);
      expect(data.lines.every((l, i) => l.startsWith(`version ${data.version} line ${i} `))).toBe(true);
      // At most the one temporary file the killed write was working on is left.
      expect(tmpFiles(dir).length).toBeLessThanOrEqual(1);
      interrupted += tmpFiles(dir).length;
      rmSync(dir, { recursive: true, force: true });
    }
    // Most rounds kill a write half done (a temporary file is left); the check above held anyway.
    expect(interrupted, 'no round killed the writer inside a write: the test proved nothing').toBeGreaterThan(0);
  });
});
