import { describe, expect, it } from 'vitest';
import type { Analysis, Entity } from '../../src/analysis/types.js';
import { entityOf, run, slice } from '../helpers/analysis-case.js';

const surfaces = (a: Analysis, e: Entity | undefined) => (e ? e.mentions.map((m) => slice(a, m)) : []);
const byName = (a: Analysis, name: string) => a.entities.find((e) => e.name === name);

describe('entity mentions', () => {
  it("leaves the possessive ’s and 's outside the mention", () => {
    const a = run(
      'Ministers meet',
      'John Smith arrived on time.',
      "Smith’s plan was praised, and Smith's team cheered.",
    );
    const smith = byName(a, 'John Smith');
    expect(smith?.type).toBe('person');
    expect(surfaces(a, smith)).toEqual(['John Smith', 'Smith', 'Smith']);
  });

  it('keeps a name particle inside a name but splits place names out of hyphenated words', () => {
    const a = run(
      'Strike in the north',
      'The victim was identified as Abu Baqir al-Saadi, a senior commander.',
      'Iran-backed groups blamed the Iraq-Syria border guards.',
    );
    expect(byName(a, 'Abu Baqir al-Saadi')?.type).toBe('person');
    expect(entityOf(a, 'Saadi')).toBeUndefined();
    expect(surfaces(a, byName(a, 'Iran'))).toEqual(['Iran']);
    expect(byName(a, 'Iraq')?.type).toBe('place');
    expect(byName(a, 'Syria')?.type).toBe('place');
  });

  it('never starts a mention with "the" or ends it with punctuation', () => {
    const a = run('Defence news', 'The Pentagon said on Monday it had no comment. A report was sent to the Pentagon.');
    const pentagon = byName(a, 'Pentagon');
    expect(pentagon?.type).toBe('organization');
    expect(surfaces(a, pentagon)).toEqual(['Pentagon', 'Pentagon']);
  });
});

describe('aliases', () => {
  it('joins an acronym defined in parentheses, and its later bare uses, to the full name', () => {
    const a = run(
      'Agency acts',
      'The Food Standards Agency (FSA) issued a warning.',
      'A spokesman for the FSA said more tests were due.',
    );
    const fsa = byName(a, 'Food Standards Agency');
    expect(fsa?.type).toBe('organization');
    expect(fsa?.aliases).toContain('FSA');
    expect(surfaces(a, fsa)).toEqual(['Food Standards Agency', 'FSA', 'FSA']);
  });

  it('joins a surname to the full name said before it', () => {
    const a = run('Talks resume', 'President Maria Lopez met union leaders.', 'Lopez said talks would go on.');
    const lopez = byName(a, 'Maria Lopez');
    expect(lopez?.type).toBe('person');
    expect(surfaces(a, lopez)).toEqual(['Maria Lopez', 'Lopez']);
  });

  it('treats the names of one country as one place', () => {
    const a = run(
      'Trade row',
      'The US and the UK signed the deal. Officials in America and Britain welcomed it.',
      'The U.S. economy grew, while the United Kingdom stalled.',
    );
    const us = byName(a, 'United States');
    expect(us?.id).toBe('place:united-states');
    expect(surfaces(a, us)).toEqual(['US', 'America', 'U.S.']);
    expect(surfaces(a, byName(a, 'United Kingdom'))).toEqual(['UK', 'Britain', 'United Kingdom']);
  });
});

describe('quotes', () => {
  it('finds curly and straight quotes with their speakers on either side', () => {
    const a = run(
      'Mayor speaks',
      'Mayor Ann Clark told reporters: “We will rebuild the bridge.”',
      '"It will take a year," said Clark.',
      '“Nobody warned us,” one resident said.',
    );
    expect(a.quotes.map((q) => slice(a, q))).toEqual([
      '“We will rebuild the bridge.”',
      '"It will take a year,"',
      '“Nobody warned us,”',
    ]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Ann Clark', 'Ann Clark', 'one resident']);
    expect(a.quotes[0]?.speakerEntity).toBe('person:ann-clark');
    expect(a.quotes.map((q) => q.verb)).toEqual(['told', 'said', 'said']);
  });

  it('gives an "adding" quote the speaker of the quote before it', () => {
    const a = run('Row', '“This is wrong,” the union said, adding “and we will strike”.');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['the union', 'the union']);
    expect(a.quotes[1]?.verb).toBe('adding');
  });

  it('follows a quotation over a paragraph break', () => {
    const a = run(
      'Long quote',
      'Dr Helen Park said: “The results are clear. We saw fewer cases every week.',
      '“That is why we are asking for more funding.”',
    );
    expect(a.quotes).toHaveLength(2);
    expect(slice(a, a.quotes[0]!)).toBe('“The results are clear. We saw fewer cases every week.');
    expect(slice(a, a.quotes[1]!)).toBe('“That is why we are asking for more funding.”');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Helen Park', 'Helen Park']);
  });

  it('does not take apostrophes for single quotation marks', () => {
    const a = run('Rules', 'It’s the club’s view that ‘no deal is better than a bad deal’, officials said.');
    expect(a.quotes.map((q) => slice(a, q))).toEqual(['‘no deal is better than a bad deal’']);
  });
});

describe('numbers and dates', () => {
  it('reads figures, scales, money and percentages with what they count', () => {
    const a = run(
      'Budget',
      'The army has 2,500 troops and 165 rocket and drone strikes were logged.',
      'The plan costs $280bn, inflation is 5.5% and three million people are affected.',
    );
    expect(a.numbers.map((n) => [slice(a, n), n.value, n.unit])).toEqual([
      ['2,500', 2500, 'troops'],
      ['165', 165, 'strikes'],
      ['$280bn', 280e9, 'dollars'],
      ['5.5%', 5.5, '%'],
      ['three million', 3e6, 'people'],
    ]);
  });

  it('does not count "one" as a pronoun or the digits of dates and times', () => {
    const a = run(
      'Night raid',
      'One of the victims was named. No one was hurt, one man said.',
      'The raid at 21:30 local time (18:30 GMT) on 28 January followed a strike on 4 January 2024.',
    );
    expect(a.numbers).toEqual([]);
    const dates = a.entities.filter((e) => e.type === 'date').map((e) => e.name);
    expect(dates).toEqual(expect.arrayContaining(['28 January', '4 January 2024']));
    expect(dates.some((d) => d.startsWith('21:30'))).toBe(true);
    expect(dates.some((d) => d.startsWith('18:30 GMT'))).toBe(true);
  });

  it('makes one date entity per distinct expression', () => {
    const a = run('Week', 'It began on Wednesday. By Wednesday’s end, and again last Friday, it was over.');
    const wednesday = a.entities.find((e) => e.type === 'date' && e.name === 'Wednesday');
    expect(wednesday?.mentions).toHaveLength(2);
    expect(a.entities.some((e) => e.type === 'date' && e.name === 'last Friday')).toBe(true);
  });
});

describe('structure', () => {
  it('makes one section per heading after an untitled opening section', () => {
    const a = run('Report', 'Opening words.', '## Background', 'Some history.', '## Outlook', 'What comes next.');
    expect(a.sections.map((s) => [s.title, slice(a, s)])).toEqual([
      [null, 'Report\n\nOpening words.'],
      ['Background', 'Background\n\nSome history.'],
      ['Outlook', 'Outlook\n\nWhat comes next.'],
    ]);
    expect(a.paragraphs.map((p) => slice(a, p))).toEqual(['Opening words.', 'Some history.', 'What comes next.']);
  });

  it('keeps every sentence inside its paragraph', () => {
    const a = run('Two paragraphs', 'First one. Second one here.', 'Third. Fourth!');
    expect(a.sentences.map((s) => slice(a, s))).toEqual(['First one.', 'Second one here.', 'Third.', 'Fourth!']);
  });

  it('handles an article with only a title', () => {
    const a = run('Just a title');
    expect(a.paragraphs).toEqual([]);
    expect(a.sections).toEqual([{ start: 0, end: a.text.length, title: null }]);
  });
});

describe('body text in Markdown block quotes and lists', () => {
  it('finds sentences and quotations there as in paragraphs', async () => {
    const { parseMarkdown } = await import('../../src/load/markdown.js');
    const { analyze } = await import('../../src/analysis/analyze.js');
    const a = analyze(
      parseMarkdown(
        '# Talks\n\n> “We will not give up,” Maria Lopez said. Talks went on.\n\n- The union met on Monday. It agreed.\n',
        'x.md',
      ),
    );
    expect(a.quotes.map((q) => [a.text.slice(q.start, q.end), q.speaker])).toEqual([
      ['“We will not give up,”', 'Maria Lopez'],
    ]);
    expect(a.sentences).toHaveLength(4);
    expect(a.paragraphs).toHaveLength(2);
  });
});
