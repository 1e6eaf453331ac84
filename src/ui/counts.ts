/**
 * Counts, as in less and vim: digits typed before a command (`5j`, `3n`, `10]`, `40G`, `50%`).
 * Pure: the pending count is a number or null.
 */

/** A count stops growing here: a key held down cannot ask for a billion moves. */
export const MAX_COUNT = 999_999;
/**
 * A repeated command (`]`, `n`, `↓` in the sidebar) runs at most this many times: beyond it
 * every list in an article has wrapped round or run out.
 */
export const MAX_REPEAT = 1000;

/**
 * The count after typing `digit`: a leading 0 is not a count (nothing is pending), and a count
 * at its maximum takes no more digits.
 */
export function withDigit(count: number | null, digit: string): number | null {
  const d = Number(digit);
  if (!/^[0-9]$/.test(digit)) return count;
  if (count === null) return d === 0 ? null : d;
  const next = count * 10 + d;
  return next > MAX_COUNT ? count : next;
}

/** Commands a count repeats, one step at a time (the line and page moves scale instead). */
export const REPEATED = new Set([
  'nextSection',
  'previousSection',
  'nextMention',
  'previousMention',
  'entityDown',
  'entityUp',
]);

/** How many lines a counted line or page move goes, or null when the command is not one. */
export function scaledLines(command: string, count: number, height: number): number | null {
  const half = Math.max(1, Math.floor(height / 2));
  switch (command) {
    case 'lineDown':
      return count;
    case 'lineUp':
      return -count;
    case 'pageDown':
      return count * height;
    case 'pageUp':
      return -count * height;
    case 'halfPageDown':
      return count * half;
    case 'halfPageUp':
      return -count * half;
    default:
      return null;
  }
}
