import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.js';
import { entityOf, run, slice } from '../helpers/analysis-case.js';

// A name the recogniser cut short inside a run of capitalised words in running prose (issue 10),
// with sentences written for the class: the capitalised words beside it belong to it.

const surfaces = (a: Analysis) =>
  a.entities.filter((e) => e.type !== 'date').flatMap((e) => e.mentions.map((m) => slice(a, m)));

describe('a name is not cut short inside a run of capitalised words', () => {
  it('keeps the head word after a name: "the Islamic State group", "Harlow Point Beach"', () => {
    const a = run(
      'Coast patrol',
      'Officials said the Islamic State group had claimed the attack near the border on Friday.',
      'Two surfers were rescued from the rocks at Harlow Point Beach after the tide turned.',
    );
    expect(surfaces(a)).not.toContain('Islamic');
    expect(entityOf(a, 'Islamic State')?.type).toBe('organization');
    expect(entityOf(a, 'Harlow Point Beach')?.type).toBe('place');
    expect(surfaces(a)).not.toContain('Harlow Point');
  });

  it('joins a name and a lone head word beside it: "Fernby Island-based", "Pilot’s Wharf"', () => {
    const a = run(
      'Harbour notes',
      'The boat was refitted at Pilot’s Wharf in Portland before the season began.',
      'She is the chief buyer of a Fernby Island-based seafood company that supplies restaurants.',
    );
    expect(entityOf(a, 'Pilot’s Wharf')).toBeDefined();
    expect(surfaces(a)).not.toContain('Pilot');
    expect(entityOf(a, 'Fernby Island')?.type).toBe('place');
  });

  it('never glues a title, an ordinary word or a sentence’s first word to a person', () => {
    const a = run(
      'Hearing',
      'The panel heard from Pastor Delroy Amankwah and from Senator Ruth Kellerman on Tuesday.',
      'Yesterday Delroy Amankwah said the church would appeal.',
    );
    expect(surfaces(a)).not.toContain('Pastor Delroy Amankwah');
    expect(surfaces(a)).not.toContain('Senator Ruth Kellerman');
    expect(surfaces(a)).not.toContain('Yesterday Delroy Amankwah');
    expect(entityOf(a, 'Delroy Amankwah')?.type).toBe('person');
  });
});
