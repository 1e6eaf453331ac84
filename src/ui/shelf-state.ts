import type { ShelfEntity } from '../layout/shelf-index.js';
import { type Command, type Layer, lookup } from './keymap.js';
import * as xray from './shelf-xray.js';
import * as viewport from './viewport.js';

/**
 * The shelf's list as a pure model: which article is chosen and which rows show. Its keys come
 * through the one key table (the `shelf` context), the same way as the reader's.
 */
export interface ShelfState {
  readonly count: number;
  readonly selected: number;
  /** The first row shown, and how many rows the list has. */
  readonly top: number;
  readonly height: number;
  /** The last move of the choice: a new object on every move, so each one is reported. */
  readonly moved: { readonly index: number } | null;
  /**
   * Enter on a row: the session opens it (a new object on every press, so each one is seen), at
   * the start of a walk when it comes from the X-Ray index or the shelf search.
   */
  readonly open: { readonly index: number; readonly walk: xray.ShelfWalk | null } | null;
  readonly quit: boolean;
  /** The X-Ray index or the shelf search, when one is open over the list (shelf-xray.ts). */
  readonly overlay: xray.ShelfOverlay | null;
  readonly entities: readonly ShelfEntity[];
  readonly texts: readonly (string | null)[];
}

export type ShelfAction =
  | { readonly type: 'command'; readonly command: Command }
  | { readonly type: 'key'; readonly name: string; readonly text: string }
  | { readonly type: 'resize'; readonly height: number }
  /** The X-Ray index as far as the background indexing has got. */
  | { readonly type: 'entities'; readonly entities: readonly ShelfEntity[] };

export function createShelfState(
  count: number,
  selected: number,
  height: number,
  texts: readonly (string | null)[] = [],
): ShelfState {
  const chosen = Math.max(0, Math.min(selected, count - 1));
  return follow({
    count,
    selected: chosen,
    top: 0,
    height: Math.max(1, height),
    moved: null,
    open: null,
    quit: false,
    overlay: null,
    entities: [],
    texts,
  });
}

/** The layer that takes keys: the list, or the index or search open over it. */
export function shelfLayer(s: ShelfState): Layer {
  return s.overlay ? xray.overlayLayer(s.overlay) : 'shelf';
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** A key while the shelf search's query is typed: a printable key is a letter of it. */
function promptKey(s: ShelfState, name: string, text: string): ShelfState {
  const o = s.overlay;
  if (o?.kind !== 'search') return s;
  const bound = lookup('shelfPrompt', name);
  if (bound) return shelfReducer(s, { type: 'command', command: bound });
  if (name === 'backspace') return xray.searchInput(s, o.query.slice(0, -1));
  return text && !CONTROL.test(text) ? xray.searchInput(s, o.query + text) : s;
}

/** Scrolls the list as little as it takes to show the chosen row. */
function follow(s: ShelfState): ShelfState {
  const v: viewport.Viewport = { top: s.top, height: s.height, total: s.count };
  const top = s.selected < s.top ? s.selected : s.selected >= s.top + s.height ? s.selected - s.height + 1 : s.top;
  return { ...s, top: viewport.setTop(v, top).top };
}

/** The next or previous row, wrapping round at either end. */
function move(s: ShelfState, direction: 1 | -1): ShelfState {
  if (!s.count) return s;
  const selected = (s.selected + direction + s.count) % s.count;
  return follow({ ...s, selected, moved: { index: selected } });
}

export function shelfReducer(s: ShelfState, action: ShelfAction): ShelfState {
  switch (action.type) {
    case 'resize':
      return follow({ ...s, height: Math.max(1, action.height) });
    case 'entities':
      return xray.withEntities(s, action.entities);
    case 'key': {
      const layer = shelfLayer(s);
      if (layer === 'shelfPrompt') return promptKey(s, action.name, action.text);
      const command = lookup(layer, action.name);
      return command ? shelfReducer(s, { type: 'command', command }) : s;
    }
    case 'command':
      if (s.overlay) {
        if (action.command === 'quit' || action.command === 'quitAll') return { ...s, quit: true };
        return xray.overlayCommand(s, action.command) ?? s;
      }
      switch (action.command) {
        case 'shelfDown':
          return move(s, 1);
        case 'shelfUp':
          return move(s, -1);
        case 'shelfTop':
          return s.count ? follow({ ...s, selected: 0, moved: { index: 0 } }) : s;
        case 'shelfBottom':
          return s.count ? follow({ ...s, selected: s.count - 1, moved: { index: s.count - 1 } }) : s;
        case 'shelfOpen':
          return s.count ? { ...s, open: { index: s.selected, walk: null } } : s;
        case 'shelfIndex':
          return xray.openIndex(s);
        case 'shelfSearch':
          return xray.openSearch(s);
        case 'quit':
        case 'quitAll':
          return { ...s, quit: true };
        default:
          return s;
      }
  }
}
