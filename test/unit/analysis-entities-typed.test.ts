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

describe('a firm after its officer’s role', () => {
  it('is an organisation: "the founder of X", "chief executive of X", "the owner of X"', () => {
    const a = run(
      'Business',
      'Andrew Forrest, the founder of Fortescue, spoke in Perth. Mark Dale, chairman of Bluewater, resigned on Friday.',
      'Roman Abramovich, the former owner of Chelsea, sold his yacht. Tom Lee, co-founder of Fundstrat, was more cautious.',
    );
    for (const firm of ['Fortescue', 'Bluewater', 'Chelsea', 'Fundstrat'])
      expect(entityOf(a, firm)?.type).toBe('organization');
    expect(entityOf(a, 'Andrew Forrest')?.type).toBe('person');
  });

  // Guards: a country stays a place; a people's adjective is no body's name.
  it('leaves "the founder of Singapore" a place and "founder of Jewish …" no organisation', () => {
    const a = run(
      'Obituary',
      'Lee Kuan Yew, the founder of Singapore, died in March. Rabbi Levi Stern, founder of Jewish welfare group Tikvah, spoke.',
    );
    expect(entityOf(a, 'Singapore')?.type).toBe('place');
    expect(entityOf(a, 'Jewish')?.type).not.toBe('organization');
  });
});

describe('a firm’s name that ends in "’s", then "also" or "still" and a verb', () => {
  it('keeps the "’s": "McDonald’s still expects", "Kohl’s also reported"', () => {
    const a = run(
      'Results',
      'McDonald’s still expects growth in China, its finance chief told analysts. McDonald’s shares rose.',
      'Kohl’s also reported weaker sales on Monday, and Kohl’s stores will close early.',
    );
    expect(mentionsOf(a, 'McDonald’s')).toEqual(['McDonald’s', 'McDonald’s']);
    expect(entityOf(a, 'McDonald’s')?.type).toBe('organization');
    expect(mentionsOf(a, 'Kohl’s')).toEqual(['Kohl’s', 'Kohl’s']);
  });

  // A guard: an adjective after the adverb is something the name owns.
  it('leaves a possessive before "still unpublished" a possessive', () => {
    const a = run('Books', 'Anna Jones’s still unpublished novel sold at auction. Jones’s agent was delighted.');
    expect(entityOf(a, 'Anna Jones')?.type).toBe('person');
    expect(a.entities.some((e) => e.name.endsWith('’s'))).toBe(false);
  });
});

describe('a firm named after a person', () => {
  it('keeps the founder a person apart from the firm: "created by Ralph Lauren"', () => {
    const a = run(
      'Fashion',
      'Ralph Lauren Corp. said quarterly sales rose 6%. The brand was created by Ralph Lauren in 1967.',
    );
    expect(entityOf(a, 'Ralph Lauren')?.type).toBe('person');
    expect(mentionsOf(a, 'Ralph Lauren')).toEqual(['Ralph Lauren']);
    expect(entityOf(a, 'Ralph Lauren Corp.')?.type).toBe('organization');
  });

  // A guard: students of a university are no founders' names.
  it('leaves "set up by Stanford University students" an organisation', () => {
    const a = run('Web history', 'The portal was set up by Stanford University students in a campus trailer.');
    expect(entityOf(a, 'Stanford University')?.type).toBe('organization');
  });
});

describe('"The" and a people’s adjective before a body’s name', () => {
  it('is no part of the name, and the newspaper "The Australian" stays apart', () => {
    const a = run(
      'Regulators',
      'The Australian Securities and Investments Commission said it would sue the bank. The Australian newspaper reported the case first.',
    );
    expect(mentionsOf(a, 'Australian Securities and Investments Commission')).toEqual([
      'Australian Securities and Investments Commission',
    ]);
    expect(mentionsOf(a, 'The Australian')).toEqual(['The Australian']);
  });
});

describe('a firm before its officer’s role and name, without "’s"', () => {
  it('is an organisation: "Peloton boss Barry McCarthy", "Lululemon founder Chip Wilson"', () => {
    const a = run(
      'Fitness firms',
      'Peloton boss Barry McCarthy quit on Tuesday after two years. Lululemon founder Chip Wilson criticised the brand, saying Lululemon had lost its way.',
    );
    expect(entityOf(a, 'Peloton')?.type).toBe('organization');
    expect(entityOf(a, 'Lululemon')?.type).toBe('organization');
    expect(entityOf(a, 'Barry McCarthy')?.type).toBe('person');
  });

  // A guard: a founder who bears the firm's name leaves the bare name as it was, with him.
  it('leaves "Dyson founder James Dyson" a person', () => {
    const a = run('Moves', 'Dyson founder James Dyson moved to Singapore last year.');
    expect(entityOf(a, 'James Dyson')?.type).toBe('person');
  });
});
