import { noEvidence, type Candidate } from './aliases.js';
import { CUE_WEIGHT } from './entity-types.js';
import { CITIES } from './lexicon/cities.js';
import { lexiconTags } from './lexicon/common-words.js';
import { givenNameSex } from './lexicon/given-names.js';
import { PLACE_CANONICAL } from './lexicon/places.js';
import { TITLES } from './lexicon/titles.js';

/**
 * Names that end in "'s" (issue 10): "McDonald's", "Sotheby's", "Moody's", "Marshall Field's" are
 * a firm's whole name (CoNLL-2003 marks "Moody 's" so), where the tagger often stopped before the
 * "'s" and took the rest for a person or a place. The "'s" is the name's, not a possessive, when
 * the article never writes the name without it and, at least once, nothing a possessive would own
 * follows it ("at McDonald's.", "Macy's and Bloomingdale's", "McDonald's, which", "Sotheby's said",
 * "McDonald's also reported"). Then every such candidate takes its "'s", and the name is an
 * organisation's.
 * Not: a known place ("Rwanda's or Burundi's"), a disease ("Alzheimer's"), a given name ("Jack's"), a surname after a title
 * ("Mr Taylor's.") or the last word of a longer name in the article ("Blunkett's" of "David Blunkett").
 */

/** "'s" or "’s", then what no possessive is followed by: "and", "or", punctuation, the text's end. */
const NAME_END = /^['’]s(?=\s+(?:and|or)\s|[,.;:!?)]|$)/u;
/** "'s" or "’s", then a word in lower case. */
const WORD_AFTER = /^['’]s (\p{Ll}+)/u;
/** Verbs and prepositions a possessive is never followed by: "Sotheby's was", "Macy's will", "Dunmore's on Saturday". */
const VERBS = new Set(['was', 'were', 'said', 'had', 'did']);
const VERB_TAGS = new Set(['VBZ', 'MD', 'IN', 'TO']);
/** "'s also reported", "’s still plans": an adverb no possessive is followed by, then a verb in the past or the present. */
const ADVERB_VERB = /^['’]s (?:also|still) (\p{Ll}+)/u;
const endsName = (after: string): boolean => {
  if (NAME_END.test(after)) return true;
  const w = WORD_AFTER.exec(after)?.[1];
  if (!!w && (VERBS.has(w) || VERB_TAGS.has(lexiconTags(w)[0] ?? ''))) return true;
  const v = ADVERB_VERB.exec(after)?.[1];
  return !!v && (VERBS.has(v) || /^(?:VBD|VBZ|MD)$/u.test(lexiconTags(v)[0] ?? ''));
};
const POSSESSIVE = /^['’]s(?![\p{L}\p{N}])/u;
const SAINT = /^(?:St\.?|Saint) /u;
/** Diseases named after a doctor, which are no firm's: "Alzheimer's, Parkinson's and …". */
const DISEASES = new Set(['Alzheimer', 'Parkinson', 'Huntington', 'Crohn', 'Asperger', 'Tourette', 'Hodgkin', 'Bell']);

/** Every whole-word occurrence of the surfaces in the text (entities.ts `allOccurrences`, in one pass). */
type Occurrences = (text: string, surfaces: readonly string[]) => readonly { surface: string; start: number }[];

/**
 * The surfaces the text writes somewhere without "'s" after them, or after a title ("Mr Taylor's"):
 * possessives of a name, not names that end in "'s".
 */
function possessivesOnly(text: string, surfaces: readonly string[], occurrences: Occurrences): Set<string> {
  const out = new Set<string>();
  for (const { surface, start } of occurrences(text, surfaces)) {
    const end = start + surface.length;
    const before = /(\p{L}+)\.? $/u.exec(text.slice(Math.max(0, start - 16), start))?.[1];
    if (!POSSESSIVE.test(text.slice(end, end + 3)) || (before && TITLES.has(before))) out.add(surface);
  }
  return out;
}

/** The candidates, those of a name that ends in "'s" with it. */
export function possessiveNames(text: string, candidates: readonly Candidate[], occurrences: Occurrences): Candidate[] {
  const ending = new Set<string>();
  for (const c of candidates) if (endsName(text.slice(c.end, c.end + 24))) ending.add(c.surface);
  if (!ending.size) return [...candidates];
  const lastWords = new Set<string>();
  for (const c of candidates) if (c.words.length > 1) lastWords.add(c.words[c.words.length - 1]!);
  const names = new Set<string>();
  for (const s of ending) {
    const last = s.slice(s.lastIndexOf(' ') + 1);
    if (PLACE_CANONICAL.has(s) || CITIES.has(s) || DISEASES.has(s) || (!s.includes(' ') && givenNameSex(s))) continue;
    if ((!s.includes(' ') && lastWords.has(s)) || /['’]s$/u.test(last) || !/^\p{Lu}/u.test(last)) continue;
    names.add(s);
  }
  for (const s of possessivesOnly(text, [...names], occurrences)) names.delete(s);
  if (!names.size) return [...candidates];
  return candidates.map((c) => {
    if (!names.has(c.surface) || !POSSESSIVE.test(text.slice(c.end, c.end + 3))) return c;
    const end = c.end + 2;
    const s = text.slice(c.end, end);
    return {
      ...c,
      end,
      surface: c.surface + s,
      words: [...c.words, s],
      // "St Mary's" is a ground, a church or a hospital: what the tagger said it is.
      evidence: SAINT.test(c.surface)
        ? c.evidence
        : { ...c.evidence, organization: c.evidence.organization + CUE_WEIGHT },
    };
  });
}

/** Last words of a shop's, a bar's or a club's name after a possessive: "Sam's Club", "Harry's Bar", "Joe's Pizza". */
const VENUE_HEADS: ReadonlySet<string> = new Set(
  'Club Bar Pub Kitchen Diner Cafe Café Restaurant Grill Bakery Deli Pizza Tavern Bistro Steakhouse'.split(' '),
);

/**
 * "Sam's Club", "Harry's Bar", "Joe's Pizza": a shop's or a bar's name made of a person's name, its
 * "'s" and the kind of place, which the tagger reads as a person ("Sam") and a stray organisation or
 * place ("Club"). The two candidates become one organisation's name. Not after a known place
 * ("London's Bar" is none).
 */
export function possessiveVenues(text: string, candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    const gap = last ? text.slice(last.end, c.start) : '';
    const owner = last?.words ?? [];
    if (
      !last ||
      !/^['’]s $/u.test(gap) ||
      c.words.length !== 1 ||
      !VENUE_HEADS.has(c.words[0]!) ||
      owner.length > 2 ||
      !owner.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ||
      PLACE_CANONICAL.has(last.surface) ||
      CITIES.has(last.surface)
    ) {
      out.push(c);
      continue;
    }
    const evidence = { ...noEvidence(), organization: CUE_WEIGHT };
    out[out.length - 1] = {
      start: last.start,
      end: c.end,
      surface: text.slice(last.start, c.end),
      words: [...owner, gap.trim(), c.words[0]!],
      evidence,
    };
  }
  return out;
}
