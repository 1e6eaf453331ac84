import type { Analysis } from '../analysis/types.js';
import { type TimelineEntry, timeline } from '../layout/views.js';
import type { ListRow } from './view-list.js';

/**
 * The timeline overlay's list: the dates placed on the calendar, in time order, under one
 * heading, and those the text does not allow to place under another, in the order of the text.
 * Pure, and built once per analysis.
 */
export const PLACED_HEADING = 'On the calendar';
export const UNPLACED_HEADING = 'Not placed on the calendar';

export interface DateItem {
  readonly entry: TimelineEntry;
  readonly placed: boolean;
}

export interface TimelineModel {
  readonly items: readonly DateItem[];
  /** Headings (group 0: placed, 1: unplaced) and items in the order drawn. */
  readonly rows: readonly ListRow[];
  /** Columns of the longest calendar value, measured once. */
  readonly valueWidth: number;
  /** How many of the items are placed on the calendar (they come first). */
  readonly placed: number;
}

const cache = new WeakMap<object, TimelineModel>();

export function timelineModel(analysis: Pick<Analysis, 'dates' | 'sentences'>): TimelineModel {
  const known = cache.get(analysis);
  if (known) return known;
  const { placed, unplaced } = timeline(analysis);
  const items: DateItem[] = [];
  const rows: ListRow[] = [];
  [placed, unplaced].forEach((entries, group) => {
    if (!entries.length) return;
    rows.push({ kind: 'heading', group });
    for (const entry of entries) {
      rows.push({ kind: 'item', item: items.length });
      items.push({ entry, placed: group === 0 });
    }
  });
  const model = {
    items,
    rows,
    valueWidth: items.reduce((w, i) => Math.max(w, i.entry.value?.length ?? 0), 0),
    placed: placed.length,
  };
  cache.set(analysis, model);
  return model;
}
