import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTEXT_KEYS, wordInfo, wordInfoOf, type WordInfo } from '../../src/analysis/ner/features/word-info.js';
import { mix, mixSigned } from '../../src/analysis/ner/features/hashing.js';
import { factsOf } from '../../src/analysis/ner/features/document-facts.js';
import { sentenceParts } from '../../src/analysis/ner/features/sentence-features.js';
import { FastTagger } from '../../src/analysis/ner/fast-decode.js';
import { loadShippedModel, tagDocument, type TableWeights } from '../../src/analysis/ner/model.js';
import { tokenize } from '../../src/analysis/tokenizer/tokenize.js';
import { parsePlainText } from '../../src/load/parse-text.js';

const SEED = new URL('../../seeds/us-drone-strike-baghdad.txt', import.meta.url);

/** Everything but the id, which only tells two cached words apart, and where its keys are kept. */
const plain = ({ id: _id, keys, at, ...info }: WordInfo) => ({
  ...info,
  features: Array.from(keys.subarray(at + CONTEXT_KEYS, at + CONTEXT_KEYS + info.featureCount)),
  contextKeys: Array.from(keys.subarray(at, at + CONTEXT_KEYS)),
});

describe('the recogniser’s per-word features, worked out fast (word-info.ts)', () => {
  it('are exactly those of the definition, for every word of the seed and words of every shape', () => {
    const article = parsePlainText(readFileSync(SEED, 'utf8'), 'seed.txt');
    const words = new Set(
      tokenize(article.text, article.blocks)
        .flat()
        .map((t) => t.form),
    );
    for (const w of [
      ...'a I x Baghdad U.S. 2,500 $5 -- e-mail ABC123 AAAAAAA aaaaaa 12:30 Iran-backed COVID-19 McDonald’s'.split(' '),
      "don't",
      'n\u0027t',
      '\u0000\t~',
      // Not ASCII: read through the Unicode classes, surrogate pairs as one character.
      ...'Zoë naïve ÉCOLE İstanbul ß ﬁne 😀ab a😀 Ωmega'.split(' '),
    ])
      words.add(w);
    expect(words.size).toBeGreaterThan(200);
    for (const w of words) expect(plain(wordInfo(w)), w).toEqual(plain(wordInfoOf(w)));
  });
});

describe('the fast tagger’s word slots (fast-decode.ts)', () => {
  const words = 'Ada Lovelace met Charles Babbage in London on Tuesday .'.split(' ');
  const model = loadShippedModel();
  const tagger = () => FastTagger.for(model.passes[0] as TableWeights, model.resources)!;
  const facts = (parts: ReturnType<typeof sentenceParts>) => factsOf([{ infos: parts.infos, headline: false }]);

  it('tags a sentence as the first pass of tagDocument does', () => {
    const parts = sentenceParts(words, model.resources);
    const first = { ...model, passes: [model.passes[0]!] };
    expect(Array.from(tagger().tag(parts, facts(parts), undefined, model.beam)!)).toEqual(
      Array.from(tagDocument(first, [words])[0]!),
    );
  });

  it('declines a sentence with two words in one slot (ids given again once the word cache is emptied)', () => {
    const parts = sentenceParts(words, model.resources);
    // "Babbage" with the id of "Ada": what a word read after the cache was emptied can have.
    const infos = parts.infos.map((info, i) => (i === 4 ? { ...info, id: parts.infos[0]!.id } : info));
    const clash = { ...parts, infos };
    expect(tagger().tag(clash, facts(clash), undefined, model.beam)).toBeNull();
  });
});

describe('mixSigned (hashing.ts): the tagger’s keys as small integers', () => {
  it('has mix’s 32 bits, whether its inputs are given signed or unsigned', () => {
    const values = [0, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 0x9e3779b9, 0x811c9dc5, 12345, 0xdeadbeef];
    for (let k = 0; k < 200; k++) values.push((Math.imul(k + 1, 0x9e3779b1) ^ (k << 7)) >>> 0);
    for (const a of values)
      for (const b of values.slice(0, 40)) {
        const want = mix(a, b);
        expect(mixSigned(a, b) >>> 0).toBe(want);
        expect(mixSigned(a | 0, b | 0)).toBe(want | 0);
      }
  });
});
