import { describe, expect, it } from 'vitest';
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
