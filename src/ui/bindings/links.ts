/** Links: the list of the article's links (`L`) and opening them, or the article itself, in the browser. */
import type { Binding } from '../keymap.js';

export const LINKS_KEYS: readonly Binding[] = [
  {
    command: 'links',
    keys: ['L'],
    context: 'reader',
    category: 'Links',
    description: "list the article's links, to open one in the browser",
  },
  {
    command: 'openArticleUrl',
    keys: ['O'],
    context: 'reader',
    category: 'Links',
    description: "open the article's own web address in the browser",
  },
  { command: 'linkDown', keys: ['down', 'j'], context: 'links', category: 'Links', description: 'next link' },
  { command: 'linkUp', keys: ['up', 'k'], context: 'links', category: 'Links', description: 'previous link' },
  {
    command: 'openLink',
    keys: ['enter'],
    context: 'links',
    category: 'Links',
    description: 'open the chosen link (or the number typed) in the browser',
  },
  {
    command: 'linkNumber',
    keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
    context: 'links',
    category: 'Links',
    description: 'open link n at once (when more digits could follow: chosen; Enter opens it)',
  },
  {
    command: 'closeOverlay',
    keys: ['escape', 'q', 'L'],
    context: 'links',
    category: 'General',
    description: 'close the links list',
  },
];
