/** The shelf's X-Ray index (`x`) and its search across every article (`/`), with their lists. */
import type { Binding } from '../keymap.js';

export const SHELF_INDEX_KEYS: readonly Binding[] = [
  {
    command: 'shelfIndex',
    keys: ['x'],
    context: 'shelf',
    category: 'Shelf',
    description: "the shelf's X-Ray: its entities across every article",
  },
  {
    command: 'shelfSearch',
    keys: ['/'],
    context: 'shelf',
    category: 'Shelf',
    description: 'search every article on the shelf',
  },
  // The lists the index and the search show: entities, the articles that mention one, matches.
  { command: 'shelfListDown', keys: ['down', 'j'], context: 'shelfList', category: 'Shelf', description: 'next row' },
  { command: 'shelfListUp', keys: ['up', 'k'], context: 'shelfList', category: 'Shelf', description: 'previous row' },
  {
    command: 'shelfListPageDown',
    keys: ['pagedown'],
    context: 'shelfList',
    category: 'Shelf',
    description: 'a page of rows down',
  },
  {
    command: 'shelfListPageUp',
    keys: ['pageup'],
    context: 'shelfList',
    category: 'Shelf',
    description: 'a page of rows up',
  },
  { command: 'shelfListTop', keys: ['g', 'home'], context: 'shelfList', category: 'Shelf', description: 'first row' },
  { command: 'shelfListBottom', keys: ['G', 'end'], context: 'shelfList', category: 'Shelf', description: 'last row' },
  {
    command: 'shelfListOpen',
    keys: ['enter'],
    context: 'shelfList',
    category: 'Shelf',
    description: "an entity's articles; an article, at its first mention or match",
  },
  {
    command: 'shelfListBack',
    keys: ['escape', 'q'],
    context: 'shelfList',
    category: 'Shelf',
    description: 'back a level',
  },
  // Typing the shelf search: printable keys go to the query.
  {
    command: 'shelfSearchConfirm',
    keys: ['enter'],
    context: 'shelfPrompt',
    category: 'Shelf',
    description: 'choose among the matching articles',
  },
  {
    command: 'shelfSearchCancel',
    keys: ['escape'],
    context: 'shelfPrompt',
    category: 'Shelf',
    description: 'cancel the shelf search',
  },
];
