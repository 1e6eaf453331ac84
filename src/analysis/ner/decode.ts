import { TAG_COUNT, isInside, tagType } from './conll.js';
import { mix } from './features/hashing.js';
import type { SentenceFeatures } from './features/sentence-features.js';
import { T } from './features/templates.js';

/** A feature key's row of weights (one per tag), or −1 when the model has never seen it. */
export interface Weights {
  row(key: number): number;
  readonly values: ArrayLike<number>;
}

/** Tag-dependent feature keys of a token given the two previous tags. */
export const prevKey = (t1: number): number => mix(T.Prev, t1);
export const prev2Key = (t2: number, t1: number): number => mix(T.Prev2, t2 * PAIR_BASE + t1);
export const prevWordKey = (t1: number, wordHash: number): number => mix(mix(T.PrevWord, t1), wordHash);
/** The tag before the first token: never a real tag. */
export const START = 15;
/** Two previous tags combine into one key as t2 · PAIR_BASE + t1 (part of the model format). */
const PAIR_BASE = 16;

/** I-X may only follow B-X or I-X. */
export const allowed = (prev: number, tag: number): boolean =>
  !isInside(tag) || (prev !== START && prev !== 0 && tagType(prev) === tagType(tag));

/** Sum of the static features' weights for every token and tag: scores[i * size + tag]. */
export function staticScores(f: SentenceFeatures, w: Weights, size: number = TAG_COUNT): Float64Array {
  const n = f.wordHashes.length;
  const out = new Float64Array(n * size);
  const v = w.values;
  for (let i = 0; i < n; i++) {
    const base = i * size;
    for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
      const r = w.row(f.keys[k]!);
      if (r < 0) continue;
      const o = r * size;
      for (let t = 0; t < size; t++) out[base + t]! += v[o + t]!;
    }
  }
  return out;
}

function addRow(w: Weights, key: number, into: Float64Array, size: number): void {
  const r = w.row(key);
  if (r < 0) return;
  const v = w.values;
  const o = r * size;
  for (let t = 0; t < size; t++) into[t]! += v[o + t]!;
}

export interface BeamResult {
  readonly tags: Uint8Array;
  /** Training: the position where the gold sequence fell out of the beam, or −1. */
  readonly fellAt: number;
}

const transBySize = new Map<number, Float64Array>();

/**
 * Beam search over BIO tags with the transition constraint. With `gold`, stops as soon as the gold
 * prefix leaves the beam (early update) and returns the best prefix up to there.
 *
 * The beam lives in flat typed arrays (position × slot): score, tag, parent slot and whether the
 * path so far is the gold one. Candidates are kept sorted by insertion, best first; on a tie the
 * earlier candidate stays ahead, so decoding is deterministic.
 * A loaded model tags with FastTagger (fast-decode.ts) instead: the same tags, found faster.
 */
export function beamDecode(f: SentenceFeatures, w: Weights, beamSize: number, gold?: ArrayLike<number>): BeamResult {
  const n = f.wordHashes.length;
  const tagCount = TAG_COUNT;
  const stat = staticScores(f, w, tagCount);
  let trans = transBySize.get(tagCount);
  if (!trans) transBySize.set(tagCount, (trans = new Float64Array(tagCount)));
  const B = beamSize;
  const tag = new Uint8Array((n + 1) * B);
  const START_TAG = START;
  const parent = new Int16Array((n + 1) * B);
  const isGold = new Uint8Array((n + 1) * B);
  let scores = new Float64Array(B);
  let next = new Float64Array(B);
  // Position 0 of the arrays is the start state; token i's slots are at (i + 1) * B.
  tag[0] = START_TAG;
  isGold[0] = 1;
  let size = 1;
  for (let i = 0; i < n; i++) {
    const here = i * B;
    const there = (i + 1) * B;
    let kept = 0;
    for (let k = 0; k < size; k++) {
      const t1 = tag[here + k]!;
      const t2 = i === 0 ? START_TAG : tag[(i - 1) * B + parent[here + k]!]!;
      trans.fill(0);
      addRow(w, prevKey(t1), trans, tagCount);
      addRow(w, prev2Key(t2, t1), trans, tagCount);
      addRow(w, prevWordKey(t1, f.wordHashes[i]!), trans, tagCount);
      const base = scores[k]!;
      for (let t = 0; t < tagCount; t++) {
        if (!allowed(t1, t)) continue;
        const score = base + stat[i * tagCount + t]! + trans[t]!;
        if (kept === B && score <= next[B - 1]!) continue;
        // Insert, keeping next[0..kept) sorted best first.
        let at = kept < B ? kept : B - 1;
        while (at > 0 && next[at - 1]! < score) {
          next[at] = next[at - 1]!;
          tag[there + at] = tag[there + at - 1]!;
          parent[there + at] = parent[there + at - 1]!;
          isGold[there + at] = isGold[there + at - 1]!;
          at--;
        }
        next[at] = score;
        tag[there + at] = t;
        parent[there + at] = k;
        isGold[there + at] = isGold[here + k]! && gold !== undefined && gold[i] === t ? 1 : 0;
        if (kept < B) kept++;
      }
    }
    size = kept;
    [scores, next] = [next, scores];
    if (gold) {
      let any = false;
      for (let k = 0; k < size; k++) if (isGold[there + k]) any = true;
      if (!any) return { tags: backtrack(tag, parent, B, i + 1), fellAt: i };
    }
  }
  return { tags: backtrack(tag, parent, B, n), fellAt: -1 };
}

/** The best path ending at position `length` (slot 0), read back through the parents. */
function backtrack(tag: Uint8Array, parent: Int16Array, B: number, length: number): Uint8Array {
  const tags = new Uint8Array(length);
  let slot = 0;
  for (let i = length; i >= 1; i--) {
    tags[i - 1] = tag[i * B + slot]!;
    slot = parent[i * B + slot]!;
  }
  return tags;
}
