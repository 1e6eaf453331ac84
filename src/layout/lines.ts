import type { Line } from './wrap.js';

/** Index of the line showing `offset` (the last line starting at or before it). */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // A blank line shares its start with nothing visible: prefer the text line that holds the offset.
  while (found > 0 && lines[found]!.kind === 'blank' && lines[found - 1]!.end >= offset) found--;
  return found;
}

/** The text offset at the start of a line, used as the anchor that survives re-wrapping. */
export function offsetOfLine(lines: readonly Line[], index: number): number {
  const line = lines[Math.max(0, Math.min(index, lines.length - 1))];
  return line ? line.start : 0;
}
