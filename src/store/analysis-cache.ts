/**
 * Analyses kept beside the reading positions, one file per article content hash, so a shelf's
 * index is built once: `$XDG_STATE_HOME/lede/analyses/<key>.json`. Each file carries the version
 * of what made it (lede's analysis and model); a different version is a miss, never a stale
 * answer. Writes are atomic (a temporary file renamed over), so two ledes indexing the same shelf
 * at once can only write the same content twice.
 */
import { mkdirSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Analysis } from '../analysis/types.js';
import { stateDir, writeAtomically } from './positions.js';
import { readStateFile } from './state-file.js';

/** An analysis without its text: the text is the article's, which the caller has. */
export type StoredAnalysis = Omit<Analysis, 'text'>;

/** Larger files are not analyses lede wrote: they are ignored (and replaced at the next write). */
export const MAX_CACHED_BYTES = 32 * 1024 * 1024;

const KEY = /^[0-9a-f]{16,64}$/;

export interface AnalysisCache {
  readonly dir: string;
  get(key: string): StoredAnalysis | null;
  /** Stores an analysis; a failure to write is returned as a message, never thrown. */
  put(key: string, analysis: StoredAnalysis): string | null;
  /**
   * The same, with the writing and the flush to disk done off the calling thread: what a shelf
   * indexing thousands of articles behind a live screen needs.
   */
  putInBackground(key: string, analysis: StoredAnalysis): Promise<string | null>;
}

/** The cache for analyses made by `version` (a change of model or analysis makes a new one). */
export function openAnalysisCache(version: string, dir: string = join(stateDir(), 'analyses')): AnalysisCache {
  const file = (key: string) => join(dir, `${key}.json`);
  let made: Promise<boolean> | null = null;
  return {
    dir,
    get(key) {
      if (!KEY.test(key)) return null;
      const got = readStateFile(file(key), MAX_CACHED_BYTES);
      if (got.kind !== 'text') return null;
      try {
        const data = JSON.parse(got.text) as { version?: unknown; analysis?: StoredAnalysis };
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
    async putInBackground(key, analysis) {
      if (!KEY.test(key)) return `not an article key: ${key}`;
      try {
        // Once: thousands of writes need not each ask for the directory again.
        made ??= mkdir(dir, { recursive: true }).then(() => true);
        await made;
        await writeAtomicallyInBackground(file(key), JSON.stringify({ version, analysis }));
        return null;
      } catch (error) {
        return `could not keep the analysis in ${dir} (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
      }
    },
  };
}

/** positions.ts's writeAtomically, asynchronously: a temporary file, flushed, renamed over. */
async function writeAtomicallyInBackground(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`;
  const handle = await open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    await rename(tmp, file);
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(tmp, { force: true });
    throw error;
  }
}
