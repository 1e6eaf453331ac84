import { describe, expect, it } from 'vitest';
import { entityOf, mentionsOf, run } from '../helpers/analysis-case.js';

// Issue 10 (one type per entity), session 20: each class on passages of our own, marked by hand
// before lede was run on them (see also test/fixtures/entity-passages.json).

describe('a role only a person holds, in apposition', () => {
  it('makes a person of a name the tagger read as an organisation', () => {
    const a = run(
      'New role',
      'Condoleezza Rice, the former secretary of state, will lead the Hoover Institution from January.',
    );
    expect(entityOf(a, 'Condoleezza Rice')?.type).toBe('person');
    expect(entityOf(a, 'Hoover Institution')?.type).toBe('organization');
  });

  // Guards: a role that then speaks or acts is someone else, the subject of a new clause.
  it('leaves a firm or a country before "the chief executive said" alone', () => {
    const a = run(
      'Results',
      'Sales fell sharply at Tesco, the chief executive said on Tuesday.',
      'He was held for months by the United States, the home secretary considered.',
    );
    expect(entityOf(a, 'Tesco')?.type).toBe('organization');
    expect(entityOf(a, 'United States')?.type).toBe('place');
    expect(mentionsOf(a, 'United States')).toEqual(['United States']);
  });
});
