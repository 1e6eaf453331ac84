/**
 * The tagger's features, shared by training and tagging so that both see exactly the same ones.
 * Every feature is a 32-bit key (a template id mixed with hashed values), so no feature string is
 * ever built at tagging time and the shipped model holds keys and weights, never training text.
 * The set follows what made CoNLL-2003 systems work (see README, "How the recogniser works").
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes two 32-bit values into one well-spread key (murmur3's finaliser over a combination). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Feature templates. Their numbers are part of the model format: append, never renumber. */
export const enum T {
  Bias = 1,
  Word,
  Lower,
  Shape,
  LongShape,
  Prefix,
  Suffix,
  CtxLower,
  CtxShape,
  BigramBefore,
  BigramAfter,
  First,
  FirstShape,
  AllCaps,
  AllCapsWord,
  AllCapsShape,
  CapSeenLower,
  DocCapMid,
  DocLower,
  GazSingle,
  GazBegin,
  GazInside,
  GazEnd,
  Prev,
  Prev2,
  PrevWord,
  PassMajority,
  PassHas,
  PassHalf,
  Lexicon,
  Cluster,
  CtxCluster,
  CapPrior,
  TitleCase,
  TitleCaseWord,
}

export const PAD_BEFORE = hashString('<S>');
export const PAD_AFTER = hashString('</S>');

/** What is known of one word, whatever its context: computed once per distinct string. */
export interface WordInfo {
  readonly hash: number;
  readonly lowerHash: number;
  readonly shapeHash: number;
  readonly capitalised: boolean;
  readonly hasLetter: boolean;
  readonly upper: boolean;
  /** Context-free features: the word, its lower case, shapes, prefixes, suffixes. */
  readonly features: Uint32Array;
  /**
   * The keys this word gives the word 2 and 1 before it and 1 and 2 after it, as their context
   * (lower case, then shape, for each in that order), as `featuresOf` lists them.
   */
  readonly contextKeys: Uint32Array;
}

/** Offsets of the context window, in the order the features list them. */
const CONTEXT_OFFSETS = [-2, -1, 1, 2] as const;
/** The context feature keys for a word with these hashes, as `WordInfo.contextKeys` holds them. */
function contextKeysOf(lowerHash: number, shapeHash: number): Uint32Array {
  const out = new Uint32Array(8);
  CONTEXT_OFFSETS.forEach((off, k) => {
    out[2 * k] = mix(T.CtxLower * 8 + off + 3, lowerHash);
    out[2 * k + 1] = mix(T.CtxShape * 8 + off + 3, shapeHash);
  });
  return out;
}

/** Context keys of the padding before the first word and after the last. */
const CONTEXT_BEFORE = contextKeysOf(PAD_BEFORE, PAD_BEFORE);
const CONTEXT_AFTER = contextKeysOf(PAD_AFTER, PAD_AFTER);

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

function charClass(c: string): string {
  if (UPPER.test(c)) return 'X';
  if (LOWER.test(c)) return 'x';
  if (DIGIT.test(c)) return 'd';
  if (LETTER.test(c)) return 'x';
  return c;
}

/** Short shape collapses runs ("Baghdad" → "Xx", "U.S." → "X.X.", "2,500" → "d,d"); long caps them at 4. */
export function shapes(word: string): [string, string] {
  let short = '',
    long = '',
    prev = '',
    run = 0;
  for (const ch of word) {
    const c = charClass(ch);
    if (c === prev) run++;
    else {
      run = 1;
      prev = c;
      short += c;
    }
    if (run <= 4) long += c;
  }
  return [short, long];
}

const wordCache = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 300_000;

export function wordInfo(word: string): WordInfo {
  let info = wordCache.get(word);
  if (info) return info;
  const lower = word.toLowerCase();
  const [short, long] = shapes(word);
  const hash = hashString(word);
  const lowerHash = hashString(lower);
  const shapeHash = hashString(short);
  const feats: number[] = [
    mix(T.Word, hash),
    mix(T.Lower, lowerHash),
    mix(T.Shape, shapeHash),
    mix(T.LongShape, hashString(long)),
  ];
  const chars = [...word];
  for (let k = 1; k <= 4 && k <= chars.length; k++) {
    feats.push(mix(T.Prefix * 8 + k, hashString(chars.slice(0, k).join(''))));
    feats.push(mix(T.Suffix * 8 + k, hashString(chars.slice(-k).join(''))));
  }
  const first = chars[0] ?? '';
  info = {
    hash,
    lowerHash,
    shapeHash,
    capitalised: UPPER.test(first),
    hasLetter: LETTER.test(word),
    upper: LETTER.test(word) && !LOWER.test(word),
    features: Uint32Array.from(feats),
    contextKeys: contextKeysOf(lowerHash, shapeHash),
  };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(word, info);
  return info;
}

/** Types in a gazetteer entry or a lexicon, as a bit mask over PER ORG LOC MISC (bits 0–3). */
export type TypeMask = number;

/** Hashed, openly derived name lists: a key per whole entry (its words joined by a space). */
export interface Gazetteer {
  readonly entries: ReadonlyMap<number, TypeMask>;
  readonly maxLength: number;
}

/**
 * Openly licensed name lists, hashed like the gazetteer; their bits are LEXICON categories, not
 * CoNLL types, and their features have templates of their own.
 */
export const LEXICON = {
  firstName: 0,
  lastName: 1,
  city: 2,
  country: 3,
  demonym: 4,
  company: 5,
  brand: 6,
  software: 7,
} as const;
export const LEXICON_CATEGORIES = 8;

/**
 * What unlabelled text says about a word, keyed by the hash of its lower case (see
 * src/tools/word-classes.ts): a packed value. Bits 0–19 hold its cluster's path in a binary
 * hierarchy, below a leading 1 (so `1` alone is the root and the path's length is implied);
 * bits 24–27 its capitalisation bucket (CAP_BUCKETS).
 */
export type WordTable = ReadonlyMap<number, number>;
export const CLUSTER_BITS = 20;
/** Prefix lengths of the cluster path used as features (longer paths are cut to the longest). */
export const CLUSTER_PREFIXES = [4, 8, 12, 16] as const;
/**
 * How often a word is written capitalised inside sentences of ordinary running text, in buckets:
 * 0 unknown, then rising shares of capitalised uses (see src/tools/word-classes.ts).
 */
export const CAP_BUCKETS = 6;
export const wordClusterPath = (value: number): number => value & ((1 << CLUSTER_BITS) - 1);
export const wordCapBucket = (value: number): number => (value >>> 24) & 15;

/** A cluster path (with its leading 1) cut to at most `length` bits below the leading 1. */
export function clusterPrefix(path: number, length: number): number {
  const bits = 31 - Math.clz32(path);
  return bits <= length ? path : path >>> (bits - length);
}

/** What the features need beyond the sentence: from the model, and from the document. */
export interface Resources {
  /** Entity names of the training text, bits over PER ORG LOC MISC. */
  readonly gazetteer: Gazetteer;
  /** Openly licensed lists (names, cities, countries, nationalities), bits over LEXICON. */
  readonly lexicon?: Gazetteer;
  /** Hashes of words seen written in lower case in the training text. */
  readonly lowerVocabulary: ReadonlySet<number>;
  /** Word clusters and capitalisation learned from unlabelled text, by lower-case hash. */
  readonly words?: WordTable;
}

/** Per-document facts: computed once over the whole document before any sentence is tagged. */
export interface DocumentFacts {
  /** Word hashes seen capitalised somewhere other than a sentence's first word. */
  readonly capitalisedMidSentence: ReadonlySet<number>;
  /** Lower-case hashes of words seen written in lower case. */
  readonly lowerCase: ReadonlySet<number>;
}

export function documentFacts(sentences: readonly (readonly string[])[]): DocumentFacts {
  const capitalisedMidSentence = new Set<number>();
  const lowerCase = new Set<number>();
  for (const words of sentences) {
    const headline = isAllCaps(words) || isTitleCase(words);
    words.forEach((w, i) => {
      const info = wordInfo(w);
      if (!info.hasLetter) return;
      if (info.capitalised) {
        if (i > 0 && !headline) capitalisedMidSentence.add(info.hash);
      } else lowerCase.add(info.lowerHash);
    });
  }
  return { capitalisedMidSentence, lowerCase };
}

/** A headline in capitals: every word with letters is upper case (and there are at least two). */
export function isAllCaps(words: readonly string[]): boolean {
  let n = 0;
  for (const w of words) {
    const info = wordInfo(w);
    if (!info.hasLetter) continue;
    if (!info.upper) return false;
    n++;
  }
  return n >= 2;
}

/** Short words a title leaves in lower case ("Steps Down as Chief of the Board"). */
const MINOR_WORDS = new Set(
  [
    'a',
    'an',
    'the',
    'and',
    'or',
    'but',
    'nor',
    'of',
    'in',
    'on',
    'at',
    'to',
    'for',
    'by',
    'with',
    'from',
    'as',
    'vs',
    'via',
    'into',
    'onto',
    'over',
    'per',
    'up',
    'off',
    'out',
    'than',
    'is',
    'be',
    'de',
    'la',
    'le',
    'von',
    'van',
    'der',
    'del',
    'da',
    'di',
    'du',
    'des',
    'al',
    'el',
    'bin',
  ].map(hashString),
);

/** A short function word a title leaves in lower case. */
export const isMinorWord = (word: string): boolean => MINOR_WORDS.has(hashString(word.toLowerCase()));

/**
 * A headline, heading or title in Title Case: at least three words other than short function
 * words, at least 80% of them capitalised, and not all in capitals. There, a capital letter says
 * little about a name.
 */
export function isTitleCase(words: readonly string[]): boolean {
  let content = 0;
  let caps = 0;
  let lower = 0;
  for (const w of words) {
    const info = wordInfo(w);
    if (!info.hasLetter) continue;
    if (!info.upper || w.length === 1) lower++;
    if (MINOR_WORDS.has(info.lowerHash)) continue;
    content++;
    if (info.capitalised) caps++;
  }
  return content >= 3 && caps * 5 >= content * 4 && lower > 0;
}

/** Second-pass facts: the first pass's entity types of each capitalised word across the document. */
export type PassCounts = ReadonlyMap<number, Uint16Array>;

/** Counts, per word hash, how often the first pass gave it each type (index 4 = no entity). */
export function passCounts(
  sentences: readonly (readonly string[])[],
  firstPassTypes: readonly ArrayLike<number>[],
): Map<number, Uint16Array> {
  const counts = new Map<number, Uint16Array>();
  sentences.forEach((words, s) => {
    const types = firstPassTypes[s]!;
    words.forEach((w, i) => {
      const info = wordInfo(w);
      if (!info.capitalised) return;
      let c = counts.get(info.hash);
      if (!c) counts.set(info.hash, (c = new Uint16Array(5)));
      const t = types[i]!;
      c[t < 0 ? 4 : t]!++;
    });
  });
  return counts;
}

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
  readonly wordValues: Int32Array;
  /**
   * Each token's features that depend on its word alone beyond `WordInfo.features` (its cluster
   * prefixes), or undefined: listed right after the word's own features, and summed with them.
   */
  readonly ownKeys: readonly (Uint32Array | undefined)[];
  /** Gazetteer and lexicon keys per token (undefined for none). */
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
  const wordValues = new Int32Array(infos.length).fill(-1);
  const ownKeys: (Uint32Array | undefined)[] = new Array(infos.length);
  if (table) {
    const keys = clusterKeyCache(table);
    infos.forEach((info, i) => {
      const v = table.get(info.lowerHash);
      if (v === undefined) return;
      wordValues[i] = v;
      const path = wordClusterPath(v);
      if (!path) return;
      let k = keys.get(path);
      if (!k) {
        k = Uint32Array.from(CLUSTER_PREFIXES, (len, j) => mix(T.Cluster * 8 + j, clusterPrefix(path, len)));
        keys.set(path, k);
      }
      ownKeys[i] = k;
    });
  }
  return {
    infos,
    // As isAllCaps(words).
    allCaps: allUpper && letters >= 2,
    titleCase: !(allUpper && letters >= 2) && isTitleCase(words),
    wordValues,
    ownKeys,
    gaz: gazetteerMatches(infos, resources.gazetteer, 4, T.GazSingle, T.GazBegin, T.GazInside, T.GazEnd),
    lex: resources.lexicon
      ? gazetteerMatches(
          infos,
          resources.lexicon,
          LEXICON_CATEGORIES,
          T.Lexicon * 8,
          T.Lexicon * 8 + 1,
          T.Lexicon * 8 + 2,
          T.Lexicon * 8 + 3,
        )
      : [],
  };
}

export function sentenceFeatures(
  words: readonly string[],
  resources: Resources,
  doc: DocumentFacts,
  pass?: { readonly counts: PassCounts; readonly types: ArrayLike<number> },
): SentenceFeatures {
  return featuresOf(sentenceParts(words, resources), resources, doc, pass, true);
}

/**
 * Every token's feature keys. Each token's list starts with Bias and the word's context-free
 * features (`WordInfo.features`); with `ownFeatures` false those are left out, for a tagger that
 * adds their weights from a per-word sum instead (see `wordScores` in decode.ts). The order of
 * the rest is the same either way.
 */
export function featuresOf(
  parts: SentenceParts,
  resources: Resources,
  doc: DocumentFacts,
  pass: { readonly counts: PassCounts; readonly types: ArrayLike<number> } | undefined,
  ownFeatures: boolean,
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
    if (ownFeatures) {
      scratch.push(T.Bias);
      for (const f of info.features) scratch.push(f);
      const own = ownKeys[i];
      if (own) for (const f of own) scratch.push(f);
    }
    // mix(T.CtxLower * 8 + off + 3, lower hash at i + off), then the same for the shape, for
    // off = -2, -1, 1, 2: each word's keys are worked out once (WordInfo.contextKeys).
    for (let k = 0; k < 4; k++) {
      const j = i + CONTEXT_OFFSETS[k]!;
      const keys = j < 0 ? CONTEXT_BEFORE : j >= n ? CONTEXT_AFTER : infos[j]!.contextKeys;
      scratch.push(keys[2 * k]!, keys[2 * k + 1]!);
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
      const c = pass.counts.get(info.hash);
      if (c) {
        // The other occurrences: this one's own first-pass type does not count.
        const own = pass.types[i]!;
        counts.set(c);
        counts[own < 0 ? 4 : own]!--;
        const total = counts[0]! + counts[1]! + counts[2]! + counts[3]! + counts[4]!;
        if (total > 0) {
          let best = 0;
          for (let t = 1; t < 5; t++) if (counts[t]! > counts[best]!) best = t;
          scratch.push(mix(T.PassMajority, best));
          for (let t = 0; t < 4; t++) {
            if (counts[t]! > 0) scratch.push(mix(T.PassHas, t));
            if (counts[t]! * 2 > total) scratch.push(mix(T.PassHalf, t));
          }
        }
      }
    }
  }
  offsets[n] = scratch.length;
  return { keys: Uint32Array.from(scratch), offsets, wordHashes };
}

/** Cluster-prefix keys by cluster path, per word table (a model's table never changes). */
const clusterKeys = new WeakMap<WordTable, Map<number, Uint32Array>>();
function clusterKeyCache(table: WordTable): Map<number, Uint32Array> {
  let m = clusterKeys.get(table);
  if (!m) clusterKeys.set(table, (m = new Map()));
  return m;
}

/** Joined-words key of a gazetteer entry. */
export function entryKey(words: readonly string[]): number {
  let h = 0;
  for (const w of words) h = mix(h, hashString(w));
  return h;
}

/** Every gazetteer entry covering each token (all overlaps kept), as single/begin/inside/end features. */
function gazetteerMatches(
  infos: readonly WordInfo[],
  gazetteer: Gazetteer,
  bits: number,
  single: number,
  begin: number,
  inside: number,
  end: number,
): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = new Array(infos.length);
  if (gazetteer.entries.size === 0) return out;
  const add = (i: number, key: number) => (out[i] ??= []).push(key);
  for (let i = 0; i < infos.length; i++) {
    if (!infos[i]!.hasLetter) continue;
    let h = 0;
    for (let len = 1; len <= gazetteer.maxLength && i + len <= infos.length; len++) {
      h = mix(h, infos[i + len - 1]!.hash);
      const mask = gazetteer.entries.get(h);
      if (mask === undefined) continue;
      for (let t = 0; t < bits; t++) {
        if (!(mask & (1 << t))) continue;
        if (len === 1) add(i, mix(single, t));
        else {
          add(i, mix(begin, t));
          for (let k = i + 1; k < i + len - 1; k++) add(k, mix(inside, t));
          add(i + len - 1, mix(end, t));
        }
      }
    }
  }
  return out;
}
