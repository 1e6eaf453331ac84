/** Quitting and job control, last so that a more specific binding wins. */
import type { Binding } from '../keymap.js';

export const GENERAL_KEYS: readonly Binding[] = [
  {
    command: 'quit',
    keys: ['q'],
    context: 'reader',
    category: 'General',
    description: 'quit (back to the shelf, when there is one)',
  },
  { command: 'quitAll', keys: ['Q'], context: 'reader', category: 'General', description: 'quit lede, shelf and all' },
  {
    command: 'quitAll',
    keys: ['ctrl+c'],
    context: 'any',
    category: 'General',
    description: 'quit lede, from anywhere',
  },
  // The shell's job control (src/app/terminal.ts); the reader's state does not change.
  {
    command: 'suspend',
    keys: ['ctrl+z'],
    context: 'any',
    category: 'General',
    description: 'suspend lede (fg resumes)',
  },
];
