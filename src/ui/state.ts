import type { Analysis, Entity, Span } from '../analysis/types.js';
import type { Article } from '../load/article.js';
import { lineIndexAt, offsetOfLine } from '../layout/lines.js';
import { sidebarEntities } from '../layout/sidebar.js';
import { LazyLayout, type Tag } from '../layout/wrap.js';
import { paragraphSpans, sectionSpans } from '../analysis/structure.js';
import { helpColumns } from './help.js';
import { type Command, type Focus, lookup } from './keymap.js';

/** The reading measure people find comfortable; wider lines are hard to track. */
export const MAX_MEASURE = 80;
/** Columns the sidebar takes, its border included; it grows into spare columns up to the maximum. */
export const SIDEBAR_WIDTH = 32;
export const SIDEBAR_MAX_WIDTH = 44;
/** Below this many columns the sidebar would squeeze the text too much, so it hides. */
export const SIDEBAR_MIN_COLUMNS = 80;
/** Rows that are not article: the status bar, plus one row left free so Ink never fills the screen and clears it each frame. */
export const CHROME_ROWS = 2;
/** A jump puts its target this far down the page, so it is read in context, not at the edge. */
const JUMP_FRACTION = 1 / 3;

export interface Document {
  readonly article: Article;
  readonly analysis: Analysis;
}

/**
 * What the reader knows before the analysis has run: the text, its sections and paragraphs,
 * and no entities, quotes or numbers yet. Cheap enough to build before the first frame.
 */
export function structureOnly(article: Article): Analysis {
  return {
    title: article.title,
    text: article.text,
    sections: sectionSpans(article),
    paragraphs: paragraphSpans(article),
    sentences: [],
    entities: [],
    quotes: [],
    numbers: [],
  };
}

/** How far the analysis (running elsewhere) has got. */
export type AnalysisStatus =
  | { readonly kind: 'done' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'failed'; readonly message: string };

export interface Search {
  readonly typing: boolean;
  readonly query: string;
  readonly matches: readonly Span[];
  readonly index: number;
  /** Where the view was when the search began, to return to on cancel. */
  readonly originTop: number;
}

export interface ViewState {
  readonly doc: Document;
  /** Sidebar order of the entities; `selected` and `chosen` index into it. */
  readonly entities: readonly Entity[];
  readonly cols: number;
  readonly rows: number;
  /** `--width`, when the reader fixed the measure. */
  readonly fixedWidth: number | null;
  /** Wrapped as far as it has been needed (see LazyLayout); the rest follows in idle time. */
  readonly layout: LazyLayout;
  readonly top: number;
  readonly focus: Focus;
  readonly overlay: 'help' | 'outline' | null;
  readonly helpTop: number;
  readonly outlineIndex: number;
  readonly highlight: boolean;
  readonly sidebarWanted: boolean;
  readonly selected: number;
  readonly chosen: number | null;
  readonly mention: number;
  readonly search: Search | null;
  /** The mention or match the last jump landed on, drawn marked. */
  readonly mark: Span | null;
  readonly message: string | null;
  /** Leave this article: back to the shelf when there is one, else quit. */
  readonly quit: boolean;
  /** Quit lede altogether, shelf or not. */
  readonly quitAll: boolean;
  /** Whether `doc.analysis` is complete, still coming, or failed. */
  readonly analysis: AnalysisStatus;
}

export type Action =
  | { readonly type: 'command'; readonly command: Command }
  /** A key press, resolved through the keymap against the state it arrives in (keys can come in bursts). */
  | { readonly type: 'key'; readonly name: string; readonly text: string }
  | { readonly type: 'resize'; readonly cols: number; readonly rows: number }
  | { readonly type: 'searchInput'; readonly text: string }
  | { readonly type: 'searchBackspace' }
  /** The analysis has moved on, finished (with the result) or failed. */
  | { readonly type: 'analysisProgress'; readonly done: number; readonly total: number }
  | { readonly type: 'analysed'; readonly analysis: Analysis }
  | { readonly type: 'analysisFailed'; readonly message: string };

export interface InitOptions {
  readonly cols: number;
  readonly rows: number;
  readonly width?: number | null;
  readonly sidebar?: boolean;
  /** Resume here: the line holding this text offset starts at the top of the view. */
  readonly startOffset?: number;
  /** The analysis is still running (`doc.analysis` holds the structure only). */
  readonly analysing?: boolean;
}

export function createInitialState(doc: Document, options: InitOptions): ViewState {
  const base = {
    doc,
    entities: sidebarEntities(doc.analysis.entities),
    cols: Math.max(1, options.cols),
    rows: Math.max(1, options.rows),
    fixedWidth: options.width ?? null,
    top: 0,
    focus: 'article' as Focus,
    overlay: null,
    helpTop: 0,
    outlineIndex: 0,
    highlight: false,
    sidebarWanted: options.sidebar ?? true,
    selected: 0,
    chosen: null,
    mention: 0,
    search: null,
    mark: null,
    message: null,
    quit: false,
    quitAll: false,
    analysis: options.analysing ? ({ kind: 'running', done: 0, total: 1 } as const) : ({ kind: 'done' } as const),
  };
  const layout = buildLayout(base);
  const start = { ...base, layout };
  const top = options.startOffset
    ? lineIndexAt(layout.ensureOffset(options.startOffset).lines, options.startOffset)
    : 0;
  return clampTop({ ...start, top });
}

// ---- derived geometry ------------------------------------------------------------------------

export function sidebarVisible(s: Pick<ViewState, 'sidebarWanted' | 'cols'>): boolean {
  return s.sidebarWanted && s.cols >= SIDEBAR_MIN_COLUMNS;
}

/** The sidebar's width now: its minimum, or more when the text leaves columns unused. */
export function sidebarWidth(s: Pick<ViewState, 'sidebarWanted' | 'cols' | 'layout'>): number {
  if (!sidebarVisible(s)) return 0;
  const spare = s.cols - (s.layout.width + 2) - 1;
  return Math.max(SIDEBAR_WIDTH, Math.min(SIDEBAR_MAX_WIDTH, spare));
}

export function paneHeight(s: Pick<ViewState, 'rows'>): number {
  return Math.max(1, s.rows - CHROME_ROWS);
}

export function measure(s: Pick<ViewState, 'fixedWidth' | 'cols' | 'sidebarWanted'>): number {
  const room = s.cols - (sidebarVisible(s) ? SIDEBAR_WIDTH : 0) - 2;
  const width = s.fixedWidth ?? Math.min(MAX_MEASURE, room);
  return Math.max(1, Math.min(width, s.cols - 1));
}

/**
 * The furthest the top line may go. Until the layout is complete this only needs the lines up to
 * one page past `top`: there are more after them, so `top` is never the limit.
 */
export function maxTop(s: Pick<ViewState, 'layout' | 'rows' | 'top'>): number {
  const { lines } = s.layout.ensureLines(s.top + 2 * paneHeight(s));
  return Math.max(0, lines.length - paneHeight(s));
}

/**
 * How far through the text the view reaches: the offset where the line below the view starts, as
 * a share of the text (100 once the last line shows). By offset, not by line, so that it needs
 * no more of the layout than the view and reads the same however much has been wrapped.
 */
export function percentRead(s: Pick<ViewState, 'layout' | 'rows' | 'top' | 'doc'>): number {
  const height = paneHeight(s);
  const below = s.layout.ensureLines(s.top + height + 1).lines[s.top + height];
  const length = s.doc.analysis.text.length;
  if (!below || length === 0) return 100;
  return Math.min(100, Math.round((below.start / length) * 100));
}

/** 1-based index of the section the top of the view is in (0 before the first heading). */
export function currentSection(s: Pick<ViewState, 'doc' | 'layout' | 'top'>): number {
  const at = offsetOfLine(s.layout.lines, s.top);
  const { sections } = s.doc.analysis;
  let current = 0;
  sections.forEach((section, i) => {
    if (section.start <= at) current = i + 1;
  });
  return Math.max(current, sections.length ? 1 : 0);
}

function quoteTags(doc: Document): Tag[] {
  return doc.analysis.quotes.filter((q) => q.speaker).map((q) => ({ at: q.end, text: `— ${q.speaker}` }));
}

function buildLayout(s: Pick<ViewState, 'doc' | 'highlight' | 'fixedWidth' | 'cols' | 'sidebarWanted'>): LazyLayout {
  return new LazyLayout(s.doc.article, measure(s), s.highlight ? quoteTags(s.doc) : []);
}

/**
 * Re-wraps after anything that changes the measure or the text shown, keeping the top line the
 * one being read. Only the text up to the view is wrapped now; the rest follows when needed.
 */
function relayout(prev: ViewState, next: ViewState): ViewState {
  const anchor = offsetOfLine(prev.layout.lines, prev.top);
  const layout = buildLayout(next).ensureOffset(anchor);
  const withLayout = { ...next, layout };
  return clampTop({ ...withLayout, top: lineIndexAt(layout.lines, anchor) });
}

/** The line showing `offset`, wrapping as far as it if need be. */
function lineOf(s: Pick<ViewState, 'layout'>, offset: number): number {
  return lineIndexAt(s.layout.ensureOffset(offset).lines, offset);
}

function clampTop(s: ViewState): ViewState {
  const top = Math.max(0, Math.min(s.top, maxTop(s)));
  return top === s.top ? s : { ...s, top };
}

function scrollTo(s: ViewState, top: number): ViewState {
  return clampTop({ ...s, top });
}

/** Brings a span into view a third of the way down (unless already comfortably visible) and marks it. */
export function reveal(s: ViewState, span: Span): ViewState {
  const line = lineOf(s, span.start);
  const height = paneHeight(s);
  const visible = line > s.top && line < s.top + height - 1;
  const top = visible ? s.top : line - Math.floor(height * JUMP_FRACTION);
  return scrollTo({ ...s, mark: span }, top);
}

// ---- sections --------------------------------------------------------------------------------

/** Section starts, or paragraph starts when the article has no headings. */
function stops(s: ViewState): readonly Span[] {
  const { sections, paragraphs } = s.doc.analysis;
  const titled = sections.filter((x) => x.title !== null);
  return titled.length ? titled : paragraphs;
}

function nextStop(s: ViewState, direction: 1 | -1): ViewState {
  const spans = stops(s);
  let target: number | undefined;
  if (direction > 0) {
    // Wraps only as far as the next stop, not the whole book.
    for (const x of spans) {
      const line = lineOf(s, x.start);
      if (line > s.top) {
        target = line;
        break;
      }
    }
  } else {
    const at = offsetOfLine(s.layout.lines, s.top);
    for (let k = spans.length - 1; k >= 0 && target === undefined; k--) {
      if (spans[k]!.start > at) continue;
      const line = lineOf(s, spans[k]!.start);
      if (line < s.top) target = line;
    }
  }
  if (target === undefined) return { ...s, message: direction > 0 ? 'no later section' : 'no earlier section' };
  return scrollTo(s, target);
}

// ---- search ----------------------------------------------------------------------------------

/** Literal search, case-insensitive unless the query has a capital letter (vim's smartcase). */
export function findMatches(text: string, query: string): Span[] {
  if (!query) return [];
  // A regex over the text itself keeps offsets exact; lower-casing a copy would not ("İ" → two units).
  const flags = query !== query.toLowerCase() ? 'gu' : 'giu';
  const literal = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);
  return [...text.matchAll(literal)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function updateQuery(s: ViewState, query: string): ViewState {
  const search = s.search!;
  const matches = findMatches(s.doc.analysis.text, query);
  const from = offsetOfLine(s.layout.lines, search.originTop);
  const index = Math.max(
    0,
    matches.findIndex((m) => m.start >= from),
  );
  const next: ViewState = { ...s, search: { ...search, query, matches, index }, top: search.originTop, mark: null };
  return matches.length ? reveal(next, matches[index]!) : next;
}

// ---- mentions --------------------------------------------------------------------------------

function step(s: ViewState, direction: 1 | -1): ViewState {
  if (s.search && !s.search.typing && s.search.matches.length) {
    const { matches } = s.search;
    const index = (s.search.index + direction + matches.length) % matches.length;
    return reveal({ ...s, search: { ...s.search, index }, message: null }, matches[index]!);
  }
  if (s.chosen === null) return { ...s, message: 'Tab, then Enter: choose an entity' };
  const { mentions } = s.entities[s.chosen]!;
  const mention = (s.mention + direction + mentions.length) % mentions.length;
  return reveal({ ...s, mention, message: null }, mentions[mention]!);
}

// ---- the reducer -----------------------------------------------------------------------------

export function reducer(state: ViewState, action: Action): ViewState {
  const s: ViewState = state.message ? { ...state, message: null } : state;
  switch (action.type) {
    case 'resize': {
      if (action.cols === s.cols && action.rows === s.rows) return s;
      return relayout(s, { ...s, cols: Math.max(1, action.cols), rows: Math.max(1, action.rows) });
    }
    case 'analysisProgress':
      return s.analysis.kind === 'running'
        ? { ...s, analysis: { kind: 'running', done: action.done, total: action.total } }
        : s;
    case 'analysed': {
      const next: ViewState = {
        ...s,
        doc: { ...s.doc, analysis: action.analysis },
        entities: sidebarEntities(action.analysis.entities),
        analysis: { kind: 'done' },
      };
      // Highlighting already on: the speakers' tags go into the text now.
      return next.highlight ? relayout(s, next) : next;
    }
    case 'analysisFailed':
      return { ...s, analysis: { kind: 'failed', message: action.message } };
    case 'searchInput':
      return s.search?.typing ? updateQuery(s, s.search.query + action.text) : s;
    case 'searchBackspace':
      return s.search?.typing ? updateQuery(s, s.search.query.slice(0, -1)) : s;
    case 'command':
      return command(s, action.command);
    case 'key': {
      const layer = inputLayer(s);
      const bound = lookup(layer, action.name);
      if (bound) return command(s, bound);
      if (layer !== 'search') return s;
      if (action.name === 'backspace') return reducer(s, { type: 'searchBackspace' });
      return action.text && !CONTROL.test(action.text) ? reducer(s, { type: 'searchInput', text: action.text }) : s;
    }
  }
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function command(s: ViewState, c: Command): ViewState {
  const height = paneHeight(s);
  if (s.overlay === 'help') {
    if (c === 'lineDown')
      return { ...s, helpTop: Math.min(s.helpTop + 1, Math.max(0, helpColumns(s.cols).rows - (height - 1))) };
    if (c === 'lineUp') return { ...s, helpTop: Math.max(0, s.helpTop - 1) };
  }
  switch (c) {
    case 'lineDown':
      return scrollTo(s, s.top + 1);
    case 'lineUp':
      return scrollTo(s, s.top - 1);
    case 'pageDown':
      return scrollTo(s, s.top + height);
    case 'pageUp':
      return scrollTo(s, s.top - height);
    case 'halfPageDown':
      return scrollTo(s, s.top + Math.max(1, Math.floor(height / 2)));
    case 'halfPageUp':
      return scrollTo(s, s.top - Math.max(1, Math.floor(height / 2)));
    case 'top':
      return scrollTo(s, 0);
    case 'bottom': {
      s.layout.ensureAll();
      return scrollTo(s, maxTop(s));
    }
    case 'nextSection':
      return nextStop(s, 1);
    case 'previousSection':
      return nextStop(s, -1);
    case 'outline': {
      const current = Math.max(0, currentSection(s) - 1);
      return { ...s, overlay: 'outline', outlineIndex: current };
    }
    case 'outlineDown':
      return { ...s, outlineIndex: Math.min(s.doc.analysis.sections.length - 1, s.outlineIndex + 1) };
    case 'outlineUp':
      return { ...s, outlineIndex: Math.max(0, s.outlineIndex - 1) };
    case 'chooseSection': {
      const section = s.doc.analysis.sections[s.outlineIndex];
      const closed = { ...s, overlay: null };
      return section ? scrollTo(closed, lineOf(s, section.start)) : closed;
    }
    case 'toggleFocus':
      // Where the sidebar does not fit (or is hidden), the entity list takes the text's place while focused.
      // While the analysis runs the list opens anyway: it shows the progress, then fills in.
      if (!s.entities.length && s.analysis.kind !== 'running')
        return { ...s, focus: 'article', message: 'no entities found' };
      return { ...s, focus: s.focus === 'article' ? 'sidebar' : 'article' };
    case 'entityDown':
      return { ...s, selected: Math.min(s.entities.length - 1, s.selected + 1) };
    case 'entityUp':
      return { ...s, selected: Math.max(0, s.selected - 1) };
    case 'chooseEntity': {
      const entity = s.entities[s.selected];
      // Nothing to choose yet: back to the text when the list had taken its place.
      if (!entity) return sidebarVisible(s) ? s : { ...s, focus: 'article' };
      // With the list in the text's place, go back to the text to show the mention.
      const focus = sidebarVisible(s) ? s.focus : 'article';
      return reveal({ ...s, focus, chosen: s.selected, mention: 0, search: null }, entity.mentions[0]!);
    }
    case 'nextMention':
      return step(s, 1);
    case 'previousMention':
      return step(s, -1);
    case 'search':
      return { ...s, search: { typing: true, query: '', matches: [], index: 0, originTop: s.top }, mark: null };
    case 'confirmSearch': {
      if (!s.search) return s;
      if (!s.search.query) return { ...s, search: null };
      const found = s.search.matches.length;
      return { ...s, search: { ...s.search, typing: false }, message: found ? null : `not found: ${s.search.query}` };
    }
    case 'cancelSearch':
      return s.search ? { ...s, search: null, mark: null, top: s.search.originTop } : s;
    case 'clear':
      return { ...s, search: null, mark: null, chosen: null };
    case 'toggleHighlight':
      return relayout(s, { ...s, highlight: !s.highlight });
    case 'toggleSidebar': {
      const next = relayout(s, { ...s, sidebarWanted: !s.sidebarWanted });
      return sidebarVisible(next) ? next : { ...next, focus: 'article' };
    }
    case 'help':
      return { ...s, overlay: 'help', helpTop: 0 };
    case 'closeOverlay':
      return { ...s, overlay: null };
    case 'quit':
      return { ...s, quit: true };
    case 'quitAll':
      return { ...s, quit: true, quitAll: true };
    // The shelf's own keys: its list (ink-select-input) handles them, never the reader; and
    // suspending is the shell's (src/app/job-control.tsx): the view stays as it is.
    case 'shelfDown':
    case 'shelfUp':
    case 'shelfOpen':
    case 'suspend':
      return s;
  }
}

/** The layer that receives keys now. */
export function inputLayer(s: ViewState): Focus | 'search' | 'outline' | 'help' {
  if (s.search?.typing) return 'search';
  if (s.overlay) return s.overlay;
  return s.focus;
}
