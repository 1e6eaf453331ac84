import { describe, expect, it } from 'vitest';
import { entityOf, mentionsOf, run, slice } from '../helpers/analysis-case.js';

// Classes of missed or split mentions in the forms US and UK outlets write, each shown on
// sentences written for it: every mention of a person or a body should be found and grouped.

describe('a surname alone after a full name with a generation’s suffix', () => {
  it('groups "Kennedy" with "Robert F. Kennedy Jr." and "Manchin" with "Joe Manchin III"', () => {
    const a = run(
      'Vaccine panel to be reviewed',
      'Health Secretary Robert F. Kennedy Jr. said on Monday that the panel would be reviewed. Kennedy told senators he had no plans to resign.',
      'Sen. Joe Manchin III of West Virginia said he would not vote for it. Manchin’s office did not respond.',
    );
    expect(mentionsOf(a, 'Robert F. Kennedy Jr.')).toEqual(['Robert F. Kennedy Jr.', 'Kennedy']);
    expect(mentionsOf(a, 'Joe Manchin III')).toEqual(['Joe Manchin III', 'Manchin']);
    expect(entityOf(a, 'Manchin')?.type).toBe('person');
  });
});

describe('a surname that is also a place’s name', () => {
  it('groups "Jordan" with "Jim Jordan" where the words read as a person’s, and keeps the country apart', () => {
    const a = run(
      'House Republicans regroup',
      'Rep. Jim Jordan, the Ohio Republican, said the bill was dead. Jordan told reporters that he expected a new vote in June.',
    );
    expect(mentionsOf(a, 'Jim Jordan')).toEqual(['Jim Jordan', 'Jordan']);
    const b = run(
      'Talks in Amman',
      'Jim Jordan, a congressman from Ohio, flew to the region. Jordan and Egypt agreed to reopen the crossing.',
    );
    expect(mentionsOf(b, 'Jim Jordan')).toEqual(['Jim Jordan']);
  });

  it('does not read "a city council member" as the words for a city', () => {
    const a = run(
      'Budget vote delayed',
      'Kevin Washington, a city council member in Baltimore, said the budget had failed the city.',
      'Washington said he would call for a second vote.',
    );
    expect(entityOf(a, 'Kevin Washington')?.type).toBe('person');
  });
});

describe('a publication by the last word of its name', () => {
  it('groups "the Post" and "The Times" with the paper named in full', () => {
    const a = run(
      'Talks collapse',
      'The Washington Post reported on Sunday that the talks had collapsed; the Post said two aides confirmed it.',
      'The New York Times ran the story too. The Times said the deal was worth $3 billion.',
    );
    expect(mentionsOf(a, 'The Washington Post')).toEqual(['The Washington Post', 'Post']);
    expect(mentionsOf(a, 'The Times')).toEqual(['New York Times', 'The Times']);
  });

  // A guard: which of the two is meant is unclear, so neither takes it.
  it('leaves "the Times" apart when two papers end with it', () => {
    const a = run(
      'Media roundup',
      'The New York Times and the Financial Times both ran the story on Monday. The Times said it was checking.',
    );
    expect(mentionsOf(a, 'New York Times')).toEqual(['New York Times']);
    expect(mentionsOf(a, 'Financial Times')).toEqual(['Financial Times']);
    expect(mentionsOf(a, 'The Times')).toEqual(['The Times']);
  });

  // A guard: only "the Globe" is the Globe's short form; "Globe" of another paper's name is not.
  it('does not take the "Globe" of "Globe and Mail" for The Boston Globe', () => {
    const a = run(
      'How newsrooms adapt',
      'Stories have traditionally been printed in copies of The Boston Globe or Globe and Mail.',
    );
    expect(mentionsOf(a, 'The Boston Globe')).toEqual(['The Boston Globe']);
  });
});

describe('a name inside or beside a longer capitalised run', () => {
  it('ends a firm’s name at its legal form when that full stop ends the sentence', () => {
    const a = run(
      'Phone maker gains',
      'Analysts said the company could lose ground to Harlow Electronics Co. Harlow’s new phone sold out within hours.',
    );
    expect(entityOf(a, 'Harlow Electronics Co.')?.type).toBe('organization');
    expect(mentionsOf(a, 'Harlow Electronics Co.')).toContain('Harlow Electronics Co.');
    expect(a.entities.flatMap((e) => e.mentions.map((m) => slice(a, m)))).not.toContain(
      'Harlow Electronics Co. Harlow',
    );
  });

  it('keeps a place’s name at the start of a body’s "Head of …" name: "New England Journal of Medicine"', () => {
    const a = run(
      'Study finds link',
      'The study appeared on Wednesday in the New England Journal of Medicine and was funded by the Ohio Academy of Sciences.',
    );
    expect(entityOf(a, 'New England Journal of Medicine')?.type).toBe('organization');
    expect(entityOf(a, 'Ohio Academy of Sciences')?.type).toBe('organization');
  });

  it('groups a club’s own word with its name and city: "Real" of "Real Madrid"', () => {
    const a = run(
      'Late goal rescues draw',
      'A late goal saved the blushes of Real Madrid coach Fabio Capello on Saturday. The effort was enough to earn Real a point, and Real players protested at the final whistle.',
    );
    expect(mentionsOf(a, 'Real Madrid')).toEqual(['Real Madrid', 'Real', 'Real']);
  });
});

describe('a person known by one name, or by a rank and a surname', () => {
  it('keeps a lone name after an occupation ("the rapper Drake", "midfielder Donato") as a person', () => {
    const a = run(
      'Stars turn out for the gala',
      'The rapper Dreyko arrived late, and singer Marisol left early. Later, Dreyko performed two songs.',
      'Brazilian midfielder Donatello was sent off in the second half.',
    );
    for (const name of ['Dreyko', 'Marisol', 'Donatello']) expect(entityOf(a, name)?.type, name).toBe('person');
    expect(mentionsOf(a, 'Dreyko')).toEqual(['Dreyko', 'Dreyko']);
  });

  it('leaves a capitalised occupation at a sentence’s start out of the name', () => {
    const a = run('Stars turn out for the gala', "Comedian Conan O'Brien hosted the evening.");
    expect(entityOf(a, "Conan O'Brien")?.type).toBe('person');
  });

  it('reads "Cardinal Dolan" and "Sheriff Villanueva" as people, and "General Motors" as a firm', () => {
    const a = run(
      'Mass draws thousands',
      'Cardinal Dolan led the Mass on Sunday while Sheriff Villanueva watched. Dolan later met the mayor.',
      'Shares of General Motors rose, and Cardinal Health said it would cut jobs.',
    );
    expect(mentionsOf(a, 'Dolan')).toEqual(['Dolan', 'Dolan']);
    expect(entityOf(a, 'Dolan')?.type).toBe('person');
    expect(entityOf(a, 'Villanueva')?.type).toBe('person');
    expect(entityOf(a, 'General Motors')?.type).toBe('organization');
    expect(entityOf(a, 'Cardinal Health')?.type).toBe('organization');
  });
});

describe('a full name after an honorific, which the tagger read as a place', () => {
  it('groups "Ocasio-Cortez’s" and the headline’s "Ocasio-Cortez" with "Rep. Alexandria Ocasio-Cortez"', () => {
    const a = run(
      'Ocasio-Cortez Rallies Progressives',
      'Rep. Alexandria Ocasio-Cortez of New York told supporters on Saturday that the party needed new leaders. Ocasio-Cortez’s speech drew a crowd of 5,000.',
    );
    expect(mentionsOf(a, 'Alexandria Ocasio-Cortez')).toEqual([
      'Ocasio-Cortez',
      'Alexandria Ocasio-Cortez',
      'Ocasio-Cortez',
    ]);
    expect(entityOf(a, 'Alexandria Ocasio-Cortez')?.type).toBe('person');
  });
});
