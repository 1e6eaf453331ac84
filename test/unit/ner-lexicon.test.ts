/**
 * The recogniser's name lists (src/tools/lexicon.ts): more than eight categories travel in the
 * model file, and a list's match becomes a feature of every token it covers.
 */
import { describe, expect, it } from 'vitest';
import { TAGS } from '../../src/analysis/ner/conll.js';
import { mix } from '../../src/analysis/ner/features/hashing.js';
import { LEXICON, LEXICON_CATEGORIES, entryKey, type Gazetteer } from '../../src/analysis/ner/features/resources.js';
import { sentenceParts } from '../../src/analysis/ner/features/sentence-features.js';
import { T } from '../../src/analysis/ner/features/templates.js';
import { deserializeModel, serializeModel, type ModelInfo } from '../../src/analysis/ner/model.js';
import { buildLexicon } from '../../src/tools/lexicon.js';

const info: ModelInfo = { format: 1, tags: [...TAGS], beam: 1, epochs: [1], seed: 1, trainedOn: 'test' };
const lexiconOf = (entries: [string[], number][]): Gazetteer => ({
  entries: new Map(entries.map(([words, mask]) => [entryKey(words), mask])),
  maxLength: Math.max(...entries.map(([w]) => w.length)),
});
const fileWith = (lexicon: Gazetteer) =>
  serializeModel({
    info,
    passes: [{ keys: Uint32Array.of(1), values: new Float32Array(TAGS.length) }],
    gazetteer: { entries: new Map(), maxLength: 1 },
    lowerVocabulary: new Set(),
    lexicon,
  });

describe('name lists in the model file', () => {
  it('keeps categories past the eighth (regions, languages, people) through a round trip', () => {
    expect(LEXICON_CATEGORIES).toBeGreaterThan(8);
    const lexicon = lexiconOf([
      [['Queensland'], 1 << LEXICON.region],
      [['Konkani'], 1 << LEXICON.language],
      [['Jordan'], (1 << LEXICON.country) | (1 << LEXICON.personName) | (1 << LEXICON.firstName)],
      [['Tamil', 'Nadu'], 1 << LEXICON.region],
    ]);
    const loaded = deserializeModel(fileWith(lexicon)).resources.lexicon;
    expect(loaded && new Map(loaded.entries)).toEqual(new Map(lexicon.entries));
    expect(loaded?.maxLength).toBe(2);
  });

  it('still writes one byte a mask when eight categories are enough (older files load as before)', () => {
    const narrow = lexiconOf([[['Paris'], 1 << LEXICON.city]]);
    const wide = lexiconOf([[['Paris'], (1 << LEXICON.city) | (1 << LEXICON.personName)]]);
    expect(fileWith(wide).length - fileWith(narrow).length).toBeGreaterThan(0);
    expect(new Map(deserializeModel(fileWith(narrow)).resources.lexicon!.entries)).toEqual(new Map(narrow.entries));
  });

  it('a match of a new category is a feature of every word it covers', () => {
    const lexicon = lexiconOf([[['Tamil', 'Nadu'], 1 << LEXICON.region]]);
    const parts = sentenceParts(['She', 'moved', 'to', 'Tamil', 'Nadu', '.'], {
      gazetteer: { entries: new Map(), maxLength: 1 },
      lowerVocabulary: new Set(),
      lexicon,
    });
    const begin = mix(T.Lexicon * 8 + 1, LEXICON.region);
    const end = mix(T.Lexicon * 8 + 3, LEXICON.region);
    // Only a key's 32 bits count (the lists keep them signed).
    expect(parts.lex[3]?.map((k) => k >>> 0)).toEqual([begin]);
    expect(parts.lex[4]?.map((k) => k >>> 0)).toEqual([end]);
    expect(parts.lex[2]).toBeUndefined();
  });
});

describe('the name lists the trainer can hash (src/tools/lexicon.ts)', () => {
  it("with --more-lists: regions, human languages and people's names; without, the lists of the shipped model", async () => {
    const more = await buildLexicon({ extra: true });
    const first = await buildLexicon({ extra: 'first' });
    const has = (lexicon: Gazetteer, words: string[], category: number) =>
      ((lexicon.entries.get(entryKey(words)) ?? 0) >> category) & 1;
    expect(has(more, ['Saskatchewan'], LEXICON.region)).toBe(1);
    expect(has(more, ['Tamil', 'Nadu'], LEXICON.region)).toBe(1);
    expect(has(more, ['Quechua'], LEXICON.language)).toBe(1);
    expect(has(more, ['Okonkwo'], LEXICON.personName)).toBe(1);
    expect(has(first, ['Saskatchewan'], LEXICON.region)).toBe(0);
    // The lists of before are all still there, unchanged.
    for (const [key, mask] of first.entries) expect((more.entries.get(key) ?? 0) & 0xff).toBe(mask);
  }, 60_000);

  it("with --wordnet: WordNet's people, places, groups and other names, less one-word ordinary words", async () => {
    const first = await buildLexicon({ extra: 'first' });
    const wordnet = await buildLexicon({ extra: 'first', wordnet: true });
    const has = (words: string[], category: number) => ((wordnet.entries.get(entryKey(words)) ?? 0) >> category) & 1;
    expect(has(['Albert', 'Einstein'], LEXICON.wordnetPerson)).toBe(1);
    expect(has(['Agatha', 'Christie'], LEXICON.wordnetPerson)).toBe(1);
    expect(has(['Danube'], LEXICON.wordnetPlace)).toBe(1);
    expect(has(['World', 'Health', 'Organization'], LEXICON.wordnetGroup)).toBe(1);
    expect(has(['Lutheran'], LEXICON.wordnetOther)).toBe(1);
    // WordNet's Bob Hope and the city of Reading: as one word, ordinary English words, left out.
    expect(has(['Hope'], LEXICON.wordnetPerson)).toBe(0);
    expect(has(['Reading'], LEXICON.wordnetPlace)).toBe(0);
    expect(has(['Danube'], LEXICON.wordnetPerson)).toBe(0);
    for (const [key, mask] of first.entries) expect((wordnet.entries.get(key) ?? 0) & 0xfff).toBe(mask);
  }, 60_000);
});
