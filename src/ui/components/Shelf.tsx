import { useEffect, useEffectEvent, useLayoutEffect, useReducer, useState } from 'react';
import { Box, Text } from 'ink';
import { truncate } from '../../layout/wrap.js';
import { useKeys } from '../hooks/use-keys.js';
import { keyHint } from '../keymap.js';
import type { Paint } from '../paint.js';
import { type ShelfEntry, cachedShelfRow } from '../shelf.js';
import { type IndexSnapshot, type ShelfIndexFeed, indexNote } from '../shelf-feed.js';
import { type ShelfState, createShelfState, shelfReducer } from '../shelf-state.js';
import type { ShelfWalk } from '../shelf-xray.js';
import type { StatusRow } from '../status-row.js';
import { ShelfIndexOverlay, overlayHint } from './ShelfIndexOverlay.js';

const HINT = [
  `${keyHint(['shelfUp', 'shelfDown'], 'shelf', { count: 1, join: '' })} choose`,
  `${keyHint('shelfOpen', 'shelf')} open`,
  `${keyHint('shelfIndex', 'shelf')} X-Ray`,
  `${keyHint('shelfSearch', 'shelf')} search all`,
  `${keyHint('quit', 'shelf', { count: 1 })} quit`,
].join(' · ');

/** How often the open X-Ray takes in what the background indexing has added. */
const REGROUP_MS = 1_000;

const NO_INDEX: IndexSnapshot = { done: 0, total: 0, failed: 0 };

interface Props {
  readonly entries: readonly ShelfEntry[];
  /** Saved percent read, by entry key. */
  readonly progress: (entry: ShelfEntry) => number | undefined;
  readonly initialIndex: number;
  readonly cols: number;
  readonly rows: number;
  readonly paint: Paint;
  readonly heading: string;
  readonly message: string | null;
  /**
   * Opens an article: from the list, or from the index or the search with the walk to follow;
   * `state` is the shelf's, to be given back as `saved` on the way back.
   */
  readonly onOpen: (index: number, walk: ShelfWalk | null, state: ShelfState) => void;
  readonly onHighlight: (index: number) => void;
  readonly onQuit: () => void;
  /** The terminal's last row, drawn outside Ink; without it the footer is Ink's last line. */
  readonly statusRow?: StatusRow | null;
  /** The shelf's index, built in the background while the list is up (src/app/shelf-indexer.ts). */
  readonly feed?: ShelfIndexFeed | null;
  /** The shelf as it was when an article was opened from it (its overlay too), to come back to. */
  readonly saved?: ShelfState | null;
}

/**
 * The shelf: one row per article. Its keys go through the key table's `shelf` context and the
 * shelf's reducer (shelf-state.ts), as the reader's go through its own.
 */
export function Shelf({
  entries,
  progress,
  initialIndex,
  cols,
  rows,
  paint,
  heading,
  message,
  onOpen,
  onHighlight,
  onQuit,
  statusRow = null,
  feed = null,
  saved = null,
}: Props) {
  // Heading, a blank row, and the footer (unless it is on the terminal's last row, outside Ink).
  const listRows = Math.max(1, rows - (statusRow ? 3 : 4));
  const [state, dispatch] = useReducer(shelfReducer, undefined, () =>
    saved
      ? { ...saved, open: null, moved: null, quit: false }
      : createShelfState(
          entries.length,
          initialIndex,
          listRows,
          entries.map((e) => e.article?.text ?? null),
        ),
  );
  useKeys(dispatch);
  useEffect(() => dispatch({ type: 'resize', height: listRows }), [listRows]);
  // The index's progress, as the background indexing reports it (a few times a second at most).
  const [snapshot, setSnapshot] = useState<IndexSnapshot>(() => feed?.snapshot() ?? NO_INDEX);
  useEffect(() => feed?.subscribe(setSnapshot), [feed]);
  // The X-Ray's entities are grouped only while it is open, and again as more articles come in.
  const indexOpen = state.overlay?.kind === 'index';
  // Grouping thousands of articles' entities takes tens of milliseconds: while the index grows,
  // the open X-Ray takes the new groups at most every REGROUP_MS, so keys are not kept waiting.
  const [grouped, setGrouped] = useState<{ at: number; snapshot: IndexSnapshot | null }>({ at: 0, snapshot: null });
  useEffect(() => {
    if (!indexOpen || !feed || grouped.snapshot === snapshot) return;
    const regroup = () => {
      dispatch({ type: 'entities', entities: feed.entities() });
      setGrouped({ at: performance.now(), snapshot });
    };
    const wait = grouped.at + REGROUP_MS - performance.now();
    if (wait <= 0 || snapshot.done === snapshot.total) return regroup();
    const timer = setTimeout(regroup, wait);
    return () => clearTimeout(timer);
  }, [indexOpen, snapshot, feed, grouped]);
  // Read the latest callbacks when they run, without making them reasons to run.
  const moved = useEffectEvent((index: number) => onHighlight(index));
  const open = useEffectEvent((index: number, walk: ShelfWalk | null) => onOpen(index, walk, state));
  const quit = useEffectEvent(() => onQuit());
  useEffect(() => {
    if (state.moved) moved(state.moved.index);
  }, [state.moved]);
  // Layout effects: the article (or the exit) follows in the commit that asked for it, so a key
  // typed straight after Enter reaches the reader, not a shelf that is leaving (use-keys.ts).
  useLayoutEffect(() => {
    if (state.open) open(state.open.index, state.open.walk);
  }, [state.open]);
  useLayoutEffect(() => {
    if (state.quit) quit();
  }, [state.quit]);

  const width = Math.max(1, cols - 3);
  const note = indexNote(snapshot);
  const hint = state.overlay ? overlayHint(state.overlay) : HINT;
  const said = message ?? (note ? `${hint} · ${note}` : hint);
  const footer = paint.style('inverse', truncate(said, Math.max(1, cols - 1)).padEnd(Math.max(1, cols - 1)));
  statusRow?.stage(footer);
  useEffect(() => statusRow?.set(footer), [statusRow, footer]);
  return (
    <Box flexDirection="column" width={cols} height={Math.max(1, rows - 1)}>
      <Text wrap="truncate-end">{paint.style('bold', truncate(heading, Math.max(1, cols - 1)))}</Text>
      {state.overlay ? (
        <ShelfIndexOverlay state={state} entries={entries} paint={paint} cols={cols} rows={listRows + 1} note={note} />
      ) : (
        <>
          <Text> </Text>
          <Box flexDirection="column" height={listRows}>
            {entries.slice(state.top, state.top + listRows).map((entry, i) => {
              const index = state.top + i;
              const label = cachedShelfRow(entry, progress(entry), width);
              return (
                <Text key={index} wrap="truncate-end">
                  {index === state.selected ? `❯ ${paint.style('inverse', label)}` : `  ${label}`}
                </Text>
              );
            })}
          </Box>
        </>
      )}
      <Box flexGrow={1} />
      {!statusRow && <Text wrap="truncate-end">{footer}</Text>}
    </Box>
  );
}
