import { describe, expect, it } from 'vitest';
import { addHeadRunKeys } from '../../src/analysis/ner/features/head-runs.js';
import { sentenceParts } from '../../src/analysis/ner/features/sentence-features.js';
import { wordInfo } from '../../src/analysis/ner/features/word-info.js';

// Head-run features (`npm run train -- --head-runs`): which words of a sentence a name's head word speaks for.
function marked(sentence: string, headless = false): string[] {
  const words = sentence.split(' ');
  const out: (number[] | undefined)[] = new Array(words.length);
  addHeadRunKeys(words.map(wordInfo), out, headless);
  return words.filter((_, i) => out[i]?.length);
}

describe('head runs', () => {
  it('marks every word of a name whose last or first word is a head', () => {
    expect(marked('the Patagonian Cycling Confederation banned him')).toEqual([
      'Patagonian',
      'Cycling',
      'Confederation',
    ]);
    expect(marked('after the Battle of Quebrada Honda ended')).toEqual(['Battle', 'of', 'Quebrada', 'Honda']);
  });

  it('keeps a ministry whose name lists its fields as one run, and leaves a list of names alone', () => {
    expect(marked("Japan 's Ministry of Economy , Trade and Industry ( METI ) said")).toEqual([
      'Ministry',
      'of',
      'Economy',
      ',',
      'Trade',
      'and',
      'Industry',
    ]);
    expect(marked('the firm of Barrow , Hensley and Quist said')).toEqual([]);
    expect(marked('Lighthouse Keepers Brace For Winter Storms')).toEqual([]);
  });

  it('is only read for models trained with it', () => {
    const words = 'the Patagonian Cycling Confederation said'.split(' ');
    const base = {
      gazetteer: { entries: new Map<number, number>(), maxLength: 1 },
      lowerVocabulary: new Set<number>(),
    };
    expect(sentenceParts(words, base).lex.some((k) => k?.length)).toBe(false);
    expect(sentenceParts(words, { ...base, headRuns: true }).lex.filter((k) => k?.length)).toHaveLength(3);
  });

  it('marks a short run with no head word only for models trained with headless runs', () => {
    const sentence = 'a mission to combat the Islamic State terror group , says the Pentagon';
    expect(marked(sentence)).toEqual([]);
    expect(marked(sentence, true)).toEqual(['Islamic', 'State']);
    // A run of five or more capitalised words (a Title Case heading) says nothing either way.
    expect(marked('Lighthouse Keepers Brace For Winter Storms', true)).toEqual([]);
    // A run that ends in a head word keeps its head-run keys only.
    const words = 'the Patagonian Cycling Confederation banned him'.split(' ');
    const plain: (number[] | undefined)[] = new Array(words.length);
    const withHeadless: (number[] | undefined)[] = new Array(words.length);
    addHeadRunKeys(words.map(wordInfo), plain);
    addHeadRunKeys(words.map(wordInfo), withHeadless, true);
    expect(withHeadless).toEqual(plain);
  });
});
