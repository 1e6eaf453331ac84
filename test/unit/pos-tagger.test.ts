import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import posTagger from 'wink-pos-tagger';
import posRulesGE0 from 'wink-pos-tagger/src/rules/pos-rules-ge0.js';
import posRulesLE0 from 'wink-pos-tagger/src/rules/pos-rules-le0.js';
import valueRulesGE0 from 'wink-pos-tagger/src/rules/value-rules-ge0.js';
import valueRulesLE0 from 'wink-pos-tagger/src/rules/value-rules-le0.js';
import { pennTags } from '../../src/analysis/words/pos-tagger.js';
import { tokenize } from '../../src/analysis/tokenizer/tokenize.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import { LIBRARY_STORY } from '../helpers/texts.js';
import { corpusFiles } from '../../scripts/corpus.mjs';

const SEED = new URL('../../seeds/us-drone-strike-baghdad.txt', import.meta.url);
const BBC = fileURLToPath(new URL('../../../shared/data/bbc-news/', import.meta.url));

const wink = posTagger();
const reference = (forms: readonly string[]): string[] => wink.tagRawTokens(forms).map((t) => t.pos);

function sentencesOf(text: string): string[][] {
  const doc = parsePlainText(text, 'doc.txt');
  return tokenize(doc.text, doc.blocks).map((s) => s.map((t) => t.form));
}

/**
 * Words every context rule of wink's looks for (in the rules' own patterns), with their capitalised
 * and upper-case forms, and words of each kind the lexicon step tells apart: numbers, decades,
 * punctuation, contractions, unknown and accented words.
 */
function vocabulary(): string[] {
  const words = new Set<string>();
  for (const set of [posRulesGE0, posRulesLE0, valueRulesGE0, valueRulesLE0])
    for (const rules of Object.values(set))
      for (const r of rules)
        for (const c of r.rules) {
          const plain = /^\^([^^$|]+)\$+$/.exec(c.matches.source)?.[1]?.replace(/\\/g, '');
          if (plain && c.operand.property !== 'pos') words.add(plain);
        }
  for (const w of [...words]) {
    words.add(w[0]!.toUpperCase() + w.slice(1));
    words.add(w.toUpperCase());
  }
  const more =
    "1990s mid-1920s 1920s 2,500 3.5 1/2 12 , . ; : ! ? “ ” ' \" ( ) - — … $ % & @ n't 's 're 'll wo ca ai Zorblax café Éclair " +
    'Western British the a an to of that which is are was were be been being do does did let said says told added ' +
    'run running ran runs walked fastest bigger Baghdad Pentagon Smith constructor hasOwnProperty UxSx U.S. Mr. Mr';
  for (const w of more.split(' ')) words.add(w);
  return [...words];
}

/** A deterministic pseudo-random sequence (no seedless randomness in tests). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Generous: these compare with the slow path on thousands of inputs, and the machine may be busy. */
const SLOW = { timeout: 60_000 };

describe('the part-of-speech tagger (words/pos-tagger.ts)', () => {
  it('gives exactly wink-pos-tagger’s tags on written sentences', SLOW, () => {
    const sentences = [
      ...sentencesOf(readFileSync(SEED, 'utf8')),
      ...sentencesOf(LIBRARY_STORY),
      ['As', 'well', 'as', 'the', 'British', 'Airways', 'shares', ',', 'the', 'firm', 'declined', 'to', 'comment', '.'],
    ];
    for (const s of sentences) expect(pennTags(s), s.join(' ')).toEqual(reference(s));
  });

  it('gives exactly wink-pos-tagger’s tags on generated sentences of the rules’ own words', SLOW, () => {
    const words = vocabulary();
    const next = random(14);
    let changedByRules = 0;
    for (let n = 0; n < 3000; n++) {
      const length = 1 + Math.floor(next() * 12);
      const s = Array.from({ length }, () => words[Math.floor(next() * words.length)]!);
      const tags = pennTags(s);
      expect(tags, s.join(' ')).toEqual(reference(s));
      // The sentences exercise the context rules, not just the lexicon.
      if (tags.some((t, i) => t !== pennTags([s[i]!])[0])) changedByRules++;
    }
    expect(changedByRules).toBeGreaterThan(300);
  });

  it.skipIf(!existsSync(BBC))('gives exactly wink-pos-tagger’s tags on a sample of BBC articles', SLOW, () => {
    let count = 0;
    for (const f of corpusFiles(BBC).filter((_, i) => i % 40 === 0))
      for (const s of sentencesOf(readFileSync(f, 'utf8'))) {
        expect(pennTags(s), s.join(' ')).toEqual(reference(s));
        count++;
      }
    expect(count).toBeGreaterThan(500);
  });
});
