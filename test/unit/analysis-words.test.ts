import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { findDateSpans } from '../../src/analysis/dates.js';
import { hasTag, readWords } from '../../src/analysis/words/read-words.js';
import type { Analysis } from '../../src/analysis/types.js';
import { parsePlainText } from '../../src/load/parse-text.js';

/** A small invented article: a title line, a blank line, then paragraphs. */
const article = (...paragraphs: string[]) => parsePlainText(paragraphs.join('\n\n'), 'case');
const run = (...paragraphs: string[]): Analysis => analyze(article(...paragraphs));
const slice = (a: Analysis, s: { start: number; end: number }) => a.text.slice(s.start, s.end);

describe('words and their tags', () => {
  it('keeps punctuation out of the words, in pre and post', () => {
    const t = readWords(article('Title', 'He said: “We will (probably) win,” and left.'));
    const words = t.tokens.filter((w) => w.block === 1);
    expect(words.map((w) => w.text)).toEqual(['He', 'said', 'We', 'will', 'probably', 'win', 'and', 'left']);
    const byText = new Map(words.map((w) => [w.text, w]));
    expect(byText.get('said')!.post).toBe(': ');
    expect(byText.get('We')!.pre).toBe('“');
    expect(byText.get('probably')!.pre).toBe('(');
    expect(byText.get('probably')!.post).toBe(') ');
    expect(byText.get('win')!.post).toBe(',” ');
    expect(t.sentences.filter((s) => s.block === 1)).toHaveLength(1);
  });

  it('joins a clitic to its word, and tags possessives', () => {
    const t = readWords(article('Title', 'Smith’s plan failed and it didn’t work.'));
    const smith = t.tokens.find((w) => w.text === 'Smith’s')!;
    expect(hasTag(smith, 'Possessive')).toBe(true);
    expect(hasTag(smith, 'ProperNoun')).toBe(true);
    expect(t.tokens.some((w) => w.text === 'didn’t')).toBe(true);
  });

  it('gives the tag names quotes and numbers ask for', () => {
    const t = readWords(
      article('Title', 'The US army has 2,500 troops and they quickly left, but officials said nothing.'),
    );
    const tag = (text: string) => t.tokens.find((w) => w.text === text)!;
    expect(hasTag(tag('US'), 'Acronym')).toBe(true);
    expect(hasTag(tag('US'), 'Pronoun')).toBe(false);
    expect(hasTag(tag('The'), 'Determiner')).toBe(true);
    expect(hasTag(tag('2,500'), 'Numeral')).toBe(true);
    expect(hasTag(tag('troops'), 'Plural')).toBe(true);
    expect(hasTag(tag('they'), 'Pronoun')).toBe(true);
    expect(hasTag(tag('quickly'), 'Adverb')).toBe(true);
    expect(hasTag(tag('but'), 'Conjunction')).toBe(true);
    expect(hasTag(tag('said'), 'Verb')).toBe(true);
  });

  it('tags words inside date spans as dates', () => {
    const a = article('Title', 'It happened last week in London.');
    const t = readWords(a, { dates: findDateSpans(a.text) });
    expect(
      hasTag(
        t.tokens.find((w) => w.text === 'week'),
        'Date',
      ),
    ).toBe(true);
    expect(
      hasTag(
        t.tokens.find((w) => w.text === 'London'),
        'Date',
      ),
    ).toBe(false);
  });
});

describe('numbers read with the new tags', () => {
  it('finds what a figure counts after it, or joined to it by a hyphen', () => {
    const a = run(
      'Title',
      'A 26-year-old paid 30 times the price for 400,000 tonnes, and two match points were saved.',
    );
    expect(a.numbers.map((n) => [slice(a, n), n.unit])).toEqual([
      ['26', 'year'],
      ['30', 'times'],
      ['400,000', 'tonnes'],
      ['two', 'points'],
    ]);
  });

  it('does not take a verb after a number for what it counts', () => {
    const a = run('Title', 'The charity single by Band Aid 20 has held on to the top spot.');
    expect(a.numbers.find((n) => slice(a, n) === '20')?.unit ?? null).toBeNull();
  });
});

describe("dates from lede's own rules", () => {
  it('finds the phrasings the rules cover', () => {
    const text =
      'Talks resume on Sunday night, after the end of 2005 and before 6 to 9 January. Prices rose in October last year, in the fourth quarter and in mid-2005; three years ago it was quieter, at 0900 GMT.';
    const dates = findDateSpans(text).map((s) => text.slice(s.start, s.end));
    expect(dates).toEqual([
      'Sunday night',
      'the end of 2005',
      '6 to 9 January',
      'October last year',
      'the fourth quarter',
      'mid-2005',
      'three years ago',
      '0900 GMT',
    ]);
  });

  it('leaves a span of time counted in days or years to the numbers, and names to the names', () => {
    const text = 'He served three years at 20th Century Fox.';
    expect(findDateSpans(text)).toEqual([]);
  });
});

describe('aliases across a long document', () => {
  it('does not take a place or a club in brackets after a name for its alias', () => {
    const a = run(
      'Results',
      'Andy Roddick (US) beat Tim Henman (GB) in the final.',
      'The US team was pleased. Marcus Di Rollo (Edinburgh) was named in the Scotland side.',
    );
    const roddick = a.entities.find((e) => e.name === 'Andy Roddick');
    expect(roddick?.aliases ?? []).not.toContain('US');
    const dirollo = a.entities.find((e) => e.name === 'Marcus Di Rollo');
    expect(dirollo?.aliases ?? []).not.toContain('Edinburgh');
  });

  it('leaves an abbreviation defined for two different names to neither', () => {
    const a = run(
      'Two stories',
      'The Business Software Alliance (BSA) said piracy was rising.',
      'Separately, the Building Societies Association (BSA) said lending fell.',
    );
    for (const name of ['Business Software Alliance', 'Building Societies Association']) {
      expect(a.entities.find((e) => e.name === name)?.aliases ?? []).not.toContain('BSA');
    }
  });

  it('never makes a bare title a name', () => {
    const a = run('Budget', '“I do not wish to make any judgements,” Mr Chidambaram said. Mr Clarke agreed.');
    expect(a.entities.some((e) => e.name === 'Mr')).toBe(false);
  });
});

describe('progress', () => {
  it('tells how far it has got, a few dozen times at most, and ends at the total', () => {
    const paragraphs = Array.from(
      { length: 400 },
      (_, k) => `Paragraph ${k}: Maria Lopez said on Monday that 25 schools “will reopen soon,” officials added.`,
    );
    const calls: [number, number][] = [];
    const a = analyze(article('Long', ...paragraphs), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.length).toBeLessThanOrEqual(52);
    expect(calls.every(([, total]) => total === calls[0]![1])).toBe(true);
    expect(calls.at(-1)![0]).toBe(calls.at(-1)![1]);
    for (let k = 1; k < calls.length; k++) expect(calls[k]![0]).toBeGreaterThan(calls[k - 1]![0]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(analyze(article('Long', ...paragraphs))));
  });
});
