import { PassThrough, Writable } from 'node:stream';
import { Box, Text, render } from 'ink';
import { type AnalysisJob, analyseInWorker } from '../analysis/in-worker.js';
import type { Prepared } from './first-screen.js';
import type { PositionStore } from '../store/positions.js';
import { collectGarbage } from './gc.js';
import { JobControl } from './job-control.js';
import { enterFullScreen, onFatal, requireKeyboard } from './terminal.js';
import type { Paint } from '../ui/paint.js';
import type { StartView } from '../ui/App.js';
import { Session, type Tracker, savePosition } from '../ui/Session.js';
import type { ShelfEntry } from '../ui/shelf.js';
import type { Article } from '../load/article.js';
import { canUseStatusRow, createStatusRow } from '../ui/status-row.js';
import { printMessage } from './messages.js';
import { copyText } from './clipboard.js';
import { withQuietThreads } from './thread-priority.js';

export interface ReaderOptions {
  /** The worker script that analyses an article (dist/analysis-worker.js). */
  readonly workerUrl: URL;
  /** The worker script of the pool that indexes a shelf (dist/pool-worker.js). */
  readonly poolWorkerUrl?: URL;
  /** The screen already taken, first page drawn and analysis started (first-screen.ts). */
  readonly prepared?: Prepared;
  readonly width: number | null;
  /** The colours, for the theme chosen (the first screen drew with the same). */
  readonly paint: Paint;
  readonly startView: StartView;
  /** Show the shelf first (several articles); otherwise open the one article at once. */
  readonly shelf: boolean;
  readonly heading: string;
  readonly resume: boolean;
  readonly store: PositionStore | null;
}

/**
 * Runs the full-screen reader (and shelf) until the reader quits. On every way out — q, a
 * signal, a crash — the reading position is saved and the terminal restored.
 */
export async function runReader(entries: readonly ShelfEntry[], options: ReaderOptions): Promise<void> {
  const { prepared } = options;
  const keyboard = prepared?.keyboard ?? requireKeyboard(entries[0]?.source ?? '-');
  const out = process.stdout;
  const warnings: string[] = [];
  const tracker: Tracker = { current: null };
  // The first article's analysis starts before anything else, so it runs while Ink loads and draws.
  let first =
    !options.shelf && entries[0]?.article
      ? { article: entries[0].article, job: prepared?.job ?? analyseQuietly(entries[0].article, options.workerUrl) }
      : null;
  const screen = prepared?.screen ?? enterFullScreen(out, keyboard);
  // Keys are still answered by the first screen while Ink's code is compiled (issue 14).
  if (prepared) await warmUp(out.columns ?? 80, out.rows ?? 24);
  const startAt = prepared ? takeOver(prepared, out) : null;
  // The status bar goes on the terminal's last row, drawn around Ink's frames (ui/status-row.ts).
  const status = canUseStatusRow(options.paint.mode) ? createStatusRow(out) : null;
  // A shelf indexes its articles in the background from the start, for its X-Ray and its search.
  const shelfIndex =
    options.shelf && options.poolWorkerUrl
      ? (await import('./shelf-indexer.js')).startShelfIndex(entries, { workerUrl: options.poolWorkerUrl })
      : null;
  const instance = render(
    <JobControl
      screen={screen}
      onRedraw={(redraw) => {
        screen.redraw = redraw;
      }}
    >
      <Session
        entries={entries}
        shelf={options.shelf}
        heading={options.heading}
        paint={options.paint}
        width={options.width}
        startView={options.startView}
        resume={options.resume}
        store={options.store}
        startAt={startAt}
        startAnalysis={(article): AnalysisJob => {
          // The job started early is used once; reopening the article (from the shelf) starts another.
          const early = first && article === first.article ? first.job : null;
          first = null;
          return early ?? analyseQuietly(article, options.workerUrl);
        }}
        trackerRef={tracker}
        onWarning={(w) => warnings.push(w)}
        statusRow={status?.row ?? null}
        copy={(text, what) => copyText(text, (sequence) => out.write(sequence), process.env, what).message}
        shelfIndex={shelfIndex}
      />
    </JobControl>,
    {
      stdin: keyboard,
      stdout: status?.stdout ?? out,
      exitOnCtrlC: false,
      patchConsole: false,
      // Only the rows that changed are written (issue 14; the log-update patched in
      // scripts/bundle.mjs). LEDE_RENDER=whole draws every frame whole (Ink's own log-update);
      // LEDE_RENDER=reference does too and also drops the frame caches of scripts/ink/output.mjs:
      // Ink's own algorithm, which screen-same.e2e.test.ts compares against.
      incrementalRendering: process.env.LEDE_RENDER !== 'whole' && process.env.LEDE_RENDER !== 'reference',
      // A frame now costs a few milliseconds: at 60 a second (Ink's default is 30) a key held
      // at 30 presses a second has every press drawn (npm run bench, issue 14).
      maxFps: 60,
    },
  );

  // Ink redraws by erasing as many lines as it last wrote, counted from where it left the cursor,
  // and clears first only when the terminal gets narrower. A resize can move what is on screen
  // under it (seen in a storm of resizes: a stale status bar left half-way down). lede owns the
  // whole screen, so on any resize it is cleared and the cursor sent home before Ink draws again.
  const clearOnResize = () => out.write('\u001b[2J\u001b[H');
  out.prependListener('resize', clearOnResize);

  // The text read, decoded, cleaned and copied to the worker is garbage now: let it go at once.
  setTimeout(collectGarbage, 0).unref();

  const saveCurrent = () => {
    const now = tracker.current;
    if (!now) return;
    tracker.current = null;
    const warning = savePosition(options.store, now.entry, now.position);
    if (warning) warnings.push(warning);
  };
  const printWarnings = () => {
    for (const w of warnings.splice(0)) printMessage(w);
  };
  const leave = (status: number, message?: string) => {
    shelfIndex?.close();
    try {
      saveCurrent();
    } catch {
      // never let saving stop the terminal from being restored
    }
    try {
      instance.unmount();
    } catch {
      // already unmounted
    }
    screen.restore();
    printWarnings();
    if (message) printMessage(message);
    process.exit(status);
  };
  if (prepared) prepared.leave = leave;
  else onFatal(leave);

  try {
    await instance.waitUntilExit();
  } catch (error) {
    leave(70, `unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  }
  out.off('resize', clearOnResize);
  shelfIndex?.close();
  saveCurrent();
  screen.restore();
  printWarnings();
  if (keyboard !== process.stdin) keyboard.destroy();
}

/**
 * The reader takes over from the first screen (first-screen.ts): that stops taking keys, and
 * says where they left the text, which the reader opens at (null: where it was opened). Ink
 * draws from the cursor: over the page drawn before it loaded, from the top. The screen is
 * cleared inside a synchronized update (which Ink's first frame ends), so the terminal goes on
 * showing that page until the new frame is complete, never a blank screen in between.
 */
function takeOver(prepared: Prepared, out: NodeJS.WriteStream): number | null {
  const startAt = prepared.handOver();
  out.write('\u001b[?2026h\u001b[H\u001b[2J');
  return startAt;
}

/** The article analysed in its worker thread, the reader's thread keeping its core (thread-priority.ts). */
function analyseQuietly(article: Article, workerUrl: URL): AnalysisJob {
  return withQuietThreads(() => analyseInWorker(article, workerUrl));
}

/**
 * A throwaway frame, written nowhere, then a turn of the event loop: React's and Ink's code for a
 * frame (the reconciler, Yoga, Ink's output and log-update) is compiled on it, a step of its own,
 * so the key that meets the reader's first frame waits for that frame alone. Before the reader
 * takes over, the first screen answers the keys that come meanwhile (first-keys.ts).
 */
async function warmUp(cols: number, rows: number): Promise<void> {
  const sink = Object.assign(new Writable({ write: (_chunk, _encoding, done) => done() }), {
    columns: cols,
    rows,
    isTTY: true,
  }) as unknown as NodeJS.WriteStream;
  try {
    const ink = render(
      <Box flexDirection="column" width={cols} height={Math.max(1, rows - 1)}>
        <Box flexDirection="row">
          <Text wrap="truncate-end">{'lede │ ─'}</Text>
          <Box flexGrow={1} />
          <Text>x</Text>
        </Box>
      </Box>,
      {
        stdout: sink,
        stdin: new PassThrough() as unknown as NodeJS.ReadStream,
        exitOnCtrlC: false,
        patchConsole: false,
        incrementalRendering: true,
        maxFps: 60,
      },
    );
    ink.unmount();
  } catch {
    // only a warm-up: the reader's own frame compiles what this did not
  }
  await new Promise((resolve) => setImmediate(resolve));
}
