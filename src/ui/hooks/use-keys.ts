import { useCallback } from 'react';
import { type Key, useInput } from 'ink';
import { keyNames } from '../keymap.js';

/** A key press, by the name the key table uses, and the text it types (for the search prompt). */
export interface KeyAction {
  readonly type: 'key';
  readonly name: string;
  readonly text: string;
}

/**
 * Passes key presses to a reducer by name (the reader's or the shelf's); the reducer resolves them
 * through the keymap against the state each key arrives in, so a burst of keys (Tab then ↓, or
 * `nn`) is read in order.
 */
export function useKeys(dispatch: (action: KeyAction) => void): void {
  const handler = useCallback(
    (input: string, key: Key) => {
      for (const { name, text } of keyNames(input, key)) dispatch({ type: 'key', name, text });
    },
    [dispatch],
  );
  useInput(handler);
}
