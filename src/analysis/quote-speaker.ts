import { CONTINUATION_VERBS, FRAMING_VERBS, RELATIVE_PRONOUNS } from './lexicon/speech.js';
import {
  entityIn,
  leadingPerson,
  quoteAt,
  quotedIn,
  type PreviousSpeaker,
  type QuoteContext,
} from './quote-context.js';
import { frameNamed } from './quote-after.js';
import {
  inNounPhrase,
  nameAfter,
  namedLast,
  namesIn,
  objectRelative,
  pastHowFrame,
  phraseAfterVerb,
  timeAdjunctStart,
  reportedBefore,
  servedStart,
  speakingPerson,
} from './quote-names.js';
import { framedSpeaker, PASSIVE, passiveAgent } from './quote-frames.js';
import { describe, MAX_DESCRIBED, NONE } from './quote-describe.js';
import {
  apposed,
  AUXILIARIES,
  CLAUSE_BREAK,
  continues,
  objectQuoted,
  participleAside,
  relativeAside,
  reportsClause,
} from './quote-clauses.js';
import {
  dropParentheticals,
  firstAtOrAfter,
  INTRODUCES,
  isSpeechVerb,
  isSpeechVerbAfter,
  type RawQuote,
} from './quote-spans.js';
import { hasTag, type Word } from './words/read-words.js';

export { NONE };

export interface Attribution {
  speaker: string | null;
  speakerEntity: string | null;
  verb: string | null;
}

/** Words that open a clause of its own after a quotation ("…”, while X said …"). */
const NEW_CLAUSE = new Set(['while', 'whilst', 'whereas', 'but', 'although', 'though', 'and']);
/** How far after a quote to look for "X said" / "said X" (in tokens). */
const AFTER_WINDOW = 8;
/**
 * At most this many words of the sentence on either side of a quote are read for its speaker:
 * far more than any attribution needs, and it keeps a paragraph-long "sentence" from making
 * every quote in it read the whole of it.
 */
const MAX_CONTEXT = 80;

/**
 * Who said the quotation `q`, and with what verb: read from the words of its sentence before it,
 * then after it (or the other way round when it opens its sentence), then "according to".
 */
export function attribute(
  ctx: QuoteContext,
  q: RawQuote,
  previousInParagraph: (Attribution & { readonly start: number }) | undefined,
): Attribution {
  if (q.whole) return attributeWhole(ctx, q);
  const previous = previousInParagraph && {
    entity: previousInParagraph.speakerEntity,
    start: previousInParagraph.start,
  };
  const { tokens, sentences } = ctx.toks;
  // The first token starting inside the quote, and the last one ending inside it.
  const firstInside = tokens[firstAtOrAfter(tokens, q.start)];
  let lastInside: Word | undefined;
  for (let k = firstAtOrAfter(tokens, q.end) - 1; k >= 0 && !lastInside; k--) {
    const t = tokens[k]!;
    if (t.start < q.start) break;
    if (t.end <= q.end) lastInside = t;
  }
  if (!firstInside || !lastInside || firstInside.end > q.end) return NONE;
  const openSentence = sentences[firstInside.sentence]!;
  const closeSentence = sentences[lastInside.sentence]!;
  // Words of the sentence before the quote (after any earlier quote) and after it (up to the next).
  const before: Word[] = [];
  for (let i = firstInside.i - 1; i >= openSentence.first && before.length < MAX_CONTEXT; i--) {
    const t = tokens[i]!;
    if (quoteAt(ctx, t.start)) break;
    before.push(t);
  }
  before.reverse();
  const after: Word[] = [];
  // "“…,” X said" needs a quotation that ends a clause: a word quoted in mid-sentence
  // ("a trademark on “Arduino” in Italy … told") is not attributed by what follows it.
  const endsClause =
    /[,.!?…—–-]\s*["”’']*$/u.test(ctx.article.text.slice(q.start, q.end)) ||
    /^\s*[,—–]/u.test(ctx.article.text.slice(q.end, q.end + 3)) ||
    // ("“…” said Niel Ransom", "a “stellar year” said X": the comma left out before "said X".)
    /^\s+(?:said|says)\s+(?:\p{Lu}|he\b|she\b)/u.test(ctx.article.text.slice(q.end, q.end + 16));
  if (!q.open) {
    for (let i = lastInside.i + 1; i < closeSentence.last && after.length < MAX_CONTEXT; i++) {
      const t = tokens[i]!;
      if (quoteAt(ctx, t.start)) break;
      after.push(t);
    }
    // "“… in our company's history.” JP Morgan said …": a quotation that ends its sentence may
    // be attributed at the start of the next one, when nothing but white space lies between.
    // Not when that sentence quotes someone itself: "“…” Rhodri Thomas said: “…”" and "“…”
    // Fellow MP Norman Baker said the episode painted an “unflattering picture”" introduce
    // their own quotations (the one before is still the previous speaker's).
    const next = sentences[lastInside.sentence + 1];
    if (
      !after.length &&
      next &&
      next.block === closeSentence.block &&
      /^\s+$/.test(ctx.article.text.slice(q.end, next.start)) &&
      !quotedIn(ctx, next)
    ) {
      for (let i = next.first; i < next.last && after.length < MAX_CONTEXT; i++) after.push(tokens[i]!);
      // (Nor when it reports words of its own: "“…” The SEC said it had taken …", "“…” Maciej
      // Sundra, who designed it, says the project's goal is …" are new speakers' reported speech.)
      if (reportsClause(after)) after.length = 0;
    }
  }
  const opensSentence = before.every((t) => hasTag(t, 'Conjunction'));
  const fromBefore = () => attributeBefore(ctx, before, q, previousInParagraph, after);
  const fromAfter = () =>
    endsClause ? attributeAfter(ctx, after, q, previous) : opensSentence ? sentenceEnd(ctx, after, q, previous) : NONE;
  // "To cut the risk, the officials said, the covers were vented, “so gas cannot build up,” Mr.
  // McHugh said": a quotation that closes on a comma is said by the name right after it.
  if (!opensSentence && /,\s*["”’']*$/u.test(ctx.article.text.slice(q.start, q.end))) {
    const near = fromAfter();
    if (near.speakerEntity && near.verb && !CONTINUATION_VERBS.has(near.verb)) return near;
  }
  const first = opensSentence ? fromAfter() : fromBefore();
  if (first.speaker) return first;
  const second = opensSentence ? fromBefore() : fromAfter();
  if (second.speaker) return second;
  return framedSpeaker((np) => describe(ctx, np, q.start), before, after) ?? (first.verb ? first : second);
}

/**
 * A block quotation is introduced by the paragraph before it when that ends in a colon:
 * "According to the Mozilla Foundation:", "the goals they claim for data collection:".
 */
function attributeWhole(ctx: QuoteContext, q: RawQuote): Attribution {
  const intro = ctx.article.blocks[q.paragraph - 1];
  if (!intro || intro.kind !== 'paragraph' || !INTRODUCES.test(ctx.article.text.slice(intro.start, intro.end)))
    return NONE;
  const { tokens, sentences } = ctx.toks;
  const last = tokens[firstAtOrAfter(tokens, intro.end) - 1];
  if (!last || last.start < intro.start) return NONE;
  const words: Word[] = [];
  for (let i = sentences[last.sentence]!.first; i <= last.i; i++)
    if (!quoteAt(ctx, tokens[i]!.start)) words.push(tokens[i]!);
  const said =
    framedSpeaker((np) => describe(ctx, np, q.start), words, []) ?? attributeBefore(ctx, words, q, undefined);
  return said.speaker ? said : NONE;
}

/** `X said (that) … “…”`, `X told reporters: “…”`, `…, adding “…”`. */
export function attributeBefore(
  ctx: QuoteContext,
  before: Word[],
  q: RawQuote,
  previous: (Attribution & { readonly start: number }) | undefined,
  after: Word[] = [],
): Attribution {
  let v = -1;
  // ("If hoarding habits continue on this scale, … a “digitally obese” …": "continue" speaks
  // only right before its quotation, "he continued: “…”".)
  const speaks = (i: number) =>
    isSpeechVerb(before, i) &&
    (!/^continu/u.test(before[i]!.lower) || i === before.length - 1 || CLAUSE_BREAK.test(before[i]!.post));
  for (let i = before.length - 1; i >= 0; i--)
    if (speaks(i)) {
      v = i;
      break;
    }
  // "a sign advertised “…”": a verb that frames a quotation only when the quotation follows at once.
  if (v < 0 && FRAMING_VERBS.has(before.at(-1)?.lower ?? '') && /^\s*$/u.test(before.at(-1)!.post))
    v = before.length - 1;
  if (v < 0) return NONE;
  const verb = before[v]!;
  if (objectQuoted(ctx, before, v) || thingSpeaks(before, v)) return NONE;
  const earlier = previous && { entity: previous.speakerEntity, start: previous.start };
  // "But, says Nick Donofrio, senior vice-president at IBM, it was not “the thing”": the name
  // set off by commas right after a "says" that follows a comma.
  const aside = /^(?:said|says)$/u.test(verb.lower) && v > 0 && /,/u.test(before[v - 1]!.post);
  const named = aside ? asidePerson(ctx, before.slice(v + 1)) : undefined;
  if (named) return { speaker: named.name, speakerEntity: named.id, verb: verb.lower };
  // ("X was quoted as saying": the subject of "quoted", a verb of its own.)
  const quotedAs = quotedAsAt(before, v);
  const subject = subjectBefore(
    ctx,
    before.slice(0, quotedAs),
    q.start,
    quotedAs === v && /ing$/u.test(verb.lower),
    earlier,
  );
  // "He added:" and "…, adding" go on in the voice before; a subject that names someone else
  // does not ("Moyes added:" after a quotation given to Gallas), nor a "he" after a quotation
  // that no person said ("He added:" after the police's words).
  if (
    CONTINUATION_VERBS.has(verb.lower) &&
    previous?.speaker &&
    continues(ctx, before.slice(0, v), subject, previous, /ing$/u.test(verb.lower))
  )
    return { speaker: previous.speaker, speakerEntity: previous.speakerEntity, verb: verb.lower };
  // "Said Fischer: “…”": a past verb that opens the sentence, then the speaker and a colon.
  const rest = before.slice(v + 1);
  const inverted =
    v === 0 &&
    /^\p{Lu}/u.test(verb.text) &&
    /ed$|^said$|^told$/u.test(verb.lower) &&
    rest.length > 0 &&
    rest.length <= MAX_DESCRIBED &&
    /^\s*[:,]\s*$/u.test(rest.at(-1)!.post) &&
    rest.slice(0, -1).every((t) => !CLAUSE_BREAK.test(t.post));
  const said = subject.speaker
    ? subject
    : inverted
      ? describe(ctx, rest, q.start, earlier)
      : passiveAgent((np) => describe(ctx, np, q.start), ctx.article.text, before, v, after, q.end);
  // "As X put it": only a person puts it so; anything else is a noun phrase cut short ("As Gavin
  // Cox of the buildyourown website put it:" is Cox's, which the colon's reading finds).
  if (/^puts?$/u.test(verb.lower) && !said.speakerEntity?.startsWith('person:')) return NONE;
  return { ...said, verb: verb.lower };
}

/**
 * "a Law Commission report which branded the law “a mess”", "a study that called it …": a speech
 * verb right after "which" or "that" with no comma before them is said by the thing named just
 * before, never a person ("which"), or by what cannot be told from a person ("that"): no speaker.
 * ("The ministry, which said …" is the ministry's: a relative clause set off by a comma.)
 */
function thingSpeaks(before: readonly Word[], v: number): boolean {
  return v >= 2 && /^(?:which|that)$/u.test(before[v - 1]!.lower) && !CLAUSE_BREAK.test(before[v - 2]!.post);
}

/** The person named by the capitalised words that open `words` up to a comma ("Ms Finch,"). */
function asidePerson(ctx: QuoteContext, words: readonly Word[]): ReturnType<typeof leadingPerson> {
  const k = words.findIndex((t) => /^,/u.test(t.post));
  if (k < 0 || k > 3 || !words.slice(0, k + 1).every((t) => /^\p{Lu}/u.test(t.text))) return undefined;
  return entityIn(ctx, words.slice(0, k + 1), 'person');
}

/** Where the words before "saying" end when they end "(was) quoted as": else `v` itself. */
function quotedAsAt(words: readonly Word[], v: number): number {
  if (words[v]?.lower !== 'saying' || words[v - 1]?.lower !== 'as' || words[v - 2]?.lower !== 'quoted') return v;
  let k = v - 2;
  while (k > 0 && /^(?:was|were|is|are|been|being|has|have|had)$/u.test(words[k - 1]!.lower)) k--;
  return k;
}

/** `“…,” X said`, `“…,” said X`. */
function attributeAfter(ctx: QuoteContext, words: Word[], q: RawQuote, previous?: PreviousSpeaker): Attribution {
  // ("“…” That was Ruiz, speaking Monday.", "“…” That was how Maria Solis, a nurse, described it".)
  const framed = frameNamed(ctx, words);
  if (framed) return { speaker: framed.name, speakerEntity: framed.id, verb: null };
  const after = pastHowFrame(ctx, words);
  // "“…,” the woman, who did not want to be named, told BuzzFeed News": a description, a relative
  // clause between commas, then the verb.
  const aside = relativeAside(after);
  if (aside) {
    const d = describe(ctx, after.slice(0, aside.np), q.start, previous);
    if (d.speaker) return { ...d, verb: after[aside.verb]!.lower };
  }
  const window = after.slice(0, AFTER_WINDOW);
  const v = window.findIndex((_, i) => isSpeechVerbAfter(window, i));
  // "“…,” Michael Rabb, an analyst with X, said": a person named first, the verb after an aside.
  // (Past a title only before a speech verb: "Mr Law, from a charity, believed …" is no speaker.)
  const named =
    leadingPerson(ctx, after) ??
    (after.some((_, i) => isSpeechVerb(after, i)) ? leadingPerson(ctx, after, true) : undefined);
  if (named && (v < 0 || window.slice(0, v).some((t) => CLAUSE_BREAK.test(t.post)))) {
    const later = after.findIndex((_, i) => isSpeechVerb(after, i));
    return { speaker: named.name, speakerEntity: named.id, verb: later >= 0 ? after[later]!.lower : null };
  }
  if (v < 0) return NONE;
  const verb = window[v]!;
  // "… as “reckless”, while the Liberal Party said it was …": a clause of its own with a subject
  // of its own after a coordinator is another's speech.
  if (v > 1 && NEW_CLAUSE.has(window[0]!.lower)) return NONE;
  // Nothing but a noun phrase may sit between the quote and the verb, or a description and then
  // the name it describes ("“…,” her husband, Tomas Berg, said").
  if (window.slice(0, v).some((t, i) => i < v - 1 && CLAUSE_BREAK.test(t.post))) {
    // (Only in the quotation's own sentence: "…” The BBC's reporter, Ana Kovač, told …" is new.)
    let end: Word | undefined;
    for (let at = q.end - 1; at > q.start && !end; at--) end = ctx.toks.tokenAt(at);
    const appositive = end?.sentence === window[0]!.sentence ? namedLast(ctx, window.slice(0, v)) : undefined;
    return appositive ? { speaker: appositive.name, speakerEntity: appositive.id, verb: verb.lower } : NONE;
  }
  if (v === 0) {
    const np = phraseAfterVerb(ctx, after);
    const d = describe(ctx, np, q.start, previous);
    // "replied her neighbour, Derek Hill.", "said Rees’s spokesman, Ian Dale": a description, then
    // the name of the one it describes.
    const named =
      np.length && /^,\s*$/u.test(np.at(-1)!.post) && !speakingPerson(ctx, np)
        ? nameAfter(ctx, after.slice(np.length + 1))
        : undefined;
    return named ? { speaker: named.name, speakerEntity: named.id, verb: verb.lower } : { ...d, verb: verb.lower };
  }
  return { ...describe(ctx, window.slice(0, quotedAsAt(window, v)), q.start, previous), verb: verb.lower };
}

/**
 * `“…” of the new law, X said.`: a quotation that opens its sentence without closing a clause is
 * attributed by the last clause of the sentence, when that is "X said" or "said X" alone.
 */
function sentenceEnd(ctx: QuoteContext, after: Word[], q: RawQuote, previous?: PreviousSpeaker): Attribution {
  const last = after[after.length - 1];
  if (!last || !/^[.!?]/u.test(last.post) || q.end >= ctx.article.text.length) return NONE;
  let k = after.length - 1;
  while (k > 0 && !/^,\s*$/u.test(after[k - 1]!.post)) k--;
  const tail = after.slice(k);
  if (k === 0 || tail.length > MAX_DESCRIBED) return NONE;
  const said = attributeAfter(ctx, tail, q, previous);
  return said.speaker && said.verb && !CONTINUATION_VERBS.has(said.verb) ? said : NONE;
}

/** The subject of the clause that ends right before a speech verb. */
function subjectBefore(
  ctx: QuoteContext,
  words: Word[],
  at: number,
  gerund: boolean,
  previous?: PreviousSpeaker,
): Omit<Attribution, 'verb'> {
  const kept = dropParentheticals(words);
  const chunks: Word[][] = [[]];
  for (const t of kept) {
    chunks[chunks.length - 1]!.push(t);
    if (CLAUSE_BREAK.test(t.post)) chunks.push([]);
  }
  const nonEmpty = chunks.filter((c) => c.some((t) => /\p{L}/u.test(t.text)));
  let chunk = nonEmpty[nonEmpty.length - 1];
  if (!chunk) return NONE;
  // "John Smith, a spokesman for X, said", "Eric Reeves, one of the leading voices on Sudan,
  // said", "Bafta's Grant Dean, chair of its committee, said": the name, not the appositive (a
  // phrase with no finite verb), when what comes before it is a person, or a bare name and the
  // appositive names no person ("Mozilla's CTO, Brendan Eich, said" is Eich's).
  // (Not past a semicolon, nor to a pronoun's clause: "The board thanked Larsen; she said" is hers,
  // "Mr Blair has failed, he claimed, saying …" is "he".)
  const previousChunk = nonEmpty[nonEmpty.length - 2];
  if (previousChunk && (apposed(ctx, previousChunk, chunk) || participleAside(ctx, previousChunk, chunk)))
    chunk = previousChunk;
  // "Peter Tom, who will remain as chief executive, said": the name the relative clause is about
  // (but "the bridge, which he said was …" is said by "he", "which Mr Harding described as" by him).
  else if (previousChunk && RELATIVE_PRONOUNS.has(chunk[0]!.lower) && !objectRelative(ctx, chunk))
    chunk = previousChunk;
  // "Mr Haji-Ioannou, who plans to launch it next month, vowed to fight back, saying": a clause
  // with no subject of its own after a relative clause is the name's before it.
  else if (
    previousChunk &&
    nonEmpty.length >= 3 &&
    hasTag(chunk[0], 'Verb') &&
    !hasTag(chunk[0], 'Noun') &&
    !AUXILIARIES.has(chunk[0]!.lower) &&
    RELATIVE_PRONOUNS.has(previousChunk[0]!.lower) &&
    // (One name: "Portugal and the Czech Republic, which have troops there, have announced …".)
    !nonEmpty[nonEmpty.length - 3]!.some((t) => t.lower === 'and')
  )
    chunk = nonEmpty[nonEmpty.length - 3]!;
  // The subject is the noun phrase right before the verb ("… and Steve Jobs said"), past any
  // auxiliary or adverb ("Lorenz had written", "Rothman now recalls"); a passive has none here.
  // A participle's subject is its clause's ("crowds of protesters gathered chanting", "X
  // released a statement promising"): the words up to the clause's first verb.
  // "Mr Blair has failed to tackle these problems, he claimed, saying …": a pronoun's attribution
  // set after what it reports is not by a name in that report (who would then be named).
  const reported = chunk === nonEmpty[0] ? undefined : reportedBefore(words, chunk[0]!);
  const said = (np: Word[]) => {
    const r = describe(ctx, np, at, previous);
    return reported && np.length === 1 && r.speakerEntity && namesIn(ctx, reported, r.speakerEntity) ? NONE : r;
  };
  if (gerund) {
    const verbAt = chunk.findIndex((t, i) => i > 0 && hasTag(t, 'Verb') && !hasTag(t, 'Noun'));
    return said(verbAt > 0 ? chunk.slice(0, verbAt) : chunk);
  }
  let end = timeAdjunctStart(chunk, words);
  while (end > 0 && (hasTag(chunk[end - 1], 'Adverb') || AUXILIARIES.has(chunk[end - 1]!.lower))) end--;
  // "has been described as “…”", "a stranding that was described as “…”": the subject of a
  // passive is what the quote describes, never who said it.
  if (end < chunk.length && PASSIVE.has(chunk[end]!.lower)) return NONE;
  if (end > 0 && PASSIVE.has(chunk[end - 1]!.lower)) return NONE;
  let start = end;
  while (start > 0 && inNounPhrase(chunk, start - 1, end)) start--;
  if (start < end) start = servedStart(ctx, chunk, start, end);
  // "Uber stepped in and tweeted": no noun phrase right before the verb, the clause's subject.
  if (start === end) return subjectBefore(ctx, words, at, true, previous);
  return said(chunk.slice(start, end));
}
