/**
 * Copying to the clipboard: through the terminal (OSC 52, so it works over SSH and inside tmux
 * with `set-clipboard on`), and, on a local desktop, also through the desktop's own tool
 * (wl-copy, xclip, pbcopy) where there is one. Only text that is terminal-safe is copied: the
 * reader's text is sanitised where it enters, and this refuses anything else.
 */
import { spawn } from 'node:child_process';
import { isTerminalSafe } from '../load/sanitize.js';

/** Terminals cap what they accept in one OSC 52 (xterm: 100,000 bytes of base64). */
export const MAX_OSC52_BYTES = 74_000;

/** The OSC 52 sequence that puts `text` on the clipboard, or null when it is too long for one. */
export function osc52(text: string): string | null {
  const encoded = Buffer.from(text, 'utf8').toString('base64');
  return encoded.length > (MAX_OSC52_BYTES * 4) / 3 ? null : `\u001b]52;c;${encoded}\u0007`;
}

/** The desktop's clipboard command, if the environment says there is a desktop. */
export function desktopCopier(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
): readonly [string, ...string[]] | null {
  if (platform === 'darwin') return ['pbcopy'];
  if (env.SSH_CONNECTION || env.SSH_TTY) return null; // the clipboard that matters is the far end's
  if (env.WAYLAND_DISPLAY) return ['wl-copy'];
  if (env.DISPLAY) return ['xclip', '-selection', 'clipboard'];
  return null;
}

export interface CopyResult {
  readonly ok: boolean;
  /** For the status bar: what happened, in a few words. */
  readonly message: string;
}

/**
 * Copies `text`: the OSC 52 sequence is written with `write`; the desktop's tool, when there is
 * one, is given the text on its standard input, detached, its output kept off the screen.
 */
export function copyText(
  text: string,
  write: (sequence: string) => void,
  env: Readonly<Record<string, string | undefined>>,
  what: string,
): CopyResult {
  if (!isTerminalSafe(text)) return { ok: false, message: 'nothing copied: the text holds control characters' };
  const sequence = osc52(text);
  if (sequence) write(sequence);
  const tool = desktopCopier(env);
  if (tool) {
    try {
      const child = spawn(tool[0], tool.slice(1), { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
      child.on('error', () => {}); // no such tool: OSC 52 was the way
      child.stdin.on('error', () => {});
      child.stdin.end(text);
      child.unref();
    } catch {
      // the terminal's copy stands
    }
  }
  if (!sequence && !tool) return { ok: false, message: `${what} is too long to copy through the terminal` };
  return { ok: true, message: `copied ${what}` };
}
