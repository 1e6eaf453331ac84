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
 * Second-pass facts: the first pass's entity types of each capitalised word across the document,
 * keyed by the word's hash as a signed 32-bit number (`hash | 0`: a small integer to the engine,
 * where a hash of 2^31 or more would be boxed at every look-up).
 */
export type PassCounts = ReadonlyMap<number, Uint16Array>;

/** Counts, per word hash, how often the first pass gave it each type (index 4 = no entity). */
export function passCounts(
  sentences: readonly (readonly string[])[],
  firstPassTypes: readonly ArrayLike<number>[],
): Map<number, Uint16Array> {
  return passCountsOf(
    sentences.map((words) => words.map(wordInfo)),
    firstPassTypes,
  );
}

/** `passCounts`, given each sentence's WordInfos. */
export function passCountsOf(
  sentences: readonly (readonly WordInfo[])[],
  firstPassTypes: readonly ArrayLike<number>[],
): Map<number, Uint16Array> {
  const counts = new Map<number, Uint16Array>();
  sentences.forEach((infos, s) => {
    const types = firstPassTypes[s]!;
    infos.forEach((info, i) => {
      if (!info.capitalised) return;
      const key = info.hash | 0;
      let c = counts.get(key);
      if (!c) counts.set(key, (c = new Uint16Array(5)));
      const t = types[i]!;
      c[t < 0 ? 4 : t]!++;
    });
  });
  return counts;
}
