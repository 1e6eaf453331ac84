/**
 * The hashes every feature key is made of. Every feature is a 32-bit key (a template id mixed
 * with hashed values), so no feature string is ever built at tagging time and the shipped model
 * holds keys and weights, never training text. Part of the model format: change nothing here
 * without retraining.
 */

/** FNV-1a's starting value and multiplier. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * FNV-1a over the code units s[from, to), continued from `h` (signed 32 bits): a stretch of a
 * text hashed without cutting it out as a string. Not a model key (those are `hashString`'s).
 */
export function hashRange(s: string, from: number, to: number, h: number = FNV_OFFSET | 0): number {
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}

/** Mixes two 32-bit values into one well-spread key (murmur3's finaliser over a combination). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * `mix(a, b) | 0`: the same 32 bits as a signed number, which the engine keeps as a small integer
 * (a key of 2^31 or more is a number allocated on the heap wherever it is passed or stored). Only
 * the bits of `a` and `b` count, so they may be given signed too.
 */
export function mixSigned(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return h ^ (h >>> 16);
}
