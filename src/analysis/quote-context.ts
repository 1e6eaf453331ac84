import type { Article, Span } from '../load/article.js';
import { TITLES } from './lexicon/titles.js';
import { personGenders, type Gender } from './quote-gender.js';
import { describedOther } from './quote-heads.js';
import { newcomerBetween, objectOfOthers, rivalTypedAsThing } from './quote-referent.js';
import { firstAtOrAfter, type RawQuote } from './quote-spans.js';
import type { Entity } from './types.js';
import type { Word, Words } from './words/read-words.js';

/** A mention of an entity (not a date) within the article's blocks. */
export type Mention = Span & { readonly entity: Entity };

/** What finding quotes and their speakers reads, worked out once per article. */
export interface QuoteContext {
  readonly article: Article;
  readonly toks: Words;
  /** Mentions in text order, and by entity type. */
  readonly mentions: readonly Mention[];
  readonly mentionsOfType: ReadonlyMap<Entity['type'], readonly Mention[]>;
  /** The longest mention's length in characters: how far back a mention covering an offset can start. */
  readonly longest: number;
  /** 1 for each character inside a quotation, counted from `quotedFrom` (none is before it or past the end). */
  readonly quoted: Uint8Array;
  readonly quotedFrom: number;
  /**
   * The speaker (an entity id) of the quotations attributed so far, by the sentence they are in;
   * null where two speakers share one.
   */
  readonly saidIn: Map<number, string | null>;
  /** A person's gender when the text says it clearly (quote-gender.ts), worked out when first asked. */
  genderOf(id: string): Gender | undefined;
}

export function quoteContext(
  article: Article,
  toks: Words,
  entities: readonly Entity[],
  raws: readonly RawQuote[],
): QuoteContext {
  // Only the mentions within the article's blocks: a part of a long document is given all of the
  // document's entities, and reads only its own stretch of the text.
  const from = article.blocks[0]?.start ?? 0;
  const to = article.blocks.at(-1)?.end ?? article.text.length;
  const all = mentionsInOrder(entities);
  const mentions: Mention[] = [];
  for (let k = firstAtOrAfter(all, from); k < all.length && all[k]!.start <= to; k++)
    if (all[k]!.end <= to) mentions.push(all[k]!);
  const mentionsOfType = new Map<Entity['type'], Mention[]>();
  let longest = 0;
  for (const m of mentions) {
    longest = Math.max(longest, m.end - m.start);
    const list = mentionsOfType.get(m.entity.type);
    if (list) list.push(m);
    else mentionsOfType.set(m.entity.type, [m]);
  }
  // Characters inside any quotation (only the stretch the quotations and blocks cover is
  // marked: the rest is outside any); the lists of mentions are searched by halving.
  let quotedFrom = from;
  let quotedTo = to;
  for (const q of raws) {
    quotedFrom = Math.min(quotedFrom, q.start);
    quotedTo = Math.max(quotedTo, q.end);
  }
  const quoted = new Uint8Array(Math.max(0, quotedTo - quotedFrom));
  for (const q of raws) quoted.fill(1, q.start - quotedFrom, q.end - quotedFrom);
  let genders: ReadonlyMap<string, Gender> | undefined;
  const ctx: QuoteContext = {
    article,
    toks,
    mentions,
    mentionsOfType,
    longest,
    quoted,
    quotedFrom,
    saidIn: new Map(),
    genderOf: (id) => {
      genders ??= personGenders(article, toks, mentionsOfType.get('person') ?? [], (at) => quoteAt(ctx, at));
      return genders.get(id);
    },
  };
  return ctx;
}

/**
 * Every mention of every entity but dates, by start (entities in their order for equal starts),
 * worked out once for a list of entities however many parts of a document read it.
 */
const inOrder = new WeakMap<readonly Entity[], readonly Mention[]>();
function mentionsInOrder(entities: readonly Entity[]): readonly Mention[] {
  let all = inOrder.get(entities);
  if (!all) {
    all = entities
      .filter((e) => e.type !== 'date')
      .flatMap((e) => e.mentions.map((m) => ({ ...m, entity: e })))
      .sort((a, b) => a.start - b.start);
    inOrder.set(entities, all);
  }
  return all;
}

export const quoteAt = (ctx: QuoteContext, offset: number): boolean => ctx.quoted[offset - ctx.quotedFrom] === 1;

/** Whether any of `span` is inside a quotation. */
export function quotedIn(ctx: QuoteContext, span: { start: number; end: number }): boolean {
  return ctx.quoted.subarray(Math.max(0, span.start - ctx.quotedFrom), span.end - ctx.quotedFrom).includes(1);
}

/** The speaker of the quotation before, in the same paragraph, and where that quotation starts. */
export interface PreviousSpeaker {
  readonly entity: string | null;
  readonly start: number;
}

/**
 * The one `type` entity a pronoun at `at` can refer to: the only one named (outside quotations,
 * not as a possessive) earlier in its paragraph, or if none is, in the paragraph before; for
 * "he" and "she", the only one of them whose gender (as the text gives it) does not rule it out.
 * When several fit, the speaker of the paragraph's previous quotation if no one else who fits is
 * named after that quotation began ("“…,” Rothman recalls. “…,” he said"). Undefined when there
 * are none or several: "she said" after "Lorenz gave Fetter a manual" is left without a speaker
 * rather than given the wrong one, unless the text has made Lorenz a "he".
 */
export function soleReferent(
  ctx: QuoteContext,
  at: number,
  type: Entity['type'],
  gender?: Gender,
  previous?: PreviousSpeaker,
): Entity | undefined {
  const list = ctx.mentionsOfType.get(type) ?? [];
  const fits = (e: Entity) => !gender || (ctx.genderOf(e.id) ?? gender) === gender;
  const b = firstAtOrAfter(ctx.article.blocks, at + 1) - 1;
  // (Past the paragraphs of a quotation that runs over several: "Noor runs the clinic.¶“Every
  // morning …¶“Some walk for days,” she said.")
  let p = b - 1;
  while (p > 0 && b - p <= MAX_QUOTED_PARAGRAPHS && wholeQuoted(ctx, ctx.article.blocks[p]!)) p--;
  for (const [from, to] of [
    [ctx.article.blocks[b]?.start ?? 0, at],
    [ctx.article.blocks[p]?.start ?? 0, ctx.article.blocks[p]?.end ?? 0],
  ] as const) {
    const found = new Map<string, Entity>();
    let anyone = false;
    let lastFound = from;
    let lastMention: Mention | undefined;
    let sinceOnlyPrevious = true;
    for (let k = firstAtOrAfter(list, from); k < list.length && list[k]!.end <= to; k++) {
      const m = list[k]!;
      if (quoteAt(ctx, m.start) || /^['’]s?\b/u.test(ctx.article.text.slice(m.end, m.end + 2))) continue;
      anyone = true;
      if (!fits(m.entity)) continue;
      found.set(m.entity.id, m.entity);
      lastFound = m.start;
      lastMention = m;
      if (previous && m.start >= previous.start && m.entity.id !== previous.entity) sinceOnlyPrevious = false;
    }
    if (!anyone) continue;
    // "Kerr left. A neighbour recalled the day. “…,” she said": not Kerr.
    // (Nor "Officers arrested Victor Lamb.¶“…,” he said": one of the officers, as likely as not.)
    if (found.size === 1)
      return newcomerBetween(ctx, lastFound, at) ||
        describedOther(ctx, lastMention!.entity, lastFound, at) ||
        objectOfOthers(ctx, lastMention!) ||
        (gender && rivalTypedAsThing(ctx, at, gender))
        ? undefined
        : [...found.values()][0];
    return previous?.entity && sinceOnlyPrevious && from <= previous.start ? found.get(previous.entity) : undefined;
  }
  return undefined;
}

/** At most this many paragraphs of one quotation are passed over for a pronoun's referent. */
const MAX_QUOTED_PARAGRAPHS = 3;

/** Whether a paragraph is one quotation from its start (closed or running on) and nothing else. */
function wholeQuoted(ctx: QuoteContext, block: Span): boolean {
  const text = ctx.article.text.slice(block.start, block.end).trimEnd();
  return /^["“]/u.test(text) && quoteAt(ctx, block.start) && quoteAt(ctx, block.start + text.length - 1);
}

/** The person whose name opens `words` (past titles, when `titled`) and is followed by a comma, if any. */
export function leadingPerson(ctx: QuoteContext, words: readonly Word[], titled = false): Entity | undefined {
  // (When `titled`, past a title or two the name leaves out: "Sheriff Dale Korver, 45, said",
  // "Representative Adam Schiff, Democrat of California, said".)
  let t = 0;
  while (
    titled &&
    t < 3 &&
    t < words.length - 1 &&
    (TITLES.has(words[t]!.text.replace(/\.$/u, '')) || unnamedTitle(ctx, words[t]!)) &&
    /^\s+$/u.test(words[t]!.post)
  )
    t++;
  const first = words[t];
  if (!first) return undefined;
  let m: Mention | undefined;
  for (
    let k = firstAtOrAfter(ctx.mentions, first.start);
    k < ctx.mentions.length && ctx.mentions[k]!.start === first.start && !m;
    k++
  ) {
    if (ctx.mentions[k]!.entity.type === 'person') m = ctx.mentions[k];
  }
  if (!m) return undefined;
  const last = words.find((t) => t.end >= m.end);
  return last && last.end === m.end && /^,/.test(last.post) ? m.entity : undefined;
}

/**
 * Whether a mention covers the offset `at` (one that passes `test`, when given): the mentions that
 * start up to `at` and less than the longest mention's length before it, found by halving (a scan
 * of every mention for each word asked about cost the 5 MB document a second).
 */
export function mentionAt(ctx: QuoteContext, at: number, test?: (m: Mention) => boolean): boolean {
  const { mentions, longest } = ctx;
  for (let k = firstAtOrAfter(mentions, at + 1) - 1; k >= 0 && mentions[k]!.start + longest > at; k--) {
    const m = mentions[k]!;
    if (at < m.end && (!test || test(m))) return true;
  }
  return false;
}

/** The first mention (that passes `test`, when given) starting at or after `from` and before `to`. */
export function mentionFrom(
  ctx: QuoteContext,
  from: number,
  to: number,
  test?: (m: Mention) => boolean,
): Mention | undefined {
  const { mentions } = ctx;
  for (let k = firstAtOrAfter(mentions, from); k < mentions.length && mentions[k]!.start < to; k++)
    if (!test || test(mentions[k]!)) return mentions[k];
  return undefined;
}

/** A capitalised word no name covers, standing as a title ("Representative", "Opposition Leader"). */
const unnamedTitle = (ctx: QuoteContext, t: Word): boolean =>
  /^\p{Lu}\p{Ll}+$/u.test(t.text) && !mentionAt(ctx, t.start);

/** The first entity of `type` named within `words`. */
export function entityIn(ctx: QuoteContext, words: readonly Word[], type: Entity['type']): Entity | undefined {
  const from = words[0]?.start ?? 0,
    to = words[words.length - 1]?.end ?? 0;
  for (let k = firstAtOrAfter(ctx.mentions, from); k < ctx.mentions.length && ctx.mentions[k]!.start < to; k++) {
    const m = ctx.mentions[k]!;
    if (m.end <= to && m.entity.type === type) return m.entity;
  }
  return undefined;
}
