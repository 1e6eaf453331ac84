import { Box, Text, useInput } from 'ink';
import SelectInput from 'ink-select-input';
import { truncate } from '../../layout/wrap.js';
import { keyNames, lookup } from '../keymap.js';
import type { Paint } from '../paint.js';
import { type ShelfEntry, shelfRow } from '../shelf.js';

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
}

/**
 * The shelf: one row per article, chosen with ink-select-input (↑↓, j k, Enter). Its other keys
 * (q, Q, Ctrl-C) come from the keymap's `shelf` context.
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
}: Props) {
  useInput((input, key) => {
    for (const { name } of keyNames(input, key)) {
      const command = lookup('shelf', name);
      if (command === 'quit' || command === 'quitAll') onQuit();
    }
  });
  const width = Math.max(1, cols - 3);
  const items = entries.map((e, index) => ({
    key: String(index),
    label: shelfRow(e, progress(e), width),
    value: index,
  }));
  const listRows = Math.max(1, rows - 4);
  const footer = message ?? '↑↓ choose · Enter open · q quit';
  return (
    <Box flexDirection="column" width={cols} height={Math.max(1, rows - 1)}>
      <Text wrap="truncate-end">{paint.style('bold', truncate(heading, Math.max(1, cols - 1)))}</Text>
      <Text> </Text>
      <Box flexDirection="column" height={listRows}>
        <SelectInput
          items={items}
          initialIndex={Math.min(initialIndex, Math.max(0, items.length - 1))}
          limit={listRows}
          onSelect={(item) => onOpen(item.value)}
          onHighlight={(item) => onHighlight(item.value)}
          indicatorComponent={({ isSelected }) => <Text>{isSelected ? '❯ ' : '  '}</Text>}
          itemComponent={({ isSelected, label }) => (
            <Text wrap="truncate-end">{isSelected ? paint.style('inverse', label) : label}</Text>
          )}
        />
      </Box>
      <Box flexGrow={1} />
      <Text wrap="truncate-end">
        {paint.style('inverse', truncate(footer, Math.max(1, cols - 1)).padEnd(Math.max(1, cols - 1)))}
      </Text>
    </Box>
  );
}
