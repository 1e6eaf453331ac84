import { describe, expect, it } from 'vitest';
import { passCounts } from '../../src/analysis/ner/features/document-facts.js';
import { otherOccurrences } from '../../src/analysis/ner/features/sentence-features.js';
import { wordInfo } from '../../src/analysis/ner/features/word-info.js';

// First-pass types: 0 PER, 1 ORG, 2 LOC, 3 MISC, −1 none.
const sentences = [
  ['Jordan', 'met', 'Paris', 'in', 'Jordan', '.'],
  ['Paris', 'said', 'Jordan', 'won', '.'],
];
const types = [
  [0, -1, 2, -1, 2, -1],
  [0, -1, 0, -1, -1],
];

describe("the second pass's counts of the first pass's types", () => {
  const counts = passCounts(sentences, types);
  const of = (word: string, hash = wordInfo(word).hash) => {
    const out = new Int32Array(5);
    return counts.countsOf(hash, out) ? [...out] : null;
  };

  it('counts each capitalised word’s types over the whole document, and nothing for other words', () => {
    expect(of('Jordan')).toEqual([2, 0, 1, 0, 0]);
    expect(of('Paris')).toEqual([1, 0, 1, 0, 0]);
    expect(of('said')).toBeNull();
    expect(of('Lagos')).toBeNull();
  });

  it('finds a word by its hash whether the hash is given signed or not', () => {
    const hash = wordInfo('Jordan').hash;
    expect(hash).toBeGreaterThanOrEqual(2 ** 31);
    expect(of('Jordan', hash | 0)).toEqual(of('Jordan', hash >>> 0));
  });

  it('leaves out the occurrence being tagged', () => {
    const out = new Int32Array(5);
    // "Jordan" at the start of the first sentence (tagged PER): the other two are LOC and PER.
    expect(otherOccurrences({ counts, types: types[0]! }, 0, wordInfo('Jordan').hash, out)).toBe(2);
    expect([...out]).toEqual([1, 0, 1, 0, 0]);
    expect(otherOccurrences({ counts, types: types[0]! }, 1, wordInfo('Lagos').hash, out)).toBe(0);
  });
});
