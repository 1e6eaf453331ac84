import type { Evidence } from './aliases.js';
import { givenNameSex } from './lexicon/given-names.js';
import { push, strongest, type Sets } from './name-short-forms.js';

/**
 * A surname two relatives share, told apart by the title before it (issue 10): "Ruth Ann Miller
 * … Mrs. Miller … her son, David Miller". NYT-style features call every adult "Mr.", "Ms." or
 * "Mrs." and a surname; when two people of the article share it the bare surname stays apart
 * (joinPartialNames in aliases.ts), but if every time it is written it follows a title of one
 * sex and exactly one of the full names' given names is of that sex, it is that person's.
 */

interface Entry {
  readonly evidence: Evidence;
  readonly words: readonly string[];
}

/** The sex a courtesy title gives: "Mr." a man, "Mrs.", "Ms." and "Miss" a woman. */
const TITLE_BEFORE = /(?:^|[^\p{L}])(Mr|Mrs|Ms|Miss)\.? $/u;
const titleSex = (title: string): 'm' | 'f' => (title === 'Mr' ? 'm' : 'f');

/** The sex every occurrence of `word` in the text is titled with, if all are titled alike. */
function titledSex(word: string, text: string): 'm' | 'f' | undefined {
  let sex: 'm' | 'f' | undefined;
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) return sex;
    from = at + word.length;
    // Only the word itself: not "Millers" nor "Miller" inside "David Miller".
    if (/[\p{L}\p{N}]/u.test(text[at + word.length] ?? '') || /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
    const before = text.slice(Math.max(0, at - 40), at);
    const m = TITLE_BEFORE.exec(before);
    // "David Miller": a capitalised word right before it makes it part of a longer name.
    if (!m && /\p{Lu}[\p{L}'’-]* $/u.test(before)) continue;
    if (!m) return undefined;
    const s = titleSex(m[1]!);
    if (sex && sex !== s) return undefined;
    sex = s;
  }
}

/** Joins a bare surname left apart to the one person of its title's sex (in `sets`, by surface). */
export function joinTitledSurnames(
  surfaces: readonly string[],
  bySurface: ReadonlyMap<string, Entry>,
  sets: Sets,
  text: string,
): void {
  const people = surfaces.filter((s) => {
    const { words, evidence } = bySurface.get(s)!;
    return words.length >= 2 && strongest(evidence, 'person');
  });
  if (people.length < 2) return;
  const byLast = new Map<string, string[]>();
  for (const p of people) push(byLast, bySurface.get(p)!.words.at(-1)!, p);
  for (const s of surfaces) {
    const fulls = byLast.get(s);
    if (!fulls || fulls.length < 2 || bySurface.get(s)!.words.length !== 1) continue;
    const owners = new Set(fulls.map((p) => sets.find(p)));
    // Only a surname left apart because two people share it.
    if (owners.size < 2 || owners.has(sets.find(s))) continue;
    // Every full name's given name of a known sex, and one of them alone of its sex: only then
    // can a title tell (checked before the text is read, which is the costly part).
    const sexes = fulls.map((p) => givenNameSex(bySurface.get(p)!.words[0]!));
    if (sexes.some((x) => !x)) continue;
    const lone = (['m', 'f'] as const).filter((x) => sexes.filter((y) => y === x).length === 1);
    if (!lone.length) continue;
    const sex = titledSex(s, text);
    if (!sex || !lone.includes(sex)) continue;
    const matching = new Set(fulls.filter((_, k) => sexes[k] === sex).map((p) => sets.find(p)));
    if (matching.size !== 1) continue;
    sets.union([...matching][0]!, s);
  }
}
