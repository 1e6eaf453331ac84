import { PERSON_PRONOUNS } from './lexicon/speech.js';
import { quotedIn, soleReferent, type QuoteContext } from './quote-context.js';
import { subjectReferent } from './quote-referent.js';
import type { Attribution } from './quote-speaker.js';
import { firstAtOrAfter, type RawQuote } from './quote-spans.js';
import type { Entity } from './types.js';

// A feature's dialogue tells who speaks next by what they do ("the beat"):
//   "“I thought she was crazy,” Paul tells me. Sofia laughs. “He still thinks I'm crazy.”"
//   "Ms. Coyle shook her head. “She planned to stay. She just didn't know it.”"

/** What a speaker does right before speaking, that is no speech itself. */
const BEAT_VERBS = new Set(
  (
    'laughs laughed chuckles chuckled smiles smiled grins grinned smirks smirked shrugs shrugged sighs sighed ' +
    'nods nodded shakes shook winces winced frowns frowned pauses paused hesitates hesitated scoffs scoffed ' +
    'groans groaned snorts snorted beams beamed bristles bristled disagrees disagreed demurs demurred'
  ).split(' '),
);

/** Words in a beat's sentence: at most this many ("Ms. Coyle shook her head at the memory."). */
const MAX_BEAT = 10;

/** Titles a beat's subject may open with ("Mr. Dunn", "Dr. Raman"). */
const TITLE = /^(?:mr|mrs|ms|miss|dr|prof)\.?$/u;

/**
 * The speaker of a quotation with no attribution of its own that opens its sentence right after a
 * short sentence of its paragraph, quoting nothing, whose subject is one person (named, after a
 * title at most, or "he"/"she" as a pronoun's referent is found for "she said") and whose verb
 * is a beat: laughs, shrugs, shakes her head, disagrees. The quotation must be a whole sentence.
 */
export function beatSpeaker(ctx: QuoteContext, q: RawQuote): Attribution | undefined {
  const { text } = ctx.article;
  const { tokens, sentences } = ctx.toks;
  const k = firstAtOrAfter(tokens, q.start);
  const first = tokens[k];
  if (!first || first.end > q.end || q.continues || !/[.!?…]["”’']*$/u.test(text.slice(q.start, q.end)))
    return undefined;
  const own = sentences[first.sentence]!;
  const before = sentences[first.sentence - 1];
  if (own.first !== k || !before || before.block !== own.block || before.last - before.first > MAX_BEAT)
    return undefined;
  if (!/^\s+$/u.test(text.slice(before.end, q.start)) || quotedIn(ctx, before)) return undefined;
  const words = tokens.slice(before.first, before.last);
  const v = words.findIndex((t) => BEAT_VERBS.has(t.lower));
  if (v < 1 || v > 4) return undefined;
  const gender = v === 1 ? PERSON_PRONOUNS.get(words[0]!.lower) : undefined;
  let e: Entity | undefined;
  if (gender)
    e = soleReferent(ctx, words[0]!.start, 'person', gender) ?? subjectReferent(ctx, words[0]!.start, 'person', gender);
  else {
    const from = TITLE.test(words[0]!.lower) ? 1 : 0;
    const m = ctx.mentions[firstAtOrAfter(ctx.mentions, words[from]!.start)];
    if (m && m.start === words[from]!.start && m.end === words[v - 1]!.end && m.entity.type === 'person') e = m.entity;
  }
  return e ? { speaker: e.name, speakerEntity: e.id, verb: null } : undefined;
}
