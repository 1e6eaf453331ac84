import { type Dispatch, useCallback } from 'react';
import { type Key, useInput } from 'ink';
import { keyNames } from '../keymap.js';
import type { Action } from '../state.js';

/**
 * Passes key presses to the reducer by name; the reducer resolves them through the keymap
 * against the state each key arrives in, so a burst of keys (Tab then ↓, or `nn`) is read in order.
 */
export function useKeys(dispatch: Dispatch<Action>): void {
  const handler = useCallback(
    (input: string, key: Key) => {
      for (const { name, text } of keyNames(input, key)) dispatch({ type: 'key', name, text });
    },
    [dispatch],
  );
  useInput(handler);
}
