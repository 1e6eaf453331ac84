import { PEOPLE_ADJECTIVES } from './lexicon/places.js';
import { GROUP_PRONOUNS, PERSON_PRONOUNS, PERSON_ROLE_NOUNS, RELATIVE_PRONOUNS } from './lexicon/speech.js';
import { entityIn, quoteAt, soleReferent, type PreviousSpeaker, type QuoteContext } from './quote-context.js';
import { isBareName, isFiniteVerb } from './quote-names.js';
import type { Attribution } from './quote-speaker.js';
import { firstAtOrAfter, isSpeechVerb, isSpeechVerbAfter } from './quote-spans.js';
import type { Entity } from './types.js';
import { hasTag, type Word } from './words/read-words.js';

// The clause around a speech verb: whose it is, and whether it reports words of its own.

export const CLAUSE_BREAK = /[,;:]/;
/** Words between a subject and its speech verb: "Lorenz had written", "Smith has since said". */
export const AUXILIARIES = new Set([
  'has',
  'had',
  'have',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'did',
  'does',
  'do',
]);

/** Words before a verb that put its act ahead of the text ("will announce", "is to say"). */
const FUTURE = new Set(['will', 'shall', 'to', 'must', 'should']);

/**
 * Whether the speech verb of a sentence reports a clause of its own: "that" or a finite verb
 * follows it before the first clause break ("The SEC said it had taken …"), not an adjunct alone
 * ("JP Morgan said in a statement.").
 */
export function reportsClause(words: readonly Word[]): boolean {
  const v = words.findIndex((_, i) => isSpeechVerb(words, i));
  if (v < 0) return false;
  // "“…” Bernard Laporte will announce his line-up on Wednesday": a speech still to come is not
  // what the quotation before it said.
  if (FUTURE.has(words[v - 1]?.lower ?? '')) return true;
  if (CLAUSE_BREAK.test(words[v]!.post)) return false;
  for (let i = v + 1; i < words.length; i++) {
    const t = words[i]!;
    if (i === v + 1 && t.lower === 'that') return true;
    if (isFiniteVerb(t) && !AUXILIARIES.has(words[i - 1]!.lower)) return true;
    if (CLAUSE_BREAK.test(t.post)) return false;
  }
  return false;
}

/** Whether a continuing verb whose subject ends `words` ("he added", "Moyes added", "adding") goes on in `previous`'s voice. */
export function continues(
  ctx: QuoteContext,
  words: Word[],
  subject: Omit<Attribution, 'verb'>,
  previous: Attribution,
  gerund: boolean,
): boolean {
  let k = words.length - 1;
  while (k >= 0 && (hasTag(words[k], 'Adverb') || AUXILIARIES.has(words[k]!.lower))) k--;
  const last = words[k];
  // ("…, adding", "he said, and added": no subject of its own; "X, the chief executive, John
  // Crowther, added" has one.)
  if (!last || gerund || !subject.speaker || (CLAUSE_BREAK.test(last.post) && !/^\p{Lu}/u.test(last.text))) return true;
  if (subject.speakerEntity === previous.speakerEntity) return true;
  const pronoun = PERSON_PRONOUNS.has(last.lower) || GROUP_PRONOUNS.has(last.lower);
  if (!pronoun) return false;
  const said = previous.speakerEntity
    ? ctx.mentions.find((m) => m.entity.id === previous.speakerEntity)?.entity
    : undefined;
  const gender = PERSON_PRONOUNS.get(last.lower);
  if (!gender) return true;
  // (A "she" after a man's words is whoever the pronoun resolved to.)
  return said?.type === 'person' && (ctx.genderOf(said.id) ?? gender) === gender;
}

/**
 * Whether `chunk` is an appositive of the noun phrase `head` before it ("John Smith, a spokesman
 * for X,"): a phrase with no verb of its own after a name, never a name itself ("In a speech on
 * George W Bush's re-election, Mr Kennedy said", "After beating X and Y to the prize, Joss Stone
 * said") nor a participle's clause ("…, leading him to quip").
 */
export function apposed(ctx: QuoteContext, head: Word[], chunk: Word[]): boolean {
  if (/[;:]/u.test(head.at(-1)!.post)) return false;
  const first = chunk[0]!;
  if (hasTag(first, 'Pronoun') && !hasTag(first, 'Possessive')) return false;
  // (A participle with its object or phrase, "leading him to", "dressed as"; not "lead author".)
  const next = chunk[1];
  const participle =
    /(?:ing|ed)$/u.test(first.lower) &&
    hasTag(first, 'Verb') &&
    !!next &&
    (hasTag(next, 'Pronoun') || hasTag(next, 'Determiner') || hasTag(next, 'Preposition') || next.lower === 'to');
  // (A verb of its own makes a clause; "lead author of the study" is a noun phrase, and so is "a
  // nurse from Leeds who moved to Berlin": a relative clause's verbs are the noun's.)
  const relative = hasTag(first, 'Determiner')
    ? chunk.findIndex((t, i) => i > 1 && RELATIVE_PRONOUNS.has(t.lower))
    : -1;
  const clause = chunk.some(
    (t, i) =>
      (relative < 0 || i < relative) &&
      isFiniteVerb(t) &&
      !(i === 0 && hasTag(next, 'Noun') && !hasTag(next, 'Pronoun')),
  );
  if (clause || participle) return false;
  const person = entityIn(ctx, chunk, 'person');
  if (person && isBareName(chunk)) return false;
  return (
    (!!entityIn(ctx, head, 'person') && isBareName(head.slice(-1)) && !hasTag(head[0], 'Preposition')) ||
    (isBareName(head) && !person)
  );
}

/**
 * Whether `chunk` is a participle's aside set off after a person's name ("Ahmed Karimi, speaking
 * to the BBC, said", "X, writing in the Guardian, said"): the name is the subject of the verb after it.
 */
export function participleAside(ctx: QuoteContext, head: Word[], chunk: Word[]): boolean {
  const first = chunk[0]!;
  return (
    /ing$/u.test(first.lower) &&
    hasTag(first, 'Verb') &&
    /,/u.test(chunk.at(-1)!.post) &&
    !/[;:]/u.test(head.at(-1)!.post) &&
    !chunk.some((t) => isFiniteVerb(t)) &&
    !!entityIn(ctx, head, 'person') &&
    isBareName(head.slice(-1)) &&
    !hasTag(head[0], 'Preposition')
  );
}

/**
 * "The boss said", "the 31-year-old admitted", "the mother of two said": a definite description
 * of a person by a role or an age alone is the one person the pronoun "he" or "she" could be
 * there (soleReferent), never a subject merely nearby.
 */
export function describedPerson(
  ctx: QuoteContext,
  np: Word[],
  at: number,
  previous?: PreviousSpeaker,
): Entity | undefined {
  const words = ctx.article.text.slice(np[1]?.start ?? 0, np[np.length - 1]!.end);
  // (Only "the" and the role: "the Arsenal boss" may well be someone the text never named.)
  // ("the 34-year-old mother of two": an age before the role, the children after it.)
  const role = words
    .toLowerCase()
    .replace(/^\d+-year-old\s+(?=\p{L})/u, '')
    .replace(/\s+of\s+(?:two|three|four|five|six|\d)$/u, '');
  const aged = /^\d+-year-old$/u.test(role);
  const demonym = aged || PERSON_ROLE_NOUNS.has(role) ? undefined : demonymOf(np);
  const gender = aged ? null : PERSON_ROLE_NOUNS.has(role) ? PERSON_ROLE_NOUNS.get(role) : demonym;
  if (gender === undefined) return undefined;
  const e = soleReferent(ctx, at, 'person', gender ?? undefined, previous);
  return e && demonym !== undefined && afterPronoun(ctx, e, at) ? undefined : e;
}

/**
 * Whether the last mention of `e` before `at` comes after a "he" or "she" in its own sentence: "He
 * conceded the win, which included goals from Noe Pamarot, …" is about someone else, and "the
 * Irishman said" next is that one, not Pamarot.
 */
function afterPronoun(ctx: QuoteContext, e: Entity, at: number): boolean {
  const { tokens } = ctx.toks;
  const mentions = (ctx.mentionsOfType.get('person') ?? []).filter(
    (m) => m.entity.id === e.id && m.end <= at && !quoteAt(ctx, m.start),
  );
  const last = mentions[mentions.length - 1];
  if (!last) return false;
  const k = firstAtOrAfter(tokens, last.start);
  const sentence = tokens[k]?.sentence;
  for (let i = k - 1; i >= 0 && tokens[i]!.sentence === sentence; i--)
    if (/^(?:he|she)$/u.test(tokens[i]!.lower) && !quoteAt(ctx, tokens[i]!.start)) return true;
  return false;
}

/** Nouns for one person of a people that are not also its adjective ("the Swede", "the Dane"). */
const PERSON_DEMONYMS: ReadonlySet<string> = new Set(['Swede', 'Dane']);

/**
 * "the Argentine said", "the Frenchman added": a nationality standing for one person, with the
 * gender "-man" and "-woman" give; undefined for anything else, and for the words that stand for a
 * whole people or its government ("the French said", "the British insisted", "the Swiss").
 */
export function demonymOf(np: Word[]): 'm' | 'f' | null | undefined {
  if (np.length !== 2 || np[0]!.lower !== 'the') return undefined;
  const word = np[1]!.text;
  if (!/^\p{Lu}/u.test(word)) return undefined;
  // ("the Welshman": a people's adjective and "-man"; not "the German", a people's adjective whole.)
  const [, people, woman] = /^(\p{Lu}\p{L}+?)(wo)?man$/u.exec(word) ?? [];
  if (people && (PEOPLE_ADJECTIVES.has(people) || people === 'Scots')) return woman ? 'f' : 'm';
  if (!PEOPLE_ADJECTIVES.has(word) && !PERSON_DEMONYMS.has(word)) return undefined;
  return /(?:ish|ese|ch|ss|sh)$/u.test(word) ? undefined : null;
}

/**
 * "Y said instead of the “bonfire” X had promised, there had been an “explosion”": a speech verb
 * right after a quotation and its subject, closed by a comma and followed by a clause of its own,
 * has that quotation as its object (a relative clause), and says nothing of the one after.
 */
export function objectQuoted(ctx: QuoteContext, before: Word[], v: number): boolean {
  const first = before[0]!;
  const prior = ctx.toks.tokens[first.i - 1];
  if (!prior || prior.sentence !== first.sentence || !quoteAt(ctx, prior.start)) return false;
  if (!CLAUSE_BREAK.test(before[v]!.post) || before.slice(0, v).some((t) => CLAUSE_BREAK.test(t.post))) return false;
  return before.slice(v + 1).some((t) => isFiniteVerb(t));
}

/** At most this many words in the speaker before such a clause. */
const MAX_SPEAKER_WORDS = 6;
/** How long a relative clause set off by commas between a speaker and its verb may be (in words). */
const MAX_ASIDE = 20;

/** Where the noun phrase ends and the speech verb is in "NP, who …, VERB" (or "the NP, a …, VERB") at the start of `after`. */
export function relativeAside(after: Word[]): { np: number; verb: number } | undefined {
  const k = after.findIndex((t) => /[,;:]/u.test(t.post));
  if (k < 0 || k >= MAX_SPEAKER_WORDS || !/^,\s*$/u.test(after[k]!.post)) return undefined;
  // (Or a description of the one a definite description names: "the senator, a Republican from
  // Kentucky, told reporters".)
  const aside = after[k + 1]?.lower ?? '';
  if (!RELATIVE_PRONOUNS.has(aside) && !(after[0]!.lower === 'the' && (aside === 'a' || aside === 'an')))
    return undefined;
  let m = k + 2;
  while (m < after.length && m - k <= MAX_ASIDE && !/[,;:.!?]/u.test(after[m]!.post)) m++;
  // The clause's closing comma must have a word after it (not the next quotation) to be a verb.
  if (m + 1 >= after.length || !/^,\s*$/u.test(after[m]!.post)) return undefined;
  return isSpeechVerbAfter(after.slice(m + 1), 0) ? { np: k + 1, verb: m + 1 } : undefined;
}
