/**
 * Tagging with a loaded model (fixed weights): the same tags as `beamDecode` over `featuresOf`,
 * found with far fewer weight lookups. Nothing here may change a tag, and nothing does: the
 * weights are float32 values whose sums, taken in float64, are exact (see `sumsAreExact`), so a
 * token's score is the same to the last bit whatever order its features are added in, and sums
 * can be taken once and reused. What is saved is looking things up and adding them again:
 *
 * - each distinct word's own features are summed once, and so are the features it gives its
 *   neighbours (its lower case and shape as the word 2 or 1 before or after, its cluster as the
 *   word before or after): a token's score starts as five such sums;
 * - features with a handful of values (first word, capitals, title case, the gazetteer's and the
 *   second pass's) have their rows found once per model;
 * - no feature keys are built: each token's scores are added as its features are worked out.
 *
 * Only the two bigram features of a token need a lookup every time.
 */
import { TAG_COUNT, isInside, tagType } from './conll.js';
import { START, prev2Key, prevKey, prevWordKey, type Weights } from './decode.js';
import type { DocumentFacts } from './features/document-facts.js';
import { mix } from './features/hashing.js';
import { clusterPrefix, wordCapBucket, wordClusterPath, type Resources } from './features/resources.js';
import { type FirstPass, type SentenceParts, majority, otherOccurrences } from './features/sentence-features.js';
import { PAD_AFTER, PAD_BEFORE, T } from './features/templates.js';
import { CONTEXT_AFTER, CONTEXT_BEFORE, type WordInfo } from './features/word-info.js';

const N = TAG_COUNT;
/** Not looked up yet (−1 is "the model has no such feature"). */
const UNKNOWN = -2;
/** Two previous tags combine into one index as t2 · 16 + t1 (START is 15). */
const PAIRS = 16;
/**
 * More weights than this are never added up for one token and tag (its features, with the
 * transitions): a sentence-long run of gazetteer entries over one token stays far below it.
 */
const MAX_TERMS = 512;

/** ALLOWED[prev * N + tag]: I-X only after B-X or I-X (see `allowed` in decode.ts). */
const ALLOWED = new Uint8Array(PAIRS * N);
for (let p = 0; p < PAIRS; p++)
  for (let t = 0; t < N; t++)
    ALLOWED[p * N + t] = !isInside(t) || (p !== START && p !== 0 && tagType(p) === tagType(t)) ? 1 : 0;

/**
 * Whether any sum of up to MAX_TERMS of these float32 weights is exact in float64, whatever the
 * order: every weight is a whole multiple of 2^lo (its lowest set bit), so every partial sum is
 * too, and it is exact while it stays below 2^(53 + lo).
 */
export function sumsAreExact(values: ArrayLike<number>): boolean {
  let lo = Infinity;
  let max = 0;
  if (values instanceof Float32Array) {
    // Read from the bits: value = mantissa · 2^(exponent − 150), with the implicit leading 1.
    const bits = new Uint32Array(values.buffer, values.byteOffset, values.length);
    for (let i = 0; i < bits.length; i++) {
      const b = bits[i]!;
      const exponent = (b >>> 23) & 0xff;
      if (exponent === 0xff) return false;
      let mantissa = b & 0x7fffff;
      if (mantissa === 0 && exponent === 0) continue;
      if (exponent > 0) mantissa |= 0x800000;
      const low = Math.max(exponent, 1) - 150 + (31 - Math.clz32(mantissa & -mantissa));
      if (low < lo) lo = low;
      const x = Math.abs(values[i]!);
      if (x > max) max = x;
    }
  } else {
    for (let i = 0; i < values.length; i++) {
      let x = Math.abs(values[i]!);
      if (x === 0) continue;
      if (!Number.isFinite(x)) return false;
      if (x > max) max = x;
      // The exponent of x's lowest set bit: scale x up to a whole number, then find its lowest bit.
      let e = 0;
      while (x !== Math.floor(x)) {
        x *= 2;
        e--;
      }
      while (x > 1 && x / 2 === Math.floor(x / 2)) {
        x /= 2;
        e++;
      }
      if (e < lo) lo = e;
    }
  }
  return max === 0 || max * MAX_TERMS < 2 ** (53 + lo);
}

/** What one pass knows of one distinct word. */
interface WordEntry {
  readonly info: WordInfo;
  /**
   * Summed weights, N each: [0] Bias, the word's own features and its cluster prefixes; [1..4]
   * what it gives the token 2 and 1 after it and 1 and 2 before it (it is that token's context
   * at offsets −2, −1, +1, +2), with its cluster for offsets −1 and +1.
   */
  readonly sums: Float64Array;
  /** Row of the previous-tag-with-word feature per previous tag [0, 16), then of FirstShape, AllCapsWord, AllCapsShape, TitleCaseWord (UNKNOWN until needed). */
  readonly rows: Int32Array;
  /** Capitalised and seen in lower case in the training text. */
  readonly capSeenLower: boolean;
  /** mix(T.BigramBefore, its lower case): the BigramBefore key of the word after it is mixed from this. */
  readonly bigramBefore: number;
  /** mix(T.BigramAfter, its lower case): its own BigramAfter key is mixed from this. */
  readonly bigramAfter: number;
}
const RARE = PAIRS;

/** One pass's weights, with the lookups a document's tagging repeats kept. */
export class FastTagger {
  private readonly v: ArrayLike<number>;
  /** Entries by WordInfo.id (an entry is its word's only while its `info` is that word's). */
  private readonly words: (WordEntry | undefined)[] = [];
  /** The Prev and Prev2 rows summed, N for each pair of previous tags (t2 · PAIRS + t1). */
  private readonly pairs = new Float64Array(PAIRS * PAIRS * N);
  private readonly padBigram = mix(T.BigramBefore, PAD_BEFORE);
  private readonly keyRows = new Map<number, number>();
  /** A missing neighbour's sums, as WordEntry.sums [1..4] (the other slots unused). */
  private readonly padBefore = new Float64Array(5 * N);
  private readonly padAfter = new Float64Array(5 * N);
  private readonly first: number;
  private readonly allCaps: number;
  private readonly titleCase: number;
  /** [CapSeenLower, DocCapMid, DocLower] × [elsewhere, first word]. */
  private readonly capRows: Int32Array;
  private readonly capPrior = new Int32Array(64).fill(UNKNOWN);
  private readonly passMajority: Int32Array;
  private readonly passHas: Int32Array;
  private readonly passHalf: Int32Array;
  private readonly trans = new Float64Array(N);
  /** Scratch arrays of `tag`, reused from sentence to sentence (grown when one is longer). */
  private stat = new Float64Array(64 * N);
  private tagAt = new Uint8Array(64);
  private parentAt = new Int16Array(64);
  private beamScores = new Float64Array(8);
  private beamNext = new Float64Array(8);
  private readonly counts = new Int32Array(5);

  /** A tagger for these weights, or null when their sums could depend on the order (`sumsAreExact`). */
  static for(weights: Weights, resources: Resources): FastTagger | null {
    return sumsAreExact(weights.values) ? new FastTagger(weights, resources) : null;
  }

  private constructor(
    readonly weights: Weights,
    readonly resources: Resources,
  ) {
    this.v = weights.values;
    const rows = (keys: readonly number[]) => Int32Array.from(keys, (k) => weights.row(k));
    this.contextSums(CONTEXT_BEFORE, -2, this.padBefore);
    this.contextSums(CONTEXT_AFTER, -2, this.padAfter);
    this.first = weights.row(T.First);
    this.allCaps = weights.row(T.AllCaps);
    this.titleCase = weights.row(T.TitleCase);
    this.capRows = rows([T.CapSeenLower, T.DocCapMid, T.DocLower].flatMap((t) => [mix(t, 0), mix(t, 1)]));
    this.passMajority = rows([0, 1, 2, 3, 4].map((t) => mix(T.PassMajority, t)));
    this.passHas = rows([0, 1, 2, 3].map((t) => mix(T.PassHas, t)));
    this.passHalf = rows([0, 1, 2, 3].map((t) => mix(T.PassHalf, t)));
    // The previous tag's and the two previous tags' rows, summed from zero in the decoder's order.
    for (let t2 = 0; t2 < PAIRS; t2++)
      for (let t1 = 0; t1 < PAIRS; t1++) {
        const at = (t2 * PAIRS + t1) * N;
        this.add(weights.row(prevKey(t1)), this.pairs, at);
        this.add(weights.row(prev2Key(t2, t1)), this.pairs, at);
      }
  }

  /**
   * Into sums [1..4]: the context keys (`WordInfo.contextKeys`) of a word, and with a word table
   * the CtxCluster feature it gives at offsets −1 and +1: `value` is its entry in the table (−1
   * for none, −2 for the padding beyond the sentence), as `featuresOf` reads it.
   */
  private contextSums(contextKeys: Uint32Array, value: number, sums: Float64Array): void {
    const w = this.weights;
    for (let k = 0; k < 4; k++) {
      this.add(w.row(contextKeys[2 * k]!), sums, (k + 1) * N);
      this.add(w.row(contextKeys[2 * k + 1]!), sums, (k + 1) * N);
    }
    if (!this.resources.words) return;
    const path = value < 0 ? 0 : wordClusterPath(value);
    const clusterKey = (off: number) =>
      mix(T.CtxCluster * 8 + off + 3, path ? clusterPrefix(path, 8) : 0x40000000 - value);
    // A word is the context at offset −1 of the token after it (slot 2), at +1 of the one before (slot 3).
    this.add(w.row(clusterKey(-1)), sums, 2 * N);
    this.add(w.row(clusterKey(1)), sums, 3 * N);
  }

  private entry(info: WordInfo, own: Uint32Array | undefined, value: number): WordEntry {
    let e = this.words[info.id];
    if (e !== undefined && e.info === info) return e;
    const w = this.weights;
    const sums = new Float64Array(5 * N);
    this.add(w.row(T.Bias), sums, 0);
    for (const f of info.features) this.add(w.row(f), sums, 0);
    if (own) for (const f of own) this.add(w.row(f), sums, 0);
    this.contextSums(info.contextKeys, value, sums);
    e = {
      info,
      sums,
      rows: new Int32Array(PAIRS + 4).fill(UNKNOWN),
      capSeenLower: this.resources.lowerVocabulary.has(info.lowerHash),
      bigramBefore: mix(T.BigramBefore, info.lowerHash),
      bigramAfter: mix(T.BigramAfter, info.lowerHash),
    };
    this.words[info.id] = e;
    return e;
  }

  /** Adds row r's weights to out[base .. base + N) (nothing for −1). */
  private add(r: number, out: Float64Array, base: number): void {
    if (r < 0) return;
    const v = this.v;
    const o = r * N;
    for (let t = 0; t < N; t++) out[base + t]! += v[o + t]!;
  }

  private keyRow(key: number): number {
    let r = this.keyRows.get(key);
    if (r === undefined) this.keyRows.set(key, (r = this.weights.row(key)));
    return r;
  }

  /** Adds the row of `key`, kept as row `k` of e.rows once looked up. */
  private addRare(e: WordEntry, k: number, key: number, out: Float64Array, base: number): void {
    let r = e.rows[k]!;
    if (r === UNKNOWN) e.rows[k] = r = this.weights.row(key);
    this.add(r, out, base);
  }

  /** The static scores of every token and tag, as `staticScores(featuresOf(…))` gives them. */
  private scores(
    parts: SentenceParts,
    entries: readonly WordEntry[],
    doc: DocumentFacts,
    pass: FirstPass | undefined,
  ): Float64Array {
    const { infos, allCaps, titleCase, gaz, lex, wordValues } = parts;
    const hasTable = this.resources.words !== undefined;
    const n = infos.length;
    if (this.stat.length < n * N) this.stat = new Float64Array(2 * n * N);
    // Every token's scores are set before anything is added to them: nothing left over is read.
    const out = this.stat;
    const counts = this.counts;
    const w = this.weights;
    for (let i = 0; i < n; i++) {
      const base = i * N;
      const e = entries[i]!;
      const info = e.info;
      const own = e.sums;
      const a = i >= 2 ? entries[i - 2]!.sums : this.padBefore;
      const b = i >= 1 ? entries[i - 1]!.sums : this.padBefore;
      const c = i + 1 < n ? entries[i + 1]!.sums : this.padAfter;
      const d = i + 2 < n ? entries[i + 2]!.sums : this.padAfter;
      for (let t = 0; t < N; t++) out[base + t] = own[t]! + a[N + t]! + b[2 * N + t]! + c[3 * N + t]! + d[4 * N + t]!;
      // mix(mix(T.BigramBefore, lower case before), lower case), and the same after.
      const before = i === 0 ? this.padBigram : entries[i - 1]!.bigramBefore;
      const lowerAfter = i + 1 >= n ? PAD_AFTER : infos[i + 1]!.lowerHash;
      this.add(w.row(mix(before, info.lowerHash)), out, base);
      this.add(w.row(mix(e.bigramAfter, lowerAfter)), out, base);
      if (i === 0) {
        this.add(this.first, out, base);
        this.addRare(e, RARE, mix(T.FirstShape, info.shapeHash), out, base);
      }
      if (allCaps) {
        this.add(this.allCaps, out, base);
        this.addRare(e, RARE + 1, mix(T.AllCapsWord, info.hash), out, base);
        this.addRare(e, RARE + 2, mix(T.AllCapsShape, info.shapeHash), out, base);
      }
      if (titleCase) {
        this.add(this.titleCase, out, base);
        this.addRare(e, RARE + 3, mix(T.TitleCaseWord, info.hash), out, base);
      }
      if (info.capitalised) {
        if (hasTable) {
          const v = wordValues[i]!;
          const bucket = v >= 0 ? wordCapBucket(v) : 0;
          const context = i === 0 ? 1 : allCaps || titleCase ? 2 : 0;
          const at = bucket * 4 + context;
          let r = this.capPrior[at]!;
          if (r === UNKNOWN) this.capPrior[at] = r = w.row(mix(T.CapPrior, at));
          this.add(r, out, base);
        }
        const first = i === 0 ? 1 : 0;
        if (e.capSeenLower) this.add(this.capRows[first]!, out, base);
        if (doc.capitalisedMidSentence.has(info.hash)) this.add(this.capRows[2 + first]!, out, base);
        if (doc.lowerCase.has(info.lowerHash)) this.add(this.capRows[4 + first]!, out, base);
      }
      const g = gaz[i];
      if (g) for (const key of g) this.add(this.keyRow(key), out, base);
      const l = lex[i];
      if (l) for (const key of l) this.add(this.keyRow(key), out, base);
      if (pass && info.capitalised) {
        const total = otherOccurrences(pass, i, info.hash, counts);
        if (total > 0) {
          this.add(this.passMajority[majority(counts)]!, out, base);
          for (let t = 0; t < 4; t++) {
            if (counts[t]! > 0) this.add(this.passHas[t]!, out, base);
            if (counts[t]! * 2 > total) this.add(this.passHalf[t]!, out, base);
          }
        }
      }
    }
    return out;
  }

  /** The tags of one sentence: exactly `beamDecode(featuresOf(parts, …, true), weights, beam).tags`. */
  tag(parts: SentenceParts, doc: DocumentFacts, pass: FirstPass | undefined, B: number): Uint8Array {
    const n = parts.infos.length;
    const entries: WordEntry[] = new Array(n);
    for (let i = 0; i < n; i++) entries[i] = this.entry(parts.infos[i]!, parts.ownKeys[i], parts.wordValues[i]!);
    const stat = this.scores(parts, entries, doc, pass);
    const trans = this.trans;
    const pairs = this.pairs;
    const v = this.v;
    // Scratch arrays: only slots written for this sentence are ever read.
    if (this.tagAt.length < (n + 1) * B) {
      this.tagAt = new Uint8Array(2 * (n + 1) * B);
      this.parentAt = new Int16Array(2 * (n + 1) * B);
    }
    if (this.beamScores.length < B) {
      this.beamScores = new Float64Array(B);
      this.beamNext = new Float64Array(B);
    }
    const tag = this.tagAt;
    const parent = this.parentAt;
    let scores = this.beamScores;
    let next = this.beamNext;
    scores[0] = 0;
    tag[0] = START;
    let size = 1;
    for (let i = 0; i < n; i++) {
      const here = i * B;
      const there = (i + 1) * B;
      const e = entries[i]!;
      let kept = 0;
      for (let k = 0; k < size; k++) {
        const t1 = tag[here + k]!;
        const t2 = i === 0 ? START : tag[(i - 1) * B + parent[here + k]!]!;
        // The transition weights: the pair's, plus the previous tag with this word's when the
        // model has that feature (summed into `trans` as the reference decoder sums them).
        let from: Float64Array = pairs;
        let at0 = (t2 * PAIRS + t1) * N;
        let r = e.rows[t1]!;
        if (r === UNKNOWN) e.rows[t1] = r = this.weights.row(prevWordKey(t1, e.info.hash));
        if (r >= 0) {
          const o = r * N;
          for (let t = 0; t < N; t++) trans[t] = pairs[at0 + t]! + v[o + t]!;
          from = trans;
          at0 = 0;
        }
        const base = scores[k]!;
        const allowedFrom = t1 * N;
        for (let t = 0; t < N; t++) {
          if (!ALLOWED[allowedFrom + t]) continue;
          const score = base + stat[i * N + t]! + from[at0 + t]!;
          if (kept === B && score <= next[B - 1]!) continue;
          let at = kept < B ? kept : B - 1;
          while (at > 0 && next[at - 1]! < score) {
            next[at] = next[at - 1]!;
            tag[there + at] = tag[there + at - 1]!;
            parent[there + at] = parent[there + at - 1]!;
            at--;
          }
          next[at] = score;
          tag[there + at] = t;
          parent[there + at] = k;
          if (kept < B) kept++;
        }
      }
      size = kept;
      [scores, next] = [next, scores];
    }
    const tags = new Uint8Array(n);
    let slot = 0;
    for (let i = n; i >= 1; i--) {
      tags[i - 1] = tag[i * B + slot]!;
      slot = parent[i * B + slot]!;
    }
    return tags;
  }
}
