/** The shelf: the list of articles of `lede DIR` or several files. */
import type { Binding } from '../keymap.js';

export const SHELF_KEYS: readonly Binding[] = [
  {
    command: 'shelfDown',
    keys: ['down', 'j'],
    context: 'shelf',
    category: 'Shelf',
    description: 'next article on the shelf',
  },
  {
    command: 'shelfUp',
    keys: ['up', 'k'],
    context: 'shelf',
    category: 'Shelf',
    description: 'previous article on the shelf',
  },
  { command: 'shelfTop', keys: ['g', 'home'], context: 'shelf', category: 'Shelf', description: 'first article' },
  { command: 'shelfBottom', keys: ['G', 'end'], context: 'shelf', category: 'Shelf', description: 'last article' },
  { command: 'shelfOpen', keys: ['enter'], context: 'shelf', category: 'Shelf', description: 'open it' },
  { command: 'quit', keys: ['q', 'Q'], context: 'shelf', category: 'Shelf', description: 'quit lede' },
];
