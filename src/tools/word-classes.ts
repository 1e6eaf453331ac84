/**
 * Word classes learned from unlabelled text, for the recogniser (hashed into models/ner.bin by
 * `npm run train`; the text itself never enters the model):
 *
 * - a **cluster path** for every word (case-folded) seen at least MIN_COUNT times: a binary
 *   hierarchy, like Brown clusters' bit strings, built by splitting the vocabulary in two again
 *   and again (spherical 2-means) over each word's distribution of left and right neighbours.
 *   Words used alike ("Microsoft", "Google"; "Tuesday", "Friday"; "said", "added") share long
 *   prefixes, so what the labelled text teaches about one carries over to the others;
 * - a **capitalisation bucket**: how often the word is written with a capital inside ordinary
 *   sentences (not first in its sentence, not in a headline). "Steps" almost never is; "Reddit"
 *   almost always is. This is what a headline's capitals cannot fake.
 *
 * The text: the 2,225 BBC News articles and the readability pages in ../shared/data, and the
 * training part of wikigold. Deterministic: the same text gives the same table, bit for bit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashString } from '../analysis/ner/features/hashing.js';
import { isAllCaps, isTitleCase } from '../analysis/ner/features/headlines.js';
import { CLUSTER_BITS } from '../analysis/ner/features/resources.js';
import { wordInfo } from '../analysis/ner/features/word-info.js';
import { tokenize } from '../analysis/tokenizer/tokenize.js';
import { readArticleFile } from '../load/read-input.js';

/** Words seen fewer times get no cluster (their neighbours are too few to say anything). */
export const MIN_COUNT = 3;
/** The most frequent words (case-folded) whose counts as neighbours make up a word's vector. */
export const CONTEXT_WORDS = 800;
/** Depth of the hierarchy (bits of the path below its leading 1). */
export const MAX_DEPTH = 16;
/** A group of fewer words is not split further. */
const MIN_SPLIT = 4;
/** Rounds of 2-means per split, after the first split along the principal direction. */
const ROUNDS = 4;
/** Power-iteration rounds for a group's principal direction. */
const POWER_ROUNDS = 8;
/** Inside-sentence uses needed before the capitalisation bucket says anything. */
const MIN_CAP_EVIDENCE = 2;

/** Sentences of word forms, however they were read. */
export type Sentences = readonly (readonly string[])[];

/** Unlabelled text from ../shared/data: BBC News articles and the readability pages' articles. */
export async function unlabelledText(dataDir: string): Promise<{ sentences: string[][]; sources: string[] }> {
  const sentences: string[][] = [];
  const sources: string[] = [];
  const bbc = join(dataDir, 'bbc-news');
  if (existsSync(bbc)) {
    let n = 0;
    for (const topic of readdirSync(bbc, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort())
      for (const f of readdirSync(join(bbc, topic))
        .filter((f) => f.endsWith('.txt'))
        .sort()) {
        const text = readFileSync(join(bbc, topic, f), 'utf8');
        for (const s of tokenize(text.replace(/\r\n?/g, '\n'))) sentences.push(s.map((t) => t.form));
        n++;
      }
    sources.push(`${n} BBC News articles`);
  }
  const pages = join(dataDir, 'readability-pages');
  if (existsSync(pages)) {
    let n = 0;
    for (const dir of readdirSync(pages, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()) {
      const file = join(pages, dir, 'source.html');
      if (!existsSync(file)) continue;
      const article = await readArticleFile(file);
      for (const s of tokenize(article.text, article.blocks)) sentences.push(s.map((t) => t.form));
      n++;
    }
    sources.push(`${n} readability pages`);
  }
  return { sentences, sources };
}

/**
 * The word table: lower-case hash → cluster path (bits 0–19, below a leading 1; 0 for none) and
 * capitalisation bucket (bits 24–27), as ner/features/resources.ts reads them.
 */
export function buildWordClasses(sentences: Sentences): Map<number, number> {
  const counts = countWords(sentences);
  const { row, vectors, dims } = neighbourVectors(counts);
  const paths = clusterPaths(vectors, dims);
  return wordTable(counts, row, paths);
}

/** Case-folded words, how often each occurs, and each sentence as word ids. */
interface WordCounts {
  readonly words: readonly string[];
  readonly count: readonly number[];
  /** Capitalised and lower-case uses inside ordinary sentences (not first, not in a headline). */
  readonly capUses: readonly number[];
  readonly lowerUses: readonly number[];
  readonly ids: readonly Int32Array[];
}

function countWords(sentences: Sentences): WordCounts {
  // Case-folded counts, and capitalised / lower-case uses inside ordinary sentences.
  const index = new Map<string, number>();
  const words: string[] = [];
  const count: number[] = [];
  const capUses: number[] = [];
  const lowerUses: number[] = [];
  const ids: Int32Array[] = [];
  const idOf = (w: string): number => {
    let id = index.get(w);
    if (id === undefined) {
      id = words.length;
      index.set(w, id);
      words.push(w);
      count.push(0);
      capUses.push(0);
      lowerUses.push(0);
    }
    return id;
  };
  for (const s of sentences) {
    const headline = isAllCaps(s) || isTitleCase(s);
    const row = new Int32Array(s.length);
    s.forEach((w, i) => {
      const id = idOf(w.toLowerCase());
      row[i] = id;
      count[id]!++;
      const info = wordInfo(w);
      if (!info.hasLetter || i === 0 || headline) return;
      if (info.capitalised) capUses[id]!++;
      else lowerUses[id]!++;
    });
    ids.push(row);
  }
  return { words, count, capUses, lowerUses, ids };
}

/** A word's neighbour distribution as a sparse unit vector. */
interface SparseVector {
  readonly dims: Int32Array;
  readonly values: Float64Array;
}

/**
 * The words to cluster (frequent enough, with a letter), each as the vector of the frequent words
 * seen left and right of it; `row[id]` is a word's row in `vectors`, or −1.
 */
function neighbourVectors(counts: WordCounts): { row: Int32Array; vectors: SparseVector[]; dims: number } {
  const { words, count, ids } = counts;
  // Context vocabulary: the most frequent forms, ties broken by the form itself.
  const byFrequency = words.map((_, id) => id).sort((a, b) => count[b]! - count[a]! || cmp(words[a]!, words[b]!));
  const contextIndex = new Int32Array(words.length).fill(-1);
  byFrequency.slice(0, CONTEXT_WORDS).forEach((id, k) => (contextIndex[id] = k));
  const START = CONTEXT_WORDS,
    END = CONTEXT_WORDS + 1;
  const dims = 2 * (CONTEXT_WORDS + 2);

  // The words to cluster, most frequent first.
  const vocab = byFrequency.filter((id) => count[id]! >= MIN_COUNT && /\p{L}/u.test(words[id]!));
  const row = new Int32Array(words.length).fill(-1);
  vocab.forEach((id, r) => (row[id] = r));
  const neighbours: Map<number, number>[] = vocab.map(() => new Map());
  const bump = (m: Map<number, number>, d: number) => m.set(d, (m.get(d) ?? 0) + 1);
  for (const s of ids)
    for (let i = 0; i < s.length; i++) {
      const r = row[s[i]!]!;
      if (r < 0) continue;
      const m = neighbours[r]!;
      const left = i === 0 ? START : contextIndex[s[i - 1]!]!;
      const right = i === s.length - 1 ? END : contextIndex[s[i + 1]!]!;
      if (left >= 0) bump(m, left);
      if (right >= 0) bump(m, CONTEXT_WORDS + 2 + right);
    }
  // Each word a unit vector: square roots of its neighbour distribution (Hellinger).
  const vectors = neighbours.map((m) => {
    const dimsOf = [...m.keys()].sort((a, b) => a - b);
    const values = new Float64Array(dimsOf.length);
    let norm = 0;
    dimsOf.forEach((d, k) => {
      values[k] = Math.sqrt(m.get(d)!);
      norm += m.get(d)!;
    });
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < values.length; k++) values[k]! /= norm;
    return { dims: Int32Array.from(dimsOf), values };
  });
  return { row, vectors, dims };
}

/**
 * Each vector's cluster path (below a leading 1): groups split in two, breadth-first, to
 * MAX_DEPTH levels. Members stay in frequency order, so every choice is deterministic.
 */
function clusterPaths(vectors: readonly SparseVector[], dims: number): Int32Array {
  const paths = new Int32Array(vectors.length);
  let groups: { members: number[]; path: number }[] = [{ members: vectors.map((_, r) => r), path: 1 }];
  for (let depth = 0; depth < MAX_DEPTH && groups.length; depth++) {
    const next: typeof groups = [];
    for (const g of groups) {
      for (const r of g.members) paths[r] = g.path;
      if (g.members.length < MIN_SPLIT) continue;
      const halves = splitGroup(g.members, vectors, dims);
      if (!halves) continue;
      next.push({ members: halves[0], path: g.path * 2 }, { members: halves[1], path: g.path * 2 + 1 });
    }
    groups = next;
  }
  for (const g of groups) for (const r of g.members) paths[r] = g.path;
  return paths;
}

/**
 * A group's two halves, or null when it will not split: first by the sign of each word's
 * projection on the group's principal direction (power iteration from the most frequent word's
 * direction), then rounds of 2-means.
 */
function splitGroup(
  members: readonly number[],
  vectors: readonly SparseVector[],
  dims: number,
): [number[], number[]] | null {
  const centroidRaw = (rows: readonly number[]): Float64Array => {
    const c = new Float64Array(dims);
    for (const r of rows) {
      const v = vectors[r]!;
      for (let k = 0; k < v.dims.length; k++) c[v.dims[k]!]! += v.values[k]!;
    }
    for (let d = 0; d < dims; d++) c[d]! /= rows.length;
    return c;
  };
  const centroid = (rows: readonly number[]): Float64Array => {
    const c = centroidRaw(rows);
    normalise(c);
    return c;
  };
  const dot = (r: number, c: Float64Array): number => {
    const v = vectors[r]!;
    let s = 0;
    for (let k = 0; k < v.dims.length; k++) s += v.values[k]! * c[v.dims[k]!]!;
    return s;
  };
  const mean = centroidRaw(members);
  let v = new Float64Array(dims);
  {
    const x = vectors[members[0]!]!;
    for (let k = 0; k < x.dims.length; k++) v[x.dims[k]!] = x.values[k]!;
    for (let d = 0; d < dims; d++) v[d]! -= mean[d]!;
    normalise(v);
  }
  for (let it = 0; it < POWER_ROUNDS; it++) {
    const mv = dense(mean, v);
    const next = new Float64Array(dims);
    let total = 0;
    for (const r of members) {
      const c = dot(r, v) - mv;
      const x = vectors[r]!;
      for (let k = 0; k < x.dims.length; k++) next[x.dims[k]!]! += c * x.values[k]!;
      total += c;
    }
    for (let d = 0; d < dims; d++) next[d]! -= total * mean[d]!;
    if (!normalise(next)) break;
    v = next;
  }
  const mv = dense(mean, v);
  let left: number[] = [],
    right: number[] = [];
  for (const r of members) (dot(r, v) - mv >= 0 ? left : right).push(r);
  for (let round = 0; round < ROUNDS && left.length && right.length; round++) {
    const a = centroid(left),
      b = centroid(right);
    const l: number[] = [],
      rr: number[] = [];
    for (const r of members) (dot(r, a) >= dot(r, b) ? l : rr).push(r);
    if (!l.length || !rr.length) break;
    left = l;
    right = rr;
  }
  if (!left.length || !right.length) return null;
  return [left, right];
}

/** The table: each word's cluster path and capitalisation bucket, packed (words with neither left out). */
function wordTable(counts: WordCounts, row: Int32Array, paths: Int32Array): Map<number, number> {
  const { words, capUses, lowerUses } = counts;
  const table = new Map<number, number>();
  const capBucket = (id: number): number => {
    const cap = capUses[id]!,
      low = lowerUses[id]!;
    if (cap + low < MIN_CAP_EVIDENCE) return 0;
    const share = cap / (cap + low);
    return share < 0.02 ? 1 : share < 0.2 ? 2 : share < 0.6 ? 3 : share < 0.95 ? 4 : 5;
  };
  words.forEach((w, id) => {
    const r = row[id]!;
    const path = r >= 0 ? paths[r]! : 0;
    const bucket = capBucket(id);
    if (!path && !bucket) return;
    if (path >= 1 << CLUSTER_BITS) throw new Error('cluster path too long');
    table.set(hashString(w), path | (bucket << 24));
  });
  return table;
}

function normalise(v: Float64Array): boolean {
  let norm = 0;
  for (let d = 0; d < v.length; d++) norm += v[d]! * v[d]!;
  if (!(norm > 1e-24)) return false;
  norm = Math.sqrt(norm);
  for (let d = 0; d < v.length; d++) v[d]! /= norm;
  return true;
}

function dense(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d]! * b[d]!;
  return s;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
