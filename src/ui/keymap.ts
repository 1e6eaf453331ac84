/**
 * The one table of keys. Input handling looks commands up here and the help overlay is drawn
 * from it, so what `?` shows is what the keys do.
 */
import { type KeyName, displayKey } from './key-names.js';
import { READER_KEYS } from './bindings/reader.js';
import { OUTLINE_KEYS } from './bindings/outline.js';
import { HELP_KEYS } from './bindings/help.js';
import { SHELF_KEYS } from './bindings/shelf.js';
import { JUMP_KEYS } from './bindings/jumps.js';
import { LESS_KEYS } from './bindings/less.js';
import { SHELF_INDEX_KEYS } from './bindings/shelf-index.js';
import { LINKS_KEYS } from './bindings/links.js';
import { VIEWS_KEYS } from './bindings/views.js';
import { GENERAL_KEYS } from './bindings/general.js';

export { type KeyFlags, type KeyName, displayKey, keyName, keyNames } from './key-names.js';
export type Focus = 'article' | 'sidebar';
/** A layer that takes keys: the article or sidebar, or a modal layer on top of them. */
export type Layer =
  | Focus
  | 'search'
  | 'outline'
  | 'filter'
  | 'help'
  | 'shelf'
  // The shelf's X-Ray index and search results (shelf-xray.ts), and the shelf search's prompt.
  | 'shelfList'
  | 'shelfPrompt'
  // The article's links (`L`, links-view.ts).
  | 'links'
  // Who said what (`"`) and the timeline (`T`): reader-views.ts.
  | 'quotes'
  | 'timeline';
/** Where a binding applies: a layer, both focuses ('reader'), or everywhere ('any'). */
export type Context = Layer | 'reader' | 'any';

export type Category =
  'Reading' | 'Sections' | 'Entities' | 'Search' | 'Links' | 'Quotes and dates' | 'View' | 'Shelf' | 'General';

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
  | 'shelfOpen'
  // Counts, jumps, marks and the less keys (bindings/jumps.ts, bindings/less.ts; ui/navigation.ts).
  | 'count'
  | 'goToPercent'
  | 'jumpBack'
  | 'jumpForward'
  | 'setMark'
  | 'goToMark'
  | 'focusBack'
  | 'copy'
  | 'copyLocation'
  | 'where'
  | 'redraw'
  | 'shelfIndex'
  | 'shelfSearch'
  | 'shelfListDown'
  | 'shelfListUp'
  | 'shelfListPageDown'
  | 'shelfListPageUp'
  | 'shelfListTop'
  | 'shelfListBottom'
  | 'shelfListOpen'
  | 'shelfListBack'
  | 'shelfSearchConfirm'
  | 'shelfSearchCancel'
  | 'links'
  | 'openArticleUrl'
  | 'linkDown'
  | 'linkUp'
  | 'openLink'
  | 'linkNumber'
  | 'quotesView'
  | 'timelineView'
  | 'writeBrief'
  | 'viewDown'
  | 'viewUp'
  | 'viewPageDown'
  | 'viewPageUp'
  | 'viewTop'
  | 'viewBottom'
  | 'chooseQuote'
  | 'chooseDate';

export interface Binding {
  readonly command: Command;
  readonly keys: readonly KeyName[];
  readonly context: Context;
  readonly category: Category;
  readonly description: string;
}

export const KEYMAP: readonly Binding[] = [
  ...READER_KEYS,
  ...OUTLINE_KEYS,
  ...HELP_KEYS,
  ...SHELF_KEYS,
  ...JUMP_KEYS,
  ...LESS_KEYS,
  ...SHELF_INDEX_KEYS,
  ...LINKS_KEYS,
  ...VIEWS_KEYS,
  ...GENERAL_KEYS,
];

let effective: readonly Binding[] = KEYMAP;

/**
 * The key table in use: KEYMAP, or KEYMAP with the reader's remapping (`[keys]` in the config
 * file, src/ui/remap.ts) once it is installed. Looking keys up, the help and every key hint read
 * this, so all of them follow a remapping; it is installed once, at start-up, before any is drawn.
 */
export function activeKeymap(): readonly Binding[] {
  return effective;
}

/** Installs the key table the reader will use (at start-up, before the UI is drawn). */
export function installKeymap(table: readonly Binding[]): void {
  effective = table;
}

export const CATEGORIES: readonly Category[] = [
  'Reading',
  'Sections',
  'Entities',
  'Search',
  'Links',
  'Quotes and dates',
  'View',
  'Shelf',
  'General',
];

/** Contexts whose bindings are live in a given layer, most specific first. */
export function activeContexts(layer: Layer): Context[] {
  if (layer === 'article' || layer === 'sidebar') return [layer, 'reader', 'any'];
  // (The reducer gives printable keys to the filter before it looks keys up.)
  if (layer === 'filter') return [layer, 'outline', 'any'];
  return [layer, 'any'];
}

export function lookup(layer: Layer, key: string, keymap: readonly Binding[] = activeKeymap()): Command | undefined {
  for (const context of activeContexts(layer)) {
    const hit = keymap.find((b) => b.context === context && (b.keys as readonly string[]).includes(key));
    if (hit) return hit.command;
  }
  return undefined;
}

/** The keys bound to a command in a context (by default, wherever it is first bound). */
export function keysOf(
  command: Command,
  context?: Context,
  keymap: readonly Binding[] = activeKeymap(),
): readonly KeyName[] {
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
