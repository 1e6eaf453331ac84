import { describe, expect, it } from 'vitest';
import { entityOf, run } from '../helpers/analysis-case.js';

// Names listed in a sentence of running prose (issue 10), with sentences written for the class: a
// list of names makes most of a sentence's words capitalised, but the sentence is no headline.

describe('a sentence that lists names is prose, not Title Case', () => {
  it('keeps listed firms whose names hold ordinary words', () => {
    const a = run(
      'Court ruling',
      'The appeal was heard in the capital on Monday.',
      'Among the defendants were Hallam Group, Kestrel Shipping Lines, Norrow Tobacco and Pell Mining.',
    );
    expect(entityOf(a, 'Kestrel Shipping Lines')?.type).toBe('organization');
    expect(entityOf(a, 'Norrow Tobacco')?.type).toBe('organization');
    expect(entityOf(a, 'Pell Mining')?.type).toBe('organization');
  });

  it('still reads a headline in Title Case as one, where a capital proves nothing', () => {
    const a = run('Steps Toward Peace Stall As Talks Drag On', 'The talks resumed on Monday in the capital.');
    expect(entityOf(a, 'Steps')).toBeUndefined();
    expect(entityOf(a, 'Peace')).toBeUndefined();
    expect(entityOf(a, 'Talks')).toBeUndefined();
  });
});
