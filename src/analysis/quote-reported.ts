import { quoteAt, quotedIn, type QuoteContext } from './quote-context.js';
import { attributeBefore, type Attribution } from './quote-speaker.js';
import { firstAtOrAfter, type RawQuote } from './quote-spans.js';
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
  const words: Word[] = [];
  for (let i = before.first; i < before.last; i++) if (!quoteAt(ctx, tokens[i]!.start)) words.push(tokens[i]!);
  const said = attributeBefore(ctx, words, { ...q, start: before.start, end: before.start }, undefined);
  if (!said.speakerEntity) return undefined;
  const entity = ctx.mentions.find((m) => m.entity.id === said.speakerEntity)?.entity;
  if (entity?.type !== 'person' && entity?.type !== 'organization') return undefined;
  return { speaker: said.speaker, speakerEntity: said.speakerEntity, verb: null };
}
