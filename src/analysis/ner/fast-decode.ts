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
import { mix, mixSigned } from './features/hashing.js';
import { clusterPrefix, wordCapBucket, wordClusterPath, type Resources } from './features/resources.js';
import { type FirstPass, type SentenceParts, majority, otherOccurrences } from './features/sentence-features.js';
import { PAD_AFTER, PAD_BEFORE, T } from './features/templates.js';
import { CONTEXT_AFTER, CONTEXT_BEFORE, CONTEXT_KEYS, type WordInfo } from './features/word-info.js';
import { sumsAreExact } from './exact-sums.js';
import type { IntTableParts } from './int-table.js';

export { sumsAreExact } from './exact-sums.js';

const N = TAG_COUNT;
/** Not looked up yet (−1 is "the model has no such feature"). */
const UNKNOWN = -2;
/** Two previous tags combine into one index as t2 · 16 + t1 (START is 15). */
const PAIRS = 16;

/** ALLOWED[prev * N + tag]: I-X only after B-X or I-X (see `allowed` in decode.ts). */
const ALLOWED = new Uint8Array(PAIRS * N);
for (let p = 0; p < PAIRS; p++)
  for (let t = 0; t < N; t++)
    ALLOWED[p * N + t] = !isInside(t) || (p !== START && p !== 0 && tagType(p) === tagType(t)) ? 1 : 0;

/** ALLOWED_AFTER[prev]: the tags allowed after prev, in tag order (the order the reference tries them). */
const ALLOWED_AFTER: readonly Uint8Array[] = Array.from({ length: PAIRS }, (_, p) =>
  Uint8Array.from({ length: N }, (_, t) => t).filter((t) => ALLOWED[p * N + t] === 1),
);

/**
 * What one pass knows of each distinct word lives in slots, one per WordInfo.id (+ 2: slot 0 is
 * the padding before a sentence, slot 1 the padding after it), in a few flat arrays rather than an
 * object and two small typed arrays per word (each of those a separately allocated buffer).
 *
 * SUMS summed weights per slot, N each: [0] Bias, the word's own features and its cluster
 * prefixes; [1..4] what it gives the token 2 and 1 after it and 1 and 2 before it (it is that
 * token's context at offsets −2, −1, +1, +2), with its cluster for offsets −1 and +1.
 * ROWS rows per slot: of the previous-tag-with-word feature per previous tag [0, 16), then of
 * FirstShape, AllCapsWord, AllCapsShape, TitleCaseWord (UNKNOWN until needed).
 */
const SUMS = 5 * N;
const ROWS = PAIRS + 4;
const RARE = PAIRS;
/** Slots of the padding before and after a sentence; a word's slot is its id + FIRST_WORD. */
const PAD_BEFORE_SLOT = 0;
const PAD_AFTER_SLOT = 1;
const FIRST_WORD = 2;

/**
 * Weights whose rows are found in an IntTable (model.ts TableWeights), which reads only a key's
 * 32 bits: the tagger passes keys as signed 32-bit integers, which V8 passes and stores as small
 * integers, where a key above 2^31 would be a number allocated on the heap at every call that is
 * not inlined (millions per document, and each one garbage to collect).
 */
export interface TableLookup extends Weights {
  tableParts(): IntTableParts;
}

/** One pass's weights, with the lookups a document's tagging repeats kept. */
export class FastTagger {
  private readonly v: ArrayLike<number>;
  /** Per slot: the WordInfo it holds (a slot is its word's only while this is that WordInfo). */
  private owners: (WordInfo | undefined)[] = [];
  private sums = new Float64Array(1024 * SUMS);
  private rows = new Int32Array(1024 * ROWS);
  /** Per slot: capitalised and seen in lower case in the training text. */
  private capSeenLower = new Uint8Array(1024);
  /** Per slot: mix(T.BigramBefore, lower case), from which the next word's BigramBefore key is mixed. */
  private bigramBefore = new Int32Array(1024);
  /** Per slot: mix(T.BigramAfter, lower case), from which its own BigramAfter key is mixed. */
  private bigramAfter = new Int32Array(1024);
  /** The Prev and Prev2 rows summed, N for each pair of previous tags (t2 · PAIRS + t1). */
  private readonly pairs = new Float64Array(PAIRS * PAIRS * N);
  private readonly first: number;
  private readonly allCaps: number;
  private readonly titleCase: number;
  /** [CapSeenLower, DocCapMid, DocLower] × [elsewhere, first word]. */
  private readonly capRows: Int32Array;
  private readonly capPrior = new Int32Array(64).fill(UNKNOWN);
  private readonly passMajority: Int32Array;
  private readonly passHas: Int32Array;
  private readonly passHalf: Int32Array;
  /** Scratch arrays of `tag`, reused from sentence to sentence (grown when one is longer). */
  private slotAt = new Int32Array(64);
  private stat = new Float64Array(64 * N);
  private tagAt = new Uint8Array(64);
  private parentAt = new Int16Array(64);
  private beamScores = new Float64Array(8);
  private beamNext = new Float64Array(8);
  private readonly counts = new Int32Array(5);

  /** A tagger for these weights, or null when their sums could depend on the order (`sumsAreExact`). */
  static for(weights: TableLookup, resources: Resources): FastTagger | null {
    return sumsAreExact(weights.values) ? new FastTagger(weights, resources) : null;
  }

  private constructor(
    readonly weights: TableLookup,
    readonly resources: Resources,
  ) {
    this.v = weights.values;
    const rows = (keys: readonly number[]) => Int32Array.from(keys, (k) => weights.row(k));
    this.contextSums(CONTEXT_BEFORE, 0, -2, PAD_BEFORE_SLOT * SUMS);
    this.contextSums(CONTEXT_AFTER, 0, -2, PAD_AFTER_SLOT * SUMS);
    this.bigramBefore[PAD_BEFORE_SLOT] = mix(T.BigramBefore, PAD_BEFORE);
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
   * Into sums [1..4] of the slot at `at`: the context keys of a word (`keys` from `from`, as
   * `WordInfo.keys` holds them),
   * and with a word table the CtxCluster feature it gives at offsets −1 and +1: `value` is its
   * entry in the table (−1 for none, −2 for the padding beyond the sentence), as `featuresOf`
   * reads it.
   */
  private contextSums(keys: Uint32Array, from: number, value: number, at: number): void {
    const w = this.weights;
    const sums = this.sums;
    for (let k = 0; k < 4; k++) {
      this.add(w.row(keys[from + 2 * k]! | 0), sums, at + (k + 1) * N);
      this.add(w.row(keys[from + 2 * k + 1]! | 0), sums, at + (k + 1) * N);
    }
    if (!this.resources.words) return;
    const path = value < 0 ? 0 : wordClusterPath(value);
    const clusterKey = (off: number) =>
      mix(T.CtxCluster * 8 + off + 3, path ? clusterPrefix(path, 8) : 0x40000000 - value);
    // A word is the context at offset −1 of the token after it (sums 2), at +1 of the one before (sums 3).
    this.add(w.row(clusterKey(-1) | 0), sums, at + 2 * N);
    this.add(w.row(clusterKey(1) | 0), sums, at + 3 * N);
  }

  /** The slot of a word, filled in when it holds another word (or none yet). */
  private slot(info: WordInfo, own: Uint32Array | undefined, value: number): number {
    const slot = info.id + FIRST_WORD;
    if (this.owners[slot] === info) return slot;
    if (slot >= this.capSeenLower.length) this.grow(slot + 1);
    this.owners[slot] = info;
    const w = this.weights;
    const at = slot * SUMS;
    this.sums.fill(0, at, at + SUMS);
    this.add(w.row(T.Bias), this.sums, at);
    const keys = info.keys;
    const end = info.at + CONTEXT_KEYS + info.featureCount;
    for (let k = info.at + CONTEXT_KEYS; k < end; k++) this.add(w.row(keys[k]! | 0), this.sums, at);
    if (own) for (let k = 0; k < own.length; k++) this.add(w.row(own[k]! | 0), this.sums, at);
    this.contextSums(keys, info.at, value, at);
    this.rows.fill(UNKNOWN, slot * ROWS, (slot + 1) * ROWS);
    this.capSeenLower[slot] = this.resources.lowerVocabulary.has(info.lowerHash) ? 1 : 0;
    this.bigramBefore[slot] = mix(T.BigramBefore, info.lowerHash);
    this.bigramAfter[slot] = mix(T.BigramAfter, info.lowerHash);
    return slot;
  }

  /** Room for at least `slots` slots (doubling), the slots held kept. */
  private grow(slots: number): void {
    let size = this.capSeenLower.length;
    while (size < slots) size *= 2;
    const more = <A extends Float64Array | Int32Array | Uint8Array>(a: A, per: number, make: (n: number) => A): A => {
      const b = make(size * per);
      b.set(a);
      return b;
    };
    this.sums = more(this.sums, SUMS, (n) => new Float64Array(n));
    this.rows = more(this.rows, ROWS, (n) => new Int32Array(n));
    this.capSeenLower = more(this.capSeenLower, 1, (n) => new Uint8Array(n));
    this.bigramBefore = more(this.bigramBefore, 1, (n) => new Int32Array(n));
    this.bigramAfter = more(this.bigramAfter, 1, (n) => new Int32Array(n));
  }

  /** Adds row r's weights to out[base .. base + N) (nothing for −1). */
  private add(r: number, out: Float64Array, base: number): void {
    if (r < 0) return;
    const v = this.v;
    const o = r * N;
    for (let t = 0; t < N; t++) out[base + t]! += v[o + t]!;
  }

  /** Adds the row of `key`, kept as row `k` of the slot's rows once looked up. */
  private addRare(slot: number, k: number, key: number, out: Float64Array, base: number): void {
    const at = slot * ROWS + k;
    let r = this.rows[at]!;
    if (r === UNKNOWN) this.rows[at] = r = this.weights.row(key);
    this.add(r, out, base);
  }

  /** The static scores of every token and tag, as `staticScores(featuresOf(…))` gives them. */
  private scores(
    parts: SentenceParts,
    slotAt: Int32Array,
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
    const sums = this.sums;
    for (let i = 0; i < n; i++) {
      const base = i * N;
      const e = slotAt[i]!;
      const info = infos[i]!;
      const own = e * SUMS;
      // Sums 1..4 of the words 2 and 1 before and 1 and 2 after (or of the padding).
      const a = (i >= 2 ? slotAt[i - 2]! : PAD_BEFORE_SLOT) * SUMS + N;
      const b = (i >= 1 ? slotAt[i - 1]! : PAD_BEFORE_SLOT) * SUMS + 2 * N;
      const c = (i + 1 < n ? slotAt[i + 1]! : PAD_AFTER_SLOT) * SUMS + 3 * N;
      const d = (i + 2 < n ? slotAt[i + 2]! : PAD_AFTER_SLOT) * SUMS + 4 * N;
      for (let t = 0; t < N; t++)
        out[base + t] = sums[own + t]! + sums[a + t]! + sums[b + t]! + sums[c + t]! + sums[d + t]!;
      // mix(mix(T.BigramBefore, lower case before), lower case), and the same after.
      const before = this.bigramBefore[i >= 1 ? slotAt[i - 1]! : PAD_BEFORE_SLOT]!;
      const lowerAfter = i + 1 >= n ? PAD_AFTER : infos[i + 1]!.lowerHash;
      this.add(w.row(mixSigned(before, info.lowerHash | 0)), out, base);
      this.add(w.row(mixSigned(this.bigramAfter[e]!, lowerAfter | 0)), out, base);
      if (i === 0) {
        this.add(this.first, out, base);
        this.addRare(e, RARE, mixSigned(T.FirstShape, info.shapeHash | 0), out, base);
      }
      if (allCaps) {
        this.add(this.allCaps, out, base);
        this.addRare(e, RARE + 1, mixSigned(T.AllCapsWord, info.hash | 0), out, base);
        this.addRare(e, RARE + 2, mixSigned(T.AllCapsShape, info.shapeHash | 0), out, base);
      }
      if (titleCase) {
        this.add(this.titleCase, out, base);
        this.addRare(e, RARE + 3, mixSigned(T.TitleCaseWord, info.hash | 0), out, base);
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
        if (this.capSeenLower[e]) this.add(this.capRows[first]!, out, base);
        if (doc.capitalisedMidSentence.has(info.hash | 0)) this.add(this.capRows[2 + first]!, out, base);
        if (doc.lowerCase.has(info.lowerHash | 0)) this.add(this.capRows[4 + first]!, out, base);
      }
      const g = gaz[i];
      if (g) for (let k = 0; k < g.length; k++) this.add(w.row(g[k]! | 0), out, base);
      const l = lex[i];
      if (l) for (let k = 0; k < l.length; k++) this.add(w.row(l[k]! | 0), out, base);
      if (pass && info.capitalised) {
        const total = otherOccurrences(pass, i, info.hash | 0, counts);
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

  /**
   * The tags of one sentence: exactly `beamDecode(featuresOf(parts, …, true), weights, beam).tags`;
   * null, rarely, when the caller must find them so.
   */
  tag(parts: SentenceParts, doc: DocumentFacts, pass: FirstPass | undefined, B: number): Uint8Array | null {
    const { infos } = parts;
    const n = infos.length;
    if (this.slotAt.length < n) this.slotAt = new Int32Array(2 * n);
    const slotAt = this.slotAt;
    for (let i = 0; i < n; i++) slotAt[i] = this.slot(infos[i]!, parts.ownKeys[i], parts.wordValues[i]!);
    // Two words of the sentence in one slot (ids given again after wordInfo's cache was emptied
    // while the document was read): the caller decodes this sentence the reference way.
    for (let i = 0; i < n; i++) if (this.owners[slotAt[i]!] !== infos[i]) return null;
    const stat = this.scores(parts, slotAt, doc, pass);
    const rows = this.rows;
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
      const e = slotAt[i]!;
      let kept = 0;
      const si = i * N;
      for (let k = 0; k < size; k++) {
        const t1 = tag[here + k]!;
        const t2 = i === 0 ? START : tag[(i - 1) * B + parent[here + k]!]!;
        // The transition weights: the pair's, plus the previous tag with this word's when the
        // model has that feature (summed as the reference decoder sums them: pair, then word).
        const at0 = (t2 * PAIRS + t1) * N;
        let r = rows[e * ROWS + t1]!;
        if (r === UNKNOWN) rows[e * ROWS + t1] = r = this.weights.row(prevWordKey(t1, infos[i]!.hash) | 0);
        const o = r * N;
        const base = scores[k]!;
        // Only the tags allowed after t1 (the reference skips the others after summing them).
        const allowed = ALLOWED_AFTER[t1]!;
        for (let a = 0; a < allowed.length; a++) {
          const t = allowed[a]!;
          const score = base + stat[si + t]! + (r >= 0 ? pairs[at0 + t]! + v[o + t]! : pairs[at0 + t]!);
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
      const swap = scores;
      scores = next;
      next = swap;
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
