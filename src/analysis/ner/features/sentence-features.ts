/**
 * The tagger's features of a sentence, shared by training and tagging so that both see exactly
 * the same ones. Every feature is a 32-bit key (see hashing.ts); the set follows what made
 * CoNLL-2003 systems work (see README, "How the recogniser works").
 */
import type { DocumentFacts, PassCounts } from './document-facts.js';
import { mix, mixSigned } from './hashing.js';
import { addHeadRunKeys } from './head-runs.js';
import { titleCaseOf } from './headlines.js';
import { tableOf, type IntTable } from '../int-table.js';
import {
  CLUSTER_PREFIXES,
  LEXICON_CATEGORIES,
  clusterPrefix,
  wordCapBucket,
  wordClusterPath,
  type Gazetteer,
  type Resources,
  type WordTable,
} from './resources.js';
import { PAD_AFTER, PAD_BEFORE, T } from './templates.js';
import { CONTEXT_AFTER, CONTEXT_BEFORE, CONTEXT_KEYS, CONTEXT_OFFSETS, wordInfo, type WordInfo } from './word-info.js';

/** Static (tag-independent) features of every token of a sentence, flattened with offsets. */
export interface SentenceFeatures {
  readonly keys: Uint32Array;
  /** Token i's features are keys[offsets[i] .. offsets[i+1]). */
  readonly offsets: Uint32Array;
  /** Word hashes, for the previous-tag-with-word feature. */
  readonly wordHashes: Uint32Array;
}

const scratch: number[] = [];

/** What a sentence's features need whatever the pass: computed once and kept for the second. */
export interface SentenceParts {
  readonly infos: readonly WordInfo[];
  readonly allCaps: boolean;
  readonly titleCase: boolean;
  /** Each token's entry in `Resources.words` (−1 for none, or no table). */
  readonly wordValues: readonly number[];
  /**
   * Each token's features that depend on its word alone beyond its own features in `WordInfo.keys` (its cluster
   * prefixes), or undefined: listed right after the word's own features, and summed with them.
   */
  readonly ownKeys: readonly (Uint32Array | undefined)[];
  /** Gazetteer and lexicon keys per token (undefined for none); only their 32 bits count (the gazetteer's are signed). */
  readonly gaz: readonly (number[] | undefined)[];
  readonly lex: readonly (number[] | undefined)[];
}

export function sentenceParts(words: readonly string[], resources: Resources): SentenceParts {
  const infos = words.map(wordInfo);
  let letters = 0;
  let allUpper = true;
  for (const info of infos) {
    if (!info.hasLetter) continue;
    if (!info.upper) allUpper = false;
    letters++;
  }
  const table = resources.words;
  const wordValues: number[] = new Array<number>(infos.length).fill(-1);
  const ownKeys: (Uint32Array | undefined)[] = new Array(infos.length);
  if (table) {
    const cache = wordTableCache(table);
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i]!;
      if (cache.owners[info.id] !== info) readWordTable(cache, info);
      wordValues[i] = cache.values[info.id]!;
      ownKeys[i] = cache.keys[info.id];
    }
  }
  return {
    infos,
    // As isAllCaps(words).
    allCaps: allUpper && letters >= 2,
    titleCase: !(allUpper && letters >= 2) && titleCaseOf(words, infos),
    wordValues,
    ownKeys,
    gaz: gazetteerMatches(infos, resources.gazetteer, 4, T.GazSingle, T.GazBegin, T.GazInside, T.GazEnd),
    lex: lexiconKeys(infos, resources),
  };
}

/** Lexicon matches and head-run keys per token (see head-runs.ts). */
function lexiconKeys(infos: readonly WordInfo[], resources: Resources): (number[] | undefined)[] {
  const out = resources.lexicon
    ? gazetteerMatches(
        infos,
        resources.lexicon,
        LEXICON_CATEGORIES,
        T.Lexicon * 8,
        T.Lexicon * 8 + 1,
        T.Lexicon * 8 + 2,
        T.Lexicon * 8 + 3,
      )
    : new Array<number[] | undefined>(infos.length);
  if (resources.headRuns) addHeadRunKeys(infos, out, resources.headlessRuns === true);
  return out;
}

export function sentenceFeatures(
  words: readonly string[],
  resources: Resources,
  doc: DocumentFacts,
  pass?: { readonly counts: PassCounts; readonly types: ArrayLike<number> },
): SentenceFeatures {
  return featuresOf(sentenceParts(words, resources), resources, doc, pass);
}

/**
 * Every token's feature keys: Bias, the word's context-free features (in `WordInfo.keys`) and
 * cluster prefixes, then those of its context. The definition of the features: training and
 * `beamDecode` read them as keys; FastTagger (fast-decode.ts) adds the same features' weights
 * without building the keys, and must be kept in step with this function.
 */
export function featuresOf(
  parts: SentenceParts,
  resources: Resources,
  doc: DocumentFacts,
  pass: FirstPass | undefined,
): SentenceFeatures {
  const { infos, allCaps, titleCase, gaz, lex, wordValues, ownKeys } = parts;
  const hasTable = resources.words !== undefined;
  const n = infos.length;
  const offsets = new Uint32Array(n + 1);
  const wordHashes = new Uint32Array(n);
  scratch.length = 0;
  const lowerAt = (j: number) => (j < 0 ? PAD_BEFORE : j >= n ? PAD_AFTER : infos[j]!.lowerHash);
  const counts = new Int32Array(5);
  for (let i = 0; i < n; i++) {
    offsets[i] = scratch.length;
    const info = infos[i]!;
    wordHashes[i] = info.hash;
    scratch.push(T.Bias);
    const end = info.at + CONTEXT_KEYS + info.featureCount;
    for (let k = info.at + CONTEXT_KEYS; k < end; k++) scratch.push(info.keys[k]!);
    const own = ownKeys[i];
    if (own) for (const f of own) scratch.push(f);
    // mix(T.CtxLower * 8 + off + 3, lower hash at i + off), then the same for the shape, for
    // off = -2, -1, 1, 2: each word's keys are worked out once (WordInfo.keys).
    for (let k = 0; k < 4; k++) {
      const j = i + CONTEXT_OFFSETS[k]!;
      const other = j >= 0 && j < n ? infos[j]! : undefined;
      const keys = other ? other.keys : j < 0 ? CONTEXT_BEFORE : CONTEXT_AFTER;
      const at = other ? other.at : 0;
      scratch.push(keys[at + 2 * k]!, keys[at + 2 * k + 1]!);
    }
    scratch.push(mix(mix(T.BigramBefore, lowerAt(i - 1)), info.lowerHash));
    scratch.push(mix(mix(T.BigramAfter, info.lowerHash), lowerAt(i + 1)));
    if (i === 0) {
      scratch.push(T.First);
      scratch.push(mix(T.FirstShape, info.shapeHash));
    }
    if (allCaps) {
      scratch.push(T.AllCaps);
      scratch.push(mix(T.AllCapsWord, info.hash));
      scratch.push(mix(T.AllCapsShape, info.shapeHash));
    }
    if (titleCase) {
      scratch.push(T.TitleCase);
      scratch.push(mix(T.TitleCaseWord, info.hash));
    }
    if (hasTable) {
      const v = wordValues[i]!;
      for (const off of [-1, 1]) {
        const j = i + off;
        const u = j < 0 || j >= n ? -2 : wordValues[j]!;
        const p = u < 0 ? 0 : wordClusterPath(u);
        scratch.push(mix(T.CtxCluster * 8 + off + 3, p ? clusterPrefix(p, 8) : 0x40000000 - u));
      }
      if (info.capitalised) {
        const bucket = v >= 0 ? wordCapBucket(v) : 0;
        const context = i === 0 ? 1 : allCaps || titleCase ? 2 : 0;
        scratch.push(mix(T.CapPrior, bucket * 4 + context));
      }
    }
    if (info.capitalised) {
      if (resources.lowerVocabulary.has(info.lowerHash)) scratch.push(mix(T.CapSeenLower, i === 0 ? 1 : 0));
      if (doc.capitalisedMidSentence.has(info.hash)) scratch.push(mix(T.DocCapMid, i === 0 ? 1 : 0));
      if (doc.lowerCase.has(info.lowerHash)) scratch.push(mix(T.DocLower, i === 0 ? 1 : 0));
    }
    const g = gaz[i];
    if (g) for (const key of g) scratch.push(key);
    const l = lex[i];
    if (l) for (const key of l) scratch.push(key);
    if (pass && info.capitalised) {
      const total = otherOccurrences(pass, i, info.hash, counts);
      if (total > 0) {
        scratch.push(mix(T.PassMajority, majority(counts)));
        for (let t = 0; t < 4; t++) {
          if (counts[t]! > 0) scratch.push(mix(T.PassHas, t));
          if (counts[t]! * 2 > total) scratch.push(mix(T.PassHalf, t));
        }
      }
    }
  }
  offsets[n] = scratch.length;
  return { keys: Uint32Array.from(scratch), offsets, wordHashes };
}

/**
 * What a word table says of each word, by WordInfo.id: its entry (−1 for none) and its
 * cluster-prefix keys (undefined for none), valid while `owners` holds that WordInfo.
 */
interface WordTableCache {
  readonly table: IntTable;
  readonly owners: (WordInfo | undefined)[];
  readonly values: number[];
  readonly keys: (Uint32Array | undefined)[];
  /** Cluster-prefix keys by cluster path, shared by the words of one cluster. */
  readonly byPath: Map<number, Uint32Array>;
}
let wordTableCaches = new WeakMap<WordTable, WordTableCache>();
/**
 * Empties every word table's cache: its `owners` hold the WordInfos they were filled from (up to
 * the word cache's limit, with their feature arrays: ~9 MB), which would outlive `wordInfo`'s own
 * cache being emptied (ner/model.ts `releaseTaggingMemory`).
 */
export function clearWordTableCaches(): void {
  wordTableCaches = new WeakMap();
}
function wordTableCache(table: WordTable): WordTableCache {
  let c = wordTableCaches.get(table);
  if (!c || c.table !== tableOf(table))
    wordTableCaches.set(table, (c = { table: tableOf(table), owners: [], values: [], keys: [], byPath: new Map() }));
  return c;
}

/** Looks a word up in the table, into its place in the cache. */
function readWordTable(cache: WordTableCache, info: WordInfo): void {
  const v = cache.table.get(info.lowerHash);
  const path = v < 0 ? 0 : wordClusterPath(v);
  let k: Uint32Array | undefined;
  if (path) {
    k = cache.byPath.get(path);
    if (!k) {
      k = Uint32Array.from(CLUSTER_PREFIXES, (len, j) => mix(T.Cluster * 8 + j, clusterPrefix(path, len)));
      cache.byPath.set(path, k);
    }
  }
  cache.owners[info.id] = info;
  cache.values[info.id] = v;
  cache.keys[info.id] = k;
}

/** gazetteerMatches' scratch: the (token, key) pairs of a sentence in the order found, and a count per token. */
let pairs = new Int32Array(512);
let pairCount = 0;
let perToken = new Int32Array(256);

function addPair(i: number, key: number): void {
  if (2 * pairCount + 2 > pairs.length) {
    const more = new Int32Array(2 * pairs.length);
    more.set(pairs);
    pairs = more;
  }
  pairs[2 * pairCount] = i;
  pairs[2 * pairCount + 1] = key;
  pairCount++;
  perToken[i]!++;
}

/**
 * Every gazetteer entry covering each token (all overlaps kept), as single/begin/inside/end
 * features. The keys are kept signed (the same 32 bits) in lists of exactly their length: a
 * part's lists live until its names are found, and lists grown by `push` (from 17 places, and
 * again when a key of 2^31 or more made them lists of doubles) were most of their size.
 */
function gazetteerMatches(
  infos: readonly WordInfo[],
  gazetteer: Gazetteer,
  bits: number,
  single: number,
  begin: number,
  inside: number,
  end: number,
): (number[] | undefined)[] {
  const n = infos.length;
  const out: (number[] | undefined)[] = new Array(n);
  if (gazetteer.entries.size === 0) return out;
  const entries = tableOf(gazetteer.entries);
  if (perToken.length < n) perToken = new Int32Array(2 * n);
  else perToken.fill(0, 0, n);
  pairCount = 0;
  for (let i = 0; i < n; i++) {
    if (!infos[i]!.hasLetter) continue;
    let h = 0;
    for (let len = 1; len <= gazetteer.maxLength && i + len <= n; len++) {
      h = mix(h, infos[i + len - 1]!.hash);
      const mask = entries.get(h);
      if (mask < 0) continue;
      for (let t = 0; t < bits; t++) {
        if (!(mask & (1 << t))) continue;
        if (len === 1) addPair(i, mixSigned(single, t));
        else {
          addPair(i, mixSigned(begin, t));
          for (let k = i + 1; k < i + len - 1; k++) addPair(k, mixSigned(inside, t));
          addPair(i + len - 1, mixSigned(end, t));
        }
      }
    }
  }
  // Each token's keys in the order found; perToken, once a token's list is made, counts its keys placed.
  for (let p = 0; p < pairCount; p++) {
    const i = pairs[2 * p]!;
    let keys = out[i];
    if (!keys) {
      out[i] = keys = new Array<number>(perToken[i]!);
      perToken[i] = 0;
    }
    keys[perToken[i]!++] = pairs[2 * p + 1]!;
  }
  return out;
}

/** The first pass over a document: each capitalised word's types in it, and each token's own. */
export interface FirstPass {
  readonly counts: PassCounts;
  readonly types: ArrayLike<number>;
}

/**
 * Fills `counts` (PER, ORG, LOC, MISC, none) with the first-pass types of the other occurrences
 * of the capitalised word at `i` (its own type does not count), and gives their number: 0 when the
 * word occurs nowhere else. The feature builder and the fast tagger both read the second pass so.
 */
export function otherOccurrences(pass: FirstPass, i: number, hash: number, counts: Int32Array): number {
  if (!pass.counts.countsOf(hash, counts)) return 0;
  const own = pass.types[i]!;
  counts[own < 0 ? 4 : own]!--;
  return counts[0]! + counts[1]! + counts[2]! + counts[3]! + counts[4]!;
}

/** The type most of the other occurrences have (the first of a tie, in counts' order). */
export function majority(counts: Int32Array): number {
  let best = 0;
  for (let t = 1; t < 5; t++) if (counts[t]! > counts[best]!) best = t;
  return best;
}
