import { FNV_OFFSET, FNV_PRIME, hashString, mix } from './hashing.js';
import { PAD_AFTER, PAD_BEFORE, T } from './templates.js';

/** What is known of one word, whatever its context: computed once per distinct string. */
export interface WordInfo {
  /**
   * A small number no other WordInfo in `wordInfo`'s cache has (numbers are given again once the
   * cache is emptied): for tables indexed by word rather than hashed by it.
   */
  readonly id: number;
  readonly hash: number;
  readonly lowerHash: number;
  readonly shapeHash: number;
  readonly capitalised: boolean;
  readonly hasLetter: boolean;
  readonly upper: boolean;
  /**
   * Where this word's keys are: `keys[at .. at + CONTEXT_KEYS)` are the keys it gives the word 2
   * and 1 before it and 1 and 2 after it, as their context (lower case, then shape, for each in
   * that order, as `featuresOf` lists them); the next `featureCount` are its context-free
   * features (the word, its lower case, shapes, prefixes, suffixes). `keys` is shared by many
   * words (KEY_BLOCK): a word costs no arrays of its own, which the garbage collector would copy
   * and mark (the 5 MB document makes ~50,000 of them).
   */
  readonly keys: Uint32Array;
  readonly at: number;
  readonly featureCount: number;
}

/** How many context keys a word has, before its features in `WordInfo.keys`. */
export const CONTEXT_KEYS = 8;
/** Context-free features a word has at most: 4, and a prefix and a suffix of each length 1–4. */
const MAX_FEATURES = 12;
const STRIDE = CONTEXT_KEYS + MAX_FEATURES;
/** Words whose keys share one array. */
const KEY_BLOCK = 1024;
let block = new Uint32Array(0);
let blockUsed = KEY_BLOCK;

/** Room for one word's keys: `[keys, at]`. A full block is left to the words in it (it goes when they do). */
function keysSlot(): [Uint32Array, number] {
  if (blockUsed === KEY_BLOCK) {
    block = new Uint32Array(KEY_BLOCK * STRIDE);
    blockUsed = 0;
  }
  return [block, STRIDE * blockUsed++];
}

/** Offsets of the context window, in the order the features list them. */
export const CONTEXT_OFFSETS = [-2, -1, 1, 2] as const;
/** The context feature keys for a word with these hashes, into `out` from `at`, as `WordInfo.keys` holds them. */
function writeContextKeys(lowerHash: number, shapeHash: number, out: Uint32Array, at: number): void {
  for (let k = 0; k < 4; k++) {
    const off = CONTEXT_OFFSETS[k]!;
    out[at + 2 * k] = mix(T.CtxLower * 8 + off + 3, lowerHash);
    out[at + 2 * k + 1] = mix(T.CtxShape * 8 + off + 3, shapeHash);
  }
}
function contextKeysOf(lowerHash: number, shapeHash: number): Uint32Array {
  const out = new Uint32Array(CONTEXT_KEYS);
  writeContextKeys(lowerHash, shapeHash, out, 0);
  return out;
}

/** Context keys of the padding before the first word and after the last (from 0, as `WordInfo.keys` from `at`). */
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
/**
 * Distinct words kept at most; the cache starts again when full. A tagger's tables by word
 * (fast-decode.ts) are as long as the highest id given: about 450 bytes a word per pass, so this
 * bounds them at 7.4 MB a pass (16,384 slots) where a 5 MB text's 40,000-odd words took 30 MB.
 * Refilling it costs little: a part of a long text (PART_CHARS) has far fewer distinct words.
 */
const WORD_CACHE_LIMIT = 16_000;
/** The next WordInfo's id; back to 0 when the cache is emptied. */
let nextId = 0;

/** Empties the cache (`wordInfo` fills it again as words come): see ner/model.ts `releaseTaggingMemory`. */
export function clearWordInfoCache(): void {
  wordCache.clear();
  nextId = 0;
}

export function wordInfo(word: string): WordInfo {
  let info = wordCache.get(word);
  if (info) return info;
  if (wordCache.size >= WORD_CACHE_LIMIT) clearWordInfoCache();
  info = asciiWordInfo(word) ?? wordInfoOf(word);
  wordCache.set(word, info);
  return info;
}

/** The definition: `wordInfo` of any word, read a code point at a time through Unicode classes. */
export function wordInfoOf(word: string): WordInfo {
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
  const [keys, at] = keysSlot();
  writeContextKeys(lowerHash, shapeHash, keys, at);
  keys.set(feats, at + CONTEXT_KEYS);
  return {
    id: nextId++,
    hash,
    lowerHash,
    shapeHash,
    capitalised: UPPER.test(first),
    hasLetter: LETTER.test(word),
    upper: LETTER.test(word) && !LOWER.test(word),
    keys,
    at,
    featureCount: feats.length,
  };
}

/** Shape class of each ASCII code unit, as `charClass` gives it: X, x, d, or the character itself. */
const ASCII_CLASS = Array.from({ length: 128 }, (_, c) => charClass(String.fromCharCode(c)));

/**
 * `wordInfoOf` for a non-empty word of ASCII characters only (most words of English text), or
 * undefined for any other: the same values, with the classes read from a table and the hashes of
 * the lower case, shapes, prefixes and suffixes taken over the code units without building them.
 */
function asciiWordInfo(word: string): WordInfo | undefined {
  const n = word.length;
  if (n === 0) return undefined;
  let hash = FNV_OFFSET;
  let lowerHash = FNV_OFFSET;
  let shortHash = FNV_OFFSET;
  let longHash = FNV_OFFSET;
  let letters = false;
  let lowers = false;
  let prev = '';
  let run = 0;
  for (let i = 0; i < n; i++) if (word.charCodeAt(i) >= 128) return undefined;
  const [keys, at] = keysSlot();
  const f = at + CONTEXT_KEYS;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    hash = Math.imul(hash ^ c, FNV_PRIME);
    const upperCase = c >= 65 && c <= 90;
    const lowerCase = c >= 97 && c <= 122;
    lowerHash = Math.imul(lowerHash ^ (upperCase ? c + 32 : c), FNV_PRIME);
    if (upperCase || lowerCase) letters = true;
    if (lowerCase) lowers = true;
    const cls = ASCII_CLASS[c]!;
    if (cls === prev) run++;
    else {
      run = 1;
      prev = cls;
      shortHash = Math.imul(shortHash ^ cls.charCodeAt(0), FNV_PRIME);
    }
    if (run <= 4) longHash = Math.imul(longHash ^ cls.charCodeAt(0), FNV_PRIME);
    // The hash of the first i + 1 characters is a prefix's.
    if (i < 4) keys[f + 4 + 2 * i] = mix(T.Prefix * 8 + i + 1, hash >>> 0);
  }
  for (let k = 1; k <= 4 && k <= n; k++) {
    let h = FNV_OFFSET;
    for (let i = n - k; i < n; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
    keys[f + 5 + 2 * (k - 1)] = mix(T.Suffix * 8 + k, h >>> 0);
  }
  hash >>>= 0;
  lowerHash >>>= 0;
  const shapeHash = shortHash >>> 0;
  keys[f] = mix(T.Word, hash);
  keys[f + 1] = mix(T.Lower, lowerHash);
  keys[f + 2] = mix(T.Shape, shapeHash);
  keys[f + 3] = mix(T.LongShape, longHash >>> 0);
  writeContextKeys(lowerHash, shapeHash, keys, at);
  const first = word.charCodeAt(0);
  return {
    id: nextId++,
    hash,
    lowerHash,
    shapeHash,
    capitalised: first >= 65 && first <= 90,
    hasLetter: letters,
    upper: letters && !lowers,
    keys,
    at,
    featureCount: 4 + 2 * Math.min(4, n),
  };
}
