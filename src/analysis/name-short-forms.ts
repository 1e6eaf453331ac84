import type { Evidence } from './aliases.js';
import { PLACE_CANONICAL } from './lexicon/places.js';
import { CITIES } from './lexicon/cities.js';
import { ORGANIZATIONS } from './lexicon/organizations.js';

/**
 * Short forms of a name named in full elsewhere in the article that the partial-name rule of
 * aliases.ts leaves apart, as US and UK outlets write them:
 * - a surname before a generation's suffix: "Kennedy" of "Robert F. Kennedy Jr.", "Manchin" of
 *   "Joe Manchin III";
 * - a surname that is also a place's name, where the tagger read it as a person's: "Jordan told
 *   reporters" after "Rep. Jim Jordan" (a word it read as the place stays the place);
 * - a publication by its last word: "the Post" of "The Washington Post", "the Journal" of "The
 *   Wall Street Journal";
 * - a club or firm by its own word before its city: "Rotor" of "Rotor Volgograd".
 * Each only when one thing named in full fits (two Kennedys, or the Financial Times beside the
 * New York Times, stay apart).
 */

/** A generation's suffix at the end of a person's name. */
const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);

/** The words of a name without its generation's suffix (the words themselves when there is none). */
export function withoutGeneration(words: readonly string[]): readonly string[] {
  return words.length > 2 && GENERATION_SUFFIXES.has(words[words.length - 1]!) ? words.slice(0, -1) : words;
}

/** Last words of a newspaper's or a magazine's name that stand for it alone, after "the". */
const PUBLICATION_HEADS: ReadonlySet<string> = new Set(
  'Times Post Journal Globe Tribune Herald Telegraph Guardian Observer Chronicle Examiner Inquirer Gazette Courier Sentinel Register Dispatch Bulletin Star Sun Mirror Express Independent Atlantic Economist'.split(
    ' ',
  ),
);

/** Disjoint sets of surfaces (aliases.ts's union-find), as the joining rules use them. */
export interface Sets {
  find(s: string): string;
  union(a: string, b: string): void;
}
interface Entry {
  readonly evidence: Evidence;
  readonly words: readonly string[];
  readonly firstAt: number;
}

/** Whether the evidence says type `t` at least as strongly as any other. */
export const strongest = (e: Evidence, t: keyof Evidence): boolean =>
  e[t] > 0 && e[t] >= Math.max(e.person, e.organization, e.place, e.other);

/** Adds `s` to the list under `key`. */
export const push = <T>(map: Map<string, T[]>, key: string, s: T): void => {
  const list = map.get(key);
  if (list) list.push(s);
  else map.set(key, [s]);
};

/**
 * A club or a firm named by its own word and its city: "Rotor Volgograd", "Dynamo Moscow",
 * "Bayern Munich". Its own word alone ("Rotor's brief spell", "Rotor are well placed") is it
 * where the tagger read that word as an organisation at least once.
 */
const clubLike = (words: readonly string[], evidence: Evidence, bySurface: ReadonlyMap<string, Entry>): boolean =>
  words.length === 2 &&
  strongest(evidence, 'organization') &&
  (knownPlace(words[1]!) || (bySurface.has(words[1]!) && strongest(bySurface.get(words[1]!)!.evidence, 'place'))) &&
  !knownPlace(words[0]!) &&
  /^\p{Lu}\p{Ll}/u.test(words[0]!) &&
  !ORGANIZATIONS.has(words[0]!);
const knownPlace = (w: string): boolean => PLACE_CANONICAL.has(w) || CITIES.has(w);

/** The one word a short form is: "Post", or "Times" of "The Times" at a sentence's start. */
const shortWord = (words: readonly string[]): string | undefined =>
  words.length === 1 ? words[0] : words.length === 2 && words[0] === 'The' ? words[1] : undefined;

const afterThe = (s: string, bySurface: ReadonlyMap<string, Entry>, text: string): boolean => {
  const at = bySurface.get(s)!.firstAt;
  return s.startsWith('The ') || /(?:^|[^\p{L}])(?:the|[Aa]) $/u.test(text.slice(Math.max(0, at - 5), at));
};

/** Joins each short form above to the one full name it stands for (in `sets`, by surface). */
export function joinShortForms(
  surfaces: readonly string[],
  bySurface: ReadonlyMap<string, Entry>,
  sets: Sets,
  text: string,
): void {
  // Full names by the word a short form of them is: the surname (before a suffix) or the publication's head.
  const byShort = new Map<string, string[]>();
  const withFull = new Set<string>();
  const clubs = new Map<string, string[]>();
  const personWords = new Set<string>();
  for (const s of surfaces) {
    const { words, evidence } = bySurface.get(s)!;
    if (words.length < 2 || shortWord(words)) continue;
    withFull.add(sets.find(s));
    if (strongest(evidence, 'person')) for (const w of words) personWords.add(w);
    else if (clubLike(words, evidence, bySurface)) push(clubs, words[0]!, s);
    const core = withoutGeneration(words);
    const last = core[core.length - 1]!;
    const person = strongest(evidence, 'person');
    const short =
      (person && (core !== words || PLACE_CANONICAL.has(last))) ||
      (!person && PUBLICATION_HEADS.has(last) && words.length > 2 - Number(words[0] !== 'The'));
    if (!short) continue;
    push(byShort, last, s);
  }
  if (byShort.size === 0 && clubs.size === 0) return;
  for (const s of surfaces) {
    const { words, evidence } = bySurface.get(s)!;
    const word = shortWord(words);
    if (word && clubs.has(word) && evidence.organization > 0 && !personWords.has(word) && !withFull.has(sets.find(s))) {
      const roots = new Set(clubs.get(word)!.map((m) => sets.find(m)));
      if (roots.size === 1) sets.union(clubs.get(word)![0]!, s);
      continue;
    }
    const fulls = word && byShort.get(word);
    if (!fulls || withFull.has(sets.find(s))) continue;
    const people = fulls.filter((m) => strongest(bySurface.get(m)!.evidence, 'person'));
    // A place's name joins a person only where the tagger read it as one; a publication's head is no person's.
    // "the Post", "The Times", "a Times reporter": after "the" or "a" (not the "Globe" of "… or Globe and Mail").
    const fits = PUBLICATION_HEADS.has(word)
      ? fulls.filter((m) => !people.includes(m) && !strongest(evidence, 'person') && afterThe(s, bySurface, text))
      : PLACE_CANONICAL.has(word)
        ? people.filter(() => words.length === 1 && strongest(evidence, 'person'))
        : people.filter((m) => withoutGeneration(bySurface.get(m)!.words) !== bySurface.get(m)!.words);
    const roots = new Set(fits.map((m) => sets.find(m)));
    if (roots.size === 1) sets.union(fits[0]!, s);
  }
}

/**
 * Each form `formsOf` gives of the people's names that belongs to one person only, with that
 * person's group index (a form two people's names give is left out): the surnames and particle
 * surnames a bare mention may go to.
 */
export function formsOfOnePerson(
  groups: readonly { type: string; surfaces: readonly string[] }[],
  formsOf: (words: readonly string[]) => Iterable<string>,
): Map<string, number> {
  const out = new Map<string, number>();
  const ambiguous = new Set<string>();
  groups.forEach((g, k) => {
    if (g.type !== 'person') return;
    for (const s of g.surfaces)
      for (const f of formsOf(s.split(/\s+/u))) {
        if (out.has(f) && out.get(f) !== k) ambiguous.add(f);
        else out.set(f, k);
      }
  });
  for (const f of ambiguous) out.delete(f);
  return out;
}
