/** Counts, percentages, the jump list and marks: moving as in less and vim (see ui/navigation.ts). */
import type { Binding } from '../keymap.js';

export const JUMP_KEYS: readonly Binding[] = [
  {
    command: 'count',
    keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
    context: 'reader',
    category: 'Reading',
    description: 'a count for the next move: 5j, 40G',
  },
  {
    command: 'goToPercent',
    keys: ['%'],
    context: 'reader',
    category: 'Reading',
    description: 'after a count: go N% through',
  },
  {
    command: 'jumpBack',
    keys: ['ctrl+o'],
    context: 'reader',
    category: 'Reading',
    description: 'back along the jumps',
  },
  {
    command: 'jumpForward',
    keys: ['ctrl+n'],
    context: 'reader',
    category: 'Reading',
    description: 'forward along the jumps',
  },
  {
    command: 'setMark',
    keys: ['m'],
    context: 'reader',
    category: 'Reading',
    description: 'then a letter: set a mark here',
  },
  {
    command: 'goToMark',
    keys: ["'"],
    context: 'reader',
    category: 'Reading',
    description: "then a letter: go to it; '' last jump",
  },
];
