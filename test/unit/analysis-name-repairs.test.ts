import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import type { Candidate } from '../../src/analysis/aliases.js';
import { cleanCandidates } from '../../src/analysis/name-cleanup.js';
import { entityOf, run, slice } from '../helpers/analysis-case.js';

// Repairs of the recogniser's name spans (issue 10), one class each, with sentences written for
// them: the span the tagger gives is fixed by what the characters around it say.

const names = (a: Analysis) => a.entities.filter((e) => e.type !== 'date').map((e) => e.name);
const surfaces = (a: Analysis) =>
  a.entities.filter((e) => e.type !== 'date').flatMap((e) => e.mentions.map((m) => slice(a, m)));

describe('a name holds no unbalanced bracket and no slash between two names', () => {
  it('splits a name the tagger ran over a closing bracket or a slash', () => {
    const a = run(
      'Whale rescue',
      '• Tama (Rawiri Henare) Walker, watched by his uncle, carves a bone in Rotorua.',
      'Partners include Vexar Systems/Holloway Corporation and several universities.',
    );
    expect(surfaces(a).filter((s) => /[()/]/u.test(s))).toEqual([]);
    expect(entityOf(a, 'Holloway Corporation')?.type).toBe('organization');
  });
});

describe('a sentence’s capital "The" is no part of a name', () => {
  // The tagger rarely takes a sentence's "The" into a name, so the repair is shown on its span.
  const candidate = (text: string, surface: string, n = 0): Candidate => {
    let start = -1;
    for (let k = 0; k <= n; k++) start = text.indexOf(surface, start + 1);
    const evidence = { person: 0, organization: 1, place: 0, other: 0 };
    return { start, end: start + surface.length, surface, words: surface.split(' '), evidence };
  };

  it('leaves "The" out when the article also writes the name with a small "the"', () => {
    const text =
      'The quay is run with help from the Kestrel Harbour Foundation. The Kestrel Harbour Foundation pledges to keep it open.';
    const [c] = cleanCandidates(text, [candidate(text, 'The Kestrel Harbour Foundation')]);
    expect(c?.surface).toBe('Kestrel Harbour Foundation');
    expect(text.slice(c!.start, c!.end)).toBe('Kestrel Harbour Foundation');
  });

  it('keeps "The" of a one-word name whose small "the" comes only before a longer name', () => {
    const text = 'The Daily and Sunday Telegraph cut jobs, as did the Daily Mail.';
    const [c] = cleanCandidates(text, [candidate(text, 'The Daily')]);
    expect(c?.surface).toBe('The Daily');
  });

  it('leaves "The" out of a one-word name the article also writes alone after a small "the"', () => {
    const text =
      'The Harwick Guild was founded in 1921. The Guild met monthly in a hall on the quay. ' +
      "Members of the Guild paid a shilling, and the Guild's hall still stands.";
    const [c] = cleanCandidates(text, [candidate(text, 'The Guild')]);
    expect(c?.surface).toBe('Guild');
    expect(text.slice(c!.start, c!.end)).toBe('Guild');
  });

  it('keeps "The" of a name the article never writes with a small "the"', () => {
    const text = 'The Hague Tribunal sat on Monday. The Hague Tribunal will sit again in May.';
    const [c] = cleanCandidates(text, [candidate(text, 'The Hague Tribunal', 1)]);
    expect(c?.surface).toBe('The Hague Tribunal');
  });
});

describe('a job title is no part of a name', () => {
  it('leaves CEO out of the name at either end', () => {
    const a = run(
      'Brightwater',
      'Contents',
      '• 1 History',
      '• 1.1 Okafor CEO promotion controversy',
      '• 2 Values',
      'Brightwater is a software community founded by Adaeze Okafor. Brightwater makes browsers.',
      'Okafor CEO promotion controversy[edit]',
      'On March 24, 2014, Brightwater announced the appointment of Okafor as CEO of Brightwater. Two companies ' +
        "protested the announcement of Okafor's appointment as CEO of Brightwater. Okafor said she was pleased.",
    );
    expect(names(a).filter((n) => /CEO/u.test(n))).toEqual([]);
    expect(entityOf(a, 'Okafor')?.name).toBe('Adaeze Okafor');
  });
});

describe('a member of a parliament, and a lower-case compound before a name', () => {
  const candidate = (text: string, surface: string): Candidate => {
    const start = text.indexOf(surface);
    const evidence = { person: 0, organization: 1, place: 0, other: 0 };
    return { start, end: start + surface.length, surface, words: surface.split(' '), evidence };
  };

  it('leaves MP, MPP and MEP out of a party’s name', () => {
    const text =
      'She was elected as a Tarrant Farmers Union MPP in 1919, beat a Greens MP in 1923 and later sat as an MEP.';
    const out = cleanCandidates(text, [
      candidate(text, 'Tarrant Farmers Union MPP'),
      candidate(text, 'Greens MP'),
      candidate(text, 'MEP'),
    ]);
    expect(out.map((c) => c.surface)).toEqual(['Tarrant Farmers Union', 'Greens']);
  });

  it('leaves "now-defunct" and "so-called" out of the name after them', () => {
    const text = 'It was close to the now-defunct Tasman League of Rights and the so-called Harbour Group.';
    const out = cleanCandidates(text, [
      candidate(text, 'now-defunct Tasman League of Rights'),
      candidate(text, 'so-called Harbour Group'),
    ]);
    expect(out.map((c) => c.surface)).toEqual(['Tasman League of Rights', 'Harbour Group']);
  });
});

describe('reference lists', () => {
  it('reads "Surname, Given (date)" as one person, the one the prose names in full', () => {
    const a = run(
      'Browsers',
      'Tobias Lindqvist wrote the first version of the layout engine.',
      'References',
      '1. ^ Lindqvist, Tobias (4 May 2003). "Notes on the layout engine". Retrieved 2012-08-19.',
      '2. ^ Marchetti, Giulia; Tobias Lindqvist (June 2, 2004). "A faster parser". Retrieved 2012-08-19.',
    );
    const tobias = entityOf(a, 'Lindqvist, Tobias');
    expect(tobias?.name).toBe('Tobias Lindqvist');
    expect(tobias?.type).toBe('person');
    expect(entityOf(a, 'Marchetti, Giulia')?.type).toBe('person');
    expect(surfaces(a)).not.toContain('Giulia');
  });

  it('reads the publisher after a quoted title as an organisation, whatever the tagger said', () => {
    const a = run(
      'Harbour software',
      'Kelpworks released the first version of the harbour scheduler in 2009.',
      'References',
      '1. ^ "Scheduler ships at last". Tidewater Gazette. Retrieved 2012-08-19.',
      '2. ^ "A faster harbour". shipping-notes.org. 4 May 2011. Retrieved 2012-08-19.',
      '3. ^ "Release notes". Kelpworks. Archived from the original on 2 June 2010.',
      '4. ^ "Top 5 Schedulers". Portside Stats. Halyard Labs Ltd. Retrieved 2012-05-10.',
    );
    for (const n of ['Tidewater Gazette', 'shipping-notes.org', 'Portside Stats', 'Halyard Labs Ltd'])
      expect(entityOf(a, n)?.type).toBe('organization');
    const kelpworks = entityOf(a, 'Kelpworks');
    expect(kelpworks?.type).toBe('organization');
    expect(kelpworks?.mentions.length).toBe(2);
    expect(names(a).filter((n) => /Scheduler|Release|harbour/u.test(n))).toEqual([]);
  });

  it('names a body whose full name holds a comma by that full name', () => {
    const a = run(
      'Trade talks',
      "Japan's Ministry of Economy, Trade and Industry (METI) said exports rose in March.",
      'METI expects them to rise again.',
    );
    expect(entityOf(a, 'METI')?.name).toBe('Ministry of Economy, Trade and Industry');
  });

  it('leaves a list of names in running prose alone', () => {
    const a = run('Lawyers', 'The firm of Barrow, Hensley and Quist said on Monday that it would appeal.');
    expect(surfaces(a).filter((s) => s.includes(','))).toEqual([]);
  });
});

describe('one type per entity, from all its mentions', () => {
  it('types a bare surname as the person its full name is, whatever else the word can be', () => {
    const a = run(
      'Early days',
      'When Gwen Everton arrived at the laboratory in 1961, she had no training in programming.',
      'Everton learned quickly. “It was fun,” Everton said. For Everton, these were formative years, ' +
        'and in 1963 Everton moved on to another project.',
    );
    const gwen = entityOf(a, 'Everton');
    expect(gwen?.name).toBe('Gwen Everton');
    expect(gwen?.type).toBe('person');
  });
});

describe('a geographic word ends a place’s name', () => {
  it('types "… Island" and "… Beach" as places, whatever the tagger guessed', () => {
    const a = run(
      'Strandings',
      'Forty pilot whales died on Kerrigan Island, and ten more stranded on Sixty Mile Beach this week.',
      'Volunteers drove north from Dunmore to reach Sixty Mile Beach before dawn.',
    );
    expect(entityOf(a, 'Kerrigan Island')?.type).toBe('place');
    expect(entityOf(a, 'Sixty Mile Beach')?.type).toBe('place');
  });
});
