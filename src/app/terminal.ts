import { openSync } from 'node:fs';
import tty from 'node:tty';
import { LoadError } from '../load/article.js';

const ENTER_ALT_SCREEN = '\u001b[?1049h';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';
const HIDE_CURSOR = '\u001b[?25l';
const SHOW_CURSOR = '\u001b[?25h';
const RESET_ATTRIBUTES = '\u001b[0m';

/**
 * Where keys come from: standard input when it is a terminal, else the controlling terminal,
 * as `less` does, so an article can be piped in and still read interactively.
 */
export function openKeyboard(stdin: NodeJS.ReadStream = process.stdin): tty.ReadStream | null {
  // Standard input read to its end (`lede -` typed at the terminal, then Ctrl-D) gives no more keys.
  if (stdin.isTTY && !stdin.readableEnded && !stdin.destroyed) return stdin as tty.ReadStream;
  try {
    return new tty.ReadStream(openSync('/dev/tty', 'r'));
  } catch {
    return null;
  }
}

/** The keyboard, or a LoadError naming `source` when there is no terminal to read keys from. */
export function requireKeyboard(source: string): tty.ReadStream {
  const keyboard = openKeyboard();
  if (!keyboard) throw new LoadError(source, 'no terminal to read keys from (use --plain to print the article)');
  return keyboard;
}

/**
 * A terminal that cannot move the cursor or switch screens (TERM=dumb: Emacs' shell buffer, some
 * consoles and CI logs). The reader redraws by moving the cursor, so there it prints instead,
 * after a warning, as less warns ("terminal is not fully functional") and pages line by line.
 */
export function isDumbTerminal(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.TERM === 'dumb';
}

export interface Screen {
  /** Puts the terminal back as it was; safe to call more than once and from any exit path. */
  restore(): void;
}

/** Switches to the alternate screen and makes sure every way out (exit, signal, crash) switches back. */
export function enterFullScreen(out: NodeJS.WriteStream, keyboard: tty.ReadStream): Screen {
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    try {
      if (keyboard.isTTY && keyboard.isRaw) keyboard.setRawMode(false);
    } catch {
      // the terminal may already be gone (SIGHUP): nothing left to restore on it
    }
    try {
      out.write(RESET_ATTRIBUTES + SHOW_CURSOR + LEAVE_ALT_SCREEN);
    } catch {
      // as above
    }
  };
  out.write(ENTER_ALT_SCREEN + HIDE_CURSOR);
  process.once('exit', restore);
  return { restore };
}

export const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129, SIGQUIT: 131 };

/** Calls `leave` once on a signal (with its exit status) or an uncaught exception (70, and why). */
export function onFatal(leave: (status: number, message?: string) => void): void {
  for (const [signal, status] of Object.entries(SIGNAL_EXIT)) process.once(signal, () => leave(status));
  process.once('uncaughtException', (error) => leave(70, `unexpected error: ${error.message}`));
}
