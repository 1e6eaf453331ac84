import { useCallback, useState } from 'react';
import { useApp, useStdout } from 'ink';
import type { AnalysisJob } from '../analysis/in-worker.js';
import type { Article } from '../load/article.js';
import { type PositionStore, resumeOffset } from '../store/positions.js';
import { App, type Position, type StartView } from './App.js';
import { Shelf } from './components/Shelf.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { Paint } from './paint.js';
import type { ShelfEntry } from './shelf.js';
import type { StatusRow } from './status-row.js';
import { type Document, structureOnly } from './state.js';

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
  /** Starts analysing an article elsewhere (a worker thread); the reader opens without waiting for it. */
  readonly startAnalysis: (article: Article) => AnalysisJob;
  readonly trackerRef: Tracker;
  readonly onWarning: (message: string) => void;
  /** The terminal's last row, drawn outside Ink (ui/status-row.ts), for the status bar and the shelf's footer. */
  readonly statusRow?: StatusRow | null;
}

type View =
  | { readonly kind: 'shelf' }
  | {
      readonly kind: 'reader';
      readonly index: number;
      readonly doc: Document;
      readonly job: AnalysisJob;
      readonly startOffset: number;
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
  });
}

/** The whole session: the shelf when there is one, and the reader for the article chosen. */
export function Session({
  entries,
  shelf,
  heading,
  paint,
  width,
  startView,
  resume,
  store,
  startAnalysis,
  trackerRef,
  onWarning,
  statusRow = null,
}: SessionProps) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const [size, setSize] = useState({ cols: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
  useTerminalSize(useCallback((cols: number, rows: number) => setSize({ cols, rows }), []));
  const [selected, setSelected] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  // Bumped after each save so the shelf re-reads the marks.
  const [, setSaves] = useState(0);

  const open = (index: number): View | null => {
    const entry = entries[index];
    if (!entry?.article) return null;
    const startOffset = resume ? resumeOffset(store, entry.key, entry.article.text) : 0;
    return {
      kind: 'reader',
      index,
      doc: { article: entry.article, analysis: structureOnly(entry.article) },
      job: startAnalysis(entry.article),
      startOffset,
    };
  };
  const [view, setView] = useState<View>(() => (shelf ? { kind: 'shelf' } : (open(0) ?? { kind: 'shelf' })));

  const leave = (index: number) => (how: 'back' | 'quit', position: Position) => {
    const warning = savePosition(store, entries[index]!, position);
    if (warning) onWarning(warning);
    trackerRef.current = null;
    if (view.kind === 'reader') view.job.cancel();
    setSaves((n) => n + 1);
    if (how === 'quit' || !shelf) exit();
    else setView({ kind: 'shelf' });
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

  if (view.kind === 'reader') {
    return (
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
      />
    );
  }
  return (
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
      onOpen={(index) => {
        const next = open(index);
        if (next) setView(next);
        else setMessage(`${entries[index]!.source}: ${entries[index]!.error ?? 'cannot be opened'}`);
      }}
      onQuit={exit}
      statusRow={statusRow}
    />
  );
}
