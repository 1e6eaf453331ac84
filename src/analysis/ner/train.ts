import { TAG_COUNT, bioSpans, tagType, type ConllDocument, type ConllSentence } from './conll.js';
import { START, beamDecode, prev2Key, prevKey, prevWordKey, type Weights } from './decode.js';
import { documentFacts, passCounts } from './features/document-facts.js';
import { hashString } from './features/hashing.js';
import { isMinorWord } from './features/headlines.js';
import { entryKey, type Gazetteer, type Resources } from './features/resources.js';
import { sentenceFeatures, type SentenceFeatures } from './features/sentence-features.js';
import { wordInfo } from './features/word-info.js';
import type { PassWeights } from './model.js';

/**
 * A structured averaged perceptron over BIO tags, trained with the same beam it decodes with and
 * updated at the first position where the gold sequence leaves the beam (early update).
 * Deterministic: the same data, seed and options give the same weights, bit for bit.
 */
export class PerceptronWeights implements Weights {
  private readonly index = new Map<number, number>();
  private keys: number[] = [];
  values = new Float64Array(1 << 16);
  /** Σ c·Δ over updates, for averaging (Daumé's trick): average = w − totals / c. */
  private totals = new Float64Array(1 << 16);
  /** Instances seen, counting from 1. */
  c = 1;

  constructor(readonly tagCount: number = TAG_COUNT) {}

  row(key: number): number {
    return this.index.get(key) ?? -1;
  }

  private ensure(key: number): number {
    let r = this.index.get(key);
    if (r !== undefined) return r;
    r = this.keys.length;
    this.keys.push(key);
    this.index.set(key, r);
    if ((r + 1) * this.tagCount > this.values.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.values = grow(this.values);
      this.totals = grow(this.totals);
    }
    return r;
  }

  add(key: number, tag: number, delta: number): void {
    const o = this.ensure(key) * this.tagCount + tag;
    this.values[o]! += delta;
    this.totals[o]! += this.c * delta;
  }

  /** The averaged weights, dropping rows whose largest weight is below `prune` in magnitude. */
  averaged(prune = 0): PassWeights {
    const order = this.keys.map((k, r) => [k, r] as const).sort((a, b) => a[0] - b[0]);
    const rows: [number, number][] = [];
    for (const [k, r] of order) {
      let max = 0;
      for (let t = 0; t < this.tagCount; t++) max = Math.max(max, Math.abs(this.avg(r * this.tagCount + t)));
      if (max > prune) rows.push([k, r]);
    }
    const keys = new Uint32Array(rows.length);
    const n = this.tagCount;
    const values = new Float32Array(rows.length * n);
    rows.forEach(([k, r], i) => {
      keys[i] = k;
      for (let t = 0; t < n; t++) values[i * n + t] = this.avg(r * n + t);
    });
    return { keys, values };
  }

  private avg(o: number): number {
    return this.values[o]! - this.totals[o]! / this.c;
  }

  get size(): number {
    return this.keys.length;
  }
}

export interface Instance {
  readonly features: SentenceFeatures;
  readonly gold: Uint8Array;
}

/** Adds +1 for the gold sequence's features and −1 for the prediction's, over `length` tokens. */
function update(w: PerceptronWeights, x: Instance, predicted: Uint8Array, length: number): void {
  const { features: f, gold } = x;
  const start = START;
  for (let i = 0; i < length; i++) {
    const g = gold[i]!,
      p = predicted[i]!;
    const g1 = i > 0 ? gold[i - 1]! : start,
      p1 = i > 0 ? predicted[i - 1]! : start;
    const g2 = i > 1 ? gold[i - 2]! : start,
      p2 = i > 1 ? predicted[i - 2]! : start;
    if (g === p && g1 === p1 && g2 === p2) continue;
    if (g !== p) {
      for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
        w.add(f.keys[k]!, g, 1);
        w.add(f.keys[k]!, p, -1);
      }
    }
    const wh = f.wordHashes[i]!;
    for (const [key, gk] of [
      [prevKey(g1), prevKey(p1)],
      [prev2Key(g2, g1), prev2Key(p2, p1)],
      [prevWordKey(g1, wh), prevWordKey(p1, wh)],
    ] as const) {
      if (key === gk && g === p) continue;
      w.add(key, g, 1);
      w.add(gk, p, -1);
    }
  }
}

/** mulberry32: a tiny seeded generator, so shuffles are the same on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  readonly epochs: number;
  readonly beam: number;
  readonly seed: number;
  /** Called after each epoch with the averaged weights so far; return a score to keep the best epoch. */
  readonly onEpoch?: (epoch: number, weights: PassWeights) => number | void;
  readonly prune?: number;
}

export interface Trained {
  readonly weights: PassWeights;
  /** The epoch (1-based) whose averaged weights were kept. */
  readonly epoch: number;
}

export function trainPerceptron(instances: readonly Instance[], options: TrainOptions): Trained {
  const w = new PerceptronWeights();
  const rand = random(options.seed);
  const order = instances.map((_, i) => i);
  let best: Trained | null = null;
  let bestScore = -Infinity;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const x = instances[k]!;
      const { tags: predicted, fellAt } = beamDecode(x.features, w, options.beam, x.gold);
      if (fellAt >= 0) update(w, x, predicted, fellAt + 1);
      else if (!sameTags(predicted, x.gold)) update(w, x, predicted, predicted.length);
      w.c++;
    }
    const weights = w.averaged(options.prune ?? 0);
    const score = options.onEpoch?.(epoch, weights);
    const s = typeof score === 'number' ? score : epoch;
    if (s > bestScore) {
      bestScore = s;
      best = { weights, epoch };
    }
  }
  return best!;
}

const sameTags = (a: Uint8Array, b: Uint8Array) => a.every((t, i) => t === b[i]);

/** Entity strings of the given documents with their types, hashed: the training-time gazetteer. */
export function buildGazetteer(docs: readonly ConllDocument[], maxLength = 8): Gazetteer {
  const entries = new Map<number, number>();
  for (const doc of docs)
    for (const s of doc)
      for (const span of bioSpans(s.tags)) {
        if (span.end - span.start > maxLength) continue;
        const key = entryKey(s.words.slice(span.start, span.end));
        entries.set(key, (entries.get(key) ?? 0) | (1 << span.type));
      }
  return { entries, maxLength };
}

/** Hashes of every word written in lower case in the documents. */
export function lowerVocabulary(docs: readonly ConllDocument[]): Set<number> {
  const out = new Set<number>();
  for (const doc of docs)
    for (const s of doc)
      for (const w of s.words)
        if (!wordInfo(w).capitalised && wordInfo(w).hasLetter) out.add(hashString(w.toLowerCase()));
  return out;
}

/** Features of every sentence of a document for one pass; `firstPass` gives the first pass's tags. */
export function documentInstances(
  doc: ConllDocument,
  resources: Resources,
  firstPass?: readonly Uint8Array[],
): Instance[] {
  const sentences = doc.map((s) => s.words);
  const facts = documentFacts(sentences);
  let pass: { counts: ReturnType<typeof passCounts>; types: number[][] } | undefined;
  if (firstPass) {
    const types = firstPass.map((tags) => Array.from(tags, tagType));
    pass = { counts: passCounts(sentences, types), types };
  }
  return doc.map((s, i) => ({
    features: sentenceFeatures(
      s.words,
      resources,
      facts,
      pass ? { counts: pass.counts, types: pass.types[i]! } : undefined,
    ),
    gold: s.tags,
  }));
}

/**
 * The words of a sentence as a headline writer would put them in Title Case: every word that
 * starts with a lower-case letter is capitalised, except short function words after the first.
 */
export function titleCased(words: readonly string[]): string[] {
  return words.map((w, i) => {
    const first = w.charAt(0);
    if (first === first.toUpperCase() || (i > 0 && isMinorWord(w))) return w;
    return first.toUpperCase() + w.slice(1);
  });
}

/**
 * A training document with, after every `every`-th sentence of four words or more, a Title Case
 * copy of it with the same tags: headlines, headings and reference titles teach the model that
 * there a capital letter is weak evidence of a name. Deterministic.
 */
export function withTitleCaseCopies(doc: ConllDocument, every: number): ConllDocument {
  if (every <= 0) return doc;
  const out: ConllSentence[] = [];
  doc.forEach((s, i) => {
    out.push(s);
    if (i % every !== every - 1 || s.words.length < 4) return;
    const words = titleCased(s.words);
    if (words.some((w, k) => w !== s.words[k])) out.push({ words, tags: s.tags });
  });
  return out;
}
