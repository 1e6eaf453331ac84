/** What less users type without thinking, beyond moving: copy, redraw, where am I, focus back. */
import type { Binding } from '../keymap.js';

export const LESS_KEYS: readonly Binding[] = [
  {
    command: 'focusBack',
    keys: ['shift+tab'],
    context: 'reader',
    category: 'Entities',
    description: 'move focus backwards',
  },
  {
    command: 'copy',
    keys: ['y'],
    context: 'reader',
    category: 'General',
    description: 'copy the quotation or paragraph',
  },
  {
    command: 'copyLocation',
    keys: ['Y'],
    context: 'reader',
    category: 'General',
    description: "copy the article's URL or path",
  },
  {
    command: 'where',
    keys: ['='],
    context: 'reader',
    category: 'General',
    description: 'file, line, percent, time left',
  },
  { command: 'redraw', keys: ['ctrl+l'], context: 'any', category: 'General', description: 'redraw the screen' },
];
