/**
 * Issue 10, sentence-initial words: the recogniser sometimes keeps one word of a title it cut short
 * ("The" of "The Game"). Every whole-word occurrence of a name becomes a mention, so that one "The"
 * made every sentence-initial "The" an entity: in the 5 MB bench document "The" was the sidebar's
 * first person, with 7,091 mentions. A function word alone is never a name.
 */
import { describe, expect, it } from 'vitest';
import { entityOf, run, slice } from '../helpers/analysis-case.js';

describe('a function word alone is never an entity', () => {
  const a = run(
    'Digital chart',
    'The US digital sales top 10 include Kelly Clarkson, The Game and the Killers. Its trilogy - Northern Lights, The Subtle Knife and The Amber Spyglass - tells the story. The chart is compiled weekly.',
    'The list came out on Monday. The figures were strong. A record was set.',
  );

  it('lists no "The" or "A" of its own, however often sentences open with them', () => {
    const names = a.entities.map((e) => e.name);
    expect(names).not.toContain('The');
    expect(names).not.toContain('A');
    expect(entityOf(a, 'The')).toBeUndefined();
  });

  it('still finds the names around them', () => {
    expect(entityOf(a, 'Kelly Clarkson')?.type).toBe('person');
    expect(a.entities.flatMap((e) => e.mentions.map((m) => slice(a, m)))).toContain('The Game');
  });
});
