/** The outline overlay (`o`) and its filter. */
import type { Binding } from '../keymap.js';

export const OUTLINE_KEYS: readonly Binding[] = [
  {
    command: 'outlineDown',
    keys: ['down', 'j'],
    context: 'outline',
    category: 'Sections',
    description: 'next section',
  },
  {
    command: 'outlineUp',
    keys: ['up', 'k'],
    context: 'outline',
    category: 'Sections',
    description: 'previous section',
  },
  {
    command: 'outlinePageDown',
    keys: ['pagedown', 'space'],
    context: 'outline',
    category: 'Sections',
    description: 'a page of sections down',
  },
  {
    command: 'outlinePageUp',
    keys: ['pageup', 'b'],
    context: 'outline',
    category: 'Sections',
    description: 'a page of sections up',
  },
  {
    command: 'outlineTop',
    keys: ['g', 'home'],
    context: 'outline',
    category: 'Sections',
    description: 'first section',
  },
  {
    command: 'outlineBottom',
    keys: ['G', 'end'],
    context: 'outline',
    category: 'Sections',
    description: 'last section',
  },
  {
    command: 'outlineFilter',
    keys: ['/'],
    context: 'outline',
    category: 'Sections',
    description: 'type to filter the sections by title',
  },
  { command: 'chooseSection', keys: ['enter'], context: 'outline', category: 'Sections', description: 'jump to it' },
  // While typing the outline's filter, printable keys go to it; the outline's other keys still act.
  {
    command: 'cancelFilter',
    keys: ['escape'],
    context: 'filter',
    category: 'Sections',
    description: 'drop the filter',
  },
  {
    command: 'closeOverlay',
    keys: ['escape', 'q', '?', 'o'],
    context: 'outline',
    category: 'General',
    description: 'close the outline',
  },
];
