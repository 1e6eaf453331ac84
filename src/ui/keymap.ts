/**
 * The one table of keys. Input handling looks commands up here and the help overlay is drawn
 * from it, so what `?` shows is what the keys do.
 */
import { type KeyName, displayKey } from './key-names.js';

export { type KeyFlags, type KeyName, displayKey, keyName, keyNames } from './key-names.js';
export type Focus = 'article' | 'sidebar';
/** Where a binding applies: a focus, both of them ('reader'), or a modal layer on top. */
export type Context = Focus | 'reader' | 'search' | 'outline' | 'filter' | 'help' | 'shelf' | 'any';

export type Category = 'Reading' | 'Sections' | 'Entities' | 'Search' | 'View' | 'Shelf' | 'General';

export type Command =
  | 'lineDown'
  | 'lineUp'
  | 'pageDown'
  | 'pageUp'
  | 'halfPageDown'
  | 'halfPageUp'
  | 'top'
  | 'bottom'
  | 'nextSection'
  | 'previousSection'
  | 'outline'
  | 'toggleFocus'
  | 'entityDown'
  | 'entityUp'
  | 'chooseEntity'
  | 'nextMention'
  | 'previousMention'
  | 'search'
  | 'confirmSearch'
  | 'cancelSearch'
  | 'clear'
  | 'toggleHighlight'
  | 'toggleSidebar'
  | 'help'
  | 'closeOverlay'
  | 'outlineDown'
  | 'outlineUp'
  | 'outlinePageDown'
  | 'outlinePageUp'
  | 'outlineTop'
  | 'outlineBottom'
  | 'outlineFilter'
  | 'cancelFilter'
  | 'chooseSection'
  | 'quit'
  | 'quitAll'
  | 'suspend'
  | 'shelfDown'
  | 'shelfUp'
  | 'shelfTop'
  | 'shelfBottom'
  | 'shelfOpen';

export interface Binding {
  readonly command: Command;
  readonly keys: readonly KeyName[];
  readonly context: Context;
  readonly category: Category;
  readonly description: string;
}

export const KEYMAP: readonly Binding[] = [
  { command: 'lineDown', keys: ['j', 'down'], context: 'article', category: 'Reading', description: 'line down' },
  { command: 'lineUp', keys: ['k', 'up'], context: 'article', category: 'Reading', description: 'line up' },
  {
    command: 'pageDown',
    keys: ['space', 'f', 'pagedown'],
    context: 'reader',
    category: 'Reading',
    description: 'page down',
  },
  { command: 'pageUp', keys: ['b', 'pageup'], context: 'reader', category: 'Reading', description: 'page up' },
  { command: 'halfPageDown', keys: ['d'], context: 'reader', category: 'Reading', description: 'half page down' },
  { command: 'halfPageUp', keys: ['u'], context: 'reader', category: 'Reading', description: 'half page up' },
  { command: 'top', keys: ['g', 'home'], context: 'reader', category: 'Reading', description: 'go to the top' },
  { command: 'bottom', keys: ['G', 'end'], context: 'reader', category: 'Reading', description: 'go to the bottom' },
  {
    command: 'nextSection',
    keys: [']'],
    context: 'reader',
    category: 'Sections',
    description: 'next section or paragraph',
  },
  {
    command: 'previousSection',
    keys: ['['],
    context: 'reader',
    category: 'Sections',
    description: 'previous section or paragraph',
  },
  { command: 'outline', keys: ['o'], context: 'reader', category: 'Sections', description: 'outline of the sections' },
  {
    command: 'toggleFocus',
    keys: ['tab'],
    context: 'reader',
    category: 'Entities',
    description: 'switch between text and entities',
  },
  { command: 'entityDown', keys: ['down', 'j'], context: 'sidebar', category: 'Entities', description: 'next entity' },
  { command: 'entityUp', keys: ['up', 'k'], context: 'sidebar', category: 'Entities', description: 'previous entity' },
  {
    command: 'chooseEntity',
    keys: ['enter'],
    context: 'sidebar',
    category: 'Entities',
    description: 'jump to its first mention',
  },
  {
    command: 'nextMention',
    keys: ['n'],
    context: 'reader',
    category: 'Entities',
    description: 'next mention or search match',
  },
  {
    command: 'previousMention',
    keys: ['N'],
    context: 'reader',
    category: 'Entities',
    description: 'previous mention or match',
  },
  { command: 'search', keys: ['/'], context: 'reader', category: 'Search', description: 'search the text' },
  {
    command: 'confirmSearch',
    keys: ['enter'],
    context: 'search',
    category: 'Search',
    description: 'confirm the search',
  },
  {
    command: 'cancelSearch',
    keys: ['escape'],
    context: 'search',
    category: 'Search',
    description: 'cancel the search',
  },
  { command: 'clear', keys: ['escape'], context: 'reader', category: 'Search', description: 'clear search and marks' },
  {
    command: 'toggleHighlight',
    keys: ['h'],
    context: 'reader',
    category: 'View',
    description: 'highlight quotes and numbers',
  },
  {
    command: 'toggleSidebar',
    keys: ['s'],
    context: 'reader',
    category: 'View',
    description: 'show or hide the sidebar',
  },
  { command: 'help', keys: ['?'], context: 'reader', category: 'General', description: 'show every key' },
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
  { command: 'lineDown', keys: ['j', 'down'], context: 'help', category: 'General', description: 'scroll the help' },
  { command: 'lineUp', keys: ['k', 'up'], context: 'help', category: 'General', description: 'scroll the help back' },
  {
    command: 'closeOverlay',
    keys: ['escape', 'q', '?'],
    context: 'help',
    category: 'General',
    description: 'close the help',
  },
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

export const CATEGORIES: readonly Category[] = [
  'Reading',
  'Sections',
  'Entities',
  'Search',
  'View',
  'Shelf',
  'General',
];

/** Contexts whose bindings are live in a given layer, most specific first. */
export function activeContexts(layer: Focus | 'search' | 'outline' | 'filter' | 'help' | 'shelf'): Context[] {
  if (layer === 'article' || layer === 'sidebar') return [layer, 'reader', 'any'];
  // (The reducer gives printable keys to the filter before it looks keys up.)
  if (layer === 'filter') return [layer, 'outline', 'any'];
  return [layer, 'any'];
}

export function lookup(
  layer: Focus | 'search' | 'outline' | 'filter' | 'help' | 'shelf',
  key: string,
  keymap: readonly Binding[] = KEYMAP,
): Command | undefined {
  for (const context of activeContexts(layer)) {
    const hit = keymap.find((b) => b.context === context && (b.keys as readonly string[]).includes(key));
    if (hit) return hit.command;
  }
  return undefined;
}

/** The keys bound to a command in a context (by default, wherever it is first bound). */
export function keysOf(command: Command, context?: Context, keymap: readonly Binding[] = KEYMAP): readonly KeyName[] {
  const binding = keymap.find((b) => b.command === command && (context === undefined || b.context === context));
  if (!binding) throw new Error(`no binding for ${command}${context ? ` in ${context}` : ''}`);
  return binding.keys;
}

export interface HintOptions {
  /** Only each command's first `count` keys (its usual ones), taken in turn: j k ↓ ↑ for two. */
  readonly count?: number;
  /** Between the keys: ' ' by default; 'or' gives "Esc, q or ?". */
  readonly join?: string;
}

/**
 * A key hint for the screen, drawn from the table so it can never name a key that does not do
 * what it says: `keyHint('help')` is "?", `keyHint(['outlineUp', 'outlineDown'], 'outline',
 * { count: 1, join: '' })` is "↑↓".
 */
export function keyHint(commands: Command | readonly Command[], context?: Context, options: HintOptions = {}): string {
  const each = (typeof commands === 'string' ? [commands] : commands).map((c) => keysOf(c, context));
  const count = options.count ?? Math.max(...each.map((keys) => keys.length));
  const keys: KeyName[] = [];
  for (let rank = 0; rank < count; rank++)
    for (const k of each) {
      const key = k[rank];
      if (key) keys.push(key);
    }
  const shown = keys.map(displayKey);
  if (options.join !== 'or') return shown.join(options.join ?? ' ');
  return shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}
