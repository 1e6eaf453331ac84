import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { noEvidence } from '../../src/analysis/aliases.js';
import { typeGroup } from '../../src/analysis/entity-types.js';
import { loadShippedModel } from '../../src/analysis/ner/model.js';
import { entityOf, run, slice } from '../helpers/analysis-case.js';

// Classes of error found by scoring the whole analysis on news from another outlet (CoNLL-2003's
// Reuters articles, scripts/wikigold-pipeline.mjs --conll), each shown on sentences written for it.

const surfaces = (a: Analysis) =>
  a.entities.filter((e) => e.type !== 'date').flatMap((e) => e.mentions.map((m) => slice(a, m)));

describe('a hyphenated East Asian given name is all of the person’s name', () => {
  it('keeps "Jae-in" and "Ki-moon" whole, and still cuts a compound made of a name', () => {
    const a = run(
      'Summit in Seoul',
      'President Moon Jae-in met Ban Ki-moon on Friday, and the envoy Tsai Ing-wen sent a letter.',
      'Later Moon Jae-in thanked him. A Donald Trump-like campaign and a Sarah Smith-led review followed.',
    );
    for (const name of ['Moon Jae-in', 'Ban Ki-moon', 'Tsai Ing-wen'])
      expect(entityOf(a, name)?.type, name).toBe('person');
    expect(surfaces(a).filter((s) => /-(?:like|led)$/u.test(s))).toEqual([]);
  });
});

describe('a firm is known by its legal form and its ampersand', () => {
  it('types a name ending in Co, Plc or SpA, or joined by "&", an organisation, whatever the tagger read', () => {
    const a = run(
      'Seat maker to be sold',
      'Dennis & Harlow Co agreed on Monday to be bought by Vetrini SpA for $90 million.',
      'Dennis & Harlow said the deal would close in March. Dennis & Harlow makes car seats.',
      'Analysts at Crane Webb Plc said Vetrini SpA paid a fair price.',
    );
    for (const name of ['Dennis & Harlow Co', 'Vetrini SpA', 'Crane Webb Plc'])
      expect(entityOf(a, name)?.type, name).toBe('organization');
  });

  // The tagger reads such names right in most sentences; where it reads them as a person's
  // (an unfamiliar surname beside a given name), every mention votes person.
  const typed = (name: string) => {
    const text = `${name} rose. Shares of ${name} fell. ${name} said so.`;
    const mentions = [...text.matchAll(new RegExp(name, 'gu'))].map((m) => ({
      start: m.index,
      end: m.index + name.length,
    }));
    const group = {
      surfaces: [name],
      type: 'person' as const,
      canonical: null,
      evidence: { ...noEvidence(), person: 3 },
    };
    return typeGroup(text, group, name, mentions, new Set(), loadShippedModel()).type;
  };
  it('overrules a person’s votes for a name with a legal form or an ampersand', () => {
    expect(typed('Dennis & Harlow')).toBe('organization');
    expect(typed('Vetrini SpA')).toBe('organization');
    expect(typed('Dennis Harlow Co')).toBe('organization');
    expect(typed('Dennis Harlow')).toBe('person');
  });
});

describe('an ordinary word that opens a sentence with a hyphen is no name', () => {
  it('finds nothing in "Post-mortem" or "Re-education", and still the place in "Moscow-backed"', () => {
    const a = run(
      'Inquiry report',
      'Post-mortem results came back on Monday, the police said. Re-education camps were closed.',
      'Moscow-backed rebels said they would talk. Family-controlled firms made up half of the list.',
    );
    expect(surfaces(a)).toEqual(['Moscow']);
  });
});

describe('a place, a comma and a person are two names, not a reference’s "Surname, Given"', () => {
  it('keeps "Toronto" and "Kevin Hallam (9-7)" apart, and still joins a reference’s author', () => {
    const a = run(
      'Late scores',
      'At Toronto, Kevin Hallam (9-7) pitched seven strong innings. In Berlin, Anna Weber (2-1) won again.',
      'References',
      'Zawinski, Jamie (1996). Notes on a browser.',
    );
    expect(entityOf(a, 'Toronto')?.type).toBe('place');
    expect(entityOf(a, 'Kevin Hallam')?.type).toBe('person');
    expect(entityOf(a, 'Anna Weber')?.type).toBe('person');
    expect(surfaces(a)).toContain('Zawinski, Jamie');
  });
});

describe('a wire story’s sign-off is no Title Case headline', () => {
  it('finds the reporter and the desk in "-- Name, Desk, phone" and "Reporting by …"', () => {
    const a = run(
      'Oil prices slip',
      'Heating oil prices fell on Friday as traders sold ahead of the holiday weekend, dealers said.',
      '-- Maria Milling, Chicago Grains Desk, +1 312-555-0199',
    );
    expect(entityOf(a, 'Maria Milling')?.type).toBe('person');
    expect(entityOf(a, 'Chicago Grains Desk')?.type).toBe('organization');
    const b = run(
      'Oil prices slip',
      'Heating oil prices fell on Friday as traders sold ahead of the holiday weekend, dealers said.',
      'Reporting by Maria Milling in New York; Editing by Tom Hale',
    );
    expect(entityOf(b, 'Maria Milling')?.type).toBe('person');
    expect(entityOf(b, 'Tom Hale')?.type).toBe('person');
  });
});

describe('an adjective of a people or a faith before a group noun is not the group’s name', () => {
  it('keeps "Serbian", "Islamic", "French" and "English" out of the organisations', () => {
    const a = run(
      'Airport to close',
      'The airport will close for repairs, the Serbian news agency Beta reported on Friday.',
      'Israel complained about the Islamic group, the army said. Two English clubs and a French newspaper joined the talks.',
    );
    expect(entityOf(a, 'Beta')?.type).toBe('organization');
    for (const word of ['Serbian', 'Islamic', 'English', 'French'])
      expect(entityOf(a, word)?.type ?? 'none', word).not.toBe('organization');
  });
});

describe('a news agency’s dateline is a place, not a headline’s words', () => {
  it('finds the place a story was filed from, in capitals at the paragraph’s start', () => {
    const a = run(
      'Council votes to close plant',
      'FARMINGTON HILLS, Mich. (AP) — The city council voted on Tuesday to close the plant.',
      'SAN DIEGO (AP) — A judge ruled on Monday that the law stands. NATO met on Friday.',
    );
    expect(entityOf(a, 'FARMINGTON HILLS')?.type).toBe('place');
    expect(entityOf(a, 'SAN DIEGO')?.type).toBe('place');
    expect(entityOf(a, 'NATO')?.type).toBe('organization');
  });
});
