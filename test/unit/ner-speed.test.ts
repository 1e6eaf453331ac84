import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordInfo, wordInfoOf, type WordInfo } from '../../src/analysis/ner/features/word-info.js';
import { tokenize } from '../../src/analysis/tokenizer/tokenize.js';
import { parsePlainText } from '../../src/load/parse-text.js';

const SEED = new URL('../../seeds/us-drone-strike-baghdad.txt', import.meta.url);

/** Everything but the id, which only tells two cached words apart. */
const plain = ({ id: _id, ...info }: WordInfo) => ({
  ...info,
  features: Array.from(info.features),
  contextKeys: Array.from(info.contextKeys),
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
