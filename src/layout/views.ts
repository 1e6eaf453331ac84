/**
 * Views over one article's analysis (DESIGN.md: "views are overlays like the outline"): pure
 * functions from the analysis to the rows an overlay draws, tested without a terminal. A row that
 * can be chosen carries the span a jump goes to.
 */
import type { Analysis, Quote, Span } from '../analysis/types.js';
import { type ReferenceDate, resolveDate, sortKey } from '../analysis/timeline.js';

/** Heading under which the quotations whose speaker is unknown are listed, last. */
export const UNATTRIBUTED = 'Unattributed';

export interface SpeakerGroup {
  /** The speaker as the article names them, or UNATTRIBUTED. */
  readonly speaker: string;
  /** The speaker's entity, when the speaker is one. */
  readonly entity: string | null;
  /** Their quotations, in the order of the text. */
  readonly quotes: readonly Quote[];
}

const speakerKey = (q: Quote): string | null =>
  q.speakerEntity ?? (q.speaker ? `name:${q.speaker.toLowerCase().replace(/\s+/g, ' ')}` : null);

/**
 * Who said what: the quotations grouped by speaker, speakers in the order they are first quoted,
 * the unattributed ones last. Quotes of one entity group together however the text names it.
 */
export function quotesBySpeaker(analysis: Pick<Analysis, 'quotes' | 'entities'>): SpeakerGroup[] {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const groups = new Map<string, { speaker: string; entity: string | null; quotes: Quote[] }>();
  const unattributed: Quote[] = [];
  for (const q of [...analysis.quotes].sort((a, b) => a.start - b.start)) {
    const key = speakerKey(q);
    if (!key) {
      unattributed.push(q);
      continue;
    }
    const group = groups.get(key) ?? {
      speaker: (q.speakerEntity && names.get(q.speakerEntity)) || q.speaker || UNATTRIBUTED,
      entity: q.speakerEntity,
      quotes: [],
    };
    group.quotes.push(q);
    groups.set(key, group);
  }
  const out: SpeakerGroup[] = [...groups.values()];
  if (unattributed.length) out.push({ speaker: UNATTRIBUTED, entity: null, quotes: unattributed });
  return out;
}

/** How many quotations each speaking entity has (for the sidebar's rows). */
export function quoteCounts(analysis: Pick<Analysis, 'quotes'>): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const q of analysis.quotes)
    if (q.speakerEntity) counts.set(q.speakerEntity, (counts.get(q.speakerEntity) ?? 0) + 1);
  return counts;
}

/** The first words of a span's text, on one line, cut at a word with an ellipsis. */
export function firstWords(text: string, span: Span, max: number): string {
  const flat = text
    .slice(span.start, span.end)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[“"‘']+|[”"’']+$/g, '');
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export interface TimelineEntry {
  /** The date expression in the text. */
  readonly span: Span;
  /** The sentence it stands in. */
  readonly sentence: Span;
  /** ISO 8601 (a day, a month, a year, a week, an interval), or null when it cannot be placed. */
  readonly value: string | null;
}

export interface Timeline {
  /** Placed dates, in calendar order (ties in the order of the text). */
  readonly placed: readonly TimelineEntry[];
  /** Dates the text does not allow to place, in the order of the text. */
  readonly unplaced: readonly TimelineEntry[];
}

/** The sentence holding `offset`, or an empty span at it. */
function sentenceAt(sentences: readonly Span[], offset: number): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: offset, end: offset };
}

/** Every date mention of the article, placed on the calendar where the text allows it. */
export function timeline(
  analysis: Pick<Analysis, 'text' | 'entities' | 'sentences'>,
  reference: ReferenceDate | null,
): Timeline {
  const entries: TimelineEntry[] = analysis.entities
    .filter((e) => e.type === 'date')
    .flatMap((e) => e.mentions)
    .sort((a, b) => a.start - b.start)
    .map((span) => {
      const sentence = sentenceAt(analysis.sentences, span.start);
      const around = analysis.text.slice(sentence.start, sentence.end);
      return { span, sentence, value: resolveDate(analysis.text.slice(span.start, span.end), reference, around) };
    });
  const placed = entries
    .filter((e) => e.value !== null)
    .map((e, order) => ({ e, order, key: sortKey(e.value!) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order))
    .map(({ e }) => e);
  return { placed, unplaced: entries.filter((e) => e.value === null) };
}
