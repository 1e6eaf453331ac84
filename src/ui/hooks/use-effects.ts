import { useEffect, useRef } from 'react';
import { useStdout } from 'ink';
import type { Effect } from '../navigation.js';

/** Copies `text` (saying `what` it is) to the clipboard; returns what to tell the reader. */
export type Copier = (text: string, what: string) => string;

/** Clears the screen; Ink's `write` then draws its last frame again whole (and the status row with it). */
const CLEAR = '\u001b[2J\u001b[H';

/**
 * Does what the reducer asked for and cannot do itself, being pure (navigation.ts): copy to the
 * clipboard, redraw the screen. Each request is done once, then reported back as 'effectDone'.
 */
export function useEffects(
  effect: Effect | null,
  dispatch: (action: { type: 'effectDone'; message: string | null }) => void,
  copy: Copier | null,
): void {
  const { write } = useStdout();
  // Each request once, even if the effect runs again before the reducer has cleared it.
  const done = useRef<Effect | null>(null);
  useEffect(() => {
    if (!effect || done.current === effect) return;
    done.current = effect;
    if (effect.kind === 'redraw') {
      write(CLEAR);
      dispatch({ type: 'effectDone', message: null });
    } else {
      dispatch({ type: 'effectDone', message: copy ? copy(effect.text, effect.what) : 'no clipboard here' });
    }
  }, [effect, dispatch, copy, write]);
}
