/**
 * When the reader last had a key (performance.now()), for work that waits until the keys stop
 * (gc.ts). Its own module, without gc.ts's built-ins: the first screen notes keys too
 * (first-keys.ts), and what it imports is loaded before the first page is drawn.
 */
let last = Number.NEGATIVE_INFINITY;

/** A key came. */
export function noteInput(): void {
  last = performance.now();
}

/** When the last key came (-Infinity before any). */
export function lastInputAt(): number {
  return last;
}
