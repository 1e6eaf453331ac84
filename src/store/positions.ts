import { createHash } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';

/** Where one article was left. */
export interface SavedPosition {
  /** Offset into the article's text of the line at the top of the view. */
  readonly offset: number;
  /** How far through it the reader got, 0–100. */
  readonly percent: number;
  readonly title: string;
  readonly source: string;
  /** ISO time of the last save. */
  readonly savedAt: string;
}

interface FileShape {
  readonly version: 1;
  readonly articles: Record<string, SavedPosition>;
}

/** Positions kept; the least recently saved go first beyond this. */
export const MAX_POSITIONS = 2000;
export const POSITIONS_FILE = 'positions.json';

/**
 * lede's state directory: `$XDG_STATE_HOME/lede` (by default `~/.local/state/lede`) on Linux, as
 * env-paths gives it (its `log` path is the XDG state directory; `~/Library/Logs/lede` on macOS).
 */
export function stateDir(): string {
  return envPaths('lede', { suffix: '' }).log;
}

/** Articles are known by their content, so a moved or re-fetched article keeps its place. */
export function articleKey(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

export interface PositionStore {
  readonly file: string;
  get(key: string): SavedPosition | undefined;
  /** Records a position and writes the file atomically; returns a warning instead of throwing. */
  save(key: string, position: SavedPosition): string | null;
}

/** Where to reopen an article: its saved offset when there is one still inside the text, else the top. */
export function resumeOffset(store: PositionStore | null, key: string | null, text: string): number {
  const saved = key ? store?.get(key) : undefined;
  return saved && saved.offset < text.length ? saved.offset : 0;
}

/**
 * Opens the positions file. A missing file is an empty store; an unreadable or corrupt one is
 * ignored with one warning (returned, for the caller to print before the screen is taken).
 */
export function openPositions(dir: string = stateDir()): { store: PositionStore; warning: string | null } {
  const file = join(dir, POSITIONS_FILE);
  const read = (): { articles: Record<string, SavedPosition>; warning: string | null } => {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { articles: {}, warning: null };
      return {
        articles: {},
        warning: `ignoring saved reading positions: ${file} cannot be read (${code ?? String(error)})`,
      };
    }
    const parsed = parsePositions(raw);
    return parsed
      ? { articles: parsed, warning: null }
      : { articles: {}, warning: `ignoring saved reading positions: ${file} is not a valid positions file` };
  };
  const first = read();
  let articles = first.articles;
  const store: PositionStore = {
    file,
    get: (key) => articles[key],
    save(key, position) {
      // Merge with what another lede may have saved since we read the file.
      const latest = read();
      articles = { ...(latest.warning ? articles : latest.articles), [key]: position };
      const kept = Object.entries(articles)
        .sort((a, b) => (a[1].savedAt < b[1].savedAt ? 1 : a[1].savedAt > b[1].savedAt ? -1 : 0))
        .slice(0, MAX_POSITIONS);
      articles = Object.fromEntries(kept);
      try {
        mkdirSync(dir, { recursive: true });
        writeAtomically(file, JSON.stringify({ version: 1, articles } satisfies FileShape) + '\n');
        removeStaleTemporaries(dir);
        return null;
      } catch (error) {
        return `could not save the reading position to ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
      }
    },
  };
  return { store, warning: first.warning };
}

/** The positions in a file's text, or null when it is not a positions file. */
export function parsePositions(raw: string): Record<string, SavedPosition> | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || (data as FileShape).version !== 1) return null;
  const articles = (data as FileShape).articles;
  if (!articles || typeof articles !== 'object') return null;
  const out: Record<string, SavedPosition> = {};
  for (const [key, p] of Object.entries(articles)) {
    if (p && typeof p === 'object' && Number.isFinite(p.offset) && p.offset >= 0 && Number.isFinite(p.percent)) {
      out[key] = {
        offset: p.offset,
        percent: p.percent,
        title: String(p.title ?? ''),
        source: String(p.source ?? ''),
        savedAt: String(p.savedAt ?? ''),
      };
    }
  }
  return out;
}

/** A write killed half-way leaves its temporary file: clear those older than a minute (never one being written). */
function removeStaleTemporaries(dir: string): void {
  try {
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(`${POSITIONS_FILE}.`) || !name.endsWith('.tmp')) continue;
      const path = join(dir, name);
      if (now - statSync(path).mtimeMs > 60_000) rmSync(path, { force: true });
    }
  } catch {
    // tidying is a courtesy: never fail a save over it
  }
}

/**
 * Writes a file so that it is either the old or the new content, never a mix: a temporary file
 * in the same directory, flushed to disk, then renamed over the old one (rename is atomic).
 */
export function writeAtomically(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'w', 0o600);
    writeSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, file);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
}
