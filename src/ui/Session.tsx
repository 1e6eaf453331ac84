import { useCallback, useState } from 'react';
import { useApp, useStdout } from 'ink';
import type { AnalysisJob } from '../analysis/in-worker.js';
import type { Article } from '../load/article.js';
import { type PositionStore, resumeOffset } from '../store/positions.js';
import { App, type Position, type StartView } from './App.js';
import { Shelf } from './components/Shelf.js';
import { KeyRouter } from './hooks/use-keys.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { Paint } from './paint.js';
import type { ShelfEntry } from './shelf.js';
import type { ShelfIndexFeed } from './shelf-feed.js';
import type { ShelfState } from './shelf-state.js';
import { beginTrail } from './shelf-trail.js';
import { type ShelfWalk, walkOn, walkStart } from './shelf-xray.js';
import type { StatusRow } from './status-row.js';
import type { Copier } from './hooks/use-effects.js';
import { type Document, type ViewState, structureOnly } from './state.js';

/** The article being read and where, kept outside React so a signal handler can save it. */
export interface Tracker {
  current: { readonly entry: ShelfEntry; readonly position: Position } | null;
}

export interface SessionProps {
  readonly entries: readonly ShelfEntry[];
  /** Show the shelf first (several inputs or a directory); otherwise open entries[0] at once. */
  readonly shelf: boolean;
  readonly heading: string;
  readonly paint: Paint;
  readonly width: number | null;
  readonly startView?: StartView;
  readonly resume: boolean;
  readonly store: PositionStore | null;
  /** Where the first article opens instead (the first screen scrolled it before Ink loaded: app/first-keys.ts). */
  readonly startAt?: number | null;
  /** Starts analysing an article elsewhere (a worker thread); the reader opens without waiting for it. */
  readonly startAnalysis: (article: Article) => AnalysisJob;
  readonly trackerRef: Tracker;
  readonly onWarning: (message: string) => void;
  /** The terminal's last row, drawn outside Ink (ui/status-row.ts), for the status bar and the shelf's footer. */
  readonly statusRow?: StatusRow | null;
  /** Copies to the clipboard, for `y` and `Y` (src/app/clipboard.ts). */
  readonly copy?: Copier | null;
  /** The shelf's index, built in the background (src/app/shelf-indexer.ts), for its X-Ray and search. */
  readonly shelfIndex?: ShelfIndexFeed | null;
}

type View =
  | { readonly kind: 'shelf' }
  | {
      readonly kind: 'reader';
      readonly index: number;
      readonly doc: Document;
      /** The analysis still running, or null when the shelf's index had it already. */
      readonly job: AnalysisJob | null;
      readonly startOffset: number;
      readonly marks: unknown;
      /** Opened from the shelf's index or search: the walk it is on, and where it starts. */
      readonly walk: ShelfWalk | null;
      readonly begin: ((s: ViewState) => ViewState) | null;
    };

/** Saves where an entry was left; a failure to save is a warning, never a crash. */
export function savePosition(store: PositionStore | null, entry: ShelfEntry, position: Position): string | null {
  if (!store || !entry.key || !entry.article) return null;
  return store.save(entry.key, {
    offset: position.offset,
    percent: position.percent,
    title: entry.article.title,
    source: entry.source,
    savedAt: new Date().toISOString(),
    ...(position.marks && Object.keys(position.marks).length ? { marks: position.marks } : {}),
  });
}

interface OpenOptions extends Pick<SessionProps, 'resume' | 'store' | 'shelfIndex' | 'startAnalysis' | 'startAt'> {
  /** Opened from the shelf's index or search: the walk, and whether to start at its first mention or last. */
  readonly walk: ShelfWalk | null;
  readonly from: 'first' | 'last';
}

/** The reader's view of an entry, or null when it has no article to show. */
function readerView(entry: ShelfEntry | undefined, index: number, o: OpenOptions): View | null {
  if (!entry?.article) return null;
  const startOffset = o.startAt ?? (o.resume && !o.walk ? resumeOffset(o.store, entry.key, entry.article.text) : 0);
  // An article the shelf has indexed opens with its entities at once.
  const known = o.shelfIndex?.analysis(index);
  const analysis = known ? { ...known, text: entry.article.text } : structureOnly(entry.article);
  const start = o.walk && walkStart(o.walk, o.from);
  return {
    kind: 'reader',
    index,
    doc: { article: entry.article, analysis },
    job: known ? null : o.startAnalysis(entry.article),
    startOffset,
    // Marks are kept whatever --no-resume says: it starts at the top, it does not forget them.
    marks: entry.key ? o.store?.get(entry.key)?.marks : undefined,
    walk: o.walk,
    begin: start ? (s) => beginTrail(s, start) : null,
  };
}

/**
 * The whole session: the shelf when there is one, and the reader for the article chosen. Both take
 * the keys through one KeyRouter (hooks/use-keys.ts), so a key typed as soon as a view shows reaches it.
 */
export function Session({
  entries,
  shelf,
  heading,
  paint,
  width,
  startView,
  resume,
  store,
  startAt = null,
  startAnalysis,
  trackerRef,
  onWarning,
  statusRow = null,
  copy = null,
  shelfIndex = null,
}: SessionProps) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const [size, setSize] = useState({ cols: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
  useTerminalSize(useCallback((cols: number, rows: number) => setSize({ cols, rows }), []));
  const [selected, setSelected] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  // Bumped after each save so the shelf re-reads the marks.
  const [, setSaves] = useState(0);

  // The shelf as it was left (its overlay too), to come back to from an article.
  const [shelfSaved, setShelfSaved] = useState<ShelfState | null>(null);
  const open = (
    index: number,
    walk: ShelfWalk | null = null,
    from: 'first' | 'last' = 'first',
    at: number | null = null,
  ) => readerView(entries[index], index, { resume, store, shelfIndex, startAnalysis, walk, from, startAt: at });
  const [view, setView] = useState<View>(() =>
    shelf ? { kind: 'shelf' } : (open(0, null, 'first', startAt) ?? { kind: 'shelf' }),
  );

  const leave = (index: number) => (how: 'back' | 'quit', position: Position) => {
    const warning = savePosition(store, entries[index]!, position);
    if (warning) onWarning(warning);
    trackerRef.current = null;
    if (view.kind === 'reader') view.job?.cancel();
    setSaves((n) => n + 1);
    if (how === 'quit' || !shelf) exit();
    else setView({ kind: 'shelf' });
  };
  // n past the last mention (N before the first) of a walk: the next (previous) article that has one.
  const onward = (direction: 1 | -1, position: Position) => {
    if (view.kind !== 'reader' || !view.walk) return;
    const walk = walkOn(view.walk, direction);
    const next = walk && open(walk.articles[walk.at]!.index, walk, direction === 1 ? 'first' : 'last');
    if (!next) return;
    const warning = savePosition(store, entries[view.index]!, position);
    if (warning) onWarning(warning);
    view.job?.cancel();
    setSaves((n) => n + 1);
    setView(next);
  };
  const readingIndex = view.kind === 'reader' ? view.index : -1;
  // Stable for one article, so the reader does not report its position again on every render.
  const onPosition = useCallback(
    (position: Position) => {
      const entry = entries[readingIndex];
      if (entry) trackerRef.current = { entry, position };
    },
    [entries, readingIndex, trackerRef],
  );

  return (
    <KeyRouter>
      {view.kind === 'reader' ? (
        <App
          key={view.index}
          doc={view.doc}
          job={view.job}
          paint={paint}
          cols={size.cols}
          rows={size.rows}
          width={width}
          startView={startView}
          startOffset={view.startOffset}
          hasShelf={shelf}
          onPosition={onPosition}
          onLeave={leave(view.index)}
          statusRow={statusRow}
          startMarks={view.marks}
          copy={copy}
          begin={view.begin}
          onOnward={onward}
        />
      ) : (
        <Shelf
          entries={entries}
          progress={(e) => (e.key ? store?.get(e.key)?.percent : undefined)}
          initialIndex={selected}
          cols={size.cols}
          rows={size.rows}
          paint={paint}
          heading={heading}
          message={message}
          onHighlight={(index) => {
            setSelected(index);
            setMessage(null);
          }}
          feed={shelfIndex}
          saved={shelfSaved}
          onOpen={(index, walk, state) => {
            setShelfSaved(state);
            const next = open(index, walk);
            if (next) setView(next);
            else setMessage(`${entries[index]!.source}: ${entries[index]!.error ?? 'cannot be opened'}`);
          }}
          onQuit={exit}
          statusRow={statusRow}
        />
      )}
    </KeyRouter>
  );
}
