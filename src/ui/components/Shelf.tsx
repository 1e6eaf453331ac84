import { useEffect, useRef, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { truncate } from '../../layout/wrap.js';
import { keyNames, lookup } from '../keymap.js';
import type { Paint } from '../paint.js';
import { type ShelfEntry, shelfRow } from '../shelf.js';
import type { StatusRow } from '../status-row.js';

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
 * The shelf: one row per article. Every key it reads is looked up in the keymap's `shelf`
 * context (↑↓ j k, g G, Enter, q), so help lists what it does.
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
  const last = Math.max(0, entries.length - 1);
  const [index, setIndex] = useState(() => Math.min(Math.max(0, initialIndex), last));
  // Where the keys have moved the choice, even before the render that shows it (keys come fast).
  const chosen = useRef(index);
  useInput((input, key) => {
    // Keys that came in one read are applied in order, each to the index the one before left.
    let at = chosen.current;
    for (const { name } of keyNames(input, key)) {
      const command = lookup('shelf', name);
      if (command === 'quit' || command === 'quitAll') return onQuit();
      if (command === 'shelfOpen') return onOpen(at);
      if (command === 'shelfDown') at = Math.min(last, at + 1);
      else if (command === 'shelfUp') at = Math.max(0, at - 1);
      else if (command === 'shelfTop') at = 0;
      else if (command === 'shelfBottom') at = last;
    }
    if (at !== chosen.current) {
      chosen.current = at;
      setIndex(at);
      onHighlight(at);
    }
  });
  const width = Math.max(1, cols - 3);
  // Heading, a blank row, and the footer (unless it is on the terminal's last row, outside Ink).
  const listRows = Math.max(1, rows - (statusRow ? 3 : 4));
  const first = Math.max(0, Math.min(index - Math.floor(listRows / 2), entries.length - listRows));
  const footer = paint.style(
    'inverse',
    truncate(message ?? '↑↓ choose · Enter open · q quit', Math.max(1, cols - 1)).padEnd(Math.max(1, cols - 1)),
  );
  statusRow?.stage(footer);
  useEffect(() => statusRow?.set(footer), [statusRow, footer]);
  return (
    <Box flexDirection="column" width={cols} height={Math.max(1, rows - 1)}>
      <Text wrap="truncate-end">{paint.style('bold', truncate(heading, Math.max(1, cols - 1)))}</Text>
      <Text> </Text>
      <Box flexDirection="column" height={listRows}>
        {entries.slice(first, first + listRows).map((entry, i) => {
          const selected = first + i === index;
          const label = shelfRow(entry, progress(entry), width);
          return (
            <Text key={first + i} wrap="truncate-end">
              {selected ? '❯ ' : '  '}
              {selected ? paint.style('inverse', label) : label}
            </Text>
          );
        })}
      </Box>
      <Box flexGrow={1} />
      {!statusRow && <Text wrap="truncate-end">{footer}</Text>}
    </Box>
  );
}
