import { CONTINUATION_VERBS, PERSON_PRONOUNS } from './lexicon/speech.js';
import { quoteAt, quotedIn, soleReferent, type Mention, type QuoteContext } from './quote-context.js';
import { subjectReferent } from './quote-referent.js';
import { attributeBefore, type Attribution } from './quote-speaker.js';
import { firstAtOrAfter, INTRODUCES, type RawQuote } from './quote-spans.js';
import type { Entity } from './types.js';
import { hasTag, type Word } from './words/read-words.js';

// A quotation that follows reported speech goes on in the reporter's voice:
//   "Mr Wong says the software is still in its infancy. “If I scanned a random picture, …”"
//   "The disaster overshadowed the new year, Mr Howard said.¶“We watched the scenes …”"
// The sentence before must report someone's words (a speech verb whose subject is a person or an
// organisation the text names, or a pronoun that resolves to one) and quote nothing itself.

/**
 * The speaker of the reported speech that the quotation `q` goes on from, when `q` has no
 * attribution of its own (`verb` is its attribution's verb, if any): `q` opens its sentence right after such a sentence of its paragraph,
 * or opens its paragraph (and is not the sequel of an open quotation) after a paragraph that ends
 * in one.
 */
export function reportedSequel(ctx: QuoteContext, q: RawQuote, verb: string | null): Attribution | undefined {
  const { tokens, sentences } = ctx.toks;
  const first = tokens[firstAtOrAfter(tokens, q.start)];
  if (!first || first.end > q.end || q.continues) return undefined;
  const own = sentences[first.sentence]!;
  // The quotation opens its sentence and is a whole sentence (or more), or only "he added" (a
  // pronoun left unresolved) follows it: "The president said he would fight on.¶“…,” he added."
  const body = ctx.article.text.slice(q.start, q.end);
  const whole = /[.!?…]["”’']*$/u.test(body) || (!!verb && CONTINUATION_VERBS.has(verb) && /,["”’']*$/u.test(body));
  if (tokens[own.first] !== first || !whole) return undefined;
  const before = sentences[first.sentence - 1];
  if (!before || !/^\s+$/u.test(ctx.article.text.slice(before.end, q.start).replace(/^["”’'.]+/u, ''))) {
    return undefined;
  }
  if (before.block !== own.block) {
    // Across paragraphs: `q` opens its paragraph, and the one before is prose that ends there.
    const previous = ctx.article.blocks[q.paragraph - 1];
    if (before.block !== q.paragraph - 1 || previous?.kind !== 'paragraph') return undefined;
    if (q.start > ctx.article.blocks[q.paragraph]!.start) return undefined;
  }
  if (quotedIn(ctx, before)) return undefined;
  const said = reporter(ctx, q, first.sentence - 1);
  if (!said || /[.!?…]["”’']*$/u.test(body)) return said;
  // (The pronoun of "he added" must fit the reporter: not "he" after a woman's or a company's words.)
  const pronoun = tokens[firstAtOrAfter(tokens, q.end)]?.lower ?? '';
  const gender = PERSON_PRONOUNS.get(pronoun);
  const e = ctx.mentions.find((m) => m.entity.id === said.speakerEntity)?.entity;
  if (!gender || e?.type !== 'person' || (ctx.genderOf(e.id) ?? gender) !== gender) return undefined;
  return said;
}

/** At most this many list items between a quotation in one and the list's introduction. */
const MAX_ITEMS = 12;

/**
 * "In a wide-ranging interview, President Obama also said:¶• He would speak “bluntly” …": a
 * quotation in a list item (with no attribution of its own) is said by the one whose speech
 * introduces the list.
 */
export function listedSequel(ctx: QuoteContext, q: RawQuote): Attribution | undefined {
  const { blocks } = ctx.article;
  if (blocks[q.paragraph]?.kind !== 'item') return undefined;
  let b = q.paragraph - 1;
  while (b >= 0 && q.paragraph - b <= MAX_ITEMS && blocks[b]!.kind === 'item') b--;
  const intro = blocks[b];
  if (!intro || intro.kind !== 'paragraph' || !INTRODUCES.test(ctx.article.text.slice(intro.start, intro.end)))
    return undefined;
  if (quotedIn(ctx, intro)) return undefined;
  const { tokens } = ctx.toks;
  const last = tokens[firstAtOrAfter(tokens, intro.end) - 1];
  return last && last.start >= intro.start ? reporter(ctx, q, last.sentence) : undefined;
}

/** Who the sentence `s` reports the words of, when the text names them (a person or an organisation). */
function reporter(ctx: QuoteContext, q: RawQuote, s: number): Attribution | undefined {
  const { tokens, sentences } = ctx.toks;
  const sentence = sentences[s]!;
  const words: Word[] = [];
  for (let i = sentence.first; i < sentence.last; i++) if (!quoteAt(ctx, tokens[i]!.start)) words.push(tokens[i]!);
  const said = attributeBefore(ctx, words, { ...q, start: sentence.start, end: sentence.start }, undefined);
  if (!said.speakerEntity) return undefined;
  const entity = ctx.mentions.find((m) => m.entity.id === said.speakerEntity)?.entity;
  if (entity?.type !== 'person' && entity?.type !== 'organization') return undefined;
  return { speaker: said.speaker, speakerEntity: said.speakerEntity, verb: null };
}

const POSSESSIVE_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['his', 'm'],
  ['her', 'f'],
]);

/** "Dr. Owen Petrakis, the answer is simple": the name (after a title at most), a comma, then a clause naming no one. */
function forWhom(words: Word[], m: Mention): boolean {
  const comma = words.findIndex((t) => /^,\s*$/u.test(t.post));
  if (comma < 0 || words[comma]!.end !== m.end) return false;
  const lead = words.filter((t) => t.end <= m.start);
  return lead.length <= 1 && lead.every((t) => /^\p{Lu}/u.test(t.text)) && words.length - comma - 1 <= MAX_INTRO;
}

/** At most this many words in a clause that introduces a quotation with a colon. */
const MAX_INTRO = 10;
/** At most this many when it opens with a possessive and a noun of speech ("Her answer, when …, was blunt:"). */
const MAX_SPOKEN_INTRO = 20;
/** Nouns for what someone says, after "his" or "her". */
const SPOKEN_NOUNS = new Set(
  'answer reply response retort verdict message warning advice explanation assessment prediction plea comment reaction'.split(
    ' ',
  ),
);

/**
 * "Helena Marsh was blunt: “…”", "As Gavin Cox of the site put it: “…”": a quotation opened by a
 * colon is said by the person who opens the short clause before the colon, when that clause
 * names no one else.
 */
export function colonSpeaker(ctx: QuoteContext, q: RawQuote): Attribution | undefined {
  const { text } = ctx.article;
  const { tokens, sentences } = ctx.toks;
  const first = tokens[firstAtOrAfter(tokens, q.start)];
  const at = firstAtOrAfter(tokens, q.start) - 1;
  const last = tokens[at];
  if (!first || !last || !/^\s*:\s*$/u.test(text.slice(last.end, q.start))) return undefined;
  const s = sentences[last.sentence]!;
  let i = s.first;
  while (i < at && (tokens[i]!.lower === 'as' || tokens[i]!.lower === 'but' || tokens[i]!.lower === 'and')) i++;
  if (quotedIn(ctx, { start: s.start, end: last.end })) return undefined;
  // "Marta Kowalski, who chairs the committee, had a warning for ministers:": an aside between
  // commas right after the name that opens the clause is not counted, nor who it names.
  const aside = asideAfterName(ctx, i, at);
  // ("Her answer, when asked whether she would back the route, was blunt:": a possessive and a
  // noun of speech may take a longer clause.)
  const spoken = POSSESSIVE_GENDER.has(tokens[i]!.lower) && SPOKEN_NOUNS.has(tokens[i + 1]?.lower ?? '');
  if (at - i + 1 - (aside ? aside.end - aside.start : 0) > (spoken ? MAX_SPOKEN_INTRO : MAX_INTRO)) return undefined;
  const named = ctx.mentions.filter(
    (m) =>
      m.start >= tokens[i]!.start &&
      m.end <= last.end &&
      !(aside && m.start >= tokens[aside.start]!.start && m.end <= tokens[aside.end - 1]!.end),
  );
  const m = named[0];
  const other = (e: Entity) =>
    named.some((o) => o.entity !== e && (o.entity.type === 'person' || o.entity.type === 'organization'));
  // "He is prepared to go this far: “…”": a pronoun opens the clause, and no one is named in it;
  // or a possessive one and its noun alone ("Her advice: “…”"), or a noun of speech and what it
  // was like ("His reply was short:").
  const possessed = (at - i <= 2 || spoken) && POSSESSIVE_GENDER.get(tokens[i]!.lower);
  const gender = PERSON_PRONOUNS.get(tokens[i]!.lower) || possessed;
  if (gender && !named.length) {
    const e = soleReferent(ctx, q.start, 'person', gender) ?? subjectReferent(ctx, tokens[i]!.start, 'person', gender);
    return e ? { speaker: e.name, speakerEntity: e.id, verb: null } : undefined;
  }
  if (!m || m.entity.type !== 'person' || other(m.entity)) return undefined;
  // "For Dr. Owen Petrakis, the answer is simple: “…”": the person a short clause is about.
  if (tokens[i]!.lower === 'for' && forWhom(tokens.slice(i + 1, at + 1), m))
    return { speaker: m.entity.name, speakerEntity: m.entity.id, verb: null };
  // The name opens the clause, after at most a title the lexicon lacks ("Councilman Robert Hale")
  // or a short role of nouns ("Transit advocate Lina Mertz put it this way:").
  const lead = tokens.slice(i, firstAtOrAfter(tokens, m.start));
  const title = lead.length <= 1 && lead.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text));
  const role =
    lead.length <= 3 &&
    /^\p{Lu}/u.test(lead[0]?.text ?? '') &&
    lead.every((t) => (hasTag(t, 'Noun') || hasTag(t, 'Adjective')) && !hasTag(t, 'Pronoun') && !hasTag(t, 'Verb'));
  // (Or a description the name is set off from by commas: "Her husband, Joe, was less sure:".)
  const described =
    lead.length >= 2 &&
    lead.length <= 4 &&
    /^,\s+$/u.test(lead.at(-1)!.post) &&
    lead.slice(0, -1).every((t) => /^\s+$/u.test(t.post)) &&
    (hasTag(lead[0], 'Determiner') || hasTag(lead[0], 'Possessive')) &&
    lead.slice(1).every((t) => /^\p{Ll}/u.test(t.text) && hasTag(t, 'Noun') && !hasTag(t, 'Pronoun')) &&
    /^,\s/u.test(text.slice(m.end, m.end + 2));
  if (described) return { speaker: m.entity.name, speakerEntity: m.entity.id, verb: null };
  if (!(title || role) || lead.some((t) => !/^\s+$/u.test(t.post))) return undefined;
  return { speaker: m.entity.name, speakerEntity: m.entity.id, verb: null };
}

/**
 * "Pakistani women 'must not hide'" over "Hiding women away … is a backward view of Islam,
 * President Musharraf of Pakistan has said …": a quotation in the title, with no attribution of
 * its own, is said by the one whose words the text's first sentence reports (when it names them).
 */
export function headlineSpeaker(ctx: QuoteContext, q: RawQuote): Attribution | undefined {
  const { blocks } = ctx.article;
  if (blocks[q.paragraph]?.kind !== 'title') return undefined;
  let lead = q.paragraph + 1;
  while (blocks[lead]?.kind === 'meta') lead++;
  const block = blocks[lead];
  if (block?.kind !== 'paragraph') return undefined;
  const { tokens, sentences } = ctx.toks;
  const first = tokens[firstAtOrAfter(tokens, block.start)];
  if (!first || first.start >= block.end || quotedIn(ctx, sentences[first.sentence]!)) return undefined;
  return reporter(ctx, q, first.sentence);
}

/** Words in an aside of a clause's opening name: at most this many. */
const MAX_ASIDE = 12;

/**
 * The tokens (`start` to `end`, the commas' words included) of an aside set off by commas right
 * after a person's name that opens the clause at token `i` (ending before token `at`): "X, who
 * chairs the committee,", "X, 47,", "X, the committee's chair,".
 */
function asideAfterName(ctx: QuoteContext, i: number, at: number): { start: number; end: number } | undefined {
  const { tokens } = ctx.toks;
  const k = firstAtOrAfter(ctx.mentions, tokens[i]!.start);
  const m = ctx.mentions[k];
  if (!m || m.start !== tokens[i]!.start || m.entity.type !== 'person') return undefined;
  const start = firstAtOrAfter(tokens, m.end);
  if (start > at || !/^,\s*$/u.test(tokens[start - 1]!.post)) return undefined;
  for (let j = start; j < at && j < start + MAX_ASIDE; j++)
    if (/^,\s*$/u.test(tokens[j]!.post)) return { start, end: j + 1 };
  return undefined;
}
