import { isAllCaps, isTitleCase } from './headlines.js';
import { wordInfo, type WordInfo } from './word-info.js';

/** A set of 32-bit hashes (`has` reads a hash's 32 bits, given signed or not). */
export interface HashSet {
  has(hash: number): boolean;
}

/**
 * A set of 32-bit hashes held as signed 32-bit numbers: to the engine those are small integers,
 * where a hash of 2^31 or more would be a boxed number, slower to hash and compare in a Set.
 */
class Int32HashSet implements HashSet {
  private readonly set = new Set<number>();
  add(hash: number): void {
    this.set.add(hash | 0);
  }
  has(hash: number): boolean {
    return this.set.has(hash | 0);
  }
}

/** Per-document facts: computed once over the whole document before any sentence is tagged. */
export interface DocumentFacts {
  /** Word hashes seen capitalised somewhere other than a sentence's first word. */
  readonly capitalisedMidSentence: HashSet;
  /** Lower-case hashes of words seen written in lower case. */
  readonly lowerCase: HashSet;
}

export function documentFacts(sentences: readonly (readonly string[])[]): DocumentFacts {
  return factsOf(
    sentences.map((words) => ({ infos: words.map(wordInfo), headline: isAllCaps(words) || isTitleCase(words) })),
  );
}

/** `documentFacts`, given each sentence's WordInfos and whether it is a headline (in capitals or Title Case). */
export function factsOf(
  sentences: readonly { readonly infos: readonly WordInfo[]; readonly headline: boolean }[],
): DocumentFacts {
  const capitalisedMidSentence = new Int32HashSet();
  const lowerCase = new Int32HashSet();
  for (const { infos, headline } of sentences) {
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i]!;
      if (!info.hasLetter) continue;
      if (info.capitalised) {
        if (i > 0 && !headline) capitalisedMidSentence.add(info.hash);
      } else lowerCase.add(info.lowerHash);
    }
  }
  return { capitalisedMidSentence, lowerCase };
}

/**
 * Second-pass facts: the first pass's entity types of each capitalised word across the document
 * (PER, ORG, LOC, MISC, none), by the word's hash (its 32 bits, given signed or not).
 */
export interface PassCounts {
  /** Copies the counts of the word with this hash into `out` (5 entries); false when it has none. */
  countsOf(hash: number, out: Int32Array): boolean;
}

/**
 * PassCounts in one flat list, five counts a word (16 bits each, as a Uint16Array per word held
 * them), found by the hash as a signed 32-bit number (a small integer to the engine, where a hash
 * of 2^31 or more would be boxed at every look-up): not a typed array per word (~100 bytes each,
 * kept through a part's second pass, thousands a part).
 */
class FlatPassCounts implements PassCounts {
  private readonly at = new Map<number, number>();
  private counts = new Uint16Array(5 * 1024);
  private size = 0;

  add(hash: number, type: number): void {
    const key = hash | 0;
    let k = this.at.get(key);
    if (k === undefined) {
      k = 5 * this.size++;
      if (k + 5 > this.counts.length) {
        const more = new Uint16Array(2 * this.counts.length);
        more.set(this.counts);
        this.counts = more;
      }
      this.at.set(key, k);
    }
    this.counts[k + (type < 0 ? 4 : type)]!++;
  }

  countsOf(hash: number, out: Int32Array): boolean {
    const k = this.at.get(hash | 0);
    if (k === undefined) return false;
    for (let t = 0; t < 5; t++) out[t] = this.counts[k + t]!;
    return true;
  }
}

/** Counts, per word hash, how often the first pass gave it each type (index 4 = no entity). */
export function passCounts(
  sentences: readonly (readonly string[])[],
  firstPassTypes: readonly ArrayLike<number>[],
): PassCounts {
  return passCountsOf(
    sentences.map((words) => words.map(wordInfo)),
    firstPassTypes,
  );
}

/** `passCounts`, given each sentence's WordInfos. */
export function passCountsOf(
  sentences: readonly (readonly WordInfo[])[],
  firstPassTypes: readonly ArrayLike<number>[],
): PassCounts {
  const counts = new FlatPassCounts();
  for (let s = 0; s < sentences.length; s++) {
    const infos = sentences[s]!;
    const types = firstPassTypes[s]!;
    for (let i = 0; i < infos.length; i++) if (infos[i]!.capitalised) counts.add(infos[i]!.hash, types[i]!);
  }
  return counts;
}
