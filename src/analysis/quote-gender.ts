import { firstAtOrAfter } from './quote-spans.js';
import type { Mention } from './quote-context.js';
import type { Article } from '../load/article.js';
import type { Words } from './words/read-words.js';
import { givenNameSex } from './lexicon/given-names.js';

/** The grammatical gender the text itself gives a person: from a title or a relative's noun, or the pronouns it uses. */
export type Gender = 'm' | 'f';

/** Titles that say the gender of the name after them ("Mr Reeves", "Dame Judi Dench"). */
const TITLE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ...'mr mister sir lord king prince father brother duke baron earl sheikh'.split(' ').map((w) => [w, 'm'] as const),
  ...'mrs ms miss dame lady queen princess sister duchess baroness madam'.split(' ').map((w) => [w, 'f'] as const),
]);
const TITLE_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\.?\s+$/u;
/** Words for a relative that say the gender of the name in apposition after them ("his wife, Susan", "her brother James"). */
const KIN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ...'husband father son brother widower uncle nephew grandson grandfather stepson stepfather boyfriend fiancé'
    .split(' ')
    .map((w) => [w, 'm'] as const),
  ...'wife mother daughter sister widow aunt niece granddaughter grandmother stepdaughter stepmother girlfriend fiancée'
    .split(' ')
    .map((w) => [w, 'f'] as const),
]);
const KIN_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+),?\s+$/u;
/** Pronouns that refer to the subject of their sentence far more often than to anyone else. */
const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'm'],
  ['his', 'm'],
  ['himself', 'm'],
  ['she', 'f'],
  ['herself', 'f'],
]);
/** One sentence gives at most this many votes, however many pronouns it has. */
const MAX_SENTENCE_VOTES = 2;
/** A title is worth this many pronouns. */
const TITLE_WEIGHT = 3;
/** A gender is known when it has at least this many votes and the other has at most a quarter as many. */
const MIN_VOTES = 2;
/**
 * A common given name is worth this many pronouns: enough alone, and undone by a single pronoun
 * of the other gender (the text's word against a list's).
 */
const GIVEN_NAME_WEIGHT = MIN_VOTES;

/**
 * Each person's gender, when the text says it clearly: a gendered title before any of its
 * mentions ("Ms Fetter"), or the pronouns of the sentences where it is the only person named
 * ("Lorenz said he …"), and of a sentence that names no one right after one ("He left."); failing
 * those, a common given name that is nearly always one sex's ("Ellen Fetter", lexicon/given-names.ts).
 */
export function personGenders(
  article: Article,
  toks: Words,
  people: readonly Mention[],
  quoted: (offset: number) => boolean,
): ReadonlyMap<string, Gender> {
  const votes = new Map<string, { m: number; f: number }>();
  const vote = (id: string, g: Gender, n: number) => {
    const v = votes.get(id) ?? { m: 0, f: 0 };
    v[g] += n;
    votes.set(id, v);
  };
  const seen = new Set<string>();
  for (const m of people) {
    if (!seen.has(m.entity.id)) {
      seen.add(m.entity.id);
      const g = givenNameSex(givenName(m.entity.name));
      if (g) vote(m.entity.id, g, GIVEN_NAME_WEIGHT);
    }
    const lead = article.text.slice(Math.max(0, m.start - 16), m.start);
    const title = TITLE_BEFORE.exec(lead)?.[1];
    const kin = KIN_BEFORE.exec(lead)?.[1];
    const g = (title && TITLE_GENDER.get(title.toLowerCase())) || (kin && KIN_GENDER.get(kin));
    if (g) vote(m.entity.id, g, TITLE_WEIGHT);
  }
  const from = article.blocks[0]?.start ?? 0;
  const to = article.blocks.at(-1)?.end ?? 0;
  let previousSole: { id: string; block: number } | undefined;
  for (let s = firstAtOrAfter(toks.sentences, from); s < toks.sentences.length; s++) {
    const sentence = toks.sentences[s]!;
    if (sentence.start >= to) break;
    const named = new Set<string>();
    for (let k = firstAtOrAfter(people, sentence.start); k < people.length && people[k]!.end <= sentence.end; k++)
      if (!quoted(people[k]!.start)) named.add(people[k]!.entity.id);
    const said = { m: 0, f: 0 };
    for (let i = sentence.first; i < sentence.last; i++) {
      const t = toks.tokens[i]!;
      const g = PRONOUN_GENDER.get(t.lower);
      if (g && !quoted(t.start)) said[g]++;
    }
    const sole = named.size === 1 ? [...named][0]! : undefined;
    const one = (said.m === 0) !== (said.f === 0) ? (said.m ? 'm' : 'f') : undefined;
    const n = Math.min(MAX_SENTENCE_VOTES, said.m + said.f);
    if (sole && one) vote(sole, one, n);
    else if (!named.size && one && previousSole?.block === sentence.block) vote(previousSole.id, one, n);
    previousSole = sole ? { id: sole, block: sentence.block } : named.size ? undefined : previousSole;
  }
  const out = new Map<string, Gender>();
  for (const [id, v] of votes) {
    if (v.m >= MIN_VOTES && v.f * 4 <= v.m) out.set(id, 'm');
    else if (v.f >= MIN_VOTES && v.m * 4 <= v.f) out.set(id, 'f');
  }
  return out;
}

/** The given name of a full name ("Ellen Fetter" -> "Ellen"); empty for a single word ("Gille"). */
function givenName(name: string): string {
  const words = name.split(/\s+/u);
  return words.length > 1 ? words[0]! : '';
}
