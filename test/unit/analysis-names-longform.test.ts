import { describe, expect, it } from 'vitest';
import { entityOf, mentionsOf, run } from '../helpers/analysis-case.js';

// Issue 10 (entities typed and grouped whole), session 21: the classes of long-form features and
// magazine pieces, each on sentences of our own, marked by hand before lede was run on them.

describe('a person named before "of the" and a body', () => {
  it('keeps the officer apart from the department he speaks for', () => {
    const a = run(
      'Police update',
      'Sgt. Tom Baker of the Seattle Police Department said two officers were hurt. Baker did not give their names.',
      'Detective Ana Ruiz of the Miami Police Department said the car was found empty.',
    );
    expect(mentionsOf(a, 'Tom Baker')).toEqual(['Tom Baker', 'Baker']);
    expect(entityOf(a, 'Tom Baker')?.type).toBe('person');
    expect(mentionsOf(a, 'Seattle Police Department')).toEqual(['Seattle Police Department']);
    expect(entityOf(a, 'Seattle Police Department')?.type).toBe('organization');
    expect(entityOf(a, 'Ana Ruiz')?.type).toBe('person');
    expect(entityOf(a, 'Miami Police Department')?.type).toBe('organization');
  });

  // A guard: a body's name cut at its "of" is still made whole.
  it('still joins a body named "<Head> of <Name>"', () => {
    const a = run('Grants', 'The Department of Transportation gave the Institute of Physics a grant.');
    expect(entityOf(a, 'Department of Transportation')?.type).toBe('organization');
    expect(entityOf(a, 'Institute of Physics')?.type).toBe('organization');
  });
});

describe('streets, bridges, parks and buildings', () => {
  it('are places, not organisations', () => {
    const a = run(
      'Street life',
      'The bakery on Maple Street closed in June. Its owner moved to a smaller shop near the Hawthorne Bridge.',
      'Every summer the festival fills Riverside Park, and the bands sleep in the Granite Building downtown.',
    );
    for (const name of ['Maple Street', 'Hawthorne Bridge', 'Riverside Park', 'Granite Building'])
      expect(entityOf(a, name)?.type, name).toBe('place');
  });

  // A guard: a person whose surname is such a word stays a person.
  it('keeps a given name and a surname like "Castle" a person', () => {
    const a = run('Television', 'Andrew Castle presented the show. Castle said he was tired.');
    expect(mentionsOf(a, 'Andrew Castle')).toEqual(['Andrew Castle', 'Castle']);
    expect(entityOf(a, 'Andrew Castle')?.type).toBe('person');
  });
});

describe('a nickname in quotation marks', () => {
  it('is the person named right before it', () => {
    const a = run(
      'The coach',
      'Thomas Walsh, known to his players as “Red,” coached the team for a decade. Red retired in 1990, and Walsh moved to Maine.',
      'James Morton, who was called "Doc" by his neighbours, died on Sunday. Doc was 81.',
    );
    expect(mentionsOf(a, 'Thomas Walsh')).toEqual(['Thomas Walsh', 'Red', 'Red', 'Walsh']);
    expect(entityOf(a, 'Thomas Walsh')?.type).toBe('person');
    expect(mentionsOf(a, 'James Morton')).toEqual(['James Morton', 'Doc', 'Doc']);
  });

  // A guard: what a person calls something is not the person's name.
  it('needs the comma of an apposition: "Tim Cook called “Titan” a failure" is no nickname', () => {
    const a = run('Car project', 'Tim Cook called “Titan” a failure on Monday. Titan had cost billions.');
    expect(mentionsOf(a, 'Tim Cook')).toEqual(['Tim Cook']);
  });
});

describe('a surname two relatives share, after "Mr." or "Mrs."', () => {
  it('is the one person of the title’s sex', () => {
    const a = run(
      'The innkeepers',
      'Helen Carver and her husband, George Carver, bought the inn in 1998. Mrs. Carver runs the kitchen, and Mrs. Carver also keeps the books.',
    );
    expect(mentionsOf(a, 'Helen Carver')).toEqual(['Helen Carver', 'Carver', 'Carver']);
    expect(mentionsOf(a, 'George Carver')).toEqual(['George Carver']);
  });

  // A guard: when both titles are used the bare surname cannot be one person's, so it stays apart.
  it('stays apart when the text writes it after both "Mr." and "Mrs."', () => {
    const a = run(
      'The innkeepers',
      'Helen Carver and her husband, George Carver, bought the inn in 1998. Mrs. Carver cooks; Mr. Carver keeps the books.',
    );
    expect(mentionsOf(a, 'Helen Carver')).toEqual(['Helen Carver']);
    expect(mentionsOf(a, 'George Carver')).toEqual(['George Carver']);
  });
});

describe('retailers, carriers and advisory firms the tagger misses or calls places', () => {
  it('are organisations', () => {
    const a = run(
      'Prices',
      'Woolworths and Coles raised the price of milk again. A spokesman for Coles blamed farmers.',
      'She spent a decade at Deloitte before she joined Qantas. Telstra hired her next.',
    );
    for (const name of ['Woolworths', 'Coles', 'Deloitte', 'Qantas', 'Telstra'])
      expect(entityOf(a, name)?.type, name).toBe('organization');
    expect(mentionsOf(a, 'Coles')).toEqual(['Coles', 'Coles']);
  });
});

describe('a person the article calls by a given name alone', () => {
  it('is kept, though no full name holds the word', () => {
    const a = run(
      'The farm',
      'Anna and Peter Lindqvist keep bees north of the city. Anna sells the honey at the market; Peter builds the hives.',
    );
    expect(mentionsOf(a, 'Anna')).toEqual(['Anna', 'Anna']);
    expect(entityOf(a, 'Anna')?.type).toBe('person');
    expect(mentionsOf(a, 'Peter Lindqvist')).toEqual(['Peter Lindqvist', 'Peter']);
  });
});
