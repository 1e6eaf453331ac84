import { useCallback, useEffect, useEffectEvent, useReducer } from 'react';
import { Box, useApp } from 'ink';
import { ArticlePane } from './components/ArticlePane.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { OutlineOverlay } from './components/OutlineOverlay.js';
import { QuotesOverlay } from './components/QuotesOverlay.js';
import { TimelineOverlay } from './components/TimelineOverlay.js';
import { Sidebar } from './components/Sidebar.js';
import { StatusBar } from './components/StatusBar.js';
import { useKeys } from './hooks/use-keys.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { Paint } from './paint.js';
import type { StatusRow } from './status-row.js';
import { statusText } from './view.js';
import { offsetOfLine } from '../layout/lines.js';
import type { AnalysisJob } from '../analysis/in-worker.js';
import { collectGarbage } from '../app/gc.js';
import { SIDEBAR_MAX_WIDTH, paneHeight, percentSeen, sidebarVisible } from './geometry.js';
import { type Document, createInitialState, reducer } from './state.js';
import { sanitizeLine } from '../load/sanitize.js';

/** Loaded when first used: the brief's modules have no part in the first frame. */
const writeBriefFile = async (doc: Document): Promise<string> =>
  (await import('../app/brief-file.js')).writeBriefFile(doc);

/** Where the reader is: the text offset at the top of the view, and how much was read (percentSeen). */
export interface Position {
  readonly offset: number;
  readonly percent: number;
}

export interface AppProps {
  readonly doc: Document;
  readonly paint: Paint;
  readonly cols: number;
  readonly rows: number;
  readonly width?: number | null;
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
  /** Writes the brief of the article (`B`) and says where in one line; by default to a file (app/brief-file.ts). */
  readonly onBrief?: (doc: Document) => string | Promise<string>;
}

/** Idle-time wrapping works in slices this long, so a key pressed meanwhile waits at most this. */
const WRAP_SLICE_MS = 8;

export function App({
  doc,
  paint,
  cols,
  rows,
  width,
  startOffset,
  onPosition,
  onLeave,
  hasShelf = false,
  job = null,
  statusRow = null,
  onBrief = writeBriefFile,
}: AppProps) {
  const { exit } = useApp();
  const [state, dispatch] = useReducer(reducer, undefined, () =>
    createInitialState(doc, { cols, rows, width, startOffset, analysing: !!job, statusRow: !!statusRow }),
  );
  const status = paint.style('inverse', statusText(state, state.cols - 1));
  // Staged while rendering, so the frame Ink writes for this state carries it; set once committed,
  // for a change Ink writes no frame for (only the status bar's text changed).
  statusRow?.stage(status);
  useEffect(() => statusRow?.set(status), [statusRow, status]);
  // The row is the reader's while it is open: what comes after (the shelf, the shell) draws its own.
  useEffect(() => () => statusRow?.clear(), [statusRow]);
  useKeys(dispatch);
  useEffect(
    () =>
      job?.subscribe((event) => {
        if (event.type === 'progress') dispatch({ type: 'analysisProgress', done: event.done, total: event.total });
        else if (event.type === 'done') {
          dispatch({ type: 'analysed', analysis: event.analysis });
          // The message the analysis came in, and the worker's share of the heap, are garbage now.
          setTimeout(collectGarbage, 0).unref();
        } else dispatch({ type: 'analysisFailed', message: event.message });
      }),
    [job],
  );
  // The rest of the text is wrapped a slice at a time between keys, so G and the percentage never wait for a whole book.
  const { layout } = state;
  useEffect(() => {
    if (layout.complete) return;
    let timer: NodeJS.Timeout | null = null;
    const slice = () => {
      timer = layout.extend(WRAP_SLICE_MS) ? null : setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => {
      if (timer) clearTimeout(timer);
    };
  }, [layout]);
  useTerminalSize(useCallback((c: number, r: number) => dispatch({ type: 'resize', cols: c, rows: r }), []));
  const offset = offsetOfLine(state.layout.lines, state.top);
  // What was read (the top of the view; 100 only at the end), not how far the screen reaches.
  const percent = percentSeen(state);
  useEffect(() => {
    onPosition?.({ offset, percent });
  }, [offset, percent, onPosition]);
  // Reads the latest props and position when it runs, without making them reasons to run.
  const leave = useEffectEvent(() => {
    if (onLeave) onLeave(state.quitAll || !hasShelf ? 'quit' : 'back', { offset, percent });
    else exit();
  });
  useEffect(() => {
    if (state.quit) leave();
  }, [state.quit]);
  // `B`: the brief is written once the analysis it is made of is done (I/O, so here, not in the reducer).
  const briefDue = state.views.brief && state.analysis.kind !== 'running';
  const writeBrief = useEffectEvent(async () => {
    const message =
      state.analysis.kind === 'failed'
        ? 'brief not written: the analysis failed'
        : await Promise.resolve(onBrief(state.doc)).catch((e: unknown) => `brief not written: ${String(e)}`);
    dispatch({ type: 'briefWritten', message: sanitizeLine(message) });
  });
  useEffect(() => {
    if (briefDue) void writeBrief();
  }, [briefDue]);

  const body =
    state.overlay === 'help' ? (
      <HelpOverlay state={state} paint={paint} />
    ) : state.overlay === 'outline' ? (
      <OutlineOverlay state={state} paint={paint} />
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
  // One row short of the terminal: Ink clears and redraws everything once output fills it. The
  // last row is the status bar's, drawn outside Ink when there is a status row.
  return (
    <Box flexDirection="column" width={state.cols} height={Math.max(1, state.rows - 1)}>
      {body}
      {!statusRow && <StatusBar state={state} paint={paint} />}
    </Box>
  );
}
