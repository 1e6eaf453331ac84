import { textWidth } from '../layout/wrap.js';
import type { Analysis, Quote } from '../analysis/types.js';
import { UNATTRIBUTED, quotesBySpeaker } from '../layout/views.js';
import type { ListRow } from './view-list.js';

/**
 * Who said what, as the quotes overlay lists it: a heading per speaker (in the order they are
 * first quoted, the unattributed last) and under it their quotations, each one an item that can
 * be chosen. Pure, and built once per analysis.
 */
export interface QuoteItem {
  readonly quote: Quote;
  /** Index of its speaker's group, and its place among that speaker's quotations. */
  readonly group: number;
  readonly nth: number;
}

export interface QuotesModel {
  readonly groups: readonly { readonly speaker: string; readonly unattributed: boolean; readonly count: number }[];
  readonly items: readonly QuoteItem[];
  /** Headings and items in the order drawn. */
  readonly rows: readonly ListRow[];
  /** Columns of the longest reporting verb (measured once: a book has thousands of quotations). */
  readonly verbWidth: number;
}

const cache = new WeakMap<object, QuotesModel>();

export function quotesModel(analysis: Pick<Analysis, 'quotes' | 'entities'>): QuotesModel {
  const known = cache.get(analysis);
  if (known) return known;
  const groups = quotesBySpeaker(analysis);
  const items: QuoteItem[] = [];
  const rows: ListRow[] = [];
  groups.forEach((g, group) => {
    rows.push({ kind: 'heading', group });
    g.quotes.forEach((quote, nth) => {
      rows.push({ kind: 'item', item: items.length });
      items.push({ quote, group, nth });
    });
  });
  const model: QuotesModel = {
    groups: groups.map((g) => ({
      speaker: g.speaker,
      unattributed: g.speaker === UNATTRIBUTED && g.entity === null && g.quotes.every((q) => !q.speaker),
      count: g.quotes.length,
    })),
    items,
    rows,
    verbWidth: items.reduce((w, i) => Math.max(w, textWidth(i.quote.verb ?? '')), 0),
  };
  cache.set(analysis, model);
  return model;
}

/** The items of one speaker's group, in the order of the text. */
export function groupItems(model: QuotesModel, group: number): QuoteItem[] {
  return model.items.filter((i) => i.group === group);
}
