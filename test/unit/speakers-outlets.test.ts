import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { parseMarkdown } from '../../src/load/markdown.js';
import { run, speakerOf } from '../helpers/analysis-case.js';

// The quotation forms of outlets other than the BBC (issue 10, third round), each in a sentence
// written for its test.

describe('the forms of other outlets', () => {
  it('reads a US daily\'s "“…,” said X, a spokesman for Y" and "X, a spokesman for Y, told reporters:"', () => {
    const a = run(
      'Appeal',
      '"We will appeal the ruling," said Tomas Berg, a spokesman for Zentrix Holdings.',
      'Pavel Zielinski, a spokesman for the Harbour Authority, told reporters: "Nobody was hurt."',
    );
    expect(speakerOf(a, 'appeal the ruling')).toBe('Tomas Berg');
    expect(speakerOf(a, 'Nobody was hurt')).toBe('Pavel Zielinski');
  });

  it('reads an agency\'s "X said in a statement" on either side of the quotation', () => {
    const a = run(
      'Ruling',
      'Anna Lindqvist said in a statement: "The ruling is wrong."',
      '"It was a fair trial," Oskar Brandt said in a statement.',
    );
    expect(speakerOf(a, 'ruling is wrong')).toBe('Anna Lindqvist');
    expect(speakerOf(a, 'fair trial')).toBe('Oskar Brandt');
  });

  it('reads "according to X"', () => {
    const a = run('Plan', 'The plan is "dead on arrival," according to Senator Ilse Varga.');
    expect(speakerOf(a, 'dead on arrival')).toBe('Ilse Varga');
  });

  it('reads a quotation opened by a colon after a short clause about one person', () => {
    const a = run('Plan', 'Helena Marsh was blunt: "The plan is dead."');
    expect(speakerOf(a, 'plan is dead')).toBe('Helena Marsh');
  });

  it('leaves a colon-opened quotation alone when the clause names someone else too', () => {
    const a = run('Plan', 'Helena Marsh and Tomas Berg disagreed: "The plan is dead."');
    expect(speakerOf(a, 'plan is dead')).toBeNull();
  });
});

describe('speakers named by what the text calls them', () => {
  it('reads "the president" as the one person the text titles President', () => {
    const a = run(
      'Interview',
      'President Anna Lindqvist spoke to reporters on Friday. "It was distressing," the president said.',
    );
    expect(speakerOf(a, 'distressing')).toBe('Anna Lindqvist');
  });

  it('reads "the company claims" as the company the text is about', () => {
    const a = run(
      'Prices',
      'Zentrix Holdings cut prices at its stores this month. At the same time, the company claims its new prices have saved customers "hundreds of millions of dollars".',
    );
    expect(speakerOf(a, 'hundreds of millions')).toBe('Zentrix Holdings');
  });

  it('does not read "the company" as a "… Company" named in passing', () => {
    const a = run(
      'Prices',
      'Analysts at the Dana Besecker Company were unmoved.',
      'New signs appeared in the stores this month.',
      'At the same time, the company claims its new prices have saved customers "hundreds of millions of dollars".',
    );
    expect(speakerOf(a, 'hundreds of millions')).not.toBe('Dana Besecker Company');
  });

  it('reads "Called a “…” by its creators"', () => {
    const a = run('Games', 'Called a "violent rhythm game" by its creators, "Thumper" is a gorgeous game.');
    expect(speakerOf(a, 'violent rhythm')).toBe('its creators');
    expect(speakerOf(a, 'Thumper')).toBeNull();
  });

  it('reads a quotation in a list item as said by the one whose speech introduces the list', () => {
    const a = analyze(
      parseMarkdown(
        '# Interview\n\nIn a wide-ranging interview, Senator Anna Lindqvist also said:\n\n- The country must stay in the union\n- She would speak "bluntly" against corruption\n',
        'case',
      ),
    );
    expect(speakerOf(a, 'bluntly')).toBe('Anna Lindqvist');
  });
});
