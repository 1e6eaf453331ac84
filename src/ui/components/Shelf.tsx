import { useEffect, useEffectEvent, useReducer } from 'react';
import { Box, Text } from 'ink';
import { truncate } from '../../layout/wrap.js';
import { useKeys } from '../hooks/use-keys.js';
import { keyHint } from '../keymap.js';
import type { Paint } from '../paint.js';
import { type ShelfEntry, shelfRow } from '../shelf.js';
import { createShelfState, shelfReducer } from '../shelf-state.js';
import type { StatusRow } from '../status-row.js';

const HINT = [
  `${keyHint(['shelfUp', 'shelfDown'], 'shelf', { count: 1, join: '' })} choose`,
  `${keyHint('shelfOpen', 'shelf')} open`,
  `${keyHint('quit', 'shelf', { count: 1 })} quit`,
].join(' · ');

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
  readonly onOpen: (index: number) => void;
  readonly onHighlight: (index: number) => void;
  readonly onQuit: () => void;
  /** The terminal's last row, drawn outside Ink; without it the footer is Ink's last line. */
  readonly statusRow?: StatusRow | null;
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
}: Props) {
  // Heading, a blank row, and the footer (unless it is on the terminal's last row, outside Ink).
  const listRows = Math.max(1, rows - (statusRow ? 3 : 4));
  const [state, dispatch] = useReducer(shelfReducer, undefined, () =>
    createShelfState(entries.length, initialIndex, listRows),
  );
  useKeys(dispatch);
  useEffect(() => dispatch({ type: 'resize', height: listRows }), [listRows]);
  // Read the latest callbacks when they run, without making them reasons to run.
  const moved = useEffectEvent((index: number) => onHighlight(index));
  const open = useEffectEvent((index: number) => onOpen(index));
  const quit = useEffectEvent(() => onQuit());
  useEffect(() => {
    if (state.moved) moved(state.moved.index);
  }, [state.moved]);
  useEffect(() => {
    if (state.open) open(state.open.index);
  }, [state.open]);
  useEffect(() => {
    if (state.quit) quit();
  }, [state.quit]);

  const width = Math.max(1, cols - 3);
  const footer = paint.style('inverse', truncate(message ?? HINT, Math.max(1, cols - 1)).padEnd(Math.max(1, cols - 1)));
  statusRow?.stage(footer);
  useEffect(() => statusRow?.set(footer), [statusRow, footer]);
  return (
    <Box flexDirection="column" width={cols} height={Math.max(1, rows - 1)}>
      <Text wrap="truncate-end">{paint.style('bold', truncate(heading, Math.max(1, cols - 1)))}</Text>
      <Text> </Text>
      <Box flexDirection="column" height={listRows}>
        {entries.slice(state.top, state.top + listRows).map((entry, i) => {
          const index = state.top + i;
          const label = shelfRow(entry, progress(entry), width);
          const isSelected = index === state.selected;
          return (
            <Text key={index} wrap="truncate-end">
              {isSelected ? `❯ ${paint.style('inverse', label)}` : `  ${label}`}
            </Text>
          );
        })}
      </Box>
      <Box flexGrow={1} />
      {!statusRow && <Text wrap="truncate-end">{footer}</Text>}
    </Box>
  );
}
