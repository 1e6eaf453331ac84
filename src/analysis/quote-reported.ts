import { quoteAt, quotedIn, type QuoteContext } from './quote-context.js';
import { attributeBefore, type Attribution } from './quote-speaker.js';
import { firstAtOrAfter, INTRODUCES, type RawQuote } from './quote-spans.js';
import type { Word } from './words/read-words.js';

// A quotation that follows reported speech goes on in the reporter's voice:
//   "Mr Wong says the software is still in its infancy. “If I scanned a random picture, …”"
//   "The disaster overshadowed the new year, Mr Howard said.¶“We watched the scenes …”"
// The sentence before must report someone's words (a speech verb whose subject is a person or an
// organisation the text names, or a pronoun that resolves to one) and quote nothing itself.

/**
 * The speaker of the reported speech that the quotation `q` goes on from, when `q` has no
 * attribution of its own: `q` opens its sentence right after such a sentence of its paragraph,
 * or opens its paragraph (and is not the sequel of an open quotation) after a paragraph that ends
 * in one.
 */
export function reportedSequel(ctx: QuoteContext, q: RawQuote): Attribution | undefined {
  const { tokens, sentences } = ctx.toks;
  const first = tokens[firstAtOrAfter(tokens, q.start)];
  if (!first || first.end > q.end || q.continues) return undefined;
  const own = sentences[first.sentence]!;
  // The quotation opens its sentence and is a whole sentence (or more).
  if (tokens[own.first] !== first || !/[.!?…]["”’']*$/u.test(ctx.article.text.slice(q.start, q.end))) return undefined;
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
  return reporter(ctx, q, first.sentence - 1);
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

/** At most this many words in a clause that introduces a quotation with a colon. */
const MAX_INTRO = 10;

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
  if (at - i + 1 > MAX_INTRO || quotedIn(ctx, { start: s.start, end: last.end })) return undefined;
  const named = ctx.mentions.filter((m) => m.start >= tokens[i]!.start && m.end <= last.end);
  const m = named[0];
  if (!m || m.start !== tokens[i]!.start || m.entity.type !== 'person') return undefined;
  if (named.some((o) => o.entity !== m.entity && (o.entity.type === 'person' || o.entity.type === 'organization')))
    return undefined;
  return { speaker: m.entity.name, speakerEntity: m.entity.id, verb: null };
}
