import type { Section } from '../analysis/types.js';
import { paneHeight } from './geometry.js';
import type { Command } from './keymap.js';
import type { ViewState } from './state.js';

/**
 * The outline overlay as a pure model: the sections listed (all, or those whose title holds the
 * filter typed after `/`), which one is chosen, and the moves over the list: a row, a page,
 * either end, and the same applied to the reader's state. Where choosing one takes the view is
 * the reducer's part.
 */
export interface Outline {
  /** Index of the chosen row in the list shown (`shown`). */
  readonly index: number;
  /** The filter typed after `/`; empty shows every section. */
  readonly query: string;
  /** The filter is being typed: printable keys go to it. */
  readonly typing: boolean;
}

export const closedOutline: Outline = { index: 0, query: '', typing: false };

/** The outline opened on the section the reader is in (0-based). */
export function openOutline(current: number): Outline {
  return { index: Math.max(0, current), query: '', typing: false };
}

export interface Row {
  /** Index of the section in the article's list of sections. */
  readonly section: number;
  readonly title: string;
}

/**
 * The rows the outline shows: every section (an untitled one under the article's title), or the
 * sections whose title holds the filter, case-insensitively unless it has a capital (smartcase).
 */
export function shown(sections: readonly Section[], fallback: string, query: string): Row[] {
  const rows = sections.map((s, section) => ({ section, title: s.title ?? fallback }));
  if (!query) return rows;
  const sensitive = query !== query.toLowerCase();
  const needle = sensitive ? query : query.toLowerCase();
  return rows.filter((r) => (sensitive ? r.title : r.title.toLowerCase()).includes(needle));
}

/** The chosen row moved by `delta` rows, clamped to the list (`count` rows). */
export function moveBy(o: Outline, delta: number, count: number): Outline {
  const index = Math.max(0, Math.min(count - 1, o.index + delta));
  return index === o.index ? o : { ...o, index };
}

export function moveTo(o: Outline, index: number, count: number): Outline {
  return moveBy(o, index - o.index, count);
}

/** Starts typing a filter (keeping what was typed before). */
export function startFilter(o: Outline): Outline {
  return { ...o, typing: true };
}

/** The filter changed: the choice goes to the first row that matches. */
export function withQuery(o: Outline, query: string): Outline {
  return { ...o, query, index: 0 };
}

/** Esc while typing: the filter is dropped and every section shows again. */
export function cancelFilter(o: Outline): Outline {
  return { ...o, query: '', typing: false, index: 0 };
}

/** The first row the outline draws when `body` rows fit: the chosen one kept in the middle. */
export function firstRow(o: Outline, count: number, body: number): number {
  return Math.max(0, Math.min(o.index - Math.floor(body / 2), count - body));
}

// ---- the outline in the reader's state --------------------------------------------------------

/** The rows the outline lists now (all sections, or those its filter keeps). */
export function rows(s: Pick<ViewState, 'doc' | 'outline'>): Row[] {
  return shown(s.doc.analysis.sections, s.doc.article.title, s.outline.query);
}

/** The outline's commands: a row, a page (the overlay less its title row), either end; `/` filters. */
export function command(s: ViewState, c: Command): ViewState | undefined {
  const count = rows(s).length;
  const page = Math.max(1, paneHeight(s) - 2);
  const move = (o: Outline) => (o === s.outline ? s : { ...s, outline: o });
  switch (c) {
    case 'outlineDown':
      return move(moveBy(s.outline, 1, count));
    case 'outlineUp':
      return move(moveBy(s.outline, -1, count));
    case 'outlinePageDown':
      return move(moveBy(s.outline, page, count));
    case 'outlinePageUp':
      return move(moveBy(s.outline, -page, count));
    case 'outlineTop':
      return move(moveTo(s.outline, 0, count));
    case 'outlineBottom':
      return move(moveTo(s.outline, count - 1, count));
    case 'outlineFilter':
      return move(startFilter(s.outline));
    case 'cancelFilter':
      return move(cancelFilter(s.outline));
    default:
      return undefined;
  }
}

/** The filter typed so far, now `query`. */
export function filter(s: ViewState, query: string): ViewState {
  return { ...s, outline: withQuery(s.outline, query) };
}
