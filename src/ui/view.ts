import stringWidth from 'string-width';
import { type Decoration, type Segment, type StyleName, sortDecorations, styleLine } from '../layout/decorate.js';
import { offsetOfLine } from '../layout/lines.js';
import { type Line, lineText, truncate } from '../layout/wrap.js';
import { keyHint } from './keymap.js';
import type { Paint } from './paint.js';
import { currentSection, paneHeight, percentRead, sidebarVisible, sidebarWidth } from './geometry.js';
import type { ViewState } from './state.js';
import { walkStatus } from './reader-views.js';
import { sanitizeLine } from '../load/sanitize.js';
import { pendingText } from './navigation.js';

/**
 * What the components draw, as plain functions of the state: the components (Ink) use them, and
 * so does the first frame, which is drawn before Ink has even loaded (see `firstFrame`).
 */

/** Everything drawn over the text in the current state, in the order `styleLine` needs. */
export function decorations(
  s: Pick<ViewState, 'doc' | 'highlight' | 'chosen' | 'entities' | 'search' | 'mark'>,
): Decoration[] {
  // The source's own emphasis first, so highlights and marks are drawn over it.
  const out: Decoration[] = (s.doc.article.styles ?? []).map((st) => ({
    start: st.start,
    end: st.end,
    style: st.style === 'code' ? 'code' : st.style,
  }));
  // Links are underlined (and hyperlinks where the paint makes them so), under every highlight.
  for (const l of s.doc.article.links ?? []) out.push({ start: l.start, end: l.end, style: 'link', href: l.href });
  const { quotes, numbers } = s.doc.analysis;
  if (s.highlight) {
    for (const q of quotes) out.push({ start: q.start, end: q.end, style: 'quote' });
    for (const n of numbers) out.push({ start: n.start, end: n.end, style: 'number' });
  }
  if (s.chosen !== null)
    for (const m of s.entities[s.chosen]?.mentions ?? []) out.push({ start: m.start, end: m.end, style: 'mention' });
  if (s.search) for (const m of s.search.matches) out.push({ start: m.start, end: m.end, style: 'match' });
  if (s.mark) out.push({ start: s.mark.start, end: s.mark.end, style: 'current' });
  return sortDecorations(out);
}

/** Styles a terminal without attributes cannot show, so they are drawn with characters instead. */
const MARKED: readonly StyleName[] = ['match', 'current'];
const isMarked = (seg: Segment) => seg.styles.some((st) => MARKED.includes(st));
/** The margin column beside a line that holds a search match or the marked mention, without styling. */
export const LINE_MARK = '>';

/**
 * One line of the text pane as drawn: the margin column before it, and the line painted. Where
 * styling is off (TERM=dumb) the search matches and the marked mention would be invisible, so the
 * margin shows `>` beside their line and they are put in brackets, `[Baghdad]` — when the brackets
 * fit in `room` columns; the line is never cut to make room for them.
 */
export function paneLine(
  text: string,
  line: Line,
  decos: readonly Decoration[],
  paint: Paint,
  room: number,
): { margin: string; body: string } {
  const segments = styleLine(text, line, decos);
  if (paint.mode !== 'none' || !segments.some(isMarked)) return { margin: ' ', body: paint.segments(segments) };
  const bracketed: Segment[] = [];
  segments.forEach((seg, i) => {
    const marked = isMarked(seg);
    if (marked && !(i > 0 && isMarked(segments[i - 1]!))) bracketed.push({ text: '[', styles: [] });
    bracketed.push(seg);
    if (marked && !(i + 1 < segments.length && isMarked(segments[i + 1]!))) bracketed.push({ text: ']', styles: [] });
  });
  const fits = stringWidth(bracketed.map((seg) => seg.text).join('')) <= room;
  return { margin: LINE_MARK, body: paint.segments(fits ? bracketed : segments) };
}

/** The status bar's text at a given width: what it says about where the reader is. */
export function statusText(s: ViewState, cols: number): string {
  const width = Math.max(0, cols);
  if (s.search?.typing) {
    const n = s.search.matches.length;
    const found = s.search.query ? `  ${n ? `${n} match${n === 1 ? '' : 'es'}` : 'not found'}` : '';
    const keys = `${keyHint('confirmSearch')} confirm · ${keyHint('cancelSearch')} cancel`;
    return truncate(`/${s.search.query}▏${found}   ${keys}`, width).padEnd(width);
  }
  const parts: string[] = [];
  const sections = s.doc.analysis.sections.length;
  if (sections > 0) parts.push(`§${currentSection(s)}/${sections}`);
  parts.push(`${percentRead(s)}%`);
  parts.push(s.highlight ? 'HIGHLIGHT' : 'READ');
  if (s.search && s.search.matches.length)
    parts.push(`/${s.search.query} ${s.search.index + 1}/${s.search.matches.length}`);
  else if (walkStatus(s)) parts.push(walkStatus(s)!);
  else if (s.chosen !== null) {
    const e = s.entities[s.chosen]!;
    parts.push(`${truncate(e.name, 24)} ${s.mention + 1}/${e.mentions.length}`);
  }
  if (s.message) parts.push(s.message);
  const pending = pendingText(s.nav);
  if (pending) parts.push(pending);
  const reading = stillReading(s);
  if (reading) parts.push(reading);
  parts.push(`${keyHint('help')} help`);
  let right = parts.join('  ');
  // A message (a file's name, what went wrong) is what there is to read now: it goes before the place.
  if (stringWidth(right) > width && s.message) right = `${s.message}  ${keyHint('help')} help`;
  if (stringWidth(right) > width) right = truncate(right, width);
  const room = width - stringWidth(right) - 2;
  const left = room >= 8 ? truncate(placeTitle(s), room) : '';
  const gap = Math.max(0, width - stringWidth(left) - stringWidth(right));
  return left + ' '.repeat(gap) + right;
}

/** The title of the section the top of the view is in, or the article's title before any heading. */
export function placeTitle(s: Pick<ViewState, 'doc' | 'layout' | 'top'>): string {
  const at = offsetOfLine(s.layout.lines, s.top);
  const section = s.doc.analysis.sections.findLast((x) => x.start <= at);
  return section?.title ?? s.doc.article.title;
}

/**
 * What a list of the analysis's (the sidebar's entities, the quotes, the dates) says while it is
 * empty: the analysis is running, failed, or found none. While the entities are known and the
 * rest still comes, it says so (`stillReading`); the sidebar then has its final list.
 */
export function pendingNote(s: Pick<ViewState, 'analysis'>): string {
  const a = s.analysis;
  if (a.kind === 'running') return stillReading(s) ?? `finding… ${percentOf(a)}%`;
  if (a.kind === 'failed') return `analysis failed: ${sanitizeLine(a.message)}`;
  return 'none found';
}

const percentOf = (a: { done: number; total: number }) => Math.floor((a.done / Math.max(1, a.total)) * 100);

/** While the entities are known and the rest of the analysis still comes: what is still being read. */
export function stillReading(s: Pick<ViewState, 'analysis'>): string | null {
  const a = s.analysis;
  return a.kind === 'running' && a.entitiesKnown ? `reading quotes, dates… ${percentOf(a)}%` : null;
}

/**
 * The reader's opening screen as text for the terminal, drawn the way the Ink components lay it
 * out (text pane, sidebar heading, status bar), for the moment before Ink is ready. It is shown
 * only while the sidebar has nothing in it yet, so it draws no entities.
 */
export function firstFrame(s: ViewState, paint: Paint): string {
  const height = paneHeight(s);
  const paneWidth = s.layout.width + 2;
  const side = sidebarVisible(s) ? sidebarWidth(s) : 0;
  const decos = decorations(s);
  const lines = s.layout.withLines(s.top + height).lines.slice(s.top, s.top + height);
  const rows: string[] = [];
  for (let i = 0; i < height; i++) {
    const line = lines[i];
    let row = '';
    let used = 0;
    if (line) {
      // As the pane draws it: one column of padding, the line cut to the pane (truncate-end).
      const whole = lineText(s.doc.analysis.text, line);
      const plain = truncate(whole, paneWidth - 1);
      const drawn = paneLine(s.doc.analysis.text, line, decos, paint, paneWidth - 1);
      row = plain === whole ? drawn.margin + drawn.body : ` ${plain}`;
      // (string-width does not count escape sequences.)
      used = 1 + stringWidth(plain === whole ? drawn.body : plain);
    }
    if (side) {
      const heading = i === 0 ? paint.style('bold', 'Entities') + paint.style('dim', `  ${pendingNote(s)}`) : '';
      row += ' '.repeat(Math.max(0, s.cols - side - used)) + '│' + (heading ? ` ${heading}` : '');
    }
    rows.push(row);
  }
  rows.push(paint.style('inverse', statusText(s, s.cols - 1)));
  // Each row cleared to its end first: nothing of an earlier screen shows through.
  return '\u001b[H' + rows.map((r) => `\u001b[2K${r}`).join('\r\n');
}
