import { describe, expect, it } from 'vitest';
import { run, speakerOf } from '../helpers/analysis-case.js';

// Classes found in session 20's passages (speakers6, test/fixtures/speakers-passages-4.json): the
// attribution forms of US and Australian wires, dailies, city and tech sites, each in sentences
// written for its test.

describe('a role between two names', () => {
  it('gives "said Virgin Blue chief executive Brett Godfrey" to the person, not the company', () => {
    const a = run('Fares', '“We will keep flying to Hobart,” said Virgin Blue chief executive Brett Godfrey.');
    expect(speakerOf(a, 'keep flying to Hobart')).toBe('Brett Godfrey');
  });

  it('reads the same phrase as the subject before the verb', () => {
    const a = run('Fares', 'Virgin Blue chief executive Brett Godfrey said the airline would “keep flying to Hobart”.');
    expect(speakerOf(a, 'keep flying to Hobart')).toBe('Brett Godfrey');
  });

  it('gives "said Moss biographer Charles Cross" to the biographer when Moss is a person named before', () => {
    const a = run(
      'Fame',
      'The singer Lena Moss died in 1994.',
      '“She hated fame,” said Moss biographer Charles Cross.',
    );
    expect(speakerOf(a, 'She hated fame')).toBe('Charles Cross');
  });

  it('keeps the first name when the second is joined by "and"', () => {
    const a = run('Race', '“It was close,” said Ann Lee and adviser Tom Roe.');
    expect(speakerOf(a, 'It was close')).not.toBe('Tom Roe');
  });
});

describe('a plural name’s possessive before a role', () => {
  it('gives "said Kestrel Motors’ chief financial officer, Ruth Okafor" to Okafor', () => {
    const a = run('Plant', '“The plant stays open,” said Kestrel Motors’ chief financial officer, Ruth Okafor.');
    expect(speakerOf(a, 'plant stays open')).toBe('Ruth Okafor');
  });

  it('gives "Jones’ lawyer Gregory Hale told reporters" to the lawyer, not his client', () => {
    const a = run(
      'Court',
      'Ben Jones denies the charge.',
      'Jones’ lawyer Gregory Hale told reporters: “We will appeal.”',
    );
    expect(speakerOf(a, 'We will appeal')).toBe('Gregory Hale');
  });

  it('keeps the described speaker when no name follows ("said Kestrel Motors’ spokesman")', () => {
    const a = run('Plant', '“The plant stays open,” said Kestrel Motors’ spokesman.');
    expect(speakerOf(a, 'plant stays open')).toBe('Kestrel Motors’ spokesman');
  });
});

describe('a title before a name set off by commas after the quotation', () => {
  it('gives "“…,” Sheriff Dale Korver, 45, said" to the sheriff', () => {
    const a = run('Search', '“We will find who did this,” Sheriff Dale Korver, 45, said.');
    expect(speakerOf(a, 'find who did this')).toBe('Dale Korver');
  });

  it('reads past a title the lexicon does not list ("Representative Adam Schiff, Democrat of California, said")', () => {
    const a = run('Vote', '“It was a mistake,” Representative Adam Schiff, Democrat of California, said on Sunday.');
    expect(speakerOf(a, 'It was a mistake')).toBe('Adam Schiff');
  });

  it('does not give the quotation to a titled name that opens the next sentence without a speech verb', () => {
    const a = run(
      'Drink',
      'Ian Reid spoke first. “The message has been lost,” he said. “It is a pity.” Mr Tom Law, from a charity, believed damage had been done.',
    );
    expect(speakerOf(a, 'It is a pity')).not.toBe('Tom Law');
  });
});

describe('a title abbreviated with a full stop', () => {
  it('gives "said Ald. Brendan Keane" to the alderman, never to "Ald"', () => {
    const a = run('Trees', '“Residents deserve a say,” said Ald. Brendan Keane (42nd).');
    expect(speakerOf(a, 'deserve a say')).toBe('Brendan Keane');
  });

  it('reads two abbreviated titles before a name ("said Det. Insp. Ann Moss, of …")', () => {
    const a = run('Arrest', '“He is dangerous,” said Det. Insp. Ann Moss, of the Metropolitan Police.');
    expect(speakerOf(a, 'He is dangerous')).toBe('Ann Moss');
    expect(a.entities.map((e) => e.name)).not.toContain('Insp');
  });
});

describe('a sentence that brings in someone new between two quotations', () => {
  it('does not carry the first speaker past "X repeated his party’s calls …"', () => {
    const a = run(
      'Advice',
      'Tory leader Michael Howard said: “This issue will not go away.” Liberal Democrat spokesman Menzies Campbell repeated his party’s calls for the advice to be published. “The public interest can only be served by disclosure.”',
    );
    expect(speakerOf(a, 'will not go away')).toBe('Michael Howard');
    expect(speakerOf(a, 'public interest')).toBeNull();
  });

  it('nor past "Jack Hale was keen not to talk about …"', () => {
    const a = run(
      'Title',
      'The captain, Tom Price, said: “We played well.” Jack Hale was keen not to talk about the title. “There is a long way to go.”',
    );
    expect(speakerOf(a, 'long way to go')).toBeNull();
  });

  it('still carries it past a sentence about someone who does not speak', () => {
    const a = run(
      'Lions',
      'Coach Clive Woodward said: “I took lessons from 2001.” Scotland forward Simon Taylor looks certain to get the call. “I have no doubts he will be fit.”',
    );
    expect(speakerOf(a, 'no doubts he will be fit')).toBe('Clive Woodward');
  });
});

describe('a time adjunct between the subject and the speech verb', () => {
  it('gives "Mitch McConnell on Monday said" to McConnell', () => {
    const a = run('Bill', 'Senate Majority Leader Mitch McConnell on Monday said the bill was “dead on arrival.”');
    expect(speakerOf(a, 'dead on arrival')).toBe('Mitch McConnell');
  });

  it('gives "McConnell earlier this month described" to McConnell', () => {
    const a = run(
      'Plan',
      'Mitch McConnell spoke first. McConnell earlier this month described the plan as “socialism.”',
    );
    expect(speakerOf(a, 'socialism')).toBe('Mitch McConnell');
  });
});

describe('a description, then the name set off by commas, before a colon', () => {
  it('gives "Her husband, Joe, was less sure: “…”" to Joe', () => {
    const a = run(
      'Stay',
      '“We’re staying,” said Linda Kowalski. Her husband, Joe, was less sure: “Ask me again in a month.”',
    );
    expect(speakerOf(a, 'We’re staying')).toBe('Linda Kowalski');
    expect(speakerOf(a, 'Ask me again')).toBe('Joe');
  });
});

describe('a transcript’s speaker in capitals before a colon', () => {
  it('gives "BELLINI: “…”" to the one person of that surname', () => {
    const a = run(
      'Library',
      'We talked to the architect Marco Bellini about the new library.',
      'BELLINI: “The building is meant to be walked through, not looked at.”',
    );
    expect(speakerOf(a, 'walked through')).toBe('Marco Bellini');
  });

  it('leaves it empty when two people share the surname', () => {
    const a = run(
      'Library',
      'We talked to the architects Marco Bellini and Anna Bellini about the new library.',
      'BELLINI: “The building is meant to be walked through.”',
    );
    expect(speakerOf(a, 'walked through')).toBeNull();
  });
});

describe('a speaker named in the sentence after the quotation', () => {
  it('gives "“…” That was Ruiz, speaking Monday at City Hall." to Ruiz', () => {
    const a = run(
      'Stadium',
      'City Councilwoman Ana Ruiz has opposed the stadium from the start.',
      '“This deal is a giveaway to billionaires.” That was Ruiz, speaking Monday at City Hall.',
    );
    expect(speakerOf(a, 'giveaway to billionaires')).toBe('Ana Ruiz');
  });

  it('gives no one a quotation followed by "That was the worst night …"', () => {
    const a = run('Game', 'Ana Ruiz watched from the stands.', '“We lost.” That was the worst night of the season.');
    expect(speakerOf(a, 'We lost')).toBeNull();
  });
});

describe('a description, then the name and where the person is from', () => {
  it('gives "said the study’s lead author, Dr. Rachel Kim of the University of Michigan" to Kim', () => {
    const a = run(
      'Trend',
      '“Our data shows a clear trend,” said the study’s lead author, Dr. Rachel Kim of the University of Michigan.',
    );
    expect(speakerOf(a, 'clear trend')).toBe('Rachel Kim');
  });
});
