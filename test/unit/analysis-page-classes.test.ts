import { describe, expect, it } from 'vitest';
import { entityOf, run } from '../helpers/analysis-case.js';

// Classes of errors seen on pages from outlets lede was not tuned on (issue 10), each with
// sentences written for it.

describe('a word that opens a sentence or a quotation is no name', () => {
  it('leaves out an adverb that opens a sentence', () => {
    const a = run(
      'Game review',
      'Did I mention you were in the future? Infinitely charming and surprisingly challenging, the puzzles hold up. Remarkably few players finish it.',
    );
    expect(entityOf(a, 'Infinitely')).toBeUndefined();
  });

  it('leaves out "Circa" heading a section', () => {
    const a = run('How we got here', 'Circa 2011', 'In late 2011 I joined the paper and sat in the newsroom.');
    expect(entityOf(a, 'Circa')).toBeUndefined();
  });

  it('leaves out an ordinary word that opens a quotation inside a sentence', () => {
    const a = run(
      'Coach stays',
      "The coach told me: 'Look, if you want to win, you have to train.' Then Marta Kowalczyk said she agreed.",
    );
    expect(entityOf(a, 'Look')).toBeUndefined();
    expect(entityOf(a, 'Marta Kowalczyk')?.type).toBe('person');
  });
});

describe('a country is a place', () => {
  it('types the US as a place where the tagger reads a government', () => {
    const a = run(
      'Men freed',
      'The four were held by the US military. The home secretary considered information which came to light during their detention by the United States. Officials at the Pentagon told BBC News US policy forbids it.',
    );
    expect(entityOf(a, 'United States')?.type).toBe('place');
    expect(entityOf(a, 'Pentagon')?.type).toBe('organization');
  });
});

describe('names glued together where a page lost a line break', () => {
  it('takes a credit line apart from the caption and the sentence after it', () => {
    const a = run(
      'Nintendo brings Mario to the iPhone',
      '© Provided by Business Insider Inc Nintendo/Apple Nintendo and Apple shocked the world earlier this year when they announced the game. Nintendo said it would cost $10, and Apple will feature it.',
    );
    expect(entityOf(a, 'Business Insider Inc')?.type).toBe('organization');
    const names = a.entities.map((e) => e.name);
    expect(names).not.toContain('Business Insider Inc Nintendo');
    expect(names).not.toContain('Apple Nintendo');
    expect(entityOf(a, 'Apple')?.mentions).toHaveLength(3);
    expect(entityOf(a, 'Nintendo')?.mentions).toHaveLength(4);
  });

  it('keeps a maker’s product named in prose whole', () => {
    const a = run(
      'Sound',
      'The console plays films in Dolby Atmos. Dolby said more titles would follow, and Atmos is spreading.',
    );
    expect(a.entities.map((e) => e.name)).toContain('Dolby Atmos');
  });

  it('reads "US Congress" as the country and its legislature', () => {
    const a = run(
      'Iran deal',
      'The message was aimed at Gulf allies and members of US Congress who remain opposed. Congress must vote within 60 days.',
    );
    expect(entityOf(a, 'US')?.type).toBe('place');
    expect(entityOf(a, 'Congress')?.type).toBe('organization');
    expect(entityOf(a, 'Congress')?.mentions).toHaveLength(2);
  });
});

describe('a company is not the short form of a product named after it', () => {
  it('keeps "Google" apart from "Google Doc"', () => {
    const a = run(
      'Newsrooms',
      'I filled too many Google Doc files with notes. Lack of mentorship is still a big problem. Google’s fellowship program is great.',
    );
    expect(entityOf(a, 'Google')?.type).toBe('organization');
    expect(entityOf(a, 'Google')).not.toBe(entityOf(a, 'Google Doc'));
  });
});

describe('a lone name with a manager, or that a player moves to, is a club', () => {
  it('types "Chelsea" as an organisation, not a person', () => {
    const a = run(
      'Gerrard happy at Anfield',
      'The midfielder is determined to see out his contract, despite reported interest from Chelsea. Gerrard looked set to move to Chelsea during the summer. Steven Gerrard said he was happy.',
    );
    expect(entityOf(a, 'Chelsea')?.type).toBe('organization');
    expect(entityOf(a, 'Steven Gerrard')?.type).toBe('person');
  });

  it('keeps a club the article names only beside its manager and chairman', () => {
    const a = run(
      'Wolves appoint Hoddle as manager',
      'Glenn Hoddle has been unveiled as the new Wolves manager. Wolves chairman Rick Hayward said: "We are delighted Glenn is here." Wolves are 17th in the table.',
    );
    expect(entityOf(a, 'Wolves')?.type).toBe('organization');
    expect(entityOf(a, 'Rick Hayward')?.type).toBe('person');
  });
});

describe('names as team sheets and broadcasters write them', () => {
  it('types an initial and a surname as a person', () => {
    const a = run(
      'France v Wales',
      'W Servat, O Milloud, G Lamboley, I Harinordoquy, P Mignoni, F Michalak, J-P Grandclaude.',
    );
    expect(entityOf(a, 'F Michalak')?.type).toBe('person');
  });

  it('names a station with its number, and types it as an organisation', () => {
    const a = run(
      'Brown vision',
      'He appeared on BBC Radio 4’s Today programme, and later on Channel 4 News. The BBC said so.',
    );
    expect(entityOf(a, 'BBC Radio 4')?.type).toBe('organization');
    expect(entityOf(a, 'Channel 4 News')?.type).toBe('organization');
    expect(a.entities.map((e) => e.name)).not.toContain('BBC Radio');
  });
});

describe('a surname glued to the name after it', () => {
  it('keeps "Labour" an organisation after "Blair"', () => {
    const a = run(
      'Election campaign',
      'Tony Blair spoke in Leeds on Monday. Labour’s manifesto was launched there, and Labour said it would win.',
      'Speaking after Blair Labour aides met, Labour officials said the party was ready. Mr Blair agreed.',
    );
    expect(entityOf(a, 'Labour')?.type).toBe('organization');
    expect(entityOf(a, 'Labour')?.mentions).toHaveLength(4);
    expect(entityOf(a, 'Blair')).toBe(entityOf(a, 'Tony Blair'));
  });
});
