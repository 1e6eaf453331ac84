import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { entityOf, run } from '../helpers/analysis-case.js';

// Speakers set off by an appositive, in the forms of US and UK dailies (issue 10, speakers3):
// each sentence written for its test.

const speakerOf = (a: Analysis, words: string) =>
  a.quotes.find((q) => a.text.slice(q.start, q.end).includes(words))?.speaker ?? null;

describe('a person described by what the company has', () => {
  it('reads "“…,” X, the company’s chief executive, said in a statement" as X’s words', () => {
    const a = run(
      'Layoffs',
      'The firm confirmed the layoffs late on Tuesday.',
      '“This was a painful choice,” Odile Marchetti, the company’s chief executive, said in a statement.',
    );
    expect(entityOf(a, 'Odile Marchetti')?.type).toBe('person');
    expect(speakerOf(a, 'painful choice')).toBe('Odile Marchetti');
  });

  it('still reads "X, the company" and "X, a militia" as the name of a group', () => {
    const a = run('Deal', 'Talks with Brandvik, the company behind the app, broke down on Friday.');
    expect(entityOf(a, 'Brandvik')?.type).toBe('organization');
  });
});

describe('a quotation split by its attribution', () => {
  it('gives the second half of "“…,” said X, a title, “is …”" to X', () => {
    const a = run(
      'Manuals',
      '“The trouble,” said Edwin Marsh, a manager at Voltaic, “is that nobody reads the manual.”',
      '“The first step,” she says, “is always the hardest.”',
    );
    expect(speakerOf(a, 'nobody reads the manual')).toBe('Edwin Marsh');
  });

  it('leaves a new sentence after the attribution to its own reading', () => {
    const a = run(
      'Manuals',
      'Edwin Marsh and Tomas Berg run the lab.',
      '“The trouble,” said Edwin Marsh. “Everyone knows” what comes next, Tomas Berg said.',
    );
    expect(speakerOf(a, 'Everyone knows')).not.toBe('Edwin Marsh');
  });
});
