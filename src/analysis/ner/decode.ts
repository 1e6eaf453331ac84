import { TAG_COUNT, beginTag, isInside, tagType } from './conll.js';
import { T, mix, type SentenceFeatures } from './features.js';

/** A feature key's row of TAG_COUNT weights, or −1 when the model has never seen it. */
export interface Weights {
  row(key: number): number;
  readonly values: ArrayLike<number>;
}

/** Tag-dependent feature keys of a token given the two previous tags. */
export const prevKey = (t1: number): number => mix(T.Prev, t1);
export const prev2Key = (t2: number, t1: number): number => mix(T.Prev2, t2 * 16 + t1);
export const prevWordKey = (t1: number, wordHash: number): number => mix(mix(T.PrevWord, t1), wordHash);
/** The tag before the first token. */
export const START = 15;

/** I-X may only follow B-X or I-X. */
export const allowed = (prev: number, tag: number): boolean => !isInside(tag) || (prev !== START && prev !== 0 && tagType(prev) === tagType(tag));

/** Sum of the static features' weights for every token and tag: scores[i * TAG_COUNT + tag]. */
export function staticScores(f: SentenceFeatures, w: Weights): Float64Array {
  const n = f.wordHashes.length;
  const out = new Float64Array(n * TAG_COUNT);
  const v = w.values;
  for (let i = 0; i < n; i++) {
    const base = i * TAG_COUNT;
    for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
      const r = w.row(f.keys[k]!);
      if (r < 0) continue;
      const o = r * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) out[base + t]! += v[o + t]!;
    }
  }
  return out;
}

function addRow(w: Weights, key: number, into: Float64Array): void {
  const r = w.row(key);
  if (r < 0) return;
  const v = w.values;
  const o = r * TAG_COUNT;
  for (let t = 0; t < TAG_COUNT; t++) into[t]! += v[o + t]!;
}

interface Item {
  readonly score: number;
  readonly tag: number;
  readonly prev: Item | null;
  /** True while every tag so far is the gold one (training only). */
  readonly gold: boolean;
}

export interface BeamResult {
  readonly tags: Uint8Array;
  /** Training: the position where the gold sequence fell out of the beam, or −1. */
  readonly fellAt: number;
}

const trans = new Float64Array(TAG_COUNT);

/**
 * Beam search over BIO tags with the transition constraint. With `gold`, stops as soon as the gold
 * prefix leaves the beam (early update) and returns the best prefix up to there.
 */
export function beamDecode(f: SentenceFeatures, w: Weights, beamSize: number, gold?: ArrayLike<number>): BeamResult {
  const n = f.wordHashes.length;
  const stat = staticScores(f, w);
  let beam: Item[] = [{ score: 0, tag: START, prev: null, gold: true }];
  const candidates: Item[] = [];
  for (let i = 0; i < n; i++) {
    candidates.length = 0;
    for (const item of beam) {
      const t1 = item.tag;
      const t2 = item.prev ? item.prev.tag : START;
      trans.fill(0);
      addRow(w, prevKey(t1), trans);
      addRow(w, prev2Key(t2, t1), trans);
      addRow(w, prevWordKey(t1, f.wordHashes[i]!), trans);
      for (let t = 0; t < TAG_COUNT; t++) {
        if (!allowed(t1, t)) continue;
        candidates.push({ score: item.score + stat[i * TAG_COUNT + t]! + trans[t]!, tag: t, prev: item, gold: item.gold && !!gold && gold[i] === t });
      }
    }
    // Stable order on ties (tag order), so decoding is deterministic.
    candidates.sort((a, b) => b.score - a.score);
    beam = candidates.slice(0, beamSize);
    if (gold && !beam.some((b) => b.gold)) return { tags: backtrack(beam[0]!, i + 1), fellAt: i };
  }
  return { tags: backtrack(beam[0]!, n), fellAt: -1 };
}

function backtrack(item: Item, length: number): Uint8Array {
  const tags = new Uint8Array(length);
  let at: Item | null = item;
  for (let i = length - 1; i >= 0 && at; i--, at = at.prev) tags[i] = at.tag;
  return tags;
}

/** Repairs a sequence so every I-X follows B-X or I-X (a stray I-X becomes B-X). */
export function repair(tags: Uint8Array): Uint8Array {
  let prev = START;
  for (let i = 0; i < tags.length; i++) {
    if (!allowed(prev, tags[i]!)) tags[i] = beginTag(tagType(tags[i]!));
    prev = tags[i]!;
  }
  return tags;
}
