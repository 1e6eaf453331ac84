import { isCommonWord } from './lexicon/common-words.js';
import { CITIES } from './lexicon/cities.js';
import { givenNameSex } from './lexicon/given-names.js';
import { ORGANIZATIONS, PRODUCTS } from './lexicon/organizations.js';
import { PLACE_CANONICAL } from './lexicon/places.js';
import { formsOfOnePerson, withoutGeneration } from './name-short-forms.js';

/**
 * Surnames that are ordinary words (issue 10): "King" of "Martin Luther King Jr.", "Cook" of "Tim
 * Cook", "Rice" of "Susan Rice". The bare-surname rule (name-evidence.ts `surnames`) leaves them
 * out, since "Rice prices rose" or "the King" name no one, and the tagger rarely tags such a word
 * alone, so the later mentions were lost. Such a surname, after a given name, is the one person's when the article
 * never writes the word in lower case, writes it alone at least once inside a sentence (after a
 * word in lower case or a comma: "In his speech, King said"), and never as a common noun or a
 * part of another name: after "the" or "a", or before another capitalised word ("King Charles",
 * "Cook Islands"). Not a place or a listed company.
 */

/** Before a word: an article, so the word is a noun ("the King", "a Cook"). */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|The|A|An)\s+$/u;
/** After a word: another capitalised word (its name goes on), or a hyphen ("Cook-led"). */
const NAME_GOES_ON = /^(?:\s+\p{Lu}|[-‐‑]\p{L})/u;
/** Before a word: a word in lower case or a comma, so it stands inside a sentence. */
const INSIDE_SENTENCE = /(?:\p{Ll}|,)\s+$/u;
/** A letter or digit (a whole code point) that ends, or starts, a stretch of text. */
const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_FIRST = /^[\p{L}\p{N}]/u;

const ordinarySurname = (word: string): boolean =>
  /^\p{Lu}\p{Ll}+$/u.test(word) &&
  isCommonWord(word) &&
  !PLACE_CANONICAL.has(word) &&
  !CITIES.has(word) &&
  !ORGANIZATIONS.has(word) &&
  !PRODUCTS.has(word);

/**
 * Each surname that is an ordinary word and, as the text writes it, names one person of the
 * article, with that person's group index.
 */
export function ordinaryWordSurnames(
  groups: readonly { type: string; surfaces: readonly string[] }[],
  text: string,
  lowerWords: ReadonlySet<string>,
): Map<string, number> {
  const forms = formsOfOnePerson(groups, (words) => {
    if (words.length < 2) return [];
    const core = withoutGeneration(words);
    const last = core[core.length - 1]!;
    // A given name first, so the name is surely a person's ("Temple Run" is a game).
    const named = !!givenNameSex(words[0]!) && ordinarySurname(last);
    return named && !lowerWords.has(last.toLowerCase()) ? [last] : [];
  });
  for (const [surname, k] of forms) if (!standsAlone(text, surname, groups[k]!.surfaces)) forms.delete(surname);
  return forms;
}

/** Whether every occurrence of `surname` outside the person's full names is a name, and one is inside a sentence. */
function standsAlone(text: string, surname: string, fullNames: readonly string[]): boolean {
  // Whether one of the full names, where the text writes it, covers `at` (tried only at the
  // surname's occurrences, not marked over the whole text for each surname).
  const full = fullNames.filter((f) => f.includes(' '));
  const covered = (at: number): boolean => {
    for (const f of full)
      for (let k = 0; k < f.length && k <= at; k++)
        if (f.charCodeAt(k) === text.charCodeAt(at) && text.startsWith(f, at - k)) return true;
    return false;
  };
  let inside = false;
  // Each whole-word occurrence, by `indexOf` (the surname is letters only: no two overlap).
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    const end = at + surname.length;
    if (LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, at - 2), at))) continue;
    if (LETTER_OR_DIGIT_FIRST.test(text.slice(end, end + 2))) continue;
    if (covered(at)) continue;
    const before = text.slice(Math.max(0, at - 12), at);
    if (ARTICLE_BEFORE.test(before) || NAME_GOES_ON.test(text.slice(at + surname.length, at + surname.length + 3)))
      return false;
    inside ||= INSIDE_SENTENCE.test(before);
  }
  return inside;
}
