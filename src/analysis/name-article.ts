import type { Candidate } from './aliases.js';
import { PEOPLE_ADJECTIVES } from './lexicon/places.js';
import { ORG_HEADS } from './lexicon/titles.js';

/**
 * A sentence's "A" or "An" that the tagger ran into the name after it (issue 10): "An Oxfam report
 * found …" gave the person "An Oxfam", "A Post reporter was there" the organisation "A Post". The
 * capital is the sentence's, not the name's, so the name starts after it. (A name that does begin
 * with the article, "A Tribe Called Quest", has more words than the tagger gives such a run.)
 */
const ARTICLE = /^(?:A|An) /u;

/** A sentence's start: the text's, a paragraph's, after a full stop or an opening quote or bracket. */
const SENTENCE_START = /(?:^|\n|[.!?]['’"”)]?\s+|[‘“"(]|[.!?]\s+['‘"“(])$/u;

/**
 * The candidates, each without a sentence's "A" or "An" run into it: only a person's or a body's
 * name at a sentence's start. Not a title ("The film, A Different Story, …", `other`) or a
 * player's initial in a team list ("A Troncon; A Lo Cicero").
 */
export function withoutArticle(text: string, candidates: readonly Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (theBeforePeople(c.words))
      return { ...c, start: c.start + 4, surface: c.surface.slice(4), words: c.words.slice(1) };
    const m = c.words.length === 2 || c.words.length === 3 ? ARTICLE.exec(c.surface) : null;
    if (!m || !SENTENCE_START.test(text.slice(Math.max(0, c.start - 4), c.start))) return c;
    const { person, organization, place, other } = c.evidence;
    if (other >= Math.max(person, organization, place)) return c;
    const cut = m[0].length;
    return { ...c, start: c.start + cut, surface: c.surface.slice(cut), words: c.words.slice(1) };
  });
}

/**
 * "The Australian Securities and Investments Commission", "The Australian League of Rights": the
 * tagger, knowing the newspaper "The Australian", ran the article into a body's name that begins
 * with a people's adjective, and the short form "The Australian" then joined the paper to it.
 * A body's name (a head word such as "Commission", "League" in it) of three words or more.
 */
function theBeforePeople(words: readonly string[]): boolean {
  return (
    words.length >= 3 &&
    words[0] === 'The' &&
    PEOPLE_ADJECTIVES.has(words[1]!) &&
    words.slice(2).some((w) => ORG_HEADS.has(w))
  );
}
