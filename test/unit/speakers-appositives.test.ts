import { describe, expect, it } from 'vitest';
import { entityOf, run, speakerOf } from '../helpers/analysis-case.js';

// Speakers set off by an appositive, in the forms of US and UK dailies (issue 10, speakers3):
// each sentence written for its test.

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

describe('asides between a name and its verb', () => {
  it('reads past an appositive with a relative clause in it ("X, a nurse from Leeds who moved …, said")', () => {
    const a = run(
      'Welcome',
      'Kofi Mensah, a 34-year-old nurse from Kumasi who moved to Leeds in 2019 to join a hospital, said he had “never felt so welcome.”',
    );
    expect(speakerOf(a, 'never felt so welcome')).toBe('Kofi Mensah');
  });

  it('reads past a participle’s aside ("X, speaking to the BBC, said:") to the name', () => {
    const a = run(
      'Roads',
      'Farah Osei, speaking to the BBC, said: “The roads are impassable.”',
      'Jonas Lind, speaking on condition of anonymity, said the talks had “collapsed.”',
    );
    expect(speakerOf(a, 'roads are impassable')).toBe('Farah Osei');
    expect(speakerOf(a, 'collapsed')).toBe('Jonas Lind');
  });
});

describe('a speaker called by a title', () => {
  it('reads "the minister said" as the one person the text calls "the health minister, X,"', () => {
    const a = run(
      'Hospital',
      'The health minister, Gerald Oduya, visited the hospital on Monday.',
      '“The staff here are heroes,” the minister said.',
    );
    expect(speakerOf(a, 'staff here are heroes')).toBe('Gerald Oduya');
  });

  it('does not give "the foreign secretary" to the shadow foreign secretary', () => {
    const a = run(
      'Campaign',
      'Shadow foreign secretary Michael Ancram said: “We have fought a positive campaign.”',
      'Mr Straw spoke later. The Foreign Secretary told the BBC: “I was making an observation.”',
    );
    expect(speakerOf(a, 'making an observation')).not.toBe('Michael Ancram');
  });
});

describe('"as X put it"', () => {
  it('reads "As X put it, “…”" and "“…,” as X puts it." as X’s words', () => {
    const a = run(
      'Poetry',
      'As Marit Olsen put it, “Nobody gets rich writing poems.”',
      '“The rent comes first,” as Pavel Dusek puts it.',
    );
    expect(speakerOf(a, 'Nobody gets rich')).toBe('Marit Olsen');
    expect(speakerOf(a, 'rent comes first')).toBe('Pavel Dusek');
  });

  it('gives "As X of the Y website put it: “…”" to X, not to the website', () => {
    const a = run('Cases', 'As Ewan Doyle of the popular smallcases.org.uk website put it: “It will never be quiet.”');
    expect(speakerOf(a, 'never be quiet')).toBe('Ewan Doyle');
  });

  it('does not read "put it on the table" as speech', () => {
    const a = run('Gift', 'Marit Olsen put it on the table, a “gift” from the mayor.');
    expect(speakerOf(a, 'gift')).toBeNull();
  });
});

describe('"the Democrat said"', () => {
  it('reads it as the one person the text calls "a Democrat from …"', () => {
    const a = run(
      'Bill',
      'Representative Alana Brooks, a Democrat from Oregon, opposed the measure.',
      '“This bill hurts families,” the Democrat said.',
    );
    expect(speakerOf(a, 'bill hurts families')).toBe('Alana Brooks');
  });

  it('leaves it described when two people are called so', () => {
    const a = run(
      'Bill',
      'Alana Brooks, a Democrat from Oregon, and Tom Reyes, a Democrat from Ohio, opposed it.',
      '“This bill hurts families,” the Democrat said.',
    );
    expect(speakerOf(a, 'bill hurts families')).not.toBe('Alana Brooks');
  });
});
