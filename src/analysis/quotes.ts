import { type Article, type Span, isBodyBlock } from '../load/article.js';
import type { Entity, Quote } from './types.js';
import { hasTag, type Token, type Tokens } from './tokens.js';
import { CONTINUATION_VERBS, GROUP_PRONOUNS, PERSON_PRONOUNS, SPEECH_VERBS } from './lexicon/speech.js';

/** A quotation span before attribution; `open` when it runs on to the next paragraph. */
interface RawQuote extends Span {
  readonly paragraph: number;
  readonly open: boolean;
  /** It continues an unclosed quote from the previous paragraph. */
  readonly continues: boolean;
}

interface Attribution {
  speaker: string | null;
  speakerEntity: string | null;
  verb: string | null;
}

/** Single-quoted text shorter than this is a scare quote or an apostrophe, not a quotation. */
const MIN_SINGLE_QUOTE_CHARS = 3;
/** How far after a quote to look for "X said" / "said X" (in tokens). */
const AFTER_WINDOW = 8;
/**
 * At most this many words of the sentence on either side of a quote are read for its speaker:
 * far more than any attribution needs, and it keeps a paragraph-long "sentence" from making
 * every quote in it read the whole of it.
 */
const MAX_CONTEXT = 80;
/** Words that open a relative clause after a name. */
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whose', 'whom']);
const NONE: Attribution = { speaker: null, speakerEntity: null, verb: null };
const DASH_GAP = /^\s+[-–—]\s+$|^\s*[—–]\s*$/;
const CLAUSE_BREAK = /[,;:]/;

/** Finds quotations (marks included) and who said them. */
export function findQuotes(article: Article, toks: Tokens, entities: readonly Entity[]): Quote[] {
  const raws = findQuoteSpans(article);
  // Only the mentions within the article's blocks: a part of a long document is given all of the
  // document's entities, and reads only its own stretch of the text.
  const from = article.blocks[0]?.start ?? 0;
  const to = article.blocks.at(-1)?.end ?? article.text.length;
  const mentions = entities
    .filter((e) => e.type !== 'date')
    .flatMap((e) => e.mentions.filter((m) => m.start >= from && m.end <= to).map((m) => ({ ...m, entity: e })))
    .sort((a, b) => a.start - b.start);
  const mentionsOfType = new Map<Entity['type'], typeof mentions>();
  for (const m of mentions) {
    const list = mentionsOfType.get(m.entity.type);
    if (list) list.push(m);
    else mentionsOfType.set(m.entity.type, [m]);
  }
  // Characters inside any quotation; the lists of mentions below are searched by halving.
  const quoted = new Uint8Array(article.text.length);
  for (const q of raws) quoted.fill(1, q.start, q.end);
  const quoteAt = (offset: number) => quoted[offset] === 1;
  /** The latest mention of a `type` entity that ends by `at` (mentions of names never overlap). */
  const latestMention = (at: number, type: Entity['type']) => {
    const list = mentionsOfType.get(type) ?? [];
    for (let k = firstAtOrAfter(list, at) - 1; k >= 0; k--) if (list[k]!.end <= at) return list[k];
    return undefined;
  };

  const out: (Quote & { paragraph: number; open: boolean; continues: boolean })[] = [];
  raws.forEach((q, k) => {
    const prev = out[k - 1];
    let a = attribute(q, prev && raws[k - 1]!.paragraph === q.paragraph ? prev : undefined);
    if (!a.speaker && q.continues && prev)
      a = { speaker: prev.speaker, speakerEntity: prev.speakerEntity, verb: prev.verb };
    // A quoted sentence right after an attributed one in the same paragraph goes on in that voice.
    if (!a.speaker && prev && raws[k - 1]!.paragraph === q.paragraph && followsDirectly(raws[k - 1]!, q)) {
      a = { speaker: prev.speaker, speakerEntity: prev.speakerEntity, verb: null };
    }
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
  return out.map(({ start, end, speaker, speakerEntity, verb }) => ({ start, end, speaker, speakerEntity, verb }));

  /** Whether `q` opens the sentence right after the one where `p` (or its attribution) ends. */
  function followsDirectly(p: RawQuote, q: RawQuote): boolean {
    let end: Token | undefined;
    for (let at = p.end - 1; at > p.start && !end; at--) end = toks.tokenAt(at);
    const start = toks.tokenAt(q.start + 1);
    if (!end || !start) return false;
    const first = toks.sentences[start.sentence]!.first;
    if (start.i !== first) return false;
    if (start.sentence === end.sentence + 1 || start.sentence === end.sentence) return true;
    // “…?” Holmes asked in the New Year. “That is what I don't know.”: the sentence between is
    // the attribution of `p` when it follows `p` at once and quotes nothing itself.
    const between = toks.sentences[end.sentence + 1];
    return (
      start.sentence === end.sentence + 2 &&
      !!between &&
      toks.sentences[end.sentence]!.end <= p.end &&
      /^\s+$/.test(article.text.slice(p.end, between.start)) &&
      !quoted.subarray(between.start, between.end).includes(1)
    );
  }

  function attribute(q: RawQuote, previousInParagraph: Attribution | undefined): Attribution {
    const { tokens, sentences } = toks;
    // The first token starting inside the quote, and the last one ending inside it.
    const firstInside = tokens[firstAtOrAfter(tokens, q.start)];
    let lastInside: Token | undefined;
    for (let k = firstAtOrAfter(tokens, q.end) - 1; k >= 0 && !lastInside; k--) {
      const t = tokens[k]!;
      if (t.start < q.start) break;
      if (t.end <= q.end) lastInside = t;
    }
    if (!firstInside || !lastInside || firstInside.end > q.end) return NONE;
    const openSentence = sentences[firstInside.sentence]!;
    const closeSentence = sentences[lastInside.sentence]!;
    // Words of the sentence before the quote (after any earlier quote) and after it (up to the next).
    const before: Token[] = [];
    for (let i = firstInside.i - 1; i >= openSentence.first && before.length < MAX_CONTEXT; i--) {
      const t = tokens[i]!;
      if (quoteAt(t.start)) break;
      before.push(t);
    }
    before.reverse();
    const after: Token[] = [];
    if (!q.open) {
      for (let i = lastInside.i + 1; i < closeSentence.last && after.length < MAX_CONTEXT; i++) {
        const t = tokens[i]!;
        if (quoteAt(t.start)) break;
        after.push(t);
      }
      // "“… in our company's history.” JP Morgan said …": a quotation that ends its sentence may
      // be attributed at the start of the next one, when nothing but white space lies between.
      const next = sentences[lastInside.sentence + 1];
      if (
        !after.length &&
        next &&
        next.block === closeSentence.block &&
        /^\s+$/.test(article.text.slice(q.end, next.start))
      ) {
        for (let i = next.first; i < next.last && after.length < MAX_CONTEXT; i++) {
          const t = tokens[i]!;
          if (quoteAt(t.start)) break;
          after.push(t);
        }
      }
    }
    const opensSentence = before.every((t) => hasTag(t, 'Conjunction'));
    const fromBefore = () => attributeBefore(before, q, previousInParagraph);
    const fromAfter = () => attributeAfter(after, q);
    const first = opensSentence ? fromAfter() : fromBefore();
    if (first.speaker) return first;
    const second = opensSentence ? fromBefore() : fromAfter();
    if (second.speaker) return second;
    return accordingTo([...before, ...after], q) ?? (first.verb ? first : second);
  }

  /** `X said (that) … “…”`, `X told reporters: “…”`, `…, adding “…”`. */
  function attributeBefore(before: Token[], q: RawQuote, previous: Attribution | undefined): Attribution {
    let v = -1;
    for (let i = before.length - 1; i >= 0; i--)
      if (isSpeechVerb(before, i)) {
        v = i;
        break;
      }
    if (v < 0) return NONE;
    const verb = before[v]!;
    if (CONTINUATION_VERBS.has(verb.lower) && previous?.speaker) {
      return { speaker: previous.speaker, speakerEntity: previous.speakerEntity, verb: verb.lower };
    }
    const subject = subjectBefore(before.slice(0, v), q.start);
    return { ...subject, verb: verb.lower };
  }

  /** `“…,” X said`, `“…,” said X`. */
  function attributeAfter(after: Token[], q: RawQuote): Attribution {
    const window = after.slice(0, AFTER_WINDOW);
    const v = window.findIndex((_, i) => isSpeechVerb(window, i));
    // "“…,” Michael Rabb, an analyst with X, said": a person named first, the verb after an aside.
    const named = leadingPerson(after);
    if (named && (v < 0 || window.slice(0, v).some((t) => CLAUSE_BREAK.test(t.post)))) {
      const later = after.findIndex((_, i) => isSpeechVerb(after, i));
      return { speaker: named.name, speakerEntity: named.id, verb: later >= 0 ? after[later]!.lower : null };
    }
    if (v < 0) return NONE;
    const verb = window[v]!;
    // Nothing but a noun phrase may sit between the quote and the verb.
    if (window.slice(0, v).some((t, i) => i < v - 1 && CLAUSE_BREAK.test(t.post))) return NONE;
    if (v === 0) {
      const np: Token[] = [];
      for (const t of after.slice(1)) {
        np.push(t);
        if (!/^\s*$/.test(t.post)) break;
      }
      return { ...describe(np, q.start), verb: verb.lower };
    }
    return { ...describe(window.slice(0, v), q.start), verb: verb.lower };
  }

  /** "…, according to AFP." */
  function accordingTo(words: Token[], q: RawQuote): Attribution | null {
    const k = words.findIndex((t, i) => t.lower === 'according' && words[i + 1]?.lower === 'to');
    if (k < 0) return null;
    const np: Token[] = [];
    for (const t of words.slice(k + 2)) {
      np.push(t);
      if (!/^\s*$/.test(t.post)) break;
    }
    const d = describe(np, q.start);
    return d.speaker ? { ...d, verb: 'according to' } : null;
  }

  /** The subject of the clause that ends right before a speech verb. */
  function subjectBefore(words: Token[], at: number): Omit<Attribution, 'verb'> {
    const kept = dropParentheticals(words);
    const chunks: Token[][] = [[]];
    for (const t of kept) {
      chunks[chunks.length - 1]!.push(t);
      if (CLAUSE_BREAK.test(t.post)) chunks.push([]);
    }
    const nonEmpty = chunks.filter((c) => c.some((t) => /\p{L}/u.test(t.text)));
    let chunk = nonEmpty[nonEmpty.length - 1];
    if (!chunk) return NONE;
    // "John Smith, a spokesman for X, said": the name, not the appositive.
    const previousChunk = nonEmpty[nonEmpty.length - 2];
    if (previousChunk && ['a', 'an', 'the'].includes(chunk[0]!.lower) && entityIn(previousChunk, 'person'))
      chunk = previousChunk;
    // "Peter Tom, who will remain as chief executive, said": the name the relative clause is about
    // (but "the bridge, which he said was …" is said by "he").
    else if (previousChunk && RELATIVE_PRONOUNS.has(chunk[0]!.lower) && !hasTag(chunk[1], 'Pronoun'))
      chunk = previousChunk;
    // The subject ends where its verb starts ("crowds of protesters gathered chanting").
    const verbAt = chunk.findIndex((t, i) => i > 0 && hasTag(t, 'Verb') && !hasTag(t, 'Noun'));
    const subject = verbAt > 0 ? chunk.slice(0, verbAt) : chunk;
    return describe(subject, at);
  }

  /** Names a speaker phrase: the entity in it if any, else the pronoun's referent, else the words. */
  function describe(words: Token[], at: number): Omit<Attribution, 'verb'> {
    let np = words;
    while (np.length && (hasTag(np[0]!, 'Conjunction') || hasTag(np[0]!, 'Preposition') || hasTag(np[0]!, 'Adverb')))
      np = np.slice(1);
    if (!np.length) return NONE;
    const entity = entityIn(np, 'person') ?? entityIn(np, 'organization') ?? entityIn(np, 'place');
    if (entity) return { speaker: entity.name, speakerEntity: entity.id };
    const pronoun = np.find((t) => hasTag(t, 'Pronoun'));
    if (pronoun && np.length === 1) {
      const wanted = PERSON_PRONOUNS.has(pronoun.lower)
        ? 'person'
        : GROUP_PRONOUNS.has(pronoun.lower)
          ? 'organization'
          : null;
      const referent = wanted && latestMention(at, wanted);
      if (referent) return { speaker: referent.entity.name, speakerEntity: referent.entity.id };
      return { speaker: pronoun.text, speakerEntity: null };
    }
    const first = np[0]!,
      last = np[np.length - 1]!;
    return { speaker: article.text.slice(first.start, last.end).replace(/['’]s$/, ''), speakerEntity: null };
  }

  /** The person whose name opens `words` and is followed by a comma, if any. */
  function leadingPerson(words: Token[]): Entity | undefined {
    const first = words[0];
    if (!first) return undefined;
    let m: (typeof mentions)[number] | undefined;
    for (
      let k = firstAtOrAfter(mentions, first.start);
      k < mentions.length && mentions[k]!.start === first.start && !m;
      k++
    ) {
      if (mentions[k]!.entity.type === 'person') m = mentions[k];
    }
    if (!m) return undefined;
    const last = words.find((t) => t.end >= m.end);
    return last && last.end === m.end && /^,/.test(last.post) ? m.entity : undefined;
  }

  function entityIn(words: Token[], type: Entity['type']): Entity | undefined {
    const from = words[0]?.start ?? 0,
      to = words[words.length - 1]?.end ?? 0;
    for (let k = firstAtOrAfter(mentions, from); k < mentions.length && mentions[k]!.start < to; k++) {
      const m = mentions[k]!;
      if (m.end <= to && m.entity.type === type) return m.entity;
    }
    return undefined;
  }
}

/** Index of the first span in `spans` (sorted by start) that starts at or after `offset`. */
function firstAtOrAfter(spans: readonly Span[], offset: number): number {
  let lo = 0,
    hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A speech verb used as a verb (not "the claims", not "a call"). */
function isSpeechVerb(words: readonly Token[], i: number): boolean {
  const t = words[i]!;
  if (!SPEECH_VERBS.has(t.lower)) return false;
  const prev = words[i - 1];
  if (prev && (hasTag(prev, 'Determiner') || hasTag(prev, 'Possessive') || hasTag(prev, 'Adjective'))) return false;
  return hasTag(t, 'Verb') || /(?:ed|ing)$|^(?:said|says|told)$/.test(t.lower);
}

/** Drops words between paired dashes and inside parentheses: asides are never the subject. */
function dropParentheticals(words: readonly Token[]): Token[] {
  const out: Token[] = [];
  let inDash = false;
  let depth = 0;
  for (const t of words) {
    depth += (t.pre.match(/\(/g) ?? []).length;
    if (!inDash && depth === 0) out.push(t);
    depth = Math.max(0, depth - (t.post.match(/\)/g) ?? []).length);
    if (DASH_GAP.test(t.post)) inDash = !inDash;
  }
  // An unpaired dash dropped everything after it: the aside was the end, keep what preceded it.
  return out;
}

/**
 * Quotation spans per paragraph: curly double quotes, straight double quotes paired in order,
 * and curly single quotes when they enclose more than a word and are not apostrophes. An opening
 * mark with no closing mark in its paragraph runs to the paragraph's end (the convention for a
 * quotation that goes on in the next paragraph, which then opens with a mark of its own).
 */
export function findQuoteSpans(article: Article): RawQuote[] {
  const { text } = article;
  const out: RawQuote[] = [];
  let previousOpen = false;
  article.blocks.forEach((b, paragraph) => {
    if (!isBodyBlock(b)) return;
    const spans: { start: number; end: number; open: boolean }[] = [];
    // Characters of the paragraph inside a quotation found so far.
    const inside = new Uint8Array(b.end - b.start);
    const add = (start: number, end: number, open: boolean) => {
      spans.push({ start, end, open });
      inside.fill(1, start - b.start, end - b.start);
    };
    const taken = (i: number) => inside[i - b.start] === 1;
    // Curly double.
    for (let i = b.start; i < b.end; i++) {
      if (text[i] !== '“') continue;
      let close = -1;
      for (let j = i + 1; j < b.end && close < 0; j++) if (text[j] === '”') close = j;
      if (close >= 0) {
        add(i, close + 1, false);
        i = close;
      } else {
        add(i, b.end, true);
        break;
      }
    }
    // Straight double, paired in order.
    const straight: number[] = [];
    for (let i = b.start; i < b.end; i++) if (text[i] === '"' && !taken(i)) straight.push(i);
    for (let k = 0; k < straight.length; k += 2) {
      const s = straight[k]!,
        e = straight[k + 1];
      if (e !== undefined) add(s, e + 1, false);
      else if (s === b.start || /\s/.test(text[s - 1] ?? '')) add(s, b.end, true);
    }
    // Curly single, outside double quotes. A closing mark is a ’ not followed by a letter (not an
    // apostrophe) nor preceded by a space; the next one from each offset is found in one pass
    // back over the paragraph.
    let firstSingle = b.start;
    while (firstSingle < b.end && text[firstSingle] !== '‘') firstSingle++;
    const nextClose = firstSingle < b.end ? new Int32Array(b.end - b.start + 1).fill(-1) : null;
    if (nextClose) {
      for (let j = b.end - 1; j > b.start; j--) {
        const closes = text[j] === '’' && !/\p{L}/u.test(text[j + 1] ?? '') && !/\s/.test(text[j - 1]!);
        nextClose[j - b.start] = closes ? j : nextClose[j + 1 - b.start]!;
      }
    }
    for (let i = nextClose ? firstSingle : b.end; i < b.end; i++) {
      if (text[i] !== '‘' || taken(i) || !/^$|[\s(“—–-]/.test(text[i - 1] ?? '')) continue;
      const close = nextClose![i + 1 - b.start]!;
      if (close - i - 1 >= MIN_SINGLE_QUOTE_CHARS) {
        add(i, close + 1, false);
        i = close;
      }
    }
    spans.sort((x, y) => x.start - y.start);
    spans.forEach((s, k) => {
      const continues = k === 0 && previousOpen && s.start === b.start;
      out.push({ ...s, paragraph, continues });
    });
    previousOpen = spans.length > 0 && spans[spans.length - 1]!.open;
  });
  return out;
}
