/** Counts, percentages, the jump list and marks: moving as in less and vim (see ui/navigation.ts). */
import type { Binding } from '../keymap.js';

export const JUMP_KEYS: readonly Binding[] = [
  {
    command: 'count',
    keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
    context: 'reader',
    category: 'Reading',
    description: 'a count for the next move: 5j, 3n, 10], 40G (line 40)',
  },
  {
    command: 'goToPercent',
    keys: ['%'],
    context: 'reader',
    category: 'Reading',
    description: 'after a count, go that far through: 50% is half-way',
  },
  {
    command: 'jumpBack',
    keys: ['ctrl+o'],
    context: 'reader',
    category: 'Reading',
    description: 'back to where the last jump started, and further back',
  },
  {
    command: 'jumpForward',
    keys: ['ctrl+n'],
    context: 'reader',
    category: 'Reading',
    description: 'forward again along the jumps (undoes Ctrl-O)',
  },
  {
    command: 'setMark',
    keys: ['m'],
    context: 'reader',
    category: 'Reading',
    description: 'then a letter: mark this place (kept with the reading position)',
  },
  {
    command: 'goToMark',
    keys: ["'"],
    context: 'reader',
    category: 'Reading',
    description: "then a letter: back to that mark; '' back to before the last jump",
  },
];
