import { DOCUMENT_NOUNS } from './lexicon/speech.js';
import { hasTag, type Word } from './words/read-words.js';

// Speakers given by a phrase around the quotation rather than by a speech verb: "according to
// X", "in X's phrase", "X's motto is", "a question came from X:". Read only when no speech verb
// attributes the quotation.

/** Names the speaker a noun phrase stands for (quote-speaker.ts's `describe`). */
export type Describe = (words: Word[]) => { speaker: string | null; speakerEntity: string | null };
export interface Framed {
  speaker: string;
  speakerEntity: string | null;
  verb: string;
}

/** Nouns for what someone is quoted as saying in "X's motto is “…”", "the mantra of X is “…”". */
const MOTTO_NOUNS = new Set(
  'mantra motto slogan catchphrase refrain tagline credo creed maxim watchword goal aim mission message'.split(' '),
);
/** Nouns for a turn of speech in "in X's words", "in the words of X". */
const WORDS_NOUNS = new Set(['words', 'phrase', 'phrasing', 'terms', 'parlance']);
/** Nouns for something said, in "a question came from X: “…”". */
const SAID_NOUNS = new Set(
  'question questions comment comments response reply answer message statement warning plea retort rebuke objection challenge interjection'.split(
    ' ',
  ),
);
/** The last of these before a speech verb makes it a passive ("is called", "was described"): no subject. */
export const PASSIVE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'been', 'being', 'be']);
const NOBODY = { speaker: null, speakerEntity: null };
const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'remained', 'became']);
/** At most this many words in a speaker phrase read from a frame. */
const MAX_PHRASE = 6;
/** …and after "according to", which may name a document and its author: "a 2017 report by the Urban Institute". */
const MAX_ACCORDING = 8;

const possessive = (t: Word | undefined) => !!t && /['’]s?$/u.test(t.text + t.post.trimEnd().slice(0, 2));

/** The speaker a frame around the quotation gives, read from `before` (its sentence's words before it). */
export function framedSpeaker(describe: Describe, before: Word[], after: Word[]): Framed | null {
  return (
    accordingTo(describe, [...before, ...ownClause(after)]) ??
    inTheWordsOf(describe, before) ??
    mottoOf(describe, before) ??
    saidFrom(describe, before)
  );
}

function named(describe: Describe, np: Word[], verb: string, max = MAX_PHRASE): Framed | null {
  if (!np.length || np.length > max) return null;
  const d = describe(np);
  return d.speaker ? { speaker: d.speaker, speakerEntity: d.speakerEntity, verb } : null;
}

/** The words from `from` up to the first that ends in a mark ("a spokesman for X, …" -> up to X). */
function phraseFrom(words: Word[], from: number): Word[] {
  const np: Word[] = [];
  for (const t of words.slice(from)) {
    np.push(t);
    if (!/^\s*$/.test(t.post)) break;
  }
  return np;
}

/**
 * The words after a quotation, or none when the sentence goes on with a clause of its own first:
 * "… get “fat and happy,” and, according to Reuters, once told analysts …" is not Reuters' quotation.
 */
function ownClause(after: Word[]): Word[] {
  const k = after.findIndex((t, i) => t.lower === 'according' && after[i + 1]?.lower === 'to');
  return k > 0 && CLAUSE_OPENERS.has(after[0]!.lower) ? [] : after;
}
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'who', 'which', 'that']);

/** "…, according to AFP." */
function accordingTo(describe: Describe, words: Word[]): Framed | null {
  const k = words.findIndex((t, i) => t.lower === 'according' && words[i + 1]?.lower === 'to');
  if (k < 0) return null;
  const np = phraseFrom(words, k + 2);
  // "according to a memo from the agency's director, Helen Park.": the name set off after the
  // description is the one it describes (the memo's writer).
  const rest = /^,\s*$/u.test(np.at(-1)?.post ?? '') ? phraseFrom(words, k + 2 + np.length) : [];
  const name =
    rest.length <= 3 && rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && /^[.,;]/u.test(rest.at(-1)?.post ?? '')
      ? named(describe, rest, 'according to')
      : null;
  return name ?? named(describe, np, 'according to', MAX_ACCORDING);
}

/** "(in the economist Tyler Cowen's phrase) “…”", "In the words of the coach, “…”". */
function inTheWordsOf(describe: Describe, before: Word[]): Framed | null {
  for (let k = before.length - 1; k >= 0; k--) {
    if (before[k]!.lower !== 'in') continue;
    const rest = before.slice(k + 1);
    // "in the words of X"
    if (rest[0]?.lower === 'the' && WORDS_NOUNS.has(rest[1]?.lower ?? '') && rest[2]?.lower === 'of')
      return named(describe, phraseFrom(rest, 3), 'in the words of');
    // "in X's words": the possessive phrase right before the noun.
    const w = rest.findIndex((t) => WORDS_NOUNS.has(t.lower));
    if (
      w > 0 &&
      w <= MAX_PHRASE &&
      possessive(rest[w - 1]) &&
      rest.slice(0, w).every((t) => /^\s*$/.test(t.post) || possessive(t))
    )
      return named(describe, rest.slice(0, w), 'in the words of');
  }
  return null;
}

/** "Webmaker's goal is to “…”", "the mantra of the Festival is “…”". */
function mottoOf(describe: Describe, before: Word[]): Framed | null {
  let end = before.length;
  if (before[end - 1]?.lower === 'to') end--;
  if (!COPULAS.has(before[end - 1]?.lower ?? '')) return null;
  const copula = end - 1;
  // "the mantra of X is"
  const of = before.findLastIndex((t, i) => i < copula && t.lower === 'of');
  if (of > 0 && MOTTO_NOUNS.has(before[of - 1]!.lower) && copula - of - 1 <= MAX_PHRASE)
    return named(describe, before.slice(of + 1, copula), before[of - 1]!.lower);
  // "X's motto is": the noun right before the copula, a possessive phrase right before it.
  const noun = copula - 1;
  if (noun < 1 || !MOTTO_NOUNS.has(before[noun]!.lower) || !possessive(before[noun - 1])) return null;
  let start = noun - 1;
  while (start > 0 && /^\p{Lu}/u.test(before[start - 1]!.text) && /^\s+$/.test(before[start - 1]!.post)) start--;
  return named(describe, before.slice(start, noun), before[noun]!.lower);
}

/** "After his talk, a question came from a member of the audience: “…”". */
function saidFrom(describe: Describe, before: Word[]): Framed | null {
  const last = before[before.length - 1];
  if (!last || !/^\s*[:,]\s*$/u.test(last.post)) return null;
  const from = before.findLastIndex((t) => t.lower === 'from');
  if (from < 1) return null;
  const clause = before.slice(0, from);
  let k = clause.length - 1;
  while (k >= 0 && !/[,;:]/u.test(clause[k]!.post)) k--;
  if (!clause.slice(k + 1).some((t) => SAID_NOUNS.has(t.lower) && hasTag(t, 'Noun'))) return null;
  const np = before.slice(from + 1);
  return np.some((t, i) => i < np.length - 1 && !/^\s*$/.test(t.post)) ? null : named(describe, np, 'from');
}

/**
 * The agent of a passive speech verb: "was described by X as “…”", "has been called “…” by X".
 * The subject of the passive is what the quotation describes, never its speaker.
 */
export function passiveAgent(
  describe: Describe,
  text: string,
  before: Word[],
  v: number,
  after: Word[],
  end: number,
): ReturnType<Describe> {
  let b = v - 1;
  while (b >= 0 && hasTag(before[b], 'Adverb')) b--;
  // "4.1.1 (described as “…” in the release announcement)": a participle with no subject of its own.
  // "Called a “violent rhythm game” by its creators, …": one that opens its sentence.
  const reduced =
    /ed$/u.test(before[v]!.lower) &&
    ((before[v + 1]?.lower === 'as' && v === before.length - 2) ||
      (v === 0 && before.slice(1).every((t) => hasTag(t, 'Determiner')) && after[0]?.lower === 'by'));
  if (!reduced && (b < 0 || !PASSIVE.has(before[b]!.lower))) return NOBODY;
  const by = before.findIndex((t, i) => i > v && t.lower === 'by');
  const from =
    by >= 0
      ? before.slice(by + 1)
      : after[0]?.lower === 'by' && /^\s*$/u.test(text.slice(end, after[0].start))
        ? after.slice(1)
        : [];
  const np: Word[] = [];
  for (const t of from) {
    if (t.lower === 'as' || np.length >= MAX_PHRASE) break;
    np.push(t);
    if (!/^\s*$/.test(t.post)) break;
  }
  if (np.length) return describe(np);
  // "… “…” in the release announcement": a document named right after the quotation.
  const inDoc = after[0]?.lower === 'in' && /^\s*$/u.test(text.slice(end, after[0].start));
  const doc = inDoc ? phraseAfter(after.slice(1)) : [];
  return doc.length && DOCUMENT_NOUNS.has(doc.at(-1)!.lower) ? describe(doc) : NOBODY;
}

/** The words of `words` up to the first followed by a mark, at most MAX_PHRASE. */
function phraseAfter(words: Word[]): Word[] {
  const np: Word[] = [];
  for (const t of words) {
    if (np.length >= MAX_PHRASE) return [];
    np.push(t);
    if (!/^\s*$/.test(t.post)) break;
  }
  return np;
}
