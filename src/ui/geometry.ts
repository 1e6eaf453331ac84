import { offsetOfLine } from '../layout/lines.js';
import type { ViewState } from './state.js';
import * as viewport from './viewport.js';

/**
 * The screen's geometry, derived from the view state: how wide the text and sidebar are, how
 * tall the pane is, and where in the text the view is. Pure reads: none of these changes a state.
 */

/** The reading measure people find comfortable; wider lines are hard to track. */
export const MAX_MEASURE = 80;
/** Columns the sidebar takes, its border included; it grows into spare columns up to the maximum. */
export const SIDEBAR_WIDTH = 32;
export const SIDEBAR_MAX_WIDTH = 44;
/** Below this many columns the sidebar would squeeze the text too much, so it hides. */
export const SIDEBAR_MIN_COLUMNS = 80;
/**
 * Rows that are not article: the status bar; and, when Ink draws the status bar itself, one row
 * left free below it, so Ink's output never fills the screen (it would clear and redraw it all
 * every frame, Ink issue #450). In the terminal the status bar is on the last row, drawn outside
 * Ink (ui/status-row.ts), and the text has every row above it.
 */
export function chromeRows(s: Pick<ViewState, 'statusRow'>): number {
  return s.statusRow ? 1 : 2;
}

export function sidebarVisible(s: Pick<ViewState, 'sidebarWanted' | 'cols'>): boolean {
  return s.sidebarWanted && s.cols >= SIDEBAR_MIN_COLUMNS;
}

/** The sidebar's width now: its minimum, or more when the text leaves columns unused. */
export function sidebarWidth(s: Pick<ViewState, 'sidebarWanted' | 'cols' | 'layout'>): number {
  if (!sidebarVisible(s)) return 0;
  const spare = s.cols - (s.layout.width + 2) - 1;
  return Math.max(SIDEBAR_WIDTH, Math.min(SIDEBAR_MAX_WIDTH, spare));
}

export function paneHeight(s: Pick<ViewState, 'rows' | 'statusRow'>): number {
  return Math.max(1, s.rows - chromeRows(s));
}

/**
 * The measure: `--width`, or the comfortable maximum, but never more than the room beside the
 * sidebar (and the pane's margin), so however wide `--width` asks for, no row is wider than the
 * terminal; it comes back to `--width` when the terminal grows again.
 */
export function measure(s: Pick<ViewState, 'fixedWidth' | 'cols' | 'sidebarWanted'>): number {
  const room = s.cols - (sidebarVisible(s) ? SIDEBAR_WIDTH : 0) - 2;
  return Math.max(1, Math.min(s.fixedWidth ?? MAX_MEASURE, room));
}

/** The article pane as a viewport over the lines wrapped so far. */
export function viewportOf(s: Pick<ViewState, 'layout' | 'rows' | 'statusRow' | 'top'>): viewport.Viewport {
  return { top: s.top, height: paneHeight(s), total: s.layout.lines.length };
}

/** The furthest the top line may go in the whole text (wrapping all of it, on a copy, to know). */
export function maxTop(s: Pick<ViewState, 'layout' | 'rows' | 'statusRow'>): number {
  return viewport.maxTop({ height: paneHeight(s), total: s.layout.withAll().lines.length });
}

/**
 * How far through the text the view reaches (see `viewport.percent`). It needs no more of the
 * layout than the view and one line, and reads the same however much has been wrapped.
 */
export function percentRead(s: Pick<ViewState, 'layout' | 'rows' | 'statusRow' | 'top' | 'doc'>): number {
  const height = paneHeight(s);
  const { lines } = s.layout.withLines(s.top + height + 1);
  return viewport.percent({ top: s.top, height }, lines, s.doc.analysis.text.length);
}

/**
 * How much of the text has been read, for the shelf: the share of the text above the top of the
 * view (what has scrolled past, not what merely shows below it), and 100 only once the reader has
 * scrolled to the end. Opening an article and leaving at once reads 0, not the first page's share
 * (nor ✓ for an article that fits on one screen: nothing was scrolled, so nothing counts as read).
 */
export function percentSeen(s: Pick<ViewState, 'layout' | 'rows' | 'statusRow' | 'top' | 'doc'>): number {
  const height = paneHeight(s);
  const { lines } = s.layout.withLines(s.top + height + 1);
  const length = s.doc.analysis.text.length;
  if (s.top === 0 || length === 0) return 0;
  if (!lines[s.top + height]) return 100;
  return Math.min(99, Math.floor(((lines[s.top]?.start ?? 0) / length) * 100));
}

/** 1-based index of the section the top of the view is in (0 before the first heading). */
export function currentSection(s: Pick<ViewState, 'doc' | 'layout' | 'top'>): number {
  const at = offsetOfLine(s.layout.lines, s.top);
  const { sections } = s.doc.analysis;
  // Sections come in the order of the text: the last one starting at or before the top, found by
  // halving (a book has thousands, and the status bar asks on every key).
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(lo, sections.length ? 1 : 0);
}
