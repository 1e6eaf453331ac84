/**
 * The positions file shared by many ledes at once, and state files that are not what they seem
 * (a FIFO, a symlink to /dev/zero, a file far too large). Needs `npm run build` (the processes
 * run the built module).
 */
import { tempDir } from '../helpers/temp.js';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LockTimeout, withLock } from '../../src/store/lock.js';
import { MAX_POSITIONS_BYTES, POSITIONS_FILE, type SavedPosition, openPositions } from '../../src/store/positions.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const MODULE = join(REPO, 'dist/store/positions.js');

const position = (offset: number, title = 'A title'): SavedPosition => ({
  offset,
  percent: 50,
  title,
  source: `/news/${title}.txt`,
  savedAt: new Date().toISOString(),
});

/** A pid that is certainly not running: a child that has exited and been reaped. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('ledes quitting together', () => {
  it('keeps every position when 20 processes save at the same moment', { timeout: 60_000 }, async () => {
    if (!existsSync(MODULE)) throw new Error('dist/ is missing: run `npm run build` first');
    const dir = tempDir('lede-lock-');
    const COUNT = 20;
    // Each process opens the store (as lede does when it starts), says it is ready, and saves its
    // own position the moment it reads "go": all 20 read-merge-writes land together.
    const script = `
      import { openPositions } from ${JSON.stringify(MODULE)};
      const { store } = openPositions(${JSON.stringify(dir)});
      const n = Number(process.argv[1]);
      process.stdin.once('data', () => {
        const warning = store.save('article-' + n, {
          offset: n * 100, percent: n, title: 'Article ' + n, source: '/news/' + n + '.txt',
          savedAt: new Date().toISOString(),
        });
        process.stdout.write(warning === null ? 'saved\\n' : 'warning: ' + warning + '\\n');
        process.exit(0);
      });
      process.stdout.write('ready\\n');
    `;
    const children: ChildProcess[] = [];
    const outputs: string[] = Array.from({ length: COUNT }, () => '');
    const ready = Array.from({ length: COUNT }, (_, n) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script, String(n)], {
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      children.push(child);
      return new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (d: Buffer) => {
          outputs[n] += d.toString();
          if (outputs[n]!.includes('ready')) resolve();
        });
        child.once('exit', () => reject(new Error(`process ${n} exited before it was ready`)));
      });
    });
    await Promise.all(ready);
    const exited = children.map((c) => new Promise<number | null>((resolve) => c.once('exit', resolve)));
    for (const child of children) child.stdin!.write('go\n');
    expect(await Promise.all(exited)).toEqual(Array.from({ length: COUNT }, () => 0));
    expect(outputs.map((o) => o.replace('ready\n', '').trim())).toEqual(Array.from({ length: COUNT }, () => 'saved'));

    const { store, warning } = openPositions(dir);
    expect(warning).toBeNull();
    const missing = Array.from({ length: COUNT }, (_, n) => n).filter(
      (n) => store.get(`article-${n}`)?.offset !== n * 100,
    );
    expect(missing, 'positions lost').toEqual([]);
    // The lock is gone, and no temporary file is left.
    expect(readdirSync(dir).sort()).toEqual([POSITIONS_FILE]);
  });
});

describe('the lock', () => {
  it('is taken over from a lede that died holding it', () => {
    const dir = tempDir('lede-lock-');
    const lock = join(dir, 'positions.json.lock');
    writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: hostname() }));
    expect(withLock(lock, () => 'ran', 2_000)).toBe('ran');
    expect(existsSync(lock)).toBe(false);
  });

  it('is taken over when it is older than a save could ever take (another host, unreadable)', () => {
    const dir = tempDir('lede-lock-');
    const lock = join(dir, 'positions.json.lock');
    writeFileSync(lock, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    expect(withLock(lock, () => 'ran', 2_000)).toBe('ran');
  });

  it('waits for a live holder, and gives up with LockTimeout rather than hang', () => {
    const dir = tempDir('lede-lock-');
    const lock = join(dir, 'positions.json.lock');
    // Held by this very process (alive, fresh): never stale.
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: hostname() }));
    expect(() => withLock(lock, () => 'ran', 200)).toThrow(LockTimeout);
    expect(existsSync(lock)).toBe(true);
  });

  it('turns a lock that cannot be had into a warning on save, never an exception', () => {
    const dir = tempDir('lede-lock-');
    const { store } = openPositions(dir);
    writeFileSync(join(dir, 'positions.json.lock'), JSON.stringify({ pid: process.ppid, host: 'elsewhere' }));
    // A fresh lock from another host: save waits LOCK_WAIT_MS, then reports.
    const warning = store.save('k', position(1));
    expect(warning).toMatch(/could not save the reading position .*another lede held it too long/);
  }, 20_000);
});

/**
 * Opens the positions in another process (the built module), so that a lede that blocks or reads
 * for ever fails the test by the timeout instead of hanging the test runner; the warning it gave.
 */
function openElsewhere(dir: string): string | null {
  const script = `
    import { openPositions } from ${JSON.stringify(MODULE)};
    const { store, warning } = openPositions(${JSON.stringify(dir)});
    const saved = store.save('k', { offset: 5, percent: 1, title: 't', source: 's', savedAt: new Date().toISOString() });
    process.stdout.write(JSON.stringify({ warning, saved }));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 15_000,
    maxBuffer: 1024 * 1024,
  });
  expect(child.signal, `openPositions did not return (${child.signal})`).toBeNull();
  expect(child.stderr).toBe('');
  const { warning, saved } = JSON.parse(child.stdout) as { warning: string | null; saved: string | null };
  // Saving replaces the odd file with a real positions file.
  expect(saved).toBeNull();
  expect(openPositions(dir).store.get('k')?.offset).toBe(5);
  return warning;
}

describe('state files that are not regular files', () => {
  it.skipIf(process.platform === 'win32')(
    'sets a FIFO aside with one warning instead of blocking',
    () => {
      const dir = tempDir('lede-state-');
      const file = join(dir, POSITIONS_FILE);
      expect(spawnSync('mkfifo', [file]).status).toBe(0);
      expect(openElsewhere(dir)).toBe(`ignoring saved reading positions: ${file} is a FIFO, not a regular file`);
    },
    30_000,
  );

  it('sets a symlink to /dev/zero aside with one warning instead of reading for ever', () => {
    const dir = tempDir('lede-state-');
    const file = join(dir, POSITIONS_FILE);
    symlinkSync('/dev/zero', file);
    expect(openElsewhere(dir)).toBe(
      `ignoring saved reading positions: ${file} is a character device, not a regular file`,
    );
  }, 30_000);

  it('sets aside a positions file larger than lede ever writes', () => {
    const dir = tempDir('lede-state-');
    const file = join(dir, POSITIONS_FILE);
    writeFileSync(file, '');
    // Sparse: a file of a gigabyte that takes no room on disk.
    truncateSync(file, 1024 * 1024 * 1024);
    const { warning } = openPositions(dir);
    expect(warning).toBe(`ignoring saved reading positions: ${file} is too large (1024 MB; at most 16 MB)`);
    expect(MAX_POSITIONS_BYTES).toBe(16 * 1024 * 1024);
  });

  it('keeps titles and sources short, so that a full file stays under the cap', () => {
    const dir = tempDir('lede-state-');
    const { store } = openPositions(dir);
    expect(store.save('k', position(1, 'T'.repeat(100_000)))).toBeNull();
    const saved = openPositions(dir).store.get('k')!;
    expect(saved.title.length).toBeLessThanOrEqual(300);
    expect(saved.source.length).toBeLessThanOrEqual(1000);
  });
});
