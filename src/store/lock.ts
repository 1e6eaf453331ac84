import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * A lock file, taken with O_EXCL, around a short read-merge-write of a state file. Synchronous on
 * purpose: positions are saved on the way out (a signal, a crash), when there is no event loop to
 * wait on. Node has no flock(2), and proper-lockfile's synchronous lock cannot wait for a holder
 * (it has no retries in its sync form), so the lock is this small file.
 */

/** How long a save waits for another lede to finish its own; a save takes milliseconds. */
export const LOCK_WAIT_MS = 5_000;
/**
 * A lock older than this is left over from a lede that died (or hangs) while holding it: holding it
 * is one read and one write of a small file. Checked by age when the holder's pid cannot tell.
 */
export const LOCK_STALE_MS = 10_000;

interface Owner {
  readonly pid: number;
  readonly host: string;
  /** Tells this holder's lock from a later one by the same pid. */
  readonly nonce?: number;
}

export class LockTimeout extends Error {
  constructor(readonly path: string) {
    super(`${path} is held by another lede`);
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** Blocks this thread for `ms` (there is no event loop to yield to on the way out). */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** Runs `fn` holding the lock at `path`; throws LockTimeout after `waitMs`, or the file system's error. */
export function withLock<T>(path: string, fn: () => T, waitMs = LOCK_WAIT_MS): T {
  const deadline = Date.now() + waitMs;
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), nonce: Math.random() } satisfies Owner);
  for (let attempt = 0; !tryLock(path, mine); attempt++) {
    if (Date.now() > deadline) throw new LockTimeout(path);
    if (isStale(path) && breakStale(path)) continue;
    // Jittered so that many ledes quitting together do not retry in step.
    sleep(Math.min(50, 2 + attempt * 2) * (0.5 + Math.random()));
  }
  try {
    return fn();
  } finally {
    // Only our own: had this taken longer than LOCK_STALE_MS, another lede may hold the lock now.
    if (readQuietly(path) === mine) unlinkQuietly(path);
  }
}

/** Creates the lock file if there is none; false when another holds it. */
function tryLock(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } catch (error) {
    closeSync(fd);
    unlinkQuietly(path);
    throw error;
  }
  closeSync(fd);
  return true;
}

/** True when the lock's holder is gone: a dead pid on this host, or a lock older than LOCK_STALE_MS. */
function isStale(path: string, staleMs = LOCK_STALE_MS): boolean {
  let raw: string;
  let age: number;
  try {
    raw = readFileSync(path, 'utf8');
    age = Date.now() - statSync(path).mtimeMs;
  } catch {
    return false; // released meanwhile: the next attempt takes it
  }
  if (age > staleMs) return true;
  let owner: Partial<Owner>;
  try {
    owner = JSON.parse(raw) as Partial<Owner>;
  } catch {
    return false; // being written right now, or garbage: its age decides
  }
  if (owner.host !== hostname() || typeof owner.pid !== 'number' || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return errnoOf(error) === 'ESRCH';
  }
}

/**
 * Removes a stale lock. Breakers take a second lock first, and look again under it: two ledes
 * that both judged the same lock stale would otherwise both remove "it", the second removing the
 * lock the first had taken meanwhile. A breaker holds that second lock for microseconds, so one
 * older than a second was left by a breaker that died, and is removed.
 */
function breakStale(path: string): boolean {
  const guard = `${path}.break`;
  if (!tryLock(guard, JSON.stringify({ pid: process.pid, host: hostname() } satisfies Owner))) {
    if (isStale(guard, 1_000)) unlinkQuietly(guard);
    return false;
  }
  try {
    return isStale(path) && unlinkQuietly(path);
  } finally {
    unlinkQuietly(guard);
  }
}

function readQuietly(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function unlinkQuietly(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch {
    return false; // gone already
  }
}
