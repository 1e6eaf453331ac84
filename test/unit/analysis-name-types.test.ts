import { describe, expect, it } from 'vitest';
import { contextCue } from '../../src/analysis/ner/recognise.js';
import { entityOf, run } from '../helpers/analysis-case.js';

// One type per entity from what its name says (issue 10), with sentences written for each class.

describe('a name’s last word says what it is', () => {
  it('types waterways, locks and districts as places, and a side of an ocean', () => {
    const a = run(
      'Fleet notes',
      'The trawler passed through the Corvin Locks and up the Tarrant Passage before the storm.',
      'Crab quotas in the Southern Pacific were cut again this year.',
      'Offices in the Vellmar Business District were closed for the day.',
    );
    for (const name of ['Corvin Locks', 'Tarrant Passage', 'Southern Pacific', 'Vellmar Business District'])
      expect(entityOf(a, name)?.type, name).toBe('place');
  });

  it('types a council or a firm with its legal form as an organisation', () => {
    const a = run(
      'Contributors',
      'The project is now run by the Quillfeather Council, which owns its trademarks.',
      'Most patches came from Brandolin S.L. and from independent volunteers.',
    );
    expect(entityOf(a, 'Quillfeather Council')?.type).toBe('organization');
    expect(entityOf(a, 'Brandolin S.L.')?.type).toBe('organization');
  });

  it('keeps a person whose surname is such a word a person', () => {
    const a = run('Tennis', 'Margaret Court won the title in 1970, the commentator Marion Court said.');
    expect(entityOf(a, 'Margaret Court')?.type).toBe('person');
  });
});

describe('a body’s head word before its "of" says it is an organisation', () => {
  it('gives a name typed other or a place an organisation cue from the word before "of"', () => {
    const at = (text: string, surface: string, type: 'other' | 'place' | 'person') => {
      const start = text.indexOf(surface);
      return contextCue(text, { start, end: start + surface.length, surface, type });
    };
    const text =
      'Delegates of the Canadian League of Rights, the University of Tarrow and the Union of Soviet Socialist Republics met.';
    expect(at(text, 'Canadian League of Rights', 'other')).toBe('organization');
    expect(at(text, 'University of Tarrow', 'place')).toBe('organization');
    // A union of republics is a country, not a body.
    expect(at(text, 'Union of Soviet Socialist Republics', 'place')).toBeUndefined();
    const riders = 'The team rode for the Brazilian Cycling Confederation and the Andean Riders Coalition.';
    expect(at(riders, 'Brazilian Cycling Confederation', 'other')).toBe('organization');
    expect(at(riders, 'Andean Riders Coalition', 'other')).toBe('organization');
  });
});

describe('waters, and the places beside them, are named as places', () => {
  it('gives "River …", "Port of …" and "… Dock" a place cue, whatever the tagger said', () => {
    const at = (text: string, surface: string, type: 'organization' | 'person') => {
      const start = text.indexOf(surface);
      return contextCue(text, { start, end: start + surface.length, surface, type });
    };
    const text = 'Ships left Kestrel Dock for the River Tarrow and the Port of Wendham, past Lake Forest College.';
    expect(at(text, 'Kestrel Dock', 'person')).toBe('place');
    expect(at(text, 'River Tarrow', 'organization')).toBe('place');
    expect(at(text, 'Port of Wendham', 'organization')).toBe('place');
    expect(at(text, 'Lake Forest College', 'person')).toBe('organization');
    // A team named for its river is no place.
    expect(at('The Tarrow River Cats won; the River Cats lost.', 'River Cats', 'organization')).toBeUndefined();
  });
});

describe('a place’s name right before a body’s name is part of it', () => {
  it('reads "Alberta Liberal Party" as one organisation where the tagger split off the place', () => {
    const a = run(
      'Elections',
      'She ran twice in Alberta Liberal Party leadership races and lost both.',
      'Sixty teams play in West Virginia Intercollegiate Athletic Conference games.',
    );
    expect(entityOf(a, 'Alberta Liberal Party')?.type).toBe('organization');
    expect(entityOf(a, 'West Virginia Intercollegiate Athletic Conference')?.type).toBe('organization');
  });
});

describe('software named with a release number is a product', () => {
  it('types "QMAPR 3.4" as other, not an organisation', () => {
    const a = run(
      'Release notes',
      'QMAPR is a free mapping program. The changes in QMAPR 3.4 fall into three groups.',
      'Users of QMAPR can now drag layers between windows, and QMAPR 3.4.1 fixes two bugs.',
      'Most QMAPR users are in Europe.',
    );
    expect(entityOf(a, 'QMAPR')?.type ?? 'other').toBe('other');
  });

  it('reads a product made for a platform as one product', () => {
    const a = run('Apps', 'The viewer also ships as an extension for Firefox for Android and for desktop browsers.');
    expect(entityOf(a, 'Firefox for Android')?.type ?? 'other').toBe('other');
  });
});

describe('a person’s name is no part of a body’s name joined by "and"', () => {
  it('keeps "Gerhard Schroeder" and "European Commission" apart', () => {
    const a = run(
      'Summit',
      'Letters were sent to the chancellor Gerhard Schroeder and European Commission staff in the spring of that year.',
    );
    expect(a.entities.map((e) => e.name)).not.toContain('Gerhard Schroeder and European Commission');
    expect(entityOf(a, 'Gerhard Schroeder')?.type).toBe('person');
    expect(entityOf(a, 'European Commission')?.type).toBe('organization');
  });
});

describe('a lone word the words around call a person stays a person', () => {
  it('keeps the given names listed after "his sons"', () => {
    const a = run(
      'The mill',
      'The mill was run by Oskar Brandt and later by his sons Tobin, Rafe and Lukas Brandt. In 1931, Rafe and Lukas Brandt sold it.',
    );
    expect(entityOf(a, 'Tobin')?.type).toBe('person');
    expect(entityOf(a, 'Rafe')?.type).toBe('person');
  });

  it('keeps a given name two people of the article share as a person', () => {
    const a = run('The band', 'Tom Wells and Tom Harris founded the band in 1999. Tom left in 2003 to study law.');
    expect(entityOf(a, 'Tom')?.type).toBe('person');
    expect(entityOf(a, 'Tom Wells')?.type).toBe('person');
  });

  it('keeps a name that realised "he" could not win', () => {
    const a = run(
      'The siege',
      'The siege of Carvo went on for a month, until Varga realised he could not win and withdrew.',
    );
    expect(entityOf(a, 'Varga')?.type).toBe('person');
  });
});
