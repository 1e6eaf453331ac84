import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entityOf, run, slice } from '../helpers/analysis-case.js';

// Issue 10 (entities typed and grouped whole): passages of lede's own, marked by hand before lede
// was run on them. Session 20's (entity-passages.json) are in the style of US, UK and Australian
// dailies, business and tech sites; session 21's (entity-passages-2.json) in the forms of
// long-form features and magazine pieces (first names, "Mr. Surname", titles before names, streets
// and parks, a firm beside its product); session 22's (entity-passages-3.json) in forms the two
// did not cover (sport, business, science and health, entertainment, local news). Each entity is
// expected whole (exactly its mentions, in order) and of its type; one marked `known` is a class
// still unsolved, and the test asserts it still fails, so a fix shows here and its mark is taken off.

interface Expected {
  readonly type: string;
  readonly mentions: readonly string[];
  readonly known?: string;
}
interface Passage {
  readonly paragraphs: readonly string[];
  readonly entities: readonly Expected[];
}
const SETS = [
  { file: 'entity-passages.json', passages: 0, entities: 30, types: ['person', 'organization', 'place'] },
  { file: 'entity-passages-2.json', passages: 20, entities: 50, types: ['person', 'organization', 'place', 'other'] },
  { file: 'entity-passages-3.json', passages: 20, entities: 60, types: ['person', 'organization', 'place', 'other'] },
];

for (const set of SETS) {
  const { passages } = JSON.parse(readFileSync(new URL(`../fixtures/${set.file}`, import.meta.url), 'utf8')) as {
    passages: Passage[];
  };

  describe(`entities of passages marked by hand (${set.file})`, () => {
    for (const p of passages) {
      it(p.paragraphs[0]!, () => {
        const a = run(...p.paragraphs);
        for (const e of p.entities) {
          const got = entityOf(a, e.mentions[0]!);
          const whole = { type: got?.type, mentions: got?.mentions.map((m) => slice(a, m)) ?? [] };
          const want = { type: e.type, mentions: [...e.mentions] };
          if (e.known) expect(whole, `${e.mentions[0]}: ${e.known}`).not.toEqual(want);
          else expect(whole, e.mentions[0]).toEqual(want);
        }
      });
    }

    it(`holds at least ${set.passages} passages and ${set.entities} entities, of each type`, () => {
      const all = passages.flatMap((p) => p.entities);
      expect(passages.length).toBeGreaterThanOrEqual(set.passages);
      expect(all.length).toBeGreaterThanOrEqual(set.entities);
      expect(new Set(all.map((e) => e.type))).toEqual(new Set(set.types));
    });
  });
}
