/**
 * Words and reading time, and the short form of a source, apart from the shelf's rows (shelf.ts):
 * the first screen needs these, and shelf.ts brings in the shelf's index and, through its name
 * keys, the analysis's word list (wink-lexicon, half a megabyte parsed at start-up).
 */

/** Reading speed for the time estimate, in words a minute (a common figure for adults reading prose). */
export const WORDS_PER_MINUTE = 230;

export const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
export const readingMinutes = (words: number): number => Math.max(1, Math.round(words / WORDS_PER_MINUTE));

/** A path's file name or a URL's host and path, which is what tells shelf entries apart. */
export function shortSource(source: string): string {
  if (/^https?:\/\//i.test(source)) return source.replace(/^https?:\/\/(www\.)?/i, '');
  return source.split('/').pop() || source;
}
