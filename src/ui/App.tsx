import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useReducer } from 'react';
import { Box, useApp } from 'ink';
import { ArticlePane } from './components/ArticlePane.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { OutlineOverlay } from './components/OutlineOverlay.js';
import { LinksOverlay } from './components/LinksOverlay.js';
import { QuotesOverlay } from './components/QuotesOverlay.js';
import { TimelineOverlay } from './components/TimelineOverlay.js';
import { Sidebar } from './components/Sidebar.js';
import { StatusBar } from './components/StatusBar.js';
import { type Copier, useEffects } from './hooks/use-effects.js';
import { useKeys } from './hooks/use-keys.js';
import { useAnalysisJob, useBrief, useIdleWrap } from './hooks/use-reader-work.js';
import { type Opener, useOpener } from './hooks/use-opener.js';
import { openInBrowser } from '../app/opener.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { Paint } from './paint.js';
import type { StatusRow } from './status-row.js';
import { statusText } from './view.js';
import { offsetOfLine } from '../layout/lines.js';
import type { AnalysisJob } from '../analysis/in-worker.js';
import { SIDEBAR_MAX_WIDTH, paneHeight, percentSeen, sidebarVisible } from './geometry.js';
import { type Document, type InitOptions, type ViewState, createInitialState, reducer } from './state.js';

/** How an article opens, from the settings: the sidebar shown or not, highlight mode on or off. */
export type StartView = Pick<InitOptions, 'sidebar' | 'highlight'>;

/** Loaded when first used: the brief's modules have no part in the first frame. */
const writeBriefFile = async (doc: Document): Promise<string> =>
  (await import('../app/brief-file.js')).writeBriefFile(doc);

/** Where the reader is: the text offset at the top of the view, and how much was read (percentSeen). */
export interface Position {
  readonly offset: number;
  readonly percent: number;
  /** The marks set with `m` (ui/navigation.ts), saved with the position. */
  readonly marks?: Readonly<Record<string, number>>;
}

export interface AppProps {
  readonly doc: Document;
  readonly paint: Paint;
  readonly cols: number;
  readonly rows: number;
  readonly width?: number | null;
  readonly startView?: StartView;
  /** Resume with this offset's line at the top. */
  readonly startOffset?: number;
  /** Called whenever the view moves, so the position can be saved on any way out. */
  readonly onPosition?: (position: Position) => void;
  /** Called on q (`back`, when `hasShelf`) or Q / Ctrl-C (`quit`); without it, the app exits. */
  readonly onLeave?: (how: 'back' | 'quit', position: Position) => void;
  readonly hasShelf?: boolean;
  /** The analysis still running for `doc` (whose analysis holds only the structure until then). */
  readonly job?: AnalysisJob | null;
  /** The terminal's last row, for the status bar; without it the status bar is Ink's last line. */
  readonly statusRow?: StatusRow | null;
  /** Marks saved with the position last time (checked against the text). */
  readonly startMarks?: unknown;
  /** Copies to the clipboard (`y`, `Y`); without it, copying says there is no clipboard. */
  readonly copy?: Copier | null;
  /** Where to start instead of `startOffset` (the shelf's index or search: ui/shelf-trail.ts). */
  readonly begin?: ((s: ViewState) => ViewState) | null;
  /** `n` past the last mention of a shelf trail: open the next article that has one (or the previous). */
  readonly onOnward?: (direction: 1 | -1, position: Position) => void;
  /** Opens a link in the browser (`L`, `O`); the real browser by default. */
  readonly opener?: Opener;
  /** Writes the brief of the article (`B`) and says where in one line; by default to a file (app/brief-file.ts). */
  readonly onBrief?: (doc: Document) => string | Promise<string>;
}

export function App({
  doc,
  paint,
  cols,
  rows,
  width,
  startView,
  startOffset,
  onPosition,
  onLeave,
  hasShelf = false,
  job = null,
  statusRow = null,
  startMarks,
  copy = null,
  begin = null,
  onOnward,
  opener = openInBrowser,
  onBrief = writeBriefFile,
}: AppProps) {
  const { exit } = useApp();
  const [state, dispatch] = useReducer(reducer, undefined, () => {
    const start = createInitialState(doc, {
      ...startView,
      cols,
      rows,
      width,
      startOffset,
      analysing: !!job,
      statusRow: !!statusRow,
      marks: startMarks,
    });
    return begin ? begin(start) : start;
  });
  const status = paint.style('inverse', statusText(state, state.cols - 1));
  // Staged while rendering, so the frame Ink writes for this state carries it; set once committed,
  // for a change Ink writes no frame for (only the status bar's text changed).
  statusRow?.stage(status);
  useEffect(() => statusRow?.set(status), [statusRow, status]);
  // The row is the reader's while it is open: what comes after (the shelf, the shell) draws its own.
  useEffect(() => () => statusRow?.clear(), [statusRow]);
  useKeys(dispatch);
  useEffects(state.nav.effect, dispatch, copy);
  useOpener(state.open, opener, dispatch);
  useAnalysisJob(job, dispatch);
  useIdleWrap(state.layout);
  useTerminalSize(useCallback((c: number, r: number) => dispatch({ type: 'resize', cols: c, rows: r }), []));
  const offset = offsetOfLine(state.layout.lines, state.top);
  // What was read (the top of the view; 100 only at the end), not how far the screen reaches.
  const percent = percentSeen(state);
  const { marks } = state.nav;
  useEffect(() => {
    onPosition?.({ offset, percent, marks });
  }, [offset, percent, marks, onPosition]);
  // Reads the latest props and position when it runs, without making them reasons to run.
  const leave = useEffectEvent(() => {
    if (onLeave) onLeave(state.quitAll || !hasShelf ? 'quit' : 'back', { offset, percent, marks });
    else exit();
  });
  // A layout effect: the shelf (or the exit) follows in the commit that asked for it, so a key typed
  // straight after q reaches the shelf rather than a reader that is leaving (use-keys.ts).
  useLayoutEffect(() => {
    if (state.quit) leave();
  }, [state.quit]);
  const onward = useEffectEvent((direction: 1 | -1) => onOnward?.(direction, { offset, percent }));
  const trailOnward = state.trail?.onward;
  useEffect(() => {
    if (trailOnward) onward(trailOnward.direction);
  }, [trailOnward]);
  useBrief(state, onBrief, dispatch);

  const body = <ReaderBody state={state} paint={paint} />;
  // One row short of the terminal: Ink clears and redraws everything once output fills it. The
  // last row is the status bar's, drawn outside Ink when there is a status row.
  return (
    <Box flexDirection="column" width={state.cols} height={Math.max(1, state.rows - 1)}>
      {body}
      {!statusRow && <StatusBar state={state} paint={paint} />}
    </Box>
  );
}

/** What fills the screen above the status bar: an overlay, the entity list alone, or the text and the sidebar. */
function ReaderBody({ state, paint }: { readonly state: ViewState; readonly paint: Paint }) {
  return state.overlay === 'help' ? (
    <HelpOverlay state={state} paint={paint} />
  ) : state.overlay === 'outline' ? (
    <OutlineOverlay state={state} paint={paint} />
  ) : state.overlay === 'links' ? (
    <LinksOverlay state={state} paint={paint} />
  ) : state.overlay === 'quotes' ? (
    <QuotesOverlay state={state} paint={paint} />
  ) : state.overlay === 'timeline' ? (
    <TimelineOverlay state={state} paint={paint} />
  ) : state.focus === 'sidebar' && !sidebarVisible(state) ? (
    <Sidebar state={state} paint={paint} width={Math.min(state.cols - 1, SIDEBAR_MAX_WIDTH * 2)} />
  ) : (
    <Box flexDirection="row" height={paneHeight(state)}>
      <ArticlePane state={state} paint={paint} />
      <Box flexGrow={1} />
      {sidebarVisible(state) && <Sidebar state={state} paint={paint} />}
    </Box>
  );
}
