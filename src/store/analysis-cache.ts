/**
 * Analyses kept beside the reading positions, one file per article content hash, so a shelf's
 * index is built once: `$XDG_STATE_HOME/lede/analyses/<key>.json`. Each file carries the version
 * of what made it (lede's analysis and model); a different version is a miss, never a stale
 * answer. Writes are atomic (a temporary file renamed over), so two ledes indexing the same shelf
 * at once can only write the same content twice.
 */
import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../analysis/types.js';
import { stateDir, writeAtomically } from './positions.js';

/** An analysis without its text: the text is the article's, which the caller has. */
export type StoredAnalysis = Omit<Analysis, 'text'>;

/** Larger files are not analyses lede wrote: they are ignored (and replaced at the next write). */
export const MAX_CACHED_BYTES = 32 * 1024 * 1024;

const KEY = /^[0-9a-f]{16,64}$/;

/**
 * Reads a regular file of at most `max` bytes, or returns null: never blocks on a FIFO and never
 * reads a device (a symlink to /dev/zero) without end.
 */
export function readRegularFile(path: string, max: number): string | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > max) return null;
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

export interface AnalysisCache {
  readonly dir: string;
  get(key: string): StoredAnalysis | null;
  /** Stores an analysis; a failure to write is returned as a message, never thrown. */
  put(key: string, analysis: StoredAnalysis): string | null;
}

/** The cache for analyses made by `version` (a change of model or analysis makes a new one). */
export function openAnalysisCache(version: string, dir: string = join(stateDir(), 'analyses')): AnalysisCache {
  const file = (key: string) => join(dir, `${key}.json`);
  return {
    dir,
    get(key) {
      if (!KEY.test(key)) return null;
      const raw = readRegularFile(file(key), MAX_CACHED_BYTES);
      if (raw === null) return null;
      try {
        const data = JSON.parse(raw) as { version?: unknown; analysis?: StoredAnalysis };
        if (data.version !== version || !data.analysis || !Array.isArray(data.analysis.entities)) return null;
        return data.analysis;
      } catch {
        return null;
      }
    },
    put(key, analysis) {
      if (!KEY.test(key)) return `not an article key: ${key}`;
      try {
        mkdirSync(dir, { recursive: true });
        writeAtomically(file(key), JSON.stringify({ version, analysis }));
        return null;
      } catch (error) {
        return `could not keep the analysis in ${dir} (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
      }
    },
  };
}
