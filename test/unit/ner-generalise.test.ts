/**
 * The shipped recogniser (models/ner.bin) on text unlike Reuters: one test per class of mistake
 * it used to make, with sentences written for these tests. The model alone is asserted on (tags
 * over lede's own tokens), not the rules layered on top of it in recognise.ts.
 * (`npm run eval -- --conll-file` is tested in test/cli/eval-conll-file.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { TYPES, bioSpans, isWikigoldDevelopment, splitWikigold } from '../../src/analysis/ner/conll.js';
import { hashString } from '../../src/analysis/ner/features/hashing.js';
import { isTitleCase } from '../../src/analysis/ner/features/headlines.js';
import { wordCapBucket, wordClusterPath } from '../../src/analysis/ner/features/resources.js';
import { deserializeModel, loadShippedModel, serializeModel, tagDocument } from '../../src/analysis/ner/model.js';
import { tokenize } from '../../src/analysis/tokenizer/tokenize.js';
import { titleCased, withTitleCaseCopies } from '../../src/analysis/ner/train.js';
import { buildWordClasses } from '../../src/tools/word-classes.js';

/** Every entity the model finds in a text, as "TYPE:words". */
function entities(text: string): string[] {
  const sentences = tokenize(text).map((s) => s.map((t) => t.form));
  const tags = tagDocument(loadShippedModel(), sentences);
  return sentences.flatMap((words, i) =>
    bioSpans(tags[i]!).map((span) => `${TYPES[span.type]}:${words.slice(span.start, span.end).join(' ')}`),
  );
}

describe('headlines and titles in Title Case', () => {
  it('tells a Title Case headline from a run of names', () => {
    expect(isTitleCase(['Why', 'The', 'Market', 'Steps', 'Back', 'When', 'Prices', 'Climb'])).toBe(true);
    expect(isTitleCase(['Steps', 'Down', 'as', 'Chief', 'of', 'the', 'Board'])).toBe(true);
    // All capitals is another kind of headline; ordinary sentences are not titles.
    expect(isTitleCase(['PRICES', 'CLIMB', 'AGAIN'])).toBe(false);
    expect(isTitleCase(['Prices', 'rose', 'in', 'Paris', 'on', 'Monday', '.'])).toBe(false);
  });

  it('a headline of ordinary words in Title Case is not a name', () => {
    for (const text of [
      'Why The Market Steps Back When Prices Climb Again',
      'How A Small Town Learned To Love Its Old Railway',
      'Ten Things Nobody Tells You About Moving House',
    ])
      expect(entities(text), text).toEqual([]);
  });

  it('the names in a Title Case headline are still found, and only the names', () => {
    expect(entities('Angela Merkel Visits Paris For Talks On Trade')).toEqual(['PER:Angela Merkel', 'LOC:Paris']);
    expect(entities('Microsoft Buys A Small Games Studio In Sweden')).toEqual(['ORG:Microsoft', 'LOC:Sweden']);
  });

  it('training copies: Title Case words with the same tags, function words left small', () => {
    expect(titleCased(['the', 'price', 'of', 'oil', 'rose', 'in', 'Paris'])).toEqual([
      'The',
      'Price',
      'of',
      'Oil',
      'Rose',
      'in',
      'Paris',
    ]);
    const sentence = { words: ['prices', 'rose', 'in', 'Paris', 'again'], tags: Uint8Array.from([0, 0, 0, 5, 0]) };
    const doc = withTitleCaseCopies([sentence, sentence], 2);
    expect(doc.map((s) => s.words.join(' '))).toEqual([
      'prices rose in Paris again',
      'prices rose in Paris again',
      'Prices Rose in Paris Again',
    ]);
    expect(doc[2]!.tags).toEqual(sentence.tags);
  });
});

describe('a capitalised first word of a sentence', () => {
  it('is not a name when it is an ordinary word', () => {
    for (const text of [
      'Consider the cost of the new bridge.',
      'Remarkably, the council kept its promise.',
      'Antibiotics should be taken only when a doctor says so.',
      'Nevertheless, the plan went ahead.',
    ])
      expect(entities(text), text).toEqual([]);
  });
});

describe('web-era organisations standing alone', () => {
  it('a platform, an outlet or a company named on its own is an organisation', () => {
    expect(entities('The video was posted on Reddit and quickly spread.')).toEqual(['ORG:Reddit']);
    expect(entities('The photo was shared on Instagram on Monday.')).toEqual(['ORG:Instagram']);
    expect(entities('He told Bloomberg that the deal was off.')).toEqual(['ORG:Bloomberg']);
  });
});

describe('the wikigold split', () => {
  it('is fixed: every fifth document, counting from 0, is development', () => {
    expect([0, 1, 2, 3, 4, 5, 9, 14].map(isWikigoldDevelopment)).toEqual([
      false,
      false,
      false,
      false,
      true,
      false,
      true,
      true,
    ]);
    const docs = Array.from({ length: 10 }, (_, d) => [{ words: [`d${d}`], tags: Uint8Array.of(0) }]);
    const { train, development } = splitWikigold(docs);
    expect(development.map((d) => d[0]!.words[0])).toEqual(['d4', 'd9']);
    expect(train).toHaveLength(8);
  });
});

describe('word classes from unlabelled text (src/tools/word-classes.ts)', () => {
  // Invented text: weekdays and names of firms each used in contexts of their own.
  const sentences: string[][] = [];
  const days = ['Monday', 'Tuesday', 'Friday'];
  const firms = ['Acme', 'Globex', 'Initech'];
  for (let k = 0; k < 40; k++) {
    const day = days[k % 3]!;
    const firm = firms[(k + 1) % 3]!;
    sentences.push(['The', 'meeting', 'was', 'held', 'on', day, 'morning', '.']);
    sentences.push(['Shares', 'in', firm, 'rose', 'after', firm, 'said', 'profits', 'grew', '.']);
    sentences.push(['Analysts', 'said', 'the', 'market', 'steps', 'back', '.']);
  }
  const table = buildWordClasses(sentences);
  const value = (w: string) => table.get(hashString(w.toLowerCase()))!;
  const shared = (a: string, b: string) => {
    const pa = wordClusterPath(value(a)).toString(2),
      pb = wordClusterPath(value(b)).toString(2);
    let n = 0;
    while (n < pa.length && pa[n] === pb[n]) n++;
    return n;
  };

  it('words used alike share a longer cluster prefix than words used differently', () => {
    expect(shared('Monday', 'Friday')).toBeGreaterThan(shared('Monday', 'Acme'));
    expect(shared('Acme', 'Globex')).toBeGreaterThan(shared('Globex', 'Tuesday'));
  });

  it('knows which words are capitalised inside sentences and which are not', () => {
    expect(wordCapBucket(value('Acme'))).toBe(5);
    expect(wordCapBucket(value('steps'))).toBe(1);
    // Only ever first in its sentence: nothing is known.
    expect(wordCapBucket(value('Analysts'))).toBe(0);
  });

  it('is deterministic, and travels in the model file', () => {
    expect([...buildWordClasses(sentences)]).toEqual([...table]);
    const model = loadShippedModel();
    const file = serializeModel({
      info: model.info,
      passes: [],
      gazetteer: { entries: new Map(), maxLength: 1 },
      lowerVocabulary: new Set(),
      words: table,
    });
    expect([...deserializeModel(file).resources.words!]).toEqual([...table].sort((a, b) => a[0] - b[0]));
  });
});
