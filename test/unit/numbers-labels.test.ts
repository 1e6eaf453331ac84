/**
 * Highlight mode marks numbers: on a web page that is not plain news (an encyclopaedia, a tech
 * site, a blog) most figures are labels, not quantities. Each case is one class, in sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { run, slice } from '../helpers/analysis-case.js';

const marked = (...paragraphs: string[]) => {
  const a = run(...paragraphs);
  return a.numbers.map((n) => slice(a, n));
};

describe('figures that label things are not marked as numbers', () => {
  it('leaves out footnote markers and keeps the figures of the sentence', () => {
    expect(
      marked('Harbour history', 'The harbour handled 4,000 ships a year.[12] Its pier was rebuilt twice.[3][4]'),
    ).toEqual(['4,000']);
  });

  it('leaves out the numbers of a contents list, a reference list and numbered headings', () => {
    expect(
      marked(
        'The river trust',
        '• 1 History',
        '• 2.1 Early years',
        '• 3 See also',
        'The trust planted 300 trees along the banks.',
        '1. The problem with floods',
        '7. ^ "River Trust annual report". Retrieved 2014-03-02.',
      ),
    ).toEqual(['300']);
  });

  it('leaves out identifiers and versions', () => {
    expect(
      marked(
        'Release notes',
        'The guide (ISBN 9780306406157) covers version 3.2 of the editor, and the 4.1 release adds 12 new tools.',
        'Fixes go into the 2.6.x branch only.',
      ),
    ).toEqual(['12']);
  });

  it('leaves out the number in the name of a product, a mission or a building', () => {
    expect(
      marked(
        'Consoles',
        'The studio said its game runs on the Vortex 5 and on Windows 10, and the crew of Apollo 11 met in Building 24.',
      ),
    ).toEqual([]);
  });

  it('keeps a count after a word that opens a sentence, an amount after a currency word, and a counted noun', () => {
    expect(
      marked(
        'Counts',
        'Nearly 200 turned up. The stall charged Rs 500 for a ticket.',
        'The board approved it by Smith 12 votes to 3.',
      ),
    ).toEqual(['200', '500', '12', '3']);
  });

  it('keeps the numbers of a ranking written on one line', () => {
    expect(marked('Rankings', 'The index ranks them: 1. Ireland 2. Chile 3. Japan 4. Ghana.')).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
  });

  it('leaves out a figure joined to another by a slash, but not a fraction', () => {
    expect(
      marked(
        'Anniversary',
        'Years after 9/11, the centre stays open 24/7, has 80 staff and 2/3 of them joined in 2003/4.',
      ),
    ).toEqual(['80', '2', '3']);
  });
});

describe('dimensions', () => {
  it('reads the two sides of a dimension as numbers, not as years', () => {
    const a = run('Headset', 'Each eye gets a resolution of 1800 x 1920, up from 1200×1080 in 2016.');
    expect(a.numbers.map((n) => slice(a, n))).toEqual(['1800', '1920', '1200', '1080']);
    expect(a.entities.filter((e) => e.type === 'date').map((e) => e.name)).toEqual(['2016']);
  });
});

describe('units written against the figure', () => {
  it('reads "12GB", "2.3GHz", "60fps", "1080p", "4K" and pence as numbers with their unit', () => {
    const a = run(
      'Review',
      'The console has 12GB of memory, a 2.3GHz chip and runs at 60fps in 1080p or 4K.',
      'Its maker’s shares rose 8.5p within a 2km walk of the exchange.',
    );
    expect(a.numbers.map((n) => [slice(a, n), n.value, n.unit])).toEqual([
      ['12GB', 12, 'GB'],
      ['2.3GHz', 2.3, 'GHz'],
      ['60fps', 60, 'fps'],
      ['1080p', 1080, 'p'],
      ['4K', 4000, null],
      ['8.5p', 8.5, 'p'],
      ['2km', 2, 'km'],
    ]);
  });

  it('leaves names made of a digit and a letter alone', () => {
    expect(marked('Networks', 'The 4G network and the 3D printer reached 5G towns, and 3M sold them.')).toEqual([]);
  });

  it('reads a capital M or B after a currency sign as millions or billions', () => {
    const a = run('Results', 'Revenue rose to $163M and the fund holds $2B.');
    expect(a.numbers.map((n) => [slice(a, n), n.value, n.unit])).toEqual([
      ['$163M', 163e6, 'dollars'],
      ['$2B', 2e9, 'dollars'],
    ]);
  });
});
