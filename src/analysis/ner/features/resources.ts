import { hashString, mix } from './hashing.js';

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
  region: 8,
  language: 9,
  personName: 10,
  belief: 11,
  wordnetPerson: 12,
  wordnetPlace: 13,
  wordnetGroup: 14,
  wordnetOther: 15,
} as const;
/** At most 16: the model file keeps each entry's categories in two bytes. */
export const LEXICON_CATEGORIES = 16;

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
  /** Openly licensed lists (names, cities, countries, regions, languages, …), bits over LEXICON. */
  readonly lexicon?: Gazetteer;
  /** Hashes of words seen written in lower case in the training text. */
  readonly lowerVocabulary: ReadonlySet<number>;
  /** Word clusters and capitalisation learned from unlabelled text, by lower-case hash. */
  readonly words?: WordTable;
  /** Head-run features (head-runs.ts), for models trained with them. */
  readonly headRuns?: boolean;
  /** With head runs, keys for runs without a head word too (head-runs.ts); for models trained with them. */
  readonly headlessRuns?: boolean;
}

/** Joined-words key of a gazetteer entry. */
export function entryKey(words: readonly string[]): number {
  let h = 0;
  for (const w of words) h = mix(h, hashString(w));
  return h;
}
