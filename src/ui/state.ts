import type { Entity } from '../analysis/types.js';
import { offsetOfLine } from '../layout/lines.js';
import { sidebarEntities, sidebarOrderSteps } from '../layout/sidebar.js';
import { currentSection, paneHeight, sidebarVisible, viewportOf } from './geometry.js';
import { helpColumns } from './help.js';
import { type Command, type Focus, type Layer, keyHint, lookup } from './keymap.js';
import { buildLayout, locate, nextStop, relayout, reveal, scroll, scrollTo } from './moves.js';
import { effectDone, initialNav, navCommand, navKey, unknownKey } from './navigation.js';
import * as outline from './outline.js';
import { trailStep } from './shelf-trail.js';
import * as linksView from './links-view.js';
import * as views from './reader-views.js';
import { confirmSearch, currentMatch, startSearch, stepMatch, walking, withQuery } from './search.js';
import * as viewport from './viewport.js';

/**
 * The reader's view state and its reducer. The reducer is pure: it composes the viewport model
 * (viewport.ts), search (search.ts) and the moves over the wrapped text (moves.ts) with the rest
 * of the view, and never changes a state it is given. The lazy layout is wrapped further in idle
 * time by the App, outside the reducer; when a command needs lines not wrapped yet, the reducer
 * works on a copy wrapped that far (`LazyLayout.withLines` and co.).
 */

// The CLI reads the measure from here (src/app/cli.tsx).
export { MAX_MEASURE } from './geometry.js';
export type { Search } from './search.js';
export { reveal } from './moves.js';

import type { Action, Document, InitOptions, ViewState } from './view-state.js';

export type { Action, AnalysisStatus, Document, InitOptions, ViewState } from './view-state.js';
export { structureOnly } from './view-state.js';

const orders = new WeakMap<readonly Entity[], readonly Entity[]>();

/**
 * The sidebar's order of an analysis's entities (layout/sidebar.ts), worked out once per list: a
 * book's arrive while keys are pressed, and the reader works it out ahead of the state that shows
 * them, a step at a time between keys (`sidebarOrderAhead`, ui/hooks/use-reader-work.ts).
 */
export function sidebarOrder(found: readonly Entity[]): readonly Entity[] {
  let ordered = orders.get(found);
  if (!ordered) orders.set(found, (ordered = sidebarEntities(found)));
  return ordered;
}

/** Works `sidebarOrder(found)` out a step at a time: each call does one step, and says whether there are more. */
export function sidebarOrderAhead(found: readonly Entity[]): () => boolean {
  const steps = orders.has(found) ? null : sidebarOrderSteps(found);
  return () => {
    if (!steps || orders.has(found)) return false;
    const step = steps.next();
    if (step.done) orders.set(found, step.value);
    return !step.done;
  };
}

export function createInitialState(doc: Document, options: InitOptions): ViewState {
  const base = {
    doc,
    entities: sidebarOrder(doc.analysis.entities),
    cols: Math.max(1, options.cols),
    rows: Math.max(1, options.rows),
    statusRow: options.statusRow ?? false,
    fixedWidth: options.width ?? null,
    top: 0,
    focus: 'article' as Focus,
    overlay: null,
    helpTop: 0,
    outline: outline.closedOutline,
    links: linksView.closedLinks,
    open: null,
    highlight: options.highlight ?? false,
    views: views.initialViews,
    sidebarWanted: options.sidebar ?? true,
    selected: 0,
    chooseWhenFound: false,
    chosen: null,
    mention: 0,
    search: null,
    mark: null,
    message: null,
    quit: false,
    quitAll: false,
    analysis: options.analysing ? ({ kind: 'running', done: 0, total: 1 } as const) : ({ kind: 'done' } as const),
    nav: initialNav(options.marks, doc.analysis.text.length),
    trail: null,
  };
  const start: ViewState = { ...base, layout: buildLayout(base) };
  if (!options.startOffset) return scrollTo(start, 0);
  const [at, line] = locate(start, options.startOffset);
  return scrollTo(at, line);
}

// ---- search and mentions ---------------------------------------------------------------------

function updateQuery(s: ViewState, query: string): ViewState {
  const search = s.search!;
  const from = offsetOfLine(s.layout.lines, search.originTop);
  const next = withQuery(search, s.doc.analysis.text, query, from);
  const back: ViewState = { ...s, search: next, top: search.originTop, mark: null };
  const match = currentMatch(next);
  return match ? reveal(back, match) : back;
}

function step(s: ViewState, direction: 1 | -1): ViewState {
  const quote = views.stepQuote(s, direction);
  if (quote) return quote;
  if (walking(s.search)) {
    const search = stepMatch(s.search, direction);
    return reveal({ ...s, search, message: null }, currentMatch(search)!);
  }
  if (s.chosen === null)
    return { ...s, message: `${keyHint('toggleFocus')}, then ${keyHint('chooseEntity')}: choose an entity` };
  const { mentions } = s.entities[s.chosen]!;
  const mention = (s.mention + direction + mentions.length) % mentions.length;
  return reveal({ ...s, mention, message: null }, mentions[mention]!);
}

/**
 * A long document's entities, ahead of its quotes, numbers and dates: the sidebar fills, and the
 * list can be walked and its mentions jumped to, while the rest is still being read. They are the
 * analysis's own, so when it comes (`analysed`) the list, the cursor and the choice stay as they are.
 */
function entitiesFound(s: ViewState, found: readonly Entity[]): ViewState {
  if (s.analysis.kind !== 'running') return s;
  const entities = sidebarOrder(found);
  const next: ViewState = {
    ...s,
    doc: { ...s.doc, analysis: { ...s.doc.analysis, entities: found } },
    entities,
    analysis: { ...s.analysis, entitiesKnown: true },
    // The keys pressed on the list while it was being found apply to it now.
    selected: Math.max(0, Math.min(s.selected, entities.length - 1)),
    chooseWhenFound: false,
  };
  return s.chooseWhenFound && next.focus === 'sidebar' ? command(next, 'chooseEntity') : next;
}

// ---- the reducer -----------------------------------------------------------------------------

export function reducer(state: ViewState, action: Action): ViewState {
  // A message stays until the reader does something: the analysis' progress does not wipe it.
  const input = action.type === 'key' || action.type === 'command' || action.type.startsWith('search');
  const s: ViewState = state.message && input ? { ...state, message: null } : state;
  switch (action.type) {
    case 'resize': {
      if (action.cols === s.cols && action.rows === s.rows) return s;
      return relayout(s, { ...s, cols: Math.max(1, action.cols), rows: Math.max(1, action.rows) });
    }
    case 'analysisProgress':
      return s.analysis.kind === 'running'
        ? { ...s, analysis: { ...s.analysis, done: action.done, total: action.total } }
        : s;
    case 'entitiesFound':
      return entitiesFound(s, action.entities);
    case 'analysed': {
      // The entities that came ahead are the analysis's own list (in-worker.ts): not sorted again.
      const ahead = action.analysis.entities === s.doc.analysis.entities && s.entities.length > 0;
      const entities = ahead ? s.entities : sidebarOrder(action.analysis.entities);
      const next: ViewState = {
        ...s,
        doc: { ...s.doc, analysis: action.analysis },
        entities,
        analysis: { kind: 'done' },
        // The keys pressed on the list while it was being found apply to it now.
        selected: Math.max(0, Math.min(s.selected, entities.length - 1)),
        chooseWhenFound: false,
      };
      // Highlighting already on: the speakers' tags go into the text now.
      const shown = next.highlight ? relayout(s, next) : next;
      return s.chooseWhenFound && shown.focus === 'sidebar' ? command(shown, 'chooseEntity') : shown;
    }
    case 'analysisFailed':
      return { ...s, analysis: { kind: 'failed', message: action.message } };
    case 'briefWritten':
      return views.briefWritten(s, action.message);
    case 'searchInput':
      if (inputLayer(s) === 'filter') return outline.filter(s, s.outline.query + action.text);
      return s.search?.typing ? updateQuery(s, s.search.query + action.text) : s;
    case 'searchBackspace':
      if (inputLayer(s) === 'filter') return outline.filter(s, s.outline.query.slice(0, -1));
      return s.search?.typing ? updateQuery(s, s.search.query.slice(0, -1)) : s;
    case 'opened':
      return { ...s, message: action.message };
    case 'command':
      return command(s, action.command);
    case 'effectDone':
      return effectDone(s, action.message);
    case 'key': {
      const layer = inputLayer(s);
      // Typing the outline's filter: a printable key is a letter of it, whatever it is bound to elsewhere.
      if (layer === 'filter' && action.text && [...action.text].length === 1 && !CONTROL.test(action.text))
        return reducer(s, { type: 'searchInput', text: action.text });
      const counted = navKey(s, action.name, layer);
      if (counted) return counted;
      const bound = lookup(layer, action.name);
      if (bound === 'linkNumber') return linksView.digit(s, action.name);
      if (bound) return command(s, bound);
      if (layer !== 'search' && layer !== 'filter') return unknownKey(s, action.name, layer);
      if (action.name === 'backspace') return reducer(s, { type: 'searchBackspace' });
      return action.text && !CONTROL.test(action.text) ? reducer(s, { type: 'searchInput', text: action.text }) : s;
    }
  }
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** A command, through the counts and the jump list (navigation.ts). */
function command(s: ViewState, c: Command): ViewState {
  return navCommand(s, c, commandOnce);
}

function commandOnce(s: ViewState, c: Command): ViewState {
  if (s.overlay === 'help') {
    // The help scrolls by itself, one line short of the pane (its title takes the first row).
    if (c === 'lineDown')
      return {
        ...s,
        helpTop: Math.min(s.helpTop + 1, Math.max(0, helpColumns(s.cols).rows - (paneHeight(s) - 1))),
      };
    if (c === 'lineUp') return { ...s, helpTop: Math.max(0, s.helpTop - 1) };
  }
  return (
    reading(s, c) ??
    sections(s, c) ??
    entities(s, c) ??
    searching(s, c) ??
    linksView.command(s, c) ??
    views.command(s, c) ??
    general(s, c)
  );
}

/** Moving through the text: the viewport's moves. */
function reading(s: ViewState, c: Command): ViewState | undefined {
  switch (c) {
    case 'lineDown':
      return scroll(s, (v) => viewport.scrollBy(v, 1));
    case 'lineUp':
      return scroll(s, (v) => viewport.scrollBy(v, -1));
    case 'pageDown':
      return scroll(s, viewport.pageDown);
    case 'pageUp':
      return scroll(s, viewport.pageUp);
    case 'halfPageDown':
      return scroll(s, viewport.halfPageDown);
    case 'halfPageUp':
      return scroll(s, viewport.halfPageUp);
    case 'top':
      return scroll(s, viewport.top);
    case 'bottom': {
      const all: ViewState = { ...s, layout: s.layout.withAll() };
      return { ...all, top: viewport.bottom(viewportOf(all)).top };
    }
    default:
      return undefined;
  }
}

function sections(s: ViewState, c: Command): ViewState | undefined {
  switch (c) {
    case 'nextSection':
      return nextStop(s, 1);
    case 'previousSection':
      return nextStop(s, -1);
    case 'outline':
      return { ...s, overlay: 'outline', outline: outline.openOutline(currentSection(s) - 1) };
    case 'chooseSection': {
      const row = outline.rows(s)[s.outline.index];
      const section = row && s.doc.analysis.sections[row.section];
      const closed: ViewState = { ...s, overlay: null, outline: outline.closedOutline };
      if (!section) return closed;
      const [at, line] = locate(closed, section.start);
      return scrollTo(at, line);
    }
    default:
      return outline.command(s, c);
  }
}

function entities(s: ViewState, c: Command): ViewState | undefined {
  switch (c) {
    case 'toggleFocus':
      // Where the sidebar does not fit (or is hidden), the entity list takes the text's place while focused.
      // While the analysis runs the list opens anyway: it shows the progress, then fills in.
      if (!s.entities.length && s.analysis.kind !== 'running')
        return { ...s, focus: 'article', message: 'no entities found' };
      return { ...s, focus: s.focus === 'article' ? 'sidebar' : 'article' };
    case 'entityDown':
      // While the list is being found the cursor moves ahead of it; it is clamped when it comes.
      return { ...s, selected: s.entities.length ? Math.min(s.entities.length - 1, s.selected + 1) : s.selected + 1 };
    case 'entityUp':
      return { ...s, selected: Math.max(0, s.selected - 1) };
    case 'chooseEntity': {
      const entity = s.entities[s.selected];
      // The list is still being found: the choice is made when it comes.
      if (!entity && s.analysis.kind === 'running') return { ...s, chooseWhenFound: true };
      // Nothing to choose: back to the text when the list had taken its place.
      if (!entity) return sidebarVisible(s) ? s : { ...s, focus: 'article' };
      // With the list in the text's place, go back to the text to show the mention.
      const focus = sidebarVisible(s) ? s.focus : 'article';
      return reveal({ ...s, focus, chosen: s.selected, mention: 0, search: null }, entity.mentions[0]!);
    }
    case 'nextMention':
      return trailStep(s, 1) ?? step(s, 1);
    case 'previousMention':
      return trailStep(s, -1) ?? step(s, -1);
    default:
      return undefined;
  }
}

function searching(s: ViewState, c: Command): ViewState | undefined {
  switch (c) {
    case 'search':
      return { ...s, search: startSearch(s.top, { search: s.search, mark: s.mark }), mark: null };
    case 'confirmSearch':
      return s.search ? { ...s, ...confirmSearch(s.search) } : s;
    case 'cancelSearch': {
      // Esc in the prompt cancels the prompt only: the search before it (and its mark) stays.
      if (!s.search) return s;
      const { search, mark } = s.search.before ?? { search: null, mark: null };
      return { ...s, search, mark, top: s.search.originTop };
    }
    case 'clear':
      return { ...s, search: null, mark: null, chosen: null };
    default:
      return undefined;
  }
}

function general(s: ViewState, c: Command): ViewState {
  switch (c) {
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
    // The shelf's own commands are the shelf's reducer's (shelf-state.ts), never the reader's;
    // suspending is the shell's (src/app/job-control.tsx): the view stays as it is.
    default:
      return s;
  }
}

/** The layer that receives keys now. */
export function inputLayer(s: ViewState): Exclude<Layer, 'shelf'> {
  if (s.search?.typing) return 'search';
  if (s.overlay === 'outline' && s.outline.typing) return 'filter';
  if (s.overlay) return s.overlay;
  return s.focus;
}
