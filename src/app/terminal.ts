import { openSync } from 'node:fs';
import tty from 'node:tty';
import { LoadError } from '../load/article.js';

const ENTER_ALT_SCREEN = '\u001b[?1049h';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';
const HIDE_CURSOR = '\u001b[?25l';
const SHOW_CURSOR = '\u001b[?25h';
const RESET_ATTRIBUTES = '\u001b[0m';
const CLEAR_SCREEN = '\u001b[2J\u001b[H';

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
  /**
   * Job control, as in less: gives the terminal back to the shell (main screen, cursor, cooked
   * mode), stops lede, and once it is continued (`fg`) takes the screen again and redraws it.
   * Ctrl-Z (a key: raw mode sends it as a byte) and SIGTSTP from outside both come here.
   */
  suspend(): void;
  /** Draws the whole screen again after a suspend: the first page, then whatever Ink last drew. */
  redraw: () => void;
}

/** Switches to the alternate screen and makes sure every way out (exit, signal, crash) switches back. */
export function enterFullScreen(out: NodeJS.WriteStream, keyboard: tty.ReadStream): Screen {
  let restored = false;
  const release = () => {
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
  const stopped = () => screen.suspend();
  const screen: Screen = {
    redraw: () => {},
    restore() {
      if (restored) return;
      restored = true;
      process.off('SIGTSTP', stopped);
      release();
    },
    suspend() {
      if (restored) return;
      const raw = keyboard.isTTY && keyboard.isRaw;
      release();
      // Stopped by the default action of the signal, as any program is: the shell then sees a job
      // stopped by SIGTSTP. (Removing the last listener puts SIG_DFL back.) A process group the
      // shell cannot resume (orphaned) ignores it, and lede carries on at once, as less does.
      process.off('SIGTSTP', stopped);
      try {
        process.kill(process.pid, 'SIGTSTP');
      } finally {
        process.on('SIGTSTP', stopped);
      }
      // Continued. The terminal settings first: continued in the background (`bg`), that stops
      // lede again (SIGTTOU) before anything is drawn over the shell, until it is brought back.
      try {
        if (raw) keyboard.setRawMode(true);
        out.write(ENTER_ALT_SCREEN + HIDE_CURSOR + CLEAR_SCREEN);
        screen.redraw();
      } catch {
        // the terminal went away while lede was stopped: SIGHUP follows
      }
    },
  };
  out.write(ENTER_ALT_SCREEN + HIDE_CURSOR);
  process.on('SIGTSTP', stopped);
  process.once('exit', () => screen.restore());
  return screen;
}

export const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129, SIGQUIT: 131 };

/** Calls `leave` once on a signal (with its exit status) or an uncaught exception (70, and why). */
export function onFatal(leave: (status: number, message?: string) => void): void {
  for (const [signal, status] of Object.entries(SIGNAL_EXIT)) process.once(signal, () => leave(status));
  process.once('uncaughtException', (error) => leave(70, `unexpected error: ${error.message}`));
}
