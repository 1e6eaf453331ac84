import { hashString, mix } from './hashing.js';
import { PAD_AFTER, PAD_BEFORE, T } from './templates.js';

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
export const CONTEXT_OFFSETS = [-2, -1, 1, 2] as const;
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
export const CONTEXT_BEFORE = contextKeysOf(PAD_BEFORE, PAD_BEFORE);
export const CONTEXT_AFTER = contextKeysOf(PAD_AFTER, PAD_AFTER);

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
