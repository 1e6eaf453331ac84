import { type AnalysisJob, analyseInWorker } from '../analysis/in-worker.js';
import type { Article } from '../load/article.js';
import { type Screen, enterFullScreen, onFatal, requireKeyboard } from './terminal.js';
import type { ColorMode, Paint } from '../ui/paint.js';
import type { StartView } from '../ui/App.js';
import { type ViewState, createInitialState, structureOnly } from '../ui/state.js';
import { canUseStatusRow } from '../ui/status-row.js';
import { firstFrame } from '../ui/view.js';
import type tty from 'node:tty';
import { printMessage } from './messages.js';
import { withQuietThreads } from './thread-priority.js';
import { takeFirstKeys } from './first-keys.js';

/** The terminal taken and the analysis started, handed on to the reader (reader.tsx). */
export interface Prepared {
  readonly keyboard: tty.ReadStream;
  readonly screen: Screen;
  readonly job: AnalysisJob;
  /**
   * What a signal or a crash does from the moment the screen is taken: restore the terminal, say
   * why, exit with `status`. The reader replaces it with its own (which also saves the position).
   */
  leave: (status: number, message?: string) => void;
  /**
   * The first screen stops taking keys (first-keys.ts) and leaves the rest to the reader: where
   * the text's top line is if a key scrolled it (the reader opens there), else null.
   */
  readonly handOver: () => number | null;
}

/**
 * The first page laid out, with the pure layout and nothing of Ink or React, for the terminal's
 * size now. Needs only the colour mode (it decides whether the status bar takes the last row),
 * not the colours: it is done while the terminal's answer about its background is awaited.
 */
export function firstScreenState(
  article: Article,
  options: { width: number | null; startView: StartView; startOffset: number; mode: ColorMode },
): ViewState {
  const out = process.stdout;
  return createInitialState(
    { article, analysis: structureOnly(article) },
    {
      ...options.startView,
      cols: out.columns ?? 80,
      rows: out.rows ?? 24,
      width: options.width,
      startOffset: options.startOffset,
      analysing: true,
      // As the reader will draw it (reader.tsx): the status bar on the last row.
      statusRow: canUseStatusRow(options.mode),
    },
  );
}

/**
 * Takes the screen and draws the article's first page (laid out by firstScreenState) straight
 * away, and starts the analysis in its worker thread. Keys pressed before the reader is ready
 * that only scroll are answered here, on the same page (first-keys.ts); the others wait for the
 * reader (raw mode, so they are not echoed) and are read in order.
 */
export function openScreen(
  article: Article,
  state: ViewState,
  options: {
    /** The reader's colours (reader.tsx draws Ink's frames with the same, so the two pages match). */
    paint: Paint;
    workerUrl: URL;
  },
): Prepared {
  const keyboard = requireKeyboard(article.source);
  const out = process.stdout;
  const screen = enterFullScreen(out, keyboard);
  try {
    keyboard.setRawMode(true);
  } catch {
    // not a terminal after all: the reader will say so
  }
  const leave = (status: number, message?: string) => {
    screen.restore();
    if (message) printMessage(message);
    process.exit(status);
  };
  const { paint } = options;
  out.write(firstFrame(state, paint));
  // Started once the page is out: the worker's start-up then costs the first frame nothing.
  const job = withQuietThreads(() => analyseInWorker(article, options.workerUrl));
  // Each page a key scrolls to, whole, inside a synchronized update (no half-drawn page shows).
  const draw = (s: ViewState) => out.write(`\u001b[?2026h${firstFrame(s, paint)}\u001b[?2026l`);
  const size = () => ({ cols: out.columns ?? 80, rows: out.rows ?? 24 });
  const keys = takeFirstKeys(keyboard, state, job, draw, size);
  // Stopped (Ctrl-Z, SIGTSTP) and continued before Ink has drawn: the page again. Ink replaces it.
  screen.redraw = () => out.write(firstFrame(keys.state(), paint));
  const prepared: Prepared = { keyboard, screen, job, leave, handOver: () => keys.handOver() };
  onFatal((status, message) => prepared.leave(status, message));
  return prepared;
}
