import { truncate } from '../layout/wrap.js';
import { paneHeight, sidebarVisible } from './geometry.js';
import type { Command } from './keymap.js';
import { reveal } from './moves.js';
import { groupItems, quotesModel } from './quotes-view.js';
import type { ViewState } from './state.js';
import { timelineModel } from './timeline-view.js';
import { clampItem, moveItem } from './view-list.js';

/**
 * The reader's views over the analysis, as a sub-reducer of state.ts: the quotes overlay (`"`),
 * the timeline overlay (`T`), walking one speaker's quotations with n / N after choosing one, and
 * the request for a brief (`B`, written by the App, outside the reducer, because it is I/O).
 */

/** A speaker's quotations walked with n / N: which group, and which of its quotations is marked. */
export interface QuoteWalk {
  readonly group: number;
  readonly nth: number;
}

export interface Views {
  /** The chosen item in each overlay, kept between openings. */
  readonly quotes: number;
  readonly timeline: number;
  /** Set by Enter in the quotes view; live only while the mark is still on that quotation. */
  readonly walk: QuoteWalk | null;
  /** `B` was pressed: the App writes the brief (once the analysis is done) and reports back. */
  readonly brief: boolean;
}

export const initialViews: Views = { quotes: 0, timeline: 0, walk: null, brief: false };

type Overlay = 'quotes' | 'timeline';

const itemCount = (s: ViewState, overlay: Overlay): number =>
  overlay === 'quotes' ? quotesModel(s.doc.analysis).items.length : timelineModel(s.doc.analysis).items.length;

/** The chosen item of an overlay, clamped to the list the analysis has now. */
export function chosenItem(s: Pick<ViewState, 'doc' | 'views'>, overlay: Overlay): number {
  const count =
    overlay === 'quotes' ? quotesModel(s.doc.analysis).items.length : timelineModel(s.doc.analysis).items.length;
  return clampItem(s.views[overlay], count);
}

function move(s: ViewState, overlay: Overlay, c: Command): ViewState | undefined {
  const count = itemCount(s, overlay);
  const at = chosenItem(s, overlay);
  const page = Math.max(1, paneHeight(s) - 2);
  const to: Partial<Record<Command, number>> = {
    viewDown: at + 1,
    viewUp: at - 1,
    viewPageDown: at + page,
    viewPageUp: at - page,
    viewTop: 0,
    viewBottom: count - 1,
  };
  const target = to[c];
  if (target === undefined) return undefined;
  const index = moveItem(at, target - at, count);
  return index === s.views[overlay] ? s : { ...s, views: { ...s.views, [overlay]: index } };
}

/** The overlay closed on a jump; where the entity list had taken the text's place, the text comes back to show it. */
const close = (s: ViewState): ViewState => ({ ...s, overlay: null, focus: sidebarVisible(s) ? s.focus : 'article' });

/** Enter in the quotes view: the overlay closes, the quotation is shown marked, and n / N walk its speaker's. */
function chooseQuote(s: ViewState): ViewState {
  const model = quotesModel(s.doc.analysis);
  const item = model.items[chosenItem(s, 'quotes')];
  const closed = close(s);
  if (!item) return closed;
  return reveal(
    { ...closed, search: null, views: { ...s.views, walk: { group: item.group, nth: item.nth } } },
    item.quote,
  );
}

function chooseDate(s: ViewState): ViewState {
  const item = timelineModel(s.doc.analysis).items[chosenItem(s, 'timeline')];
  const closed = close(s);
  return item ? reveal(closed, item.entry.span) : closed;
}

/** The views' commands; undefined for any other command (or outside its overlay). */
export function command(s: ViewState, c: Command): ViewState | undefined {
  switch (c) {
    case 'quotesView':
      return { ...s, overlay: 'quotes' };
    case 'timelineView':
      return { ...s, overlay: 'timeline' };
    case 'writeBrief':
      return { ...s, views: { ...s.views, brief: true } };
    case 'chooseQuote':
      return s.overlay === 'quotes' ? chooseQuote(s) : undefined;
    case 'chooseDate':
      return s.overlay === 'timeline' ? chooseDate(s) : undefined;
    default:
      return s.overlay === 'quotes' || s.overlay === 'timeline' ? move(s, s.overlay, c) : undefined;
  }
}

/** The speaker's quotations being walked, when the mark is still on the one walked to. */
export function walking(
  s: Pick<ViewState, 'doc' | 'views' | 'mark'>,
): { speaker: string; nth: number; count: number } | null {
  const { walk } = s.views;
  if (!walk || !s.mark) return null;
  const model = quotesModel(s.doc.analysis);
  const items = groupItems(model, walk.group);
  const quote = items[walk.nth]?.quote;
  if (!quote || quote.start !== s.mark.start || quote.end !== s.mark.end) return null;
  return { speaker: model.groups[walk.group]!.speaker, nth: walk.nth, count: items.length };
}

/** n / N while a speaker's quotations are walked (wrapping); undefined when none is. */
export function stepQuote(s: ViewState, direction: 1 | -1): ViewState | undefined {
  const now = walking(s);
  if (!now) return undefined;
  const walk = s.views.walk!;
  const nth = (walk.nth + direction + now.count) % now.count;
  const quote = groupItems(quotesModel(s.doc.analysis), walk.group)[nth]!.quote;
  return reveal({ ...s, views: { ...s.views, walk: { ...walk, nth } } }, quote);
}

/** The status bar's part while walking: `Harakat al Nujaba quote 2/2`. */
export function walkStatus(s: Pick<ViewState, 'doc' | 'views' | 'mark'>): string | null {
  const now = walking(s);
  return now ? `${truncate(now.speaker, 24)} quote ${now.nth + 1}/${now.count}` : null;
}

/** The App wrote the brief (or could not): its one line for the status bar. */
export function briefWritten(s: ViewState, message: string): ViewState {
  return { ...s, views: { ...s.views, brief: false }, message };
}
