import { type QuoteContext } from './quote-context.js';
import { NONE, type Attribution } from './quote-speaker.js';
import { firstAtOrAfter, type RawQuote } from './quote-spans.js';
import type { Entity } from './types.js';

// An embedded post and an epigraph are credited on a line of their own after the words, a dash
// and the name, then perhaps the account's handle and the date:
//   “We did it. Thank you all.” — Maya Lin (@mayalin) June 5, 2017
//   <blockquote>Unreal scenes tonight</blockquote> — Mark Dunn (@markdunn) May 3, 2024
// The one named there wrote the words; the credit line itself is nobody's words.

/** The dash a credit line opens with. */
const DASH = /^\s*[—–―-]\s*/u;
/** What may follow the name on a credit line: a handle, a date (and a time), nothing else. */
const CREDIT_TAIL = new RegExp(
  String.raw`^(?:\s*\(?@\w{1,30}\)?)?` +
    String.raw`(?:[\s,]*(?:on\s+)?(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\.?\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{4}|\d{4})` +
    String.raw`(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?)?[\s.]*$`,
  'iu',
);

/** A credit line with a handle, whoever it names: "— Mark Dunn (@markdunn) May 3, 2024". */
const HANDLED = /^\s*[—–―-]\s*[^\s()@][^()@\n]{0,60}\(@\w{1,30}\)/u;

/**
 * The person or body a credit line between `start` and `end` names, if that stretch is one;
 * null for a post's credit line whose name is not one the text knows (its words are still not
 * the voice of the paragraph before).
 */
function credited(ctx: QuoteContext, start: number, end: number): Entity | null | undefined {
  const text = ctx.article.text.slice(start, end);
  const dash = DASH.exec(text);
  if (!dash) return undefined;
  const at = start + dash[0].length;
  const { mentions } = ctx;
  for (let k = firstAtOrAfter(mentions, at); k < mentions.length && mentions[k]!.start === at; k++) {
    const m = mentions[k]!;
    if (m.entity.type !== 'person' && m.entity.type !== 'organization') continue;
    if (m.end <= end && CREDIT_TAIL.test(ctx.article.text.slice(m.end, end))) return m.entity;
  }
  return HANDLED.test(text) ? null : undefined;
}

/**
 * Who a credit line says wrote the quotation `q` (it opens its paragraph, and the rest of that
 * paragraph, or the whole paragraph after it, is the credit line); NONE for a quotation that is
 * itself a credit line (a block quotation's last line); undefined when there is no credit line.
 */
export function creditSpeaker(ctx: QuoteContext, q: RawQuote): Attribution | undefined {
  const { blocks, text } = ctx.article;
  const block = blocks[q.paragraph];
  if (!block) return undefined;
  if (q.whole && credited(ctx, q.start, q.end) !== undefined) return NONE;
  if (!/^\s*$/u.test(text.slice(block.start, q.start))) return undefined;
  const by = /^\s*$/u.test(text.slice(q.end, block.end))
    ? blocks[q.paragraph + 1] && credited(ctx, blocks[q.paragraph + 1]!.start, blocks[q.paragraph + 1]!.end)
    : credited(ctx, q.end, block.end);
  if (by === null) return NONE;
  return by ? { speaker: by.name, speakerEntity: by.id, verb: null } : undefined;
}
