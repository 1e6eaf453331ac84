import { BUSINESS_NOUNS, GROUP_PRONOUNS, PERSON_PRONOUNS, RELATIVE_PRONOUNS } from './lexicon/speech.js';
import {
  entityIn,
  mentionAt,
  quoteAt,
  quotedIn,
  soleReferent,
  type PreviousSpeaker,
  type QuoteContext,
} from './quote-context.js';
import { describedPerson } from './quote-clauses.js';
import {
  creditEnd,
  EXPLETIVES,
  modifiedName,
  namedBy,
  speakingPerson,
  TIME_NOUNS,
  titledPerson,
  WHERE,
} from './quote-names.js';
import { onlyOfGender, subjectReferent } from './quote-referent.js';
import type { Attribution } from './quote-speaker.js';
import type { Entity } from './types.js';
import { hasTag, type Word } from './words/read-words.js';

// The speaker phrase named: an entity, a pronoun's referent, or the words of a description.

/** A described speaker longer than this many words is a clause, not a speaker. */
export const MAX_DESCRIBED = 6;
export const NONE: Attribution = { speaker: null, speakerEntity: null, verb: null };

/** Names a speaker phrase: the entity in it if any, else the pronoun's referent, else the words. */
export function describe(
  ctx: QuoteContext,
  words: Word[],
  at: number,
  previous?: PreviousSpeaker,
): Omit<Attribution, 'verb'> {
  let np = words;
  while (np.length && (hasTag(np[0]!, 'Conjunction') || hasTag(np[0]!, 'Preposition') || hasTag(np[0]!, 'Adverb')))
    np = np.slice(1);
  if (!np.length) return NONE;
  // "one analyst quoted by the AFP news agency", "one resident who asked not to be named": the
  // speaker ends before a relative clause or a participle's "by" (the agency only passed it on).
  const tail = np.findIndex(
    (t, i) => i > 0 && (RELATIVE_PRONOUNS.has(t.lower) || (/ed$/u.test(t.lower) && np[i + 1]?.lower === 'by')),
  );
  if (tail > 0 && np.slice(0, tail).some((t) => hasTag(t, 'Noun'))) np = np.slice(0, tail);
  // "Bafta's Grant Dean", "the BBC's Nick Robinson": a name in the possessive that opens the
  // phrase only says whose the speaker is (not "Tasos Georgelis of the city's Department …").
  const owner = np.findIndex((t) => hasTag(t, 'Possessive') && /['’]s?$/u.test(t.text));
  if (
    owner >= 0 &&
    owner < np.length - 1 &&
    /^\p{Lu}/u.test(np[owner + 1]!.text) &&
    np.slice(0, owner + 1).every((t, i) => /^\p{Lu}/u.test(t.text) || (i === 0 && hasTag(t, 'Determiner')))
  )
    np = np.slice(owner + 1);
  // "© Provided by X Nintendo and Apple shocked …": a credit line run into a caption; no speaker.
  const credit = creditEnd(ctx, np);
  if (credit > 0) return NONE;
  if (np.length === 1 && EXPLETIVES.has(np[0]!.lower)) return NONE;
  const person = speakingPerson(ctx, np);
  if (person) return { speaker: person.name, speakerEntity: person.id };
  // "Crane’s spokesperson", "a spokeswoman for Governor Tim Baker": the phrase, never the person.
  if (person === null) return np.length > MAX_DESCRIBED + 1 ? NONE : { speaker: phrase(ctx, np), speakerEntity: null };
  // "Officials in Paris", "a doctor at Mercy Hospital", "residents of Elm Street": people where a
  // place or body is, not it (but "a spokesman for X", "a statement from X" are its voice).
  const where = np.findIndex((t, i) => i > 0 && (WHERE.has(t.lower) || t.lower === 'of'));
  const head = np[where - 1];
  if (
    where > 0 &&
    hasTag(head, 'Noun') &&
    !hasTag(head, 'Pronoun') &&
    !VOICE_NOUNS.test(head!.lower) &&
    !hasTag(head, 'Date') &&
    !TIME_NOUNS.test(head!.lower) &&
    // (A place or a thing after it, not "the mother of two".)
    (hasTag(np[where + 1], 'Determiner') || mentionAt(ctx, np[where + 1]?.start ?? -1)) &&
    !np.slice(0, where).some((t) => /[,;:]/u.test(t.post) || quotedIn(ctx, t) || mentionAt(ctx, t.start)) &&
    np.length <= MAX_DESCRIBED + 2
  )
    return { speaker: phrase(ctx, np), speakerEntity: null };
  const entity = entityIn(ctx, np, 'organization') ?? entityIn(ctx, np, 'place');
  if (entity) {
    // "the Zentrix app says", "a Labour spokesman said": the name only tells whose the speaker
    // is. The phrase is the speaker; an organisation stays its entity (the views and the sidebar
    // count a spokesman's quotation as the party's), a place does not ("a Leeds-born actor").
    const modified = modifiedName(ctx, np, entity);
    if (!modified) return { speaker: entity.name, speakerEntity: entity.id };
    return { speaker: modified, speakerEntity: entity.type === 'organization' ? entity.id : null };
  }
  const pronoun = np.find((t) => hasTag(t, 'Pronoun'));
  if (pronoun && np.length === 1) {
    const gender = PERSON_PRONOUNS.get(pronoun.lower);
    const wanted = gender ? 'person' : GROUP_PRONOUNS.has(pronoun.lower) ? 'organization' : null;
    const referent =
      wanted &&
      (soleReferent(ctx, at, wanted, gender, previous) ??
        (gender || pronoun.lower === 'it' ? subjectReferent(ctx, at, wanted, gender) : undefined) ??
        (gender ? onlyOfGender(ctx, at, gender) : undefined));
    return referent && !namedInQuote(ctx, at, referent) ? { speaker: referent.name, speakerEntity: referent.id } : NONE;
  }
  const described = np[0]!.lower === 'the' && np.length > 1 ? describedPerson(ctx, np, at, previous) : undefined;
  if (described) return { speaker: described.name, speakerEntity: described.id };
  // A speaker described, not named ("a spokesman", "the report"): a short noun phrase with a
  // noun in it, never a stray clause ("isn’t necessary to") or a lone "This".
  if (np.length > MAX_DESCRIBED || !np.some((t) => hasTag(t, 'Noun') && !hasTag(t, 'Date') && !hasTag(t, 'Pronoun')))
    return NONE;
  if (np.some((t, i) => hasTag(t, 'Verb') && !hasTag(t, 'Noun') && (i === 0 || !hasTag(t, 'Participle')))) return NONE;
  const first = np[0]!,
    last = np[np.length - 1]!;
  // A description ends on its head noun ("a spokesman", "the club's statement"); one that ends on
  // "to" or holds a subject pronoun is a clause cut in two ("they all start to ask “…”", "the
  // ability to share “…”"), not a speaker.
  if (!hasTag(last, 'Noun') || hasTag(last, 'Pronoun')) return NONE;
  if (np.some((t) => PERSON_PRONOUNS.has(t.lower) || GROUP_PRONOUNS.has(t.lower))) return NONE;
  // "the company claims": the organisation the text is about, found as "it" would be (never by
  // the head of a name: "the company" is not the one "… Company" the text named in passing).
  const generic = first.lower === 'the' && np.length === 2 && BUSINESS_NOUNS.has(last.lower);
  // (Named before the phrase: "The company told Ars that …" is not Ars.)
  const upTo = Math.min(at, first.start);
  const org = generic
    ? (soleReferent(ctx, upTo, 'organization', undefined, previous) ?? subjectReferent(ctx, upTo, 'organization'))
    : undefined;
  if (org) return { speaker: org.name, speakerEntity: org.id };
  const named =
    first.lower === 'the' && !generic ? (namedBy(ctx, np.slice(1)) ?? titledPerson(ctx, np.slice(1))) : undefined;
  if (named) return { speaker: named.name, speakerEntity: named.id };
  return { speaker: phrase(ctx, np), speakerEntity: null };
}

/** Heads whose words are the voice of the body named after them ("a spokesman for X", "a statement from X"). */
const VOICE_NOUNS =
  /^(?:spokes(?:man|woman|person|people|men|women)|representatives?|statements?|releases?|announcements?|letters?|emails?|posts?|tweets?|notices?|websites?|accounts?|lawyers?|attorneys?)$/u;

/** The text of a described speaker's words (without a possessive's ending). */
const phrase = (ctx: QuoteContext, np: readonly Word[]): string =>
  ctx.article.text.slice(np[0]!.start, np[np.length - 1]!.end).replace(/['’]s$/, '');

/**
 * Whether the quotation that starts at `at` names `e` by its full name or its given name
 * ("“Paula is irreplaceable,” she says"): no one speaks of themselves so, and a pronoun read as
 * them is someone else. (Not a family's name, nor a business's: "“The Foster family has farmed
 * here since 1900”", "“Paula's Kitchen was my mother's idea”".)
 */
function namedInQuote(ctx: QuoteContext, at: number, e: Entity): boolean {
  if (!quoteAt(ctx, at)) return false;
  let end = at;
  while (quoteAt(ctx, end)) end++;
  const words = e.name.split(/\s+/u);
  const forms = words.length > 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(words[0]!) ? [e.name, words[0]!] : [e.name];
  const quoted = ctx.article.text.slice(at, end);
  return forms.some((form) => {
    // Each whole-word use of the form, found as a global regular expression would (the next search
    // starts after a use, or one character on), without compiling one per quotation and name.
    let from = 0;
    for (let i = quoted.indexOf(form, from); i >= 0; i = quoted.indexOf(form, from)) {
      const after = i + form.length;
      if (!wordCharBefore(quoted, i) && !WORD_CHAR.test(String.fromCodePoint(quoted.codePointAt(after) ?? 32))) {
        if (!OWNED.test(quoted.slice(after, after + 24))) return true;
        from = after;
      } else from = i + 1;
    }
    return false;
  });
}

const WORD_CHAR = /^[\p{L}\p{N}]/u;

/** Whether the code point before `i` is a letter or a digit (a pair of surrogates read as one). */
function wordCharBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair =
    i >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(pair ? i - 2 : i - 1)!));
}

/** After a name, what makes it a family's or a business's: "'s Kitchen", " family". */
const OWNED = /^(?:['’]s\s+\p{Lu}|(?:['’]s)?\s+(?:family|families|household|name|surname|clan|dynasty)\b)/iu;
