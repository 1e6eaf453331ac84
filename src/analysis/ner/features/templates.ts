import { hashString } from './hashing.js';

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
  /** A run of capitalised words ending in (or opening with) a head word: see head-runs.ts. */
  HeadRun,
}

export const PAD_BEFORE = hashString('<S>');
export const PAD_AFTER = hashString('</S>');
