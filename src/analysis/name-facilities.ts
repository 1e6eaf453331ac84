import { givenNameSex } from './lexicon/given-names.js';

/**
 * Streets, bridges, parks, buildings and other built places (issue 10): long-form features and
 * city pieces name them all the time ("a rowhouse on Elm Street", "the Ferry Building", "near
 * Prospect Park"), and the tagger, trained on newswire, often reads them as organisations. A name
 * of two or more words ending in one of these words is a place, as CoNLL-2003 and the gold pages
 * mark facilities. Words that are common surnames ("Hall", "Lane", "Hill") are left out, and
 * so is a two-word name whose first word is a given name ("Tom Bridge" would be a person).
 */
const FACILITY_HEADS = new Set(
  'Street St Avenue Ave Road Boulevard Drive Parkway Highway Freeway Expressway Turnpike Square Plaza Park Bridge Tunnel Building Tower Towers Station Airport Stadium Arena Cathedral Abbey Castle Gardens Pier Wharf Heights Mall Terminal Market Zoo'.split(
    ' ',
  ),
);

/** Whether a name of two or more words is a built place's by its last word: "Elm Street", "Ferry Building". */
export function facilityName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const last = words[words.length - 1]!;
  // "Jeremiah Morrow Bridge", "John Paul Jones Arena": a given name, a surname and the head is a place.
  return FACILITY_HEADS.has(last) && !(words.length === 2 && givenNameSex(words[0]!));
}
