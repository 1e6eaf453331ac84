import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { Analysis, Entity } from '../../src/analysis/types.js';
import { parsePlainText } from '../../src/load/parse-text.js';

// A name the recogniser cut short inside a run of capitalised words in running prose (issue 10),
// with sentences written for the class: the capitalised words beside it belong to it.

function run(...paragraphs: string[]): Analysis {
  return analyze(parsePlainText(paragraphs.join('\n\n'), 'case'));
}
const slice = (a: Analysis, s: { start: number; end: number }) => a.text.slice(s.start, s.end);
const surfaces = (a: Analysis) =>
  a.entities.filter((e) => e.type !== 'date').flatMap((e) => e.mentions.map((m) => slice(a, m)));
const entityOf = (a: Analysis, surface: string): Entity | undefined =>
  a.entities.find((e) => e.mentions.some((m) => slice(a, m) === surface));

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
