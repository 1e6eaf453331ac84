import { createHash } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';
import { LockTimeout, withLock } from './lock.js';
import { readStateFile } from './state-file.js';

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
  /**
   * Marks set with `m` and a letter: letter → offset of the line at the top when it was set. Absent
   * when there are none, so a file without marks reads as before (and lede before marks reads
   * this one, ignoring them).
   */
  readonly marks?: Readonly<Record<string, number>>;
}

interface FileShape {
  readonly version: 1;
  readonly articles: Record<string, SavedPosition>;
}

/** Positions kept; the least recently saved go first beyond this. */
export const MAX_POSITIONS = 2000;
export const POSITIONS_FILE = 'positions.json';
/**
 * A positions file larger than this is not one lede wrote: MAX_POSITIONS entries, each with its
 * title and source cut to MAX_TITLE and MAX_SOURCE characters, stay well under it.
 */
export const MAX_POSITIONS_BYTES = 16 * 1024 * 1024;
const MAX_TITLE = 300;
const MAX_SOURCE = 1000;

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
    const got = readStateFile(file, MAX_POSITIONS_BYTES);
    if (got.kind === 'missing') return { articles: {}, warning: null };
    const parsed = got.kind === 'text' ? parsePositions(got.text) : null;
    if (parsed) return { articles: parsed, warning: null };
    const why = got.kind === 'refused' ? got.why : 'is not a valid positions file';
    return { articles: {}, warning: `ignoring saved reading positions: ${file} ${why}` };
  };
  const first = read();
  let articles = first.articles;
  const store: PositionStore = {
    file,
    get: (key) => articles[key],
    save(key, position) {
      try {
        mkdirSync(dir, { recursive: true });
        // Read, merge and write under the lock: ledes quitting together each add their own position.
        withLock(`${file}.lock`, () => {
          const latest = read();
          articles = { ...(latest.warning ? articles : latest.articles), [key]: bounded(position) };
          const kept = Object.entries(articles)
            .sort((a, b) => (a[1].savedAt < b[1].savedAt ? 1 : a[1].savedAt > b[1].savedAt ? -1 : 0))
            .slice(0, MAX_POSITIONS);
          articles = Object.fromEntries(kept);
          writeAtomically(file, JSON.stringify({ version: 1, articles } satisfies FileShape) + '\n');
        });
        removeStaleTemporaries(dir);
        return null;
      } catch (error) {
        const why =
          error instanceof LockTimeout
            ? 'another lede held it too long'
            : ((error as NodeJS.ErrnoException).code ?? String(error));
        return `could not save the reading position to ${file} (${why})`;
      }
    },
  };
  return { store, warning: first.warning };
}

/** A title or source is kept to a few hundred characters: the file's size stays bounded. */
function bounded(p: SavedPosition): SavedPosition {
  const { marks, ...rest } = p;
  const kept = parseMarks(marks);
  return {
    ...rest,
    title: p.title.slice(0, MAX_TITLE),
    source: p.source.slice(0, MAX_SOURCE),
    ...(kept ? { marks: kept } : {}),
  };
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
      const marks = parseMarks(p.marks);
      out[key] = {
        offset: p.offset,
        percent: p.percent,
        title: String(p.title ?? ''),
        source: String(p.source ?? ''),
        savedAt: String(p.savedAt ?? ''),
        ...(marks ? { marks } : {}),
      };
    }
  }
  return out;
}

/**
 * The marks of a saved position: letters with whole, non-negative offsets (whether each is still
 * inside the text is the reader's to check); null when there are none, or the field is not marks.
 */
export function parseMarks(raw: unknown): Record<string, number> | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const out: Record<string, number> = {};
  for (const [letter, offset] of Object.entries(raw))
    if (/^[a-zA-Z]$/.test(letter) && Number.isSafeInteger(offset) && (offset as number) >= 0)
      out[letter] = offset as number;
  return Object.keys(out).length ? out : null;
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
