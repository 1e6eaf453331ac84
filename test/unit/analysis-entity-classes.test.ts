import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { entityOf, run, slice } from '../helpers/analysis-case.js';

// Classes of span, type and grouping failures seen on pages from outlets other than the BBC
// (issue 10, session 12), one test each, with sentences written for them.

const named = (a: Analysis) => a.entities.filter((e) => e.type !== 'date');
const surfaces = (a: Analysis) => named(a).flatMap((e) => e.mentions.map((m) => slice(a, m)));

describe('a sentence’s full stop after a capital letter is not part of a name', () => {
  it('keeps the full stop out of a model name and makes no name of "S. The"', () => {
    const a = run(
      'A console review',
      'The new handheld is lighter than the Zentrax Pro S. The company says the battery lasts longer.',
      'Most buyers will still be happy with the Zentrax Pro S.',
      'Reviewers compared it with the Zentrax Pro S, its older sibling.',
    );
    expect(surfaces(a).filter((s) => /\.$|^S\. |^The$/u.test(s))).toEqual([]);
    const pro = entityOf(a, 'Zentrax Pro S');
    expect(pro?.name).toBe('Zentrax Pro S');
    expect(pro?.mentions).toHaveLength(3);
  });

  it('keeps an initial inside a person’s name', () => {
    const a = run('A profile', 'Marla J. Okonkwo said the results were clear.', 'Okonkwo has led the team since 2015.');
    expect(entityOf(a, 'Marla J. Okonkwo')?.type).toBe('person');
  });
});

describe('websites named by their domains', () => {
  it('makes each domain one organisation, apart from the name inside it', () => {
    const a = run(
      'A split in the project',
      'The two groups disagree: Quillworks.org sells the new board, while Quillworks.cc lists it as coming soon.',
      'Quillworks LLC owns the trademark in Europe.',
      'The story was first reported on Brindlepost.com, and readers can write to editor@brindlepost.com.',
    );
    expect(entityOf(a, 'Quillworks.org')?.type).toBe('organization');
    expect(entityOf(a, 'Quillworks.cc')?.type).toBe('organization');
    expect(entityOf(a, 'Quillworks.org')).not.toBe(entityOf(a, 'Quillworks.cc'));
    expect(entityOf(a, 'Brindlepost.com')?.type).toBe('organization');
    // No mention of "Quillworks" is cut out of a domain, and an e-mail address is no name.
    expect(surfaces(a).filter((s) => s === 'Quillworks')).toEqual([]);
    expect(surfaces(a).filter((s) => s.includes('@') || s === 'brindlepost.com')).toEqual([]);
  });
});

describe('a firm’s name runs on to its legal word', () => {
  it('takes "Technologies", "Research", "Company" into the name and makes it an organisation', () => {
    const a = run(
      'Trademark trouble',
      'The browser was renamed to avoid a dispute with Halvorsen Technologies. Sales were low, according to Pellamy Research.',
      'Gideon Marsh, president of Ardith P. Marsh Company, said the dispute cost little.',
      'Marsh added that the firm would appeal.',
    );
    expect(entityOf(a, 'Halvorsen Technologies')?.type).toBe('organization');
    expect(entityOf(a, 'Pellamy Research')?.type).toBe('organization');
    expect(entityOf(a, 'Ardith P. Marsh Company')?.type).toBe('organization');
    // With the firm's name whole, "Marsh" names one person.
    expect(entityOf(a, 'Marsh')).toBe(entityOf(a, 'Gideon Marsh'));
  });
});

describe('one person or firm written two ways is one entity', () => {
  it('groups a familiar given name and a one-letter spelling variant with the full name', () => {
    const a = run(
      'Browser history',
      'The first version was written by Dave Okafor and Joanna Brisk in 2002.',
      'David Okafor later left for another company. Johanna Brisk stayed on as the lead.',
      'Okafor said the code was rewritten twice.',
    );
    expect(entityOf(a, 'David Okafor')).toBe(entityOf(a, 'Dave Okafor'));
    expect(entityOf(a, 'Okafor')).toBe(entityOf(a, 'Dave Okafor'));
    expect(entityOf(a, 'Johanna Brisk')).toBe(entityOf(a, 'Joanna Brisk'));
  });

  it('keeps apart two people whose given names differ by a final a', () => {
    const a = run(
      'A family firm',
      'Daniel Ferreira and his sister Daniela Ferreira opened the bakery in 1998.',
      'Daniela Ferreira said the first year was hard.',
    );
    expect(entityOf(a, 'Daniel Ferreira')).toBeDefined();
    expect(entityOf(a, 'Daniela Ferreira')).not.toBe(entityOf(a, 'Daniel Ferreira'));
  });

  it('groups a surname whose particle is capitalised with the full name', () => {
    const a = run(
      'An old case',
      'Investigators linked the attack to Khalid bin Rashed, who had fled the country.',
      'Bin Rashed was never caught, and officials said Bin Rashed had died in 2011.',
    );
    expect(entityOf(a, 'Bin Rashed')).toBe(entityOf(a, 'Khalid bin Rashed'));
  });

  it('finds a name written with other capitals in a reference title', () => {
    const a = run(
      'Dating apps',
      'Users of FlirtHub were shown a message asking them to switch browsers. FlirtHub later removed it.',
      'References: Moss, Ada (2 May 2014). "FLIRTHub Ends Browser Protest". Retrieved 2014-05-04.',
      'Moss, Ada (3 May 2014). "FLirtHub Chief Speaks". Retrieved 2014-05-04.',
    );
    const hub = entityOf(a, 'FlirtHub');
    expect(hub).toBeDefined();
    expect(entityOf(a, 'FLirtHub')).toBe(hub);
  });

  it('groups a firm’s short name with its name and "Online"', () => {
    const a = run(
      'A licence dispute',
      'The German site Grevenbrock Online first reported the dispute.',
      'Grevenbrock later published the letters in full.',
    );
    expect(entityOf(a, 'Grevenbrock')).toBe(entityOf(a, 'Grevenbrock Online'));
  });
});

describe('products named after their maker are not organisations', () => {
  it('types a product line and a maker’s model as other, and keeps a firm’s division an organisation', () => {
    const a = run(
      'A console review',
      'Microsoft says the Xbox Series Q runs every game at a higher frame rate than before.',
      'It supports Dolby Kestrel sound, and the chip inside comes from AMD. Sony Pictures made two of the launch films.',
    );
    expect(entityOf(a, 'Xbox Series Q')?.type ?? 'other').toBe('other');
    expect(entityOf(a, 'Dolby Kestrel')?.type ?? 'other').toBe('other');
    expect(entityOf(a, 'Microsoft')?.type).toBe('organization');
    expect(entityOf(a, 'Sony Pictures')?.type).toBe('organization');
  });
});

describe('a name holds no "or" and no adjective made with a hyphen', () => {
  it('splits two names joined by "or" and cuts a lower-case word hyphened to a name', () => {
    const a = run(
      'Notes from a newsroom',
      'FLAME-proof suits were handed out on the first day.',
      'Nobody at the Daily Courier or Gazette had tried it before, and the Zentrax Pro-enhanced version was faster.',
    );
    expect(surfaces(a).filter((s) => / or |-proof|-enhanced/u.test(s))).toEqual([]);
    expect(entityOf(a, 'Daily Courier')).toBeDefined();
  });
});

describe('the rest of an organisation’s name the tagger did not find', () => {
  it('runs a name joined by "on" over "and" and the words after it, but not over another name', () => {
    const a = run(
      'A new study',
      'A report released on Monday by Dunmore University’s Center on Rural Poverty and Housing questions that.',
      'The Office for Budget Responsibility and Tom Baines said the figures were wrong.',
    );
    expect(entityOf(a, 'Center on Rural Poverty and Housing')?.type).toBe('organization');
    expect(entityOf(a, 'Office for Budget Responsibility')?.type).toBe('organization');
    expect(entityOf(a, 'Tom Baines')?.type).toBe('person');
  });
});

describe('a people’s name and its plural are one row', () => {
  it('groups "Norwegians" with "Norwegian" under the singular', () => {
    const a = run(
      'Talks resume',
      'Two Norwegian ministers arrived on Tuesday. Many Norwegians doubt the talks will succeed.',
      'A Norwegian diplomat said Norwegians would vote on any deal.',
    );
    const row = entityOf(a, 'Norwegians');
    expect(row?.type).toBe('other');
    expect(entityOf(a, 'Norwegian')).toBe(row);
    expect(row?.name).toBe('Norwegian');
  });
});
