import { describe, expect, it } from 'vitest';
import { entityOf, mentionsOf, run } from '../helpers/analysis-case.js';

// Issue 10 (entities typed and grouped whole), session 22: classes found by the passages of
// test/fixtures/entity-passages-3.json (sport, business, science, entertainment, local news),
// each on other sentences of our own, marked by hand before lede was run on them.

describe('a firm that bears a person’s name, written before the person is named in full', () => {
  it('keeps the firm’s bare name apart from the founder’s family', () => {
    const a = run(
      'Chocolate maker expands',
      'Lindt will open its first factory in Asia next year. Lindt said the plant would employ 400 people. Ernst Lindt, a descendant of the founder, attended the ceremony.',
    );
    expect(mentionsOf(a, 'Lindt')).toEqual(['Lindt', 'Lindt']);
    expect(entityOf(a, 'Lindt')?.type).toBe('organization');
    expect(mentionsOf(a, 'Ernst Lindt')).toEqual(['Ernst Lindt']);
    expect(entityOf(a, 'Ernst Lindt')?.type).toBe('person');
  });

  it('reads "X, the maker of" as the firm', () => {
    const a = run(
      'Toy sale',
      'Hasbro, the American maker of Monopoly, cut 900 jobs on Monday. Alan Hasbro, a cousin of the chairman, said he was saddened.',
    );
    expect(entityOf(a, 'Hasbro')?.type).toBe('organization');
    expect(mentionsOf(a, 'Alan Hasbro')).toEqual(['Alan Hasbro']);
  });

  it('gives a bare name after the firm’s full name to the firm, not the founder named later', () => {
    const a = run(
      'Layoffs',
      'Oracle Corporation cut 3,000 jobs last month. Oracle said the cuts were over. Larry Oracle, no relation, runs a bakery in Ohio.',
    );
    expect(mentionsOf(a, 'Oracle Corporation')).toEqual(['Oracle Corporation', 'Oracle']);
    expect(mentionsOf(a, 'Larry Oracle')).toEqual(['Larry Oracle']);
  });

  // A guard: a person named in full first keeps his bare surname, whatever follows.
  it('still gives a surname after the full name to the person', () => {
    const a = run(
      'Former leader speaks',
      'Gordon Brown called for a windfall tax on Sunday. Brown said families could not wait. Brown will publish its costs next week.',
    );
    expect(mentionsOf(a, 'Gordon Brown')).toEqual(['Gordon Brown', 'Brown', 'Brown']);
    expect(entityOf(a, 'Gordon Brown')?.type).toBe('person');
  });
});

describe('a club by its nickname', () => {
  it('joins a listed nickname to the one club it stands for, typed an organisation', () => {
    const a = run(
      'Derby defeat',
      'Everton lost 3-0 at home on Sunday. The Toffees have not won since August. Hawthorn beat Geelong by a goal, and the Hawks are now third.',
    );
    expect(mentionsOf(a, 'Everton')).toEqual(['Everton', 'Toffees']);
    expect(entityOf(a, 'Toffees')?.type).toBe('organization');
    expect(mentionsOf(a, 'Hawthorn')).toEqual(['Hawthorn', 'Hawks']);
  });

  it('joins a plural to the club named by a place and that plural', () => {
    const a = run('Play-off', 'The Chicago Bulls beat Miami on Tuesday night. The Bulls led by 20 at half-time.');
    expect(mentionsOf(a, 'Chicago Bulls')).toEqual(['Chicago Bulls', 'Bulls']);
    expect(entityOf(a, 'Bulls')?.type).toBe('organization');
  });

  it('types a club named after its city an organisation once its nickname joins it', () => {
    const a = run(
      'Cup tie',
      'Liverpool were held 1-1 at Anfield on Wednesday. The Reds had chances to win it late on.',
    );
    expect(mentionsOf(a, 'Liverpool')).toEqual(['Liverpool', 'Reds']);
    expect(entityOf(a, 'Liverpool')?.type).toBe('organization');
  });

  // A guard: a nickname two clubs of the article share stays apart.
  it('leaves a nickname two clubs share to neither', () => {
    const a = run(
      'Two derbies',
      'Collingwood played Essendon while Newcastle United hosted Everton. The Magpies won both games.',
    );
    expect(mentionsOf(a, 'Collingwood')).toEqual(['Collingwood']);
    expect(mentionsOf(a, 'Newcastle United')).toEqual(['Newcastle United']);
  });
});

describe('a place or a body, its officer’s title and the officer’s name in one run', () => {
  it('is two names: the place or body, and the person without the title', () => {
    const a = run(
      'Flooding',
      'Marion County Sheriff Julie Hartman said 40 homes were flooded. Greenpeace Director Paul Okoro said the river had been warned about for years.',
    );
    expect(entityOf(a, 'Marion County')?.type).toBe('place');
    expect(mentionsOf(a, 'Julie Hartman')).toEqual(['Julie Hartman']);
    expect(entityOf(a, 'Julie Hartman')?.type).toBe('person');
    expect(entityOf(a, 'Greenpeace')?.type).toBe('organization');
    expect(entityOf(a, 'Paul Okoro')?.type).toBe('person');
  });

  it('keeps a city before the title the city', () => {
    const a = run('Mass', 'Detroit Cardinal Joseph Maida spoke. Detroit was quiet.');
    expect(mentionsOf(a, 'Detroit')).toEqual(['Detroit', 'Detroit']);
    expect(entityOf(a, 'Detroit')?.type).toBe('place');
    expect(entityOf(a, 'Joseph Maida')?.type).toBe('person');
  });

  // A guard: a person whose name holds a title's word stays whole.
  it('keeps "James Dean Bradfield" and "Billie Jean King" whole', () => {
    const a = run('Gig', 'James Dean Bradfield played in Cardiff, and Billie Jean King watched.');
    expect(entityOf(a, 'James Dean Bradfield')?.type).toBe('person');
    expect(entityOf(a, 'Billie Jean King')?.type).toBe('person');
  });
});

describe('a bridge, an arena or a road named after a person', () => {
  it('is a place when a given name and a surname come before the head word', () => {
    const a = run(
      'Repairs',
      'Crews closed the Eleanor Whitfield Bridge for repairs on Monday. Fans at the John Paul Jones Arena were told to park elsewhere.',
    );
    expect(entityOf(a, 'Eleanor Whitfield Bridge')?.type).toBe('place');
    expect(entityOf(a, 'John Paul Jones Arena')?.type).toBe('place');
  });
});

describe('an acronym that keeps the "of" of its full name', () => {
  it('joins "DOJ" to "Department of Justice" and "MDOT" to "Michigan Department of Transportation"', () => {
    const a = run(
      'Road contracts',
      'The Department of Justice opened an inquiry into the Michigan Department of Transportation on Monday. A DOJ spokesman said MDOT had handed over its records.',
    );
    expect(mentionsOf(a, 'Department of Justice')).toEqual(['Department of Justice', 'DOJ']);
    expect(mentionsOf(a, 'Michigan Department of Transportation')).toEqual([
      'Michigan Department of Transportation',
      'MDOT',
    ]);
  });
});

describe('the guards the BBC articles asked for', () => {
  it('keeps a surname the headline or "the X report" writes first with the person', () => {
    const a = run(
      'Burn-out worries Hartley',
      'England coach Dan Hartley says the season is too long. The Hartley review found its own data lacking. As far as Hartley is concerned its findings must not be ignored.',
    );
    expect(mentionsOf(a, 'Dan Hartley')).toEqual(['Hartley', 'Dan Hartley', 'Hartley', 'Hartley']);
    expect(entityOf(a, 'Dan Hartley')?.type).toBe('person');
  });

  // (The tagger reads "Athens Games" as an organisation; "Games" is no club's plural to join it.)
  it('does not read an event as a club: "the Athens Games … the Games"', () => {
    const a = run('Medals', 'The Athens Games drew 10,000 athletes. The Games cost far more than planned.');
    expect(mentionsOf(a, 'Athens Games')).toEqual(['Athens Games']);
  });
});

describe('a sport’s national body, named by the sport and the country', () => {
  it('is one organisation, not the country', () => {
    const a = run(
      'Board row',
      'Cricket Scotland cut ties with its sponsor on Monday. Netball Australia said it would not follow. The team toured Scotland last year.',
    );
    expect(entityOf(a, 'Cricket Scotland')?.type).toBe('organization');
    expect(entityOf(a, 'Netball Australia')?.type).toBe('organization');
    expect(mentionsOf(a, 'Scotland')).toEqual(['Scotland']);
    expect(entityOf(a, 'Scotland')?.type).toBe('place');
  });
});
