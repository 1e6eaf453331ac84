import type { Gender } from './quote-gender.js';
import { mentionAt, quoteAt, type Mention, type QuoteContext } from './quote-context.js';
import { PERSON_PRONOUNS } from './lexicon/speech.js';
import { firstAtOrAfter, isSpeechVerb } from './quote-spans.js';
import type { Entity } from './types.js';
import { hasTag, type Sentence, type Word } from './words/read-words.js';
import { givenNameSex } from './lexicon/given-names.js';
import { describedOther } from './quote-heads.js';

/** How many sentences before a pronoun's own are read for the one it refers to. */
const MAX_SENTENCES_BACK = 2;
/** Words between a subject and its verb. */
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'may', 'might', 'can', 'could']);
/** Words that join two clauses of equal rank ("…, while Berg thought …"). */
const COORDINATORS = new Set(['and', 'or', 'but', 'nor', 'while', 'whilst', 'whereas']);
/** A sentence that opens with one of these puts a clause before its subject ("If Blair …, Holme said"). */
export const SUBORDINATORS = new Set([
  'if',
  'when',
  'whenever',
  'although',
  'though',
  'while',
  'whilst',
  'as',
  'because',
  'after',
  'before',
  'since',
  'unless',
  'until',
  'whereas',
  'once',
]);

/**
 * The `type` entity a subject pronoun at `at` refers to when its paragraph names several (the
 * case `soleReferent` leaves open), read as a news text is written: the pronoun's sentence names
 * no one before it, and the nearest sentence before it that names anyone has one of them as its
 * subject ("Celtic manager Ian Moss is no admirer of the plan. “…,” he said": Moss, though the
 * paragraph named others before) or as the speaker of what it says or quotes ("…, Lord Holme
 * said."). Undefined when that sentence has no such one (the people it names are objects: "a
 * ruling that doctors may treat Ana Kovač. “…,” he said" is not hers), two of them ("Moss and Kerr
 * argued"), or one whose gender rules it out.
 */
export function subjectReferent(
  ctx: QuoteContext,
  at: number,
  type: Entity['type'],
  gender?: Gender,
  depth = 0,
  excluded: ReadonlySet<Entity> = new Set(),
): Entity | undefined {
  const { sentences } = ctx.toks;
  // The sentence `at` is in (a quotation's opening mark is no word of it).
  const own = firstAtOrAfter(sentences, at + 1) - 1;
  if (own < 0 || (gender && depth === 0 && rivalTypedAsThing(ctx, at, gender))) return undefined;
  const list = ctx.mentionsOfType.get(type) ?? [];
  const counted = (m: Mention) =>
    !quoteAt(ctx, m.start) && !/^['’]s?(?![\p{L}])/u.test(ctx.article.text.slice(m.end, m.end + 2));
  const gendered = (e: Entity) => (!gender || (ctx.genderOf(e.id) ?? gender) === gender) && !excluded.has(e);
  let fits = gendered;
  // "He thanked Eastwood …" after "Freeman won …": a sentence whose subject is the same pronoun
  // is about the one that pronoun refers to (never one it names after it), read from before it.
  const throughPronoun = (sentence: Sentence, named: readonly Mention[]) => {
    const p = pronounSubject(ctx, sentence, gender);
    if (!p || depth >= MAX_SENTENCES_BACK || named.some((m) => m.start < p.start)) return undefined;
    return { found: subjectReferent(ctx, p.start, type, gender, depth + 1, new Set(named.map((m) => m.entity))) };
  };
  // Anyone named in the pronoun's own sentence before it ("Asked about Kerr, he said") is its
  // object or topic, not who it is, unless that one is the sentence's subject and no one else
  // named there could be meant: "Gille recalls that only once did someone include her …; she
  // said she was “stunned”".
  const inOwn: Mention[] = [];
  for (let k = firstAtOrAfter(list, sentences[own]!.start); k < list.length && list[k]!.start < at; k++)
    if (counted(list[k]!)) inOwn.push(list[k]!);
  if (inOwn.length && opensWithTopic(ctx, sentences[own]!)) {
    // "Of Hepburn, she said: “…”": the topic is not the speaker; who is, is read from before.
    const topics = new Set(inOwn.map((m) => m.entity));
    fits = (e) => gendered(e) && !topics.has(e);
  } else if (inOwn.length) {
    const via = throughPronoun(sentences[own]!, inOwn);
    if (via) return via.found;
    if (inOwn.some((m) => m.entity !== inOwn[0]!.entity && fits(m.entity))) return undefined;
    const [one, other] = subjectOf(ctx, sentences[own]!, inOwn, fits);
    return one && !other && one.type === type && fits(one) ? one : undefined;
  }
  const firstBlock = Math.max(0, sentences[own]!.block - 1);
  for (let s = own - 1; s >= Math.max(0, own - MAX_SENTENCES_BACK); s--) {
    const sentence = sentences[s]!;
    if (sentence.block < firstBlock) return undefined;
    const named: Mention[] = [];
    for (let k = firstAtOrAfter(list, sentence.start); k < list.length && list[k]!.end <= sentence.end; k++)
      if (counted(list[k]!)) named.push(list[k]!);
    // A sentence whose quotation is attributed is that speaker's, when it names no one else.
    const said = ctx.saidIn.get(s);
    if (!named.length && said === undefined) {
      // Past a sentence about the same one ("He left.", "The coach …", a quotation), never past
      // one about someone new ("A daughter of the owner recalled …").
      if (aboutSomeoneElse(ctx, sentence)) return undefined;
      // "He points at the phone.¶“This,” he says.": the sentence right before, ending the
      // paragraph before, whose subject is the same pronoun is about the one that pronoun refers
      // to, read from there. (Not one further back: "He again insisted …¶The Tory leader
      // countered … He declared:" is not the first "he"'s.)
      const via = s === own - 1 && sentence.block < sentences[own]!.block ? throughPronoun(sentence, named) : undefined;
      if (via) return via.found;
      continue;
    }
    const speaker = said && list.find((m) => m.entity.id === said)?.entity;
    const via = speaker ? undefined : throughPronoun(sentence, named);
    if (via) return via.found;
    const subject =
      said === undefined || named.some((m) => m.entity.id !== said)
        ? subjectOf(ctx, sentence, named, fits)
        : speaker
          ? [speaker]
          : [];
    const [one] = subject;
    if (subject.length !== 1 || !one || one.type !== type) return undefined;
    // (Not past "The striker is still hoping to play." when the text never called that one so.)
    return fits(one) && !describedOther(ctx, one, sentence.end - 1, at) ? one : undefined;
  }
  return undefined;
}

/**
 * Who a sentence is about, of the people it names (`named`, in order): the one a speech verb
 * attributes it to ("…, Lord Holme said", "said Diack"), else the ones named before its first
 * verb. Nobody when it opens with a subordinate clause.
 */
function subjectOf(
  ctx: QuoteContext,
  sentence: Sentence,
  named: readonly Mention[],
  fits: (e: Entity) => boolean,
): Entity[] {
  const { tokens } = ctx.toks;
  const words: Word[] = [];
  for (let i = sentence.first; i < sentence.last; i++) if (!quoteAt(ctx, tokens[i]!.start)) words.push(tokens[i]!);
  const distinct = (ms: readonly Mention[]) => [...new Set(ms.map((m) => m.entity))];
  const attributed = named.filter((m) => {
    const first = words.findIndex((t) => t.start >= m.start);
    const after = words.findIndex((t) => t.start >= m.end);
    const before = (first < 0 ? words.length : first) - 1;
    // Nothing but white space between the name and the verb: "Malcolm Reyes, recalled" is an aside's.
    const joined = (a: number) => /^\s*$/u.test(ctx.article.text.slice(words[a]!.end, words[a + 1]?.start ?? 0));
    // (Past an auxiliary: "…, Michael Howard has said".)
    let v = after;
    while (v >= 1 && v < words.length - 1 && AUXILIARIES.has(words[v]!.lower) && joined(v)) v++;
    // ("said Diack", not "saying Gallas overreacted": a clause the verb reports.)
    const inverted =
      before >= 0 &&
      joined(before) &&
      isSpeechVerb(words, before) &&
      !/ing$/u.test(words[before]!.lower) &&
      !(after >= 0 && hasTag(words[after], 'Verb') && !hasTag(words[after], 'Noun'));
    return (after >= 1 && joined(after - 1) && isSpeechVerb(words, v)) || inverted;
  });
  // "Brandt and Zielinski argued", "Lindqvist called it “bold”, while Berg thought …": a second
  // person who opens a clause (or shares the subject) leaves the sentence to no one.
  const opensClause = (m: Mention) => {
    const k = words.findIndex((t) => t.start >= m.start) - 1;
    const next = words.find((t) => t.start >= m.end);
    return k >= 1 && COORDINATORS.has(words[k]!.lower) && hasTag(next, 'Verb') && !hasTag(next, 'Noun');
  };
  if (named.some((m) => opensClause(m) && named.some((o) => o.entity !== m.entity))) return [];
  if (attributed.length) return distinct(attributed);
  // The subject opens the sentence, after at most a conjunction or an adverb ("But", "However,"):
  // "Barca midfielder Jan Deco agreed", not "Ana Kovač, the daughter of Malcolm Reyes, recalled"
  // (Reyes) nor "If Mr Blair …" (a clause first).
  let i = 0;
  while (
    i < words.length &&
    (hasTag(words[i], 'Conjunction') || hasTag(words[i], 'Adverb')) &&
    !SUBORDINATORS.has(words[i]!.lower)
  )
    i++;
  const first = named[0]!;
  for (; i < words.length && words[i]!.end <= first.start; i++) {
    const t = words[i]!;
    if (/[,;:(]/u.test(t.post) || hasTag(t, 'Verb') || hasTag(t, 'Preposition') || SUBORDINATORS.has(t.lower))
      return [];
    if (hasTag(t, 'Pronoun') && !hasTag(t, 'Possessive')) return [];
  }
  // "Moss and Kerr argued": two people as the subject are no one's antecedent.
  const verb = words.find(
    (t) => hasTag(t, 'Verb') && !hasTag(t, 'Noun') && !hasTag(t, 'Participle') && !/ing$/u.test(t.lower),
  );
  const verbAt = verb?.start ?? sentence.end;
  if (first.end > verbAt) return [];
  // (Nor is one given as an example: "beat actors including Clive Owen".)
  const example = (m: Mention) =>
    words.some((t) => t.start >= first.end && t.end <= m.start && t.lower === 'including');
  const last = named.filter((m) => m.end <= verbAt && !example(m)).at(-1)!;
  const between = words.filter((t) => t.start >= first.end && t.end <= last.start);
  if (between.some((t) => t.lower === 'and' || t.lower === 'or')) return distinct([first, last]);
  // "Ms Lindqvist met Ms Okafor. “…,” she said": another who could be meant leaves it open, when
  // named before the verb or as its object. One named past the end of the verb's clause or after a
  // preposition is not who the next sentence goes on about: "Swank won, beating Bening", "Freeman
  // beat actors including Owen to the prize".
  // (One past a comma who opens a clause of their own is a subject again: "…, Michael Howard has said".)
  const subjectAgain = (m: Mention) => {
    let k = words.findIndex((t) => t.start >= m.end);
    while (k >= 0 && k < words.length - 1 && AUXILIARIES.has(words[k]!.lower)) k++;
    return k >= 0 && hasTag(words[k], 'Verb') && !hasTag(words[k], 'Noun');
  };
  const object = (m: Mention) =>
    subjectAgain(m) ||
    !words.some((t) => t.start >= verbAt && t.end <= m.start && (/[,;:(—–]/u.test(t.post) || hasTag(t, 'Preposition')));
  return named.some(
    (m) => m.entity !== first.entity && fits(m.entity) && !example(m) && (m.start < verbAt || object(m)),
  )
    ? []
    : [first.entity];
}

/** The "he" or "she" (of `gender`, when known) that opens a sentence as its subject, past a conjunction or an adverb. */
function pronounSubject(ctx: QuoteContext, sentence: Sentence, gender?: Gender): Word | undefined {
  const { tokens } = ctx.toks;
  let i = sentence.first;
  while (i < sentence.last && (hasTag(tokens[i], 'Conjunction') || hasTag(tokens[i], 'Adverb'))) i++;
  const t = tokens[i];
  const g = t && PERSON_PRONOUNS.get(t.lower);
  return t && g && (!gender || g === gender) && !quoteAt(ctx, t.start) ? t : undefined;
}

/** "Of Hepburn, she said", "Asked about Kerr, he said": a sentence that opens with a phrase (a preposition or a participle) closed by a comma. */
function opensWithTopic(ctx: QuoteContext, sentence: Sentence): boolean {
  const { tokens } = ctx.toks;
  const t = tokens[sentence.first];
  if (!t || !(hasTag(t, 'Preposition') || /^(?:asked|speaking|writing|talking|referring)$/u.test(t.lower)))
    return false;
  if (SUBORDINATORS.has(t.lower)) return false;
  for (let i = sentence.first; i < sentence.last && i < sentence.first + 8; i++) {
    if (quoteAt(ctx, tokens[i]!.start)) return false;
    if (/,/u.test(tokens[i]!.post)) return true;
  }
  return false;
}

/** Words that open a noun phrase about someone not met before ("A daughter of …", "One fan …"). */
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'many', 'several']);

/**
 * Whether a sentence that names no one is about someone new: it opens (past a conjunction or an
 * adverb) with an indefinite noun phrase. "The businessman …", "However, the coach …" are the
 * one just named, as news text writes; "A neighbour …" is not.
 */
function aboutSomeoneElse(ctx: QuoteContext, sentence: Sentence): boolean {
  const { tokens } = ctx.toks;
  let i = sentence.first;
  while (i < sentence.last && (hasTag(tokens[i], 'Conjunction') || hasTag(tokens[i], 'Adverb'))) i++;
  const t = tokens[i];
  return !!t && !quoteAt(ctx, t.start) && INDEFINITE.has(t.lower);
}

/** Whether a sentence after the one at `from`, up to the one at `at`, is about someone new. */
export function newcomerBetween(ctx: QuoteContext, from: number, at: number): boolean {
  const { sentences } = ctx.toks;
  const last = firstAtOrAfter(sentences, at + 1) - 1;
  for (let s = firstAtOrAfter(sentences, from + 1); s <= last; s++)
    if (aboutSomeoneElse(ctx, sentences[s]!)) return true;
  return false;
}

/**
 * Whether a person is named only as what others did something to: "Officers arrested Victor
 * Lamb on Sunday" (a plural common noun as the subject, the person after its verb). A "he" in
 * the next paragraph is more likely one of those officers than the man they arrested.
 */
export function objectOfOthers(ctx: QuoteContext, m: Mention): boolean {
  const { tokens, sentences } = ctx.toks;
  const first = tokens[firstAtOrAfter(tokens, m.start)];
  if (!first) return false;
  const sentence = sentences[first.sentence]!;
  let v = sentence.first;
  while (v < first.i && !(hasTag(tokens[v], 'Verb') && !hasTag(tokens[v], 'Noun'))) v++;
  if (v >= first.i || v === sentence.first) return false;
  const head = tokens[v - 1]!;
  const subject = tokens.slice(sentence.first, v);
  // (The name right after the verb, past a title at most: not "…, said Mr Pouwelse".)
  const between = tokens.slice(v + 1, first.i);
  if (isSpeechVerb(tokens, v) || /[,;:]/u.test(tokens[v]!.post)) return false;
  if (between.some((t) => !/^\p{Lu}/u.test(t.text) || /[,;:]/u.test(t.post))) return false;
  return (
    hasTag(head, 'Noun') &&
    !hasTag(head, 'Pronoun') &&
    (/^\p{L}+s$/u.test(head.lower) || head.lower === 'police') &&
    !subject.some((t) => mentionAt(ctx, t.start, (n) => t.end <= n.end)) &&
    !subject.some((t) => /[,;:]/u.test(t.post))
  );
}

/**
 * Whether someone of `gender` whom the tagger typed as a place or a body is in play for a pronoun
 * at `at` (named earlier in its paragraph or in the one before): a name of two words that opens
 * with a common given name of that sex, read as a person's by how the sentence uses it: joined by
 * "and" to a person ("Joan Hill and Linda Park run …") or the subject of a speech verb ("Linda
 * Park said"; not any verb: "Victoria Park reopened"). "She said" then has two women to choose
 * from, and is left to no one.
 */
export function rivalTypedAsThing(ctx: QuoteContext, at: number, gender: Gender): boolean {
  const { blocks } = ctx.article;
  const b = firstAtOrAfter(blocks, at + 1) - 1;
  const from = blocks[Math.max(0, b - 1)]?.start ?? 0;
  const { tokens } = ctx.toks;
  for (let k = firstAtOrAfter(ctx.mentions, from); k < ctx.mentions.length && ctx.mentions[k]!.end <= at; k++) {
    const m = ctx.mentions[k]!;
    if (m.entity.type !== 'place' && m.entity.type !== 'organization') continue;
    const words = ctx.article.text.slice(m.start, m.end).split(' ');
    if (words.length !== 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) || quoteAt(ctx, m.start)) continue;
    if (givenNameSex(words[0]!) !== gender) continue;
    const i = firstAtOrAfter(tokens, m.start);
    const v = firstAtOrAfter(tokens, m.end);
    const person = (t: Word | undefined) =>
      !!t && mentionAt(ctx, t.start, (n) => n.entity.type === 'person' && t.end <= n.end);
    const joined = (t: Word | undefined, next: Word | undefined) =>
      (t?.lower === 'and' || t?.lower === 'or') && person(next);
    const subject = v < tokens.length && !/[,;:]/u.test(tokens[i + 1]?.post ?? ',') && isSpeechVerb(tokens, v);
    if (joined(tokens[i - 1], tokens[i - 2]) || joined(tokens[v], tokens[v + 1]) || subject) return true;
  }
  return false;
}

/** How many paragraphs before a pronoun's own are read for the one person of its gender. */
const MAX_PARAGRAPHS_BACK = 4;

/**
 * The one person of `gender` in play for a pronoun at `at`, read further back than the paragraph
 * before, as a profile is written: its subject named once ("Harriet Okafor was twenty-three when
 * …"), then "she says" for paragraphs, with a man named in between ("Her partner, Tom Reilly,
 * handled the books."). Only when every other person named since (outside quotations) is known
 * to be of the other gender, the one is known to be of this one, the pronoun's own paragraph
 * names no one before it, and no sentence since opens on someone new ("A neighbour …"). Undefined otherwise.
 */
export function onlyOfGender(ctx: QuoteContext, at: number, gender: Gender): Entity | undefined {
  const { blocks } = ctx.article;
  const b = firstAtOrAfter(blocks, at + 1) - 1;
  const from = blocks[Math.max(0, b - MAX_PARAGRAPHS_BACK)]?.start ?? 0;
  const list = ctx.mentionsOfType.get('person') ?? [];
  let one: Mention | undefined;
  for (let k = firstAtOrAfter(list, from); k < list.length && list[k]!.end <= at; k++) {
    const m = list[k]!;
    if (quoteAt(ctx, m.start)) continue;
    // (Not when the pronoun's own paragraph names someone before it: "Mr Olsen stayed until
    // dark. “…,” she said." is about him, and "she" is someone the text has not made clear.)
    if (m.start >= blocks[b]!.start) return undefined;
    const g = ctx.genderOf(m.entity.id);
    if (!g) return undefined;
    if (g !== gender) continue;
    if (one && one.entity !== m.entity) return undefined;
    one = m;
  }
  // (Nor one named only as what others did something to: "Officers arrested Victor Lamb.")
  if (!one || objectOfOthers(ctx, one) || rivalTypedAsThing(ctx, at, gender) || newcomerBetween(ctx, one.start, at))
    return undefined;
  return one.entity;
}
