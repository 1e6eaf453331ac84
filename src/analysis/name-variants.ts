import { NAME_PARTICLES } from './lexicon/titles.js';

/**
 * One person written two ways in one article (issue 10): "Dave Hyatt" and "David Hyatt", "Hanna
 * Levintova" and "Hannah Levintova". Same surname, same number of words, and given names that
 * are one name: a familiar form of the other, or the same spelling but for one letter added
 * (never a final "a" or "e", which makes another person's name: "Eric" and "Erica").
 */

/** Familiar forms of given names, each with the full names it shortens. */
const FAMILIAR: Readonly<Record<string, readonly string[]>> = {
  Dave: ['David'],
  Davy: ['David'],
  Mike: ['Michael'],
  Mick: ['Michael'],
  Bob: ['Robert'],
  Bobby: ['Robert'],
  Rob: ['Robert'],
  Robbie: ['Robert'],
  Bill: ['William'],
  Billy: ['William'],
  Will: ['William'],
  Jim: ['James'],
  Jimmy: ['James'],
  Tom: ['Thomas'],
  Tommy: ['Thomas'],
  Joe: ['Joseph'],
  Dick: ['Richard'],
  Rick: ['Richard'],
  Rich: ['Richard'],
  Ted: ['Edward', 'Theodore'],
  Ed: ['Edward', 'Edwin', 'Edmund'],
  Eddie: ['Edward'],
  Tony: ['Anthony'],
  Chris: ['Christopher', 'Christine', 'Christina'],
  Nick: ['Nicholas'],
  Steve: ['Steven', 'Stephen'],
  Jon: ['Jonathan'],
  Ben: ['Benjamin'],
  Sam: ['Samuel', 'Samantha'],
  Alex: ['Alexander', 'Alexandra'],
  Liz: ['Elizabeth'],
  Beth: ['Elizabeth'],
  Kate: ['Katherine', 'Catherine', 'Kathryn'],
  Katie: ['Katherine', 'Catherine', 'Kathryn'],
  Kathy: ['Katherine', 'Catherine', 'Kathryn'],
  Jen: ['Jennifer'],
  Jenny: ['Jennifer'],
  Pat: ['Patrick', 'Patricia'],
  Dan: ['Daniel'],
  Danny: ['Daniel'],
  Matt: ['Matthew'],
  Andy: ['Andrew'],
  Drew: ['Andrew'],
  Greg: ['Gregory'],
  Jeff: ['Jeffrey'],
  Larry: ['Lawrence'],
  Jerry: ['Gerald', 'Jerome'],
  Sue: ['Susan'],
  Meg: ['Margaret'],
  Maggie: ['Margaret'],
  Peggy: ['Margaret'],
  Tim: ['Timothy'],
  Fred: ['Frederick'],
  Phil: ['Philip', 'Phillip'],
  Ron: ['Ronald'],
  Don: ['Donald'],
  Ken: ['Kenneth'],
  Doug: ['Douglas'],
  Vince: ['Vincent'],
  Nate: ['Nathan', 'Nathaniel'],
  Zach: ['Zachary'],
  Charlie: ['Charles'],
  Chuck: ['Charles'],
  Hank: ['Henry'],
  Harry: ['Henry', 'Harold'],
  Jack: ['John'],
  Johnny: ['John'],
  Abe: ['Abraham'],
  Gabe: ['Gabriel'],
  Pete: ['Peter'],
  Josh: ['Joshua'],
  Becky: ['Rebecca'],
  Vicky: ['Victoria'],
  Debbie: ['Deborah'],
  Cathy: ['Catherine'],
  Sasha: ['Alexander', 'Alexandra'],
};

/** Whether two given names are one person's: a familiar form of the other, or one letter more. */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  if (FAMILIAR[a]?.includes(b) || FAMILIAR[b]?.includes(a)) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < 3) return false;
  for (let k = 0; k < long.length; k++) {
    if (long.slice(0, k) + long.slice(k + 1) !== short) continue;
    // "Erica" and "Eric", "Louise" and "Louis": a final a or e names someone else.
    return !(k === long.length - 1 && /[ae]/u.test(long[k]!));
  }
  return false;
}

/**
 * Pairs of people's full names that are one person written two ways: same surname (and any
 * words between), given names one name by `sameGivenName`. A name with two such partners is
 * left alone ("Dan Reyes" beside both "Daniel Reyes" and "Danny Reyes").
 */
export function givenNameVariants(people: readonly (readonly string[])[]): [number, number][] {
  const bySurname = new Map<string, number[]>();
  people.forEach((words, k) => {
    if (words.length < 2) return;
    const key = words.slice(1).join(' ');
    const list = bySurname.get(key);
    if (list) list.push(k);
    else bySurname.set(key, [k]);
  });
  const pairs: [number, number][] = [];
  for (const list of bySurname.values()) {
    if (list.length < 2) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = people[list[i]!]![0]!,
          b = people[list[j]!]![0]!;
        if (a !== b && sameGivenName(a, b)) pairs.push([list[i]!, list[j]!]);
      }
  }
  const partners = new Map<number, number>();
  for (const [a, b] of pairs) for (const k of [a, b]) partners.set(k, (partners.get(k) ?? 0) + 1);
  return pairs.filter(([a, b]) => partners.get(a) === 1 && partners.get(b) === 1);
}

/** Two words of names are the same word, a particle's capital aside: "Bin Laden" is "bin Laden". */
export function sameNameWord(a: string, b: string): boolean {
  return a === b || (a.toLowerCase() === b.toLowerCase() && NAME_PARTICLES.has(a.toLowerCase()));
}

/** A word with a capital inside it: "OkCupid", "TechRepublic", "YouTube". */
const INNER_CAPITAL = /^\p{Lu}[\p{L}\p{N}]*\p{Ll}\p{Lu}[\p{L}\p{N}]*$/u;
const TWO_CAPITALS = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}])/gu;

/**
 * Other capitalisations of a one-word name with a capital inside it, where the text writes them:
 * "OKCupid" in a reference title for "OkCupid", "Youtube" is not sought (one capital, an ordinary
 * spelling of a word). Returns each variant with the name it spells.
 */
export function caseVariants(text: string, surfaces: Iterable<string>): Map<string, string> {
  const byLower = new Map<string, string>();
  for (const s of surfaces) if (s.length >= 4 && INNER_CAPITAL.test(s)) byLower.set(s.toLowerCase(), s);
  const out = new Map<string, string>();
  if (!byLower.size) return out;
  for (const m of text.matchAll(TWO_CAPITALS)) {
    const known = byLower.get(m[0].toLowerCase());
    if (known && known !== m[0]) out.set(m[0], known);
  }
  return out;
}

/** Whether the words of name `a` begin with those of `b`, word for word one name ("Dave" is "David"'s). */
export const namesStartWith = (a: readonly string[], b: readonly string[]): boolean =>
  b.every((w, k) => sameNameWord(a[k] ?? '', w));
/** Whether the words of name `a` end with those of `b`, word for word one name. */
export const namesEndWith = (a: readonly string[], b: readonly string[]): boolean =>
  b.every((w, k) => sameNameWord(a[a.length - b.length + k] ?? '', w));

/** "Bashir" of "al-Bashir", "Rahman" of "el-Rahman": a surname without its particle, or undefined. */
export function withoutParticle(word: string): string | undefined {
  const m = /^(?:al|el|ad|ash|as|at|bin|ibn|abu|bel)[-‐‑](\p{Lu}\p{L}+)$/u.exec(word);
  return m?.[1];
}
