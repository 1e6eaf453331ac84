import stringWidth from 'string-width';
import type { Article } from '../load/article.js';
import { truncate } from '../layout/wrap.js';
import { type ShelfEntity, articleStrip } from '../layout/shelf-index.js';
import { sanitizeLine } from '../load/sanitize.js';
import { readingMinutes, shortSource } from './reading.js';

/** One article offered on the shelf: opened already, or the one line saying why it could not be. */
export interface ShelfEntry {
  /** The path or URL as given, made terminal-safe where it entered (a file name may hold escapes). */
  readonly source: string;
  readonly article: Article | null;
  readonly error: string | null;
  /** The article's key in the positions file. */
  readonly key: string | null;
  readonly words: number;
}

export { WORDS_PER_MINUTE, readingMinutes, shortSource, wordCount } from './reading.js';

/** The shelf's mark for an entry: ✗ broken, ✓ read to the end, 37% part read, blank unread (or opened, nothing read). */
export function progressMark(entry: ShelfEntry, percent: number | undefined): string {
  if (entry.error) return '✗';
  if (percent === undefined || percent <= 0) return '';
  return percent >= 100 ? '✓' : `${Math.min(99, Math.max(1, Math.floor(percent)))}%`;
}

/**
 * One shelf row at a given width: mark, title, source, words and minutes in columns; the title
 * and the source give up room first.
 */
export function shelfRow(entry: ShelfEntry, percent: number | undefined, width: number): string {
  const mark = progressMark(entry, percent).padStart(4);
  if (entry.error) return truncate(`${mark}  ${entry.source}: ${entry.error}`, width);
  const words = `${entry.words.toLocaleString('en-GB')} words`.padStart(12);
  const minutes = `${readingMinutes(entry.words)} min`.padStart(7);
  const fixed = stringWidth(mark) + 2 + stringWidth(words) + stringWidth(minutes);
  const room = Math.max(0, width - fixed);
  const sourceRoom = Math.min(stringWidth(shortSource(entry.source)), Math.floor(room * 0.4));
  const titleRoom = Math.max(0, room - sourceRoom - (sourceRoom ? 2 : 0));
  const title = pad(truncate(entry.article?.title ?? '', titleRoom), titleRoom);
  const source = sourceRoom ? `  ${pad(truncate(shortSource(entry.source), sourceRoom), sourceRoom)}` : '';
  return truncate(`${mark}  ${title}${source}${words}${minutes}`, width);
}

/**
 * shelfRow, remembered per entry: measuring a row grapheme by grapheme costs about half a
 * millisecond, and the shelf draws every visible row again on each frame (each key, each report
 * of the background indexing).
 */
const rows = new WeakMap<ShelfEntry, { percent: number | undefined; width: number; row: string }>();
export function cachedShelfRow(entry: ShelfEntry, percent: number | undefined, width: number): string {
  const hit = rows.get(entry);
  if (hit && hit.percent === percent && hit.width === width) return hit.row;
  const row = shelfRow(entry, percent, width);
  rows.set(entry, { percent, width, row });
  return row;
}

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - stringWidth(s)));

const TYPE_LABEL: Record<string, string> = { person: 'person', organization: 'org', place: 'place', other: 'other' };
/** Cells of the X-Ray row's strip of articles: one per article up to this, else runs of articles. */
export const STRIP_CELLS = 24;
/** The X-Ray row's name column at most: wider, the counts drift too far from the names. */
const NAME_CELLS = 40;

/**
 * One row of the shelf's X-Ray index: the entity, its kind, in how many of the shelf's `total`
 * articles and how many mentions, and the strip of which articles (`·` none, `▄` some, `█` all).
 */
export function indexRow(entity: ShelfEntity, total: number, width: number): string {
  const cells = Math.max(0, Math.min(STRIP_CELLS, total, Math.floor(width / 4)));
  const strip = cells ? `  ${articleStrip(entity, total, cells)}` : '';
  const n = entity.articles.length;
  const counts =
    `${TYPE_LABEL[entity.type] ?? entity.type}`.padEnd(7) + `${n}`.padStart(5) + ` article${n === 1 ? ' ' : 's'}`;
  const mentions = `${entity.mentionCount}`.padStart(6) + ` mention${entity.mentionCount === 1 ? ' ' : 's'}`;
  const fixed = stringWidth(counts) + stringWidth(mentions) + stringWidth(strip) + 2;
  const room = Math.max(0, Math.min(NAME_CELLS, width - fixed));
  const name = pad(truncate(sanitizeLine(entity.name), room), room);
  return truncate(`${name}  ${counts}${mentions}${strip}`, width);
}

/** One row of a list of articles from the index or the search: how many, then the shelf's own row. */
export function countedRow(
  entry: ShelfEntry,
  count: number,
  [one, many]: readonly [string, string],
  width: number,
): string {
  const noun = count === 1 ? one : many;
  const label = `${count}`.padStart(5) + ` ${noun.padEnd(Math.max(one.length, many.length))}`;
  const title = sanitizeLine(entry.article?.title ?? entry.source);
  const source = shortSource(entry.source);
  const room = Math.max(0, width - stringWidth(label));
  const sourceRoom = Math.min(stringWidth(source), Math.floor(room * 0.4));
  const titleRoom = Math.max(0, room - sourceRoom - 2);
  return truncate(`${label} ${pad(truncate(title, titleRoom), titleRoom)} ${truncate(source, sourceRoom)}`, width);
}
