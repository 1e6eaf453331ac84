/** The help overlay (`?`). */
import type { Binding } from '../keymap.js';

export const HELP_KEYS: readonly Binding[] = [
  { command: 'lineDown', keys: ['j', 'down'], context: 'help', category: 'General', description: 'scroll the help' },
  { command: 'lineUp', keys: ['k', 'up'], context: 'help', category: 'General', description: 'scroll the help back' },
  {
    command: 'closeOverlay',
    keys: ['escape', 'q', '?'],
    context: 'help',
    category: 'General',
    description: 'close the help',
  },
];
