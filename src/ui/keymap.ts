/**
 * The one table of keys. Input handling looks commands up here and the help overlay is drawn
 * from it, so what `?` shows is what the keys do.
 */
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
  /** Key names as `keyName` produces them: 'j', 'down', 'space', 'pagedown', 'ctrl+c'… */
  readonly keys: readonly string[];
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
    const hit = keymap.find((b) => b.context === context && b.keys.includes(key));
    if (hit) return hit.command;
  }
  return undefined;
}

/** The subset of Ink's `Key` that names keys; kept structural so this module needs no Ink. */
export interface KeyFlags {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  backspace?: boolean;
  delete?: boolean;
  ctrl?: boolean;
  shift?: boolean;
  meta?: boolean;
}

/** One name for a key press, as the keymap spells keys. */
export function keyName(input: string, key: KeyFlags): string {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageDown) return 'pagedown';
  if (key.pageUp) return 'pageup';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'enter';
  if (key.escape) return 'escape';
  if (key.tab) return key.shift ? 'shift+tab' : 'tab';
  if (key.backspace || key.delete) return 'backspace';
  if (key.ctrl && input) return `ctrl+${input.toLowerCase()}`;
  if (input === ' ') return 'space';
  return input;
}

const CONTROL_NAMES: Record<string, string> = {
  '\t': 'tab',
  '\r': 'enter',
  '\n': 'enter',
  '\u007f': 'backspace',
  '\b': 'backspace',
  '\u001b': 'escape',
  ' ': 'space',
};

/** One character of a multi-character input, named as a key. */
function charName(ch: string): string {
  const named = CONTROL_NAMES[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  if (code >= 1 && code <= 26) return `ctrl+${String.fromCharCode(code + 96)}`;
  return ch;
}

/**
 * The keys in one input event. Ink hands over everything that arrived in one read as a single
 * string (a paste, fast typing, `nn` from a script), so an input that is not one named key is
 * split into its characters, each a key of its own.
 */
export function keyNames(input: string, key: KeyFlags): { name: string; text: string }[] {
  const single = keyName(input, key);
  if ([...input].length <= 1 || single !== input) return [{ name: single, text: key.ctrl || key.meta ? '' : input }];
  return [...input].map((ch) => ({ name: charName(ch), text: ch }));
}

const DISPLAY: Record<string, string> = {
  down: '↓',
  up: '↑',
  left: '←',
  right: '→',
  space: 'space',
  pagedown: 'PgDn',
  pageup: 'PgUp',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  escape: 'Esc',
  tab: 'Tab',
  'ctrl+c': 'Ctrl-C',
  'ctrl+z': 'Ctrl-Z',
};

export function displayKey(key: string): string {
  return DISPLAY[key] ?? key;
}
