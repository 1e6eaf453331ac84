/**
 * Which background the reader's colours are for: the theme asked for, else the terminal's own
 * answer to OSC 11, else COLORFGBG, else dark (ui/theme.ts holds the palettes and the parsing).
 */
import type tty from 'node:tty';
import type { Theme } from './settings.js';
import { BACKGROUND_QUERY, type Background, backgroundFromColorFgBg, takeTerminalReplies } from '../ui/theme.js';

/**
 * How long the terminal has to answer. A local terminal answers in a millisecond or two; DA1,
 * asked after OSC 11, ends the wait at once in one that answers DA1 but not OSC 11, so the full
 * wait is only for a terminal that answers nothing at all (or over a very slow link).
 */
export const QUERY_TIMEOUT_MS = 100;

/**
 * A terminal reply cut off by the time limit, at the end of what arrived. No key sends `ESC ]` or
 * `ESC [ ?`, so a lone Esc or the start of an arrow key is left alone.
 */
// eslint-disable-next-line no-control-regex
const PARTIAL_REPLY = /\u001b(?:\][^\u0007\u001b]*|\[\?[\d;]*)$/;

/**
 * Asks the terminal for its background (OSC 11, then DA1) and waits at most `timeoutMs` for the
 * answers. Bytes that are not part of an answer (keys typed meanwhile) go back to `input`, in
 * order, for the reader to read. The terminal is left in raw mode (the reader takes it next); it is
 * put back on exit if the reader never starts.
 */
export function queryBackground(
  input: tty.ReadStream,
  output: NodeJS.WritableStream,
  timeoutMs = QUERY_TIMEOUT_MS,
): Promise<Background | null> {
  return new Promise((resolve) => {
    try {
      input.setRawMode(true);
    } catch {
      resolve(null);
      return;
    }
    process.once('exit', () => {
      try {
        if (input.isRaw) input.setRawMode(false);
      } catch {
        // the terminal is gone
      }
    });
    // Bytes as latin1 characters: one character per byte, so whatever is not an answer goes back exactly.
    let received = '';
    const finish = () => {
      clearTimeout(timer);
      input.off('data', onData);
      input.pause();
      const { background, rest } = takeTerminalReplies(received);
      const keys = rest.replace(PARTIAL_REPLY, '');
      if (keys) input.unshift(Buffer.from(keys, 'latin1'));
      resolve(background);
    };
    const onData = (chunk: Buffer | string) => {
      received += typeof chunk === 'string' ? Buffer.from(chunk).toString('latin1') : chunk.toString('latin1');
      if (takeTerminalReplies(received).finished) finish();
    };
    const timer = setTimeout(finish, timeoutMs);
    input.on('data', onData);
    output.write(BACKGROUND_QUERY);
  });
}

export interface BackgroundOptions {
  readonly theme: Theme;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * The terminal to ask, or null where it must not be asked: standard input or output is not a
   * terminal, TERM=dumb, or no colour is drawn at all.
   */
  readonly terminal: { readonly input: tty.ReadStream; readonly output: NodeJS.WritableStream } | null;
}

/** The background to draw for: `--theme light|dark`, else the terminal's answer, COLORFGBG, dark. */
export async function chooseBackground(options: BackgroundOptions): Promise<Background> {
  if (options.theme !== 'auto') return options.theme;
  const answered = options.terminal ? await queryBackground(options.terminal.input, options.terminal.output) : null;
  return answered ?? backgroundFromColorFgBg(options.env.COLORFGBG) ?? 'dark';
}
