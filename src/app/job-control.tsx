import { type ReactNode, useEffect } from 'react';
import { type Key, useInput, useStdout } from 'ink';
import { KEYMAP, keyNames } from '../ui/keymap.js';
import type { Screen } from './terminal.js';

/** The keys bound to 'suspend' in the one key table (Ctrl-Z): raw mode hands them over as bytes. */
const SUSPEND_KEYS = new Set(KEYMAP.filter((b) => b.command === 'suspend').flatMap((b) => b.keys));

/**
 * Wraps the reader with what the shell does around it: the suspend key stops lede (terminal.ts
 * gives the terminal back first), and after `fg` Ink's last frame is drawn again whole. Ink skips
 * a frame equal to the one it drew last, but its stdout `write` erases and rewrites that frame.
 */
export function JobControl({
  screen,
  onRedraw,
  children,
}: {
  readonly screen: Pick<Screen, 'suspend'>;
  /** Receives what redraws Ink's frame, for the screen to call after `fg`. */
  readonly onRedraw: (redraw: () => void) => void;
  readonly children: ReactNode;
}) {
  const { write } = useStdout();
  useEffect(() => {
    onRedraw(() => write('\u001b[2J\u001b[H'));
  }, [onRedraw, write]);
  useInput((input: string, key: Key) => {
    // After this key's other handlers have run: stopping inside Ink's input handling would hold it.
    if (keyNames(input, key).some(({ name }) => SUSPEND_KEYS.has(name))) setImmediate(() => screen.suspend());
  });
  return children;
}
