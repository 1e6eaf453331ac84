import type { Article, Span } from '../load/article.js';
import { CONTINUATION_VERBS, SPEECH_VERBS } from './lexicon/speech.js';
import { quoteAt, quoteContext, quotedIn, type QuoteContext } from './quote-context.js';
import { isFiniteVerb } from './quote-names.js';
import { beatSpeaker } from './quote-beats.js';
import { creditSpeaker } from './quote-credit.js';
import { dialogueTurns } from './quote-dialogue.js';
import { documentWriter } from './quote-documents.js';
import { colonSpeaker, headlineSpeaker, listedSequel, reportedSequel } from './quote-reported.js';
import { reportsClause } from './quote-clauses.js';
import { attribute, NONE } from './quote-speaker.js';
import { answerSpeaker, transcriptSpeaker } from './quote-transcript.js';
import { oneVoice, spokesVoice } from './quote-voice.js';
import { findQuoteSpans, firstAtOrAfter, type RawQuote } from './quote-spans.js';
import type { Entity, Quote } from './types.js';
import { hasTag, type Word, type Words } from './words/read-words.js';

/** "known as “passing off”", "the so-called “…”": a term the quotation marks, nobody's words. */
const TERM = /\b(?:known as|so-called|so called|referred to as)\s*$/iu;

/** Finds quotations (marks included) and who said them. */
export function findQuotes(article: Article, toks: Words, entities: readonly Entity[]): Quote[] {
  const raws = findQuoteSpans(article);
  const ctx = quoteContext(article, toks, entities, raws);

  const out: (Quote & { paragraph: number; open: boolean; continues: boolean })[] = [];
  raws.forEach((q, k) => {
    const prev = out[k - 1];
    if (TERM.test(article.text.slice(Math.max(0, q.start - 20), q.start)) || nickname(ctx, q)) {
      out.push({ start: q.start, end: q.end, ...NONE, paragraph: q.paragraph, open: q.open, continues: q.continues });
      return;
    }
    // "“…” — Maya Lin (@mayalin) June 5, 2017": a post's or an epigraph's credit line.
    const credit = creditSpeaker(ctx, q);
    if (credit) {
      noteSpeaker(ctx, q, credit.speakerEntity);
      out.push({ start: q.start, end: q.end, ...credit, paragraph: q.paragraph, open: q.open, continues: q.continues });
      return;
    }
    let a = attribute(ctx, q, prev && raws[k - 1]!.paragraph === q.paragraph ? prev : undefined);
    // A quotation with no attribution of its own ("“…,” he said" with "he" unresolved has one)
    // may take the speaker of the quotation before (`own` keeps the others out; "he added" is
    // still the voice before).
    const own = !!a.speaker || (!!a.verb && !CONTINUATION_VERBS.has(a.verb));
    if (!own && q.continues && prev) a = { speaker: prev.speaker, speakerEntity: prev.speakerEntity, verb: prev.verb };
    // A quoted sentence right after an attributed one in the same paragraph goes on in that voice.
    if (
      !own &&
      !a.speaker &&
      prev &&
      raws[k - 1]!.paragraph === q.paragraph &&
      followsDirectly(ctx, raws[k - 1]!, q, prev.speakerEntity)
    ) {
      a = { speaker: prev.speaker, speakerEntity: prev.speakerEntity, verb: null };
    }
    // "X acknowledged that this is “not a complete solution” and isn't “perfect”": a second
    // quotation in the sentence of an attributed one, with no other name between, is X's too.
    // (Not when a speech verb after it asks for a speaker of its own: "…,” he added".)
    if (
      !a.speaker &&
      prev?.speaker &&
      raws[k - 1]!.paragraph === q.paragraph &&
      sameClause(ctx, raws[k - 1]!, q, a.verb)
    )
      a = { speaker: prev.speaker, speakerEntity: prev.speakerEntity, verb: prev.verb };
    if (
      !a.speaker &&
      prev?.speaker &&
      prev.verb &&
      raws[k - 1]!.paragraph === q.paragraph &&
      splitBy(ctx, raws[k - 1]!, q, prev.verb)
    )
      a = { speaker: prev.speaker, speakerEntity: prev.speakerEntity, verb: prev.verb };
    if (
      !own &&
      !a.speaker &&
      prev?.speaker &&
      raws[k - 1]!.paragraph === q.paragraph &&
      goesOnInVoice(ctx, raws[k - 1]!, q, prev.speakerEntity)
    )
      a = { speaker: prev.speaker, speakerEntity: prev.speakerEntity, verb: null };
    if (!own && !a.speaker)
      a =
        transcriptSpeaker(ctx, q) ??
        answerSpeaker(ctx, q) ??
        colonSpeaker(ctx, q) ??
        beatSpeaker(ctx, q) ??
        reportedSequel(ctx, q, a.verb) ??
        listedSequel(ctx, q) ??
        headlineSpeaker(ctx, q) ??
        a;
    if (!own && !a.speaker && prev?.speaker && continuesVoice(ctx, raws[k - 1]!, q, prev.speakerEntity))
      a = { speaker: prev.speaker, speakerEntity: prev.speakerEntity, verb: null };
    if (!a.speaker && prev && q.paragraph - raws[k - 1]!.paragraph <= 1) {
      const s = spokesVoice(ctx, q, prev);
      if (s) a = { speaker: s.speaker, speakerEntity: s.speakerEntity, verb: a.verb };
    }
    if (!own && !a.speaker) {
      const e = aboutEarlierSpeaker(ctx, q, out);
      if (e) a = { speaker: e.name, speakerEntity: e.id, verb: null };
    }
    a = documentWriter(ctx, q, a) ?? a;
    noteSpeaker(ctx, q, a.speakerEntity);
    out.push({ start: q.start, end: q.end, ...a, paragraph: q.paragraph, open: q.open, continues: q.continues });
  });
  // A quote that runs over paragraphs is usually attributed once: share that with the rest of it.
  for (let k = out.length - 1; k > 0; k--) {
    const cur = out[k]!,
      prev = out[k - 1]!;
    if (cur.continues && prev.open && !prev.speaker && cur.speaker) {
      out[k - 1] = { ...prev, speaker: cur.speaker, speakerEntity: cur.speakerEntity, verb: cur.verb };
    }
  }
  dialogueTurns(ctx, raws, out);
  oneVoice(ctx, raws, out);
  return out.map(({ start, end, speaker, speakerEntity, verb }) => ({ start, end, speaker, speakerEntity, verb }));
}

/**
 * "saw “Dirty” Den Watts killed off", "Earvin “Magic” Johnson": one or two capitalised words
 * quoted in mid-sentence right before a name are a nickname, which no one is quoted as saying
 * (whatever the name was typed as: the tagger reads "Den Watts" as an organisation).
 */
function nickname(ctx: QuoteContext, q: RawQuote): boolean {
  const { text } = ctx.article;
  const words = text
    .slice(q.start + 1, q.end - 1)
    .trim()
    .split(/\s+/u);
  if (words.length > 2 || !words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return false;
  if (!/[\p{L},]\s$/u.test(text.slice(Math.max(0, q.start - 2), q.start))) return false;
  const next = /^\s(\p{Lu})/u.exec(text.slice(q.end, q.end + 2));
  if (!next) return false;
  const k = firstAtOrAfter(ctx.mentions, q.end + 1);
  return ctx.mentions[k]?.start === q.end + 1;
}

/** Notes who said the quotation `q`, by the sentences it starts and ends in, for pronouns after it. */
function noteSpeaker(ctx: QuoteContext, q: RawQuote, id: string | null): void {
  if (!id) return;
  for (const at of [q.start + 1, q.end - 1]) {
    const s = firstAtOrAfter(ctx.toks.sentences, at + 1) - 1;
    if (s < 0) continue;
    const before = ctx.saidIn.get(s);
    ctx.saidIn.set(s, before === undefined || before === id ? id : null);
  }
}

/**
 * A paragraph that is one quotation and nothing else, right after the paragraph of a quotation
 * attributed to `speaker`, goes on in that voice (at most a quote-free caption or aside between
 * them that names no other person).
 */
function continuesVoice(ctx: QuoteContext, p: RawQuote, q: RawQuote, speaker: string | null): boolean {
  if (!wholeParagraph(ctx, q)) return false;
  const gap = q.paragraph - p.paragraph;
  if (gap === 1) return true;
  // A caption between may name the speaker, and no one else: only an entity can be checked so.
  if (gap !== 2 || !speaker) return false;
  const between = ctx.article.blocks[p.paragraph + 1]!;
  if (quotedIn(ctx, between)) return false;
  // (Nor, for an organisation's voice, another organisation: "That opener suggests that Uber …".)
  const { mentions } = ctx;
  const own = mentions.find((m) => m.entity.id === speaker)?.entity;
  for (let k = firstAtOrAfter(mentions, between.start); k < mentions.length && mentions[k]!.end <= between.end; k++) {
    const e = mentions[k]!.entity;
    if (e.id === speaker || (e.type !== 'person' && e.type !== own?.type)) continue;
    if (!(own?.type === 'person' && e.type === 'person' && sameSurname(own, e))) return false;
  }
  return true;
}

/**
 * Whether two people's names end in the same word: the caption's "Hori Parata at his farm" names
 * the quoted "Parata" (even where two Paratas keep the name's entities apart), not someone new.
 */
function sameSurname(a: Entity, b: Entity): boolean {
  const last = (e: Entity) => e.name.split(/\s+/u).at(-1)!.toLowerCase();
  return last(a) === last(b);
}

/**
 * "But for Parata and his family the deaths are personal.¶“It's very emotional. Our ancestors tell
 * us …”": a paragraph that is one quotation and nothing else, after a paragraph without quotations
 * that names one person or organisation and no one else, is in that one's voice when it has been
 * quoted before, or is a person newly introduced there (below).
 */
function aboutEarlierSpeaker(
  ctx: QuoteContext,
  q: RawQuote,
  earlier: readonly { speakerEntity: string | null; paragraph: number }[],
): Entity | undefined {
  if (!wholeParagraph(ctx, q) || q.continues || q.paragraph < 1) return undefined;
  const before = ctx.article.blocks[q.paragraph - 1]!;
  if (before.kind !== 'paragraph' || quotedIn(ctx, before)) return undefined;
  let only: Entity | undefined;
  for (
    let k = firstAtOrAfter(ctx.mentions, before.start);
    k < ctx.mentions.length && ctx.mentions[k]!.start < before.end;
    k++
  ) {
    const e = ctx.mentions[k]!.entity;
    if (only && e !== only) return undefined;
    only = e;
  }
  if (!only || (only.type !== 'person' && only.type !== 'organization')) return undefined;
  if (earlier.some((p) => p.speakerEntity === only.id)) return only;
  // Quoted for the first time: "Grace Wolde visited the camp.¶“The worst I have seen …”" (a
  // person, speaking in the first person) or "Councillor Janet Pryce was blunt.¶“This is …”".
  // (Not while another's voice goes on: "“…,” Santos said.¶But for Brandt it is a gain.¶“We …”".)
  if (only.type !== 'person' || earlier.some((p) => p.speakerEntity && p.paragraph >= q.paragraph - 2))
    return undefined;
  const body = ctx.article.text.slice(q.start, q.end);
  const last = ctx.article.text.slice(before.start, before.end).trimEnd();
  return FIRST_PERSON.test(body) || MANNER_END.test(last) ? only : undefined;
}

/** A paragraph that ends on how its one person spoke: "… Pryce was blunt.", "… did not mince words." */
const MANNER_END =
  /\b(?:was|is|were|are)\s+(?:(?:more|even|less|very|quite|equally|just\s+as)\s+)?(?:blunt|candid|frank|forthright|direct|defiant|unapologetic|unrepentant|emphatic|adamant|scathing|philosophical|upbeat|unequivocal|succinct|brief|terse|blunter|franker)(?:\s+about\s+it)?[.:]$|\b(?:did\s+not|didn['’]t)\s+mince\s+(?:his|her|their)?\s*words[.:]$/iu;

/** Whether the quotation `q` is its paragraph, with nothing but punctuation after it. */
function wholeParagraph(ctx: QuoteContext, q: RawQuote): boolean {
  const block = ctx.article.blocks[q.paragraph]!;
  return q.start <= block.start && /^[\s.,]*$/u.test(ctx.article.text.slice(q.end, block.end));
}

/** Whether `q` opens the sentence right after the one where `p` (or its attribution) ends. */
function followsDirectly(ctx: QuoteContext, p: RawQuote, q: RawQuote, speaker: string | null): boolean {
  let end: Word | undefined;
  for (let at = p.end - 1; at > p.start && !end; at--) end = ctx.toks.tokenAt(at);
  const start = ctx.toks.tokenAt(q.start + 1);
  if (!end || !start) return false;
  const first = ctx.toks.sentences[start.sentence]!.first;
  if (start.i !== first) return false;
  if (start.sentence === end.sentence + 1 || start.sentence === end.sentence) return true;
  // “…?” Holmes asked in the New Year. “That is what I don't know.”: the sentence between is
  // the attribution of `p` when it follows `p` at once and quotes nothing itself.
  const between = ctx.toks.sentences[end.sentence + 1];
  return (
    start.sentence === end.sentence + 2 &&
    !!between &&
    ctx.toks.sentences[end.sentence]!.end <= p.end &&
    /^\s+$/.test(ctx.article.text.slice(p.end, between.start)) &&
    !quotedIn(ctx, between) &&
    // (Not one that reports a clause of its own: "Maciej Sundra, who designed it, says the goal is …")
    !reportsClause(ctx.toks.tokens.slice(between.first, between.last)) &&
    // (Nor one about another person, its subject and not named in `q`: "Liberal Democrat
    // spokesman Menzies Campbell repeated his party's calls …" after Michael Howard's quotation.)
    !newSubject(ctx, between, q, speaker)
  );
}

/**
 * Whether `sentence` brings in a new speaker: the first person it names is someone other than
 * `speaker`, not named in `q`, and it speaks of speaking ("repeated his party's calls", "was keen
 * not to talk about"; not "Simon Taylor looks certain to get the call" in Woodward's voice).
 */
function newSubject(
  ctx: QuoteContext,
  sentence: Span & { first: number; last: number },
  q: RawQuote,
  speaker: string | null,
): boolean {
  const words = ctx.toks.tokens.slice(sentence.first, sentence.last);
  if (!words.some((t) => (SPEECH_VERBS.has(t.lower) && hasTag(t, 'Verb')) || SPEAKING.test(t.lower))) return false;
  const people = ctx.mentionsOfType.get('person') ?? [];
  const m = people[firstAtOrAfter(people, sentence.start)];
  if (!m || m.end > sentence.end || m.entity.id === speaker) return false;
  const surname = m.entity.name.split(/\s+/u).at(-1)!;
  return !ctx.article.text.slice(q.start, q.end).includes(surname);
}

/** Words besides the speech verbs that tell of speaking. */
const SPEAKING = /^(?:talk|talked|talking|repeated|repeats|spoke|speaks|speaking)$/u;

/** At most this many sentences end between an attributed quotation and its unattributed sequel. */
const MAX_SEQUEL_SENTENCES = 2;
const FIRST_PERSON = /(?<![\p{L}’'])(?:I|I[’']\w+|me|my|we|we[’']\w+|our|us)(?![\p{L}’'])/iu;

/**
 * "“…,” he said. And yet he couldn't find it. “Of all the volumes …, nothing.”" and "“…,” said
 * X, president of Y. The price is “as low as I've ever seen.”": a quotation with no attribution of
 * its own a sentence or two after one attributed to X, in the same paragraph, with no other person
 * named between, goes on in X's voice when it is a whole sentence of its own or speaks in the
 * first person.
 */
function goesOnInVoice(ctx: QuoteContext, p: RawQuote, q: RawQuote, speaker: string | null): boolean {
  const start = ctx.toks.tokenAt(q.start + 1);
  let end: Word | undefined;
  for (let at = p.end - 1; at > p.start && !end; at--) end = ctx.toks.tokenAt(at);
  if (!start || !end || start.sentence - end.sentence > MAX_SEQUEL_SENTENCES) return false;
  const body = ctx.article.text.slice(q.start, q.end);
  const wholeSentence = start.i === ctx.toks.sentences[start.sentence]!.first && /[.!?…]["”’']*$/u.test(body);
  if (!wholeSentence && !FIRST_PERSON.test(body)) return false;
  // "Some are sadder: “…”": a quotation with an introduction of its own is not a sequel.
  if (/:\s*$/u.test(ctx.article.text.slice(Math.max(p.end, q.start - 4), q.start))) return false;
  const people = ctx.mentionsOfType.get('person') ?? [];
  for (let k = firstAtOrAfter(people, p.end); k < people.length && people[k]!.start < q.start; k++)
    if (people[k]!.entity.id !== speaker && !quoteAt(ctx, people[k]!.start)) return false;
  return true;
}

/**
 * "“The trouble,” said Ian Marsh, a manager at Voltaic, “is that …”": a quotation that goes on in
 * lower case after the attribution of its first half (which closes on a comma, and whose verb the
 * words between hold) is the rest of that sentence, in the same voice.
 */
function splitBy(ctx: QuoteContext, p: RawQuote, q: RawQuote, verb: string): boolean {
  const { text } = ctx.article;
  const between = text.slice(p.end, q.start);
  return (
    /,\s*["”’']$/u.test(text.slice(p.start, p.end)) &&
    /^\s[^"“”.!?;:]{1,120},\s*$/u.test(between) &&
    new RegExp(`\\b${verb}\\b`, 'u').test(between) &&
    /^["“‘']\s*\p{Ll}/u.test(text.slice(q.start, q.start + 3))
  );
}

/** How far apart two quotations of one clause may be (in characters). */
const MAX_CLAUSE_GAP = 60;

/** Whether `q` follows `p` closely in the same sentence, with no name of anyone between them. */
function sameClause(ctx: QuoteContext, p: RawQuote, q: RawQuote, verb: string | null): boolean {
  const between = ctx.article.text.slice(p.end, q.start);
  if (verb && !between.toLowerCase().includes(verb)) return false;
  if (q.start - p.end > MAX_CLAUSE_GAP || /[.!?;]/u.test(between)) return false;
  let end: Word | undefined;
  for (let at = p.end - 1; at > p.start && !end; at--) end = ctx.toks.tokenAt(at);
  const start = ctx.toks.tokenAt(q.start + 1);
  if (!end || !start || start.sentence !== end.sentence) return false;
  // "Called a “…” by its creators, “Thumper” is …": a quoted subject is a name, not more words.
  const next = ctx.toks.tokens[firstAtOrAfter(ctx.toks.tokens, q.end)];
  if (next && /^\s*$/u.test(ctx.article.text.slice(q.end, next.start)) && isFiniteVerb(next)) return false;
  const k = firstAtOrAfter(ctx.mentions, p.end);
  return !(k < ctx.mentions.length && ctx.mentions[k]!.start < q.start);
}
