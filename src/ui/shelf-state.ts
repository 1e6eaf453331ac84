import { type Command, lookup } from './keymap.js';
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
  /** Enter on a row: the session opens it (a new object on every press, so each one is seen). */
  readonly open: { readonly index: number } | null;
  readonly quit: boolean;
}

export type ShelfAction =
  | { readonly type: 'command'; readonly command: Command }
  | { readonly type: 'key'; readonly name: string; readonly text: string }
  | { readonly type: 'resize'; readonly height: number };

export function createShelfState(count: number, selected: number, height: number): ShelfState {
  const chosen = Math.max(0, Math.min(selected, count - 1));
  return follow({ count, selected: chosen, top: 0, height: Math.max(1, height), moved: null, open: null, quit: false });
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
    case 'key': {
      const command = lookup('shelf', action.name);
      return command ? shelfReducer(s, { type: 'command', command }) : s;
    }
    case 'command':
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
          return s.count ? { ...s, open: { index: s.selected } } : s;
        case 'quit':
        case 'quitAll':
          return { ...s, quit: true };
        default:
          return s;
      }
  }
}
