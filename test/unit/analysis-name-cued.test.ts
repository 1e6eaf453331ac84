import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { entityOf, run, slice } from '../helpers/analysis-case.js';

// A name the words before it call a kind of organisation (issue 10), with sentences written for
// the class: "sportswear firm Umbro", "data analysis firm 1010data", "the charity Kestrel Aid".

const surfaces = (a: Analysis) =>
  a.entities.filter((e) => e.type !== 'date').flatMap((e) => e.mentions.map((m) => slice(a, m)));

describe('a name after a kind of organisation is that organisation', () => {
  it('finds a lone company name the recogniser took for a stranger, at every occurrence', () => {
    const a = run(
      'Profits',
      'Sportswear firm Darvell has posted a sharp rise in annual profit after a busy summer.',
      'Darvell said on Thursday it had signed a new four-year deal, and shares in Darvell rose.',
    );
    expect(entityOf(a, 'Darvell')?.type).toBe('organization');
    expect(entityOf(a, 'Darvell')?.mentions.length).toBe(3);
  });

  it('finds a name that opens with a digit: "data analysis firm 4040data"', () => {
    const a = run('Sales', 'Sales rose by a fifth last year, according to data analysis firm 4040data.');
    expect(entityOf(a, '4040data')?.type).toBe('organization');
  });

  it('takes no title, day or ordinary word after the kind for a name', () => {
    const a = run(
      'Results',
      'The firm Monday said its profits had doubled.',
      'Shares in the company rose after the firm Chairman spoke, and the bank reported Reform of its fees.',
    );
    expect(surfaces(a)).not.toContain('Monday');
    expect(surfaces(a)).not.toContain('Chairman');
    expect(surfaces(a)).not.toContain('Reform');
  });
});
