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
 * The start of an answer at the end of what arrived, cut off by a read or by the time limit: a
 * prefix of `ESC ] 11 ; rgb:…` or of `ESC [ ? …`. No key sends those (Alt-] is `ESC ]` alone, and
 * is held only until the next byte shows it is not an answer).
 */
const PARTIAL_REPLY =
  // eslint-disable-next-line no-control-regex
  /\u001b(?:\](?:1(?:1(?:;(?:r(?:g(?:ba?(?::[0-9a-fA-F/]*)?)?)?)?)?)?)?|\[\?[\d;]*)$/;

/** How long after the time limit a late answer is still looked for (a slow link, over SSH). */
const LATE_ANSWER_MS = 3_000;

/**
 * After the time limit, the answers may still come (over a slow link they take longer than the
 * limit). Ink would read them as keys (`]`, `1`, `g`, `b`…), so until DA1's answer arrives, or
 * LATE_ANSWER_MS has passed, the answers are taken out of what the terminal sends before it is
 * queued for reading: the stream's own `push`, through which every read arrives, is wrapped.
 */
function dropLateAnswers(input: tty.ReadStream, held: string): void {
  const push = input.push;
  let pending = held;
  const restore = () => {
    clearTimeout(timer);
    input.push = push;
    if (pending) push.call(input, Buffer.from(pending, 'latin1'));
    pending = '';
  };
  const timer = setTimeout(restore, LATE_ANSWER_MS);
  timer.unref();
  input.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (chunk === null || chunk === undefined) {
      restore();
      return push.call(input, chunk, encoding);
    }
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : (chunk as Buffer);
    const { finished, rest } = takeTerminalReplies(pending + bytes.toString('latin1'));
    pending = '';
    // DA1 answered: the terminal has said all it will; whatever else came is keys.
    const cut = finished ? null : PARTIAL_REPLY.exec(rest);
    if (finished) restore();
    else pending = cut ? cut[0] : '';
    const keys = cut ? rest.slice(0, cut.index) : rest;
    return keys ? push.call(input, Buffer.from(keys, 'latin1')) : true;
  };
}

/**
 * Asks the terminal for its background (OSC 11, then DA1) and waits at most `timeoutMs` for the
 * answers. Bytes that are not part of an answer (keys typed meanwhile) go back to `input`, in
 * order, for the reader to read; answers that come after the limit are dropped as they arrive.
 * The terminal is left in raw mode (the reader takes it next); it is put back on exit if the
 * reader never starts.
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
      const { background, finished, rest } = takeTerminalReplies(received);
      const cut = finished ? null : PARTIAL_REPLY.exec(rest);
      const keys = cut ? rest.slice(0, cut.index) : rest;
      if (keys) input.unshift(Buffer.from(keys, 'latin1'));
      if (!finished) dropLateAnswers(input, cut ? cut[0] : '');
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
  /** The answer to the question already asked as the command started (cli-early.ts), if it was. */
  readonly asked?: Promise<Background | null> | null;
}

/** The background to draw for: `--theme light|dark`, else the terminal's answer, COLORFGBG, dark. */
export async function chooseBackground(options: BackgroundOptions): Promise<Background> {
  if (options.theme !== 'auto') return options.theme;
  const answered = options.asked
    ? await options.asked
    : options.terminal
      ? await queryBackground(options.terminal.input, options.terminal.output)
      : null;
  return answered ?? backgroundFromColorFgBg(options.env.COLORFGBG) ?? 'dark';
}
