import {
  type ReactNode,
  createContext,
  createElement,
  useCallback,
  useContext,
  useLayoutEffect,
  useState,
} from 'react';
import { type Key, useInput } from 'ink';
import { keyNames } from '../keymap.js';

/** A key press, by the name the key table uses, and the text it types (for the search prompt). */
export interface KeyAction {
  readonly type: 'key';
  readonly name: string;
  readonly text: string;
}

type KeyHandler = (input: string, key: Key) => void;

/** Sets the handler the router passes keys to; returns a function that unsets it again. */
type Register = (handler: KeyHandler) => () => void;

const RouterContext = createContext<Register | null>(null);

/**
 * One subscription to the keyboard for the whole session, passing each key to the view on screen
 * (the reader or the shelf). Without it, each view subscribed through Ink's `useInput`, whose
 * subscription is a passive effect: it runs some time after the view's first frame is drawn, and
 * the old view's after it is gone, so a key typed as soon as the new view showed (Q just after q
 * brought the shelf back) went to the view that was gone and was lost. A view here takes the keys
 * in a layout effect, in the same synchronous commit that puts it on screen, and raw mode stays
 * on from view to view.
 */
export function KeyRouter({ children }: { readonly children?: ReactNode }) {
  const [router] = useState(createRouter);
  useInput(router.route);
  return createElement(RouterContext.Provider, { value: router.register }, children);
}

function createRouter(): { route: KeyHandler; register: Register } {
  let current: KeyHandler | null = null;
  return {
    route: (input, key) => current?.(input, key),
    register: (handler) => {
      current = handler;
      return () => {
        if (current === handler) current = null;
      };
    },
  };
}

/**
 * Passes key presses to a reducer by name (the reader's or the shelf's); the reducer resolves them
 * through the keymap against the state each key arrives in, so a burst of keys (Tab then ↓, or
 * `nn`) is read in order. Inside a KeyRouter the keys come through it; alone (a component test),
 * through Ink's `useInput`.
 */
export function useKeys(dispatch: (action: KeyAction) => void): void {
  const handler = useCallback<KeyHandler>(
    (input, key) => {
      for (const { name, text } of keyNames(input, key)) dispatch({ type: 'key', name, text });
    },
    [dispatch],
  );
  const register = useContext(RouterContext);
  useInput(handler, { isActive: register === null });
  useLayoutEffect(() => (register ? register(handler) : undefined), [register, handler]);
}
