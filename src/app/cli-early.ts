/**
 * The terminal's background asked for as the command starts, before the rest of it loads
 * (issue 14). The answer takes a millisecond in a local terminal, but a round trip over SSH, and
 * a terminal that answers nothing is waited for QUERY_TIMEOUT_MS: asked here, that wait runs
 * while Node loads and compiles the reader instead of after.
 *
 * Asked only when the command will certainly ask (cli-main.tsx, readerPaint), and nothing would
 * have been printed before the question: no word on the command line starts with `-` (so no
 * --json, --plain, --theme, --no-color, no standard input), LEDE is empty, there is no config
 * file (which could set the theme, or be warned about), both standard streams are a terminal
 * that is not dumb, and colour is drawn. Otherwise it is asked later, as before, if at all.
 */
import { lstatSync } from 'node:fs';
import { supportsColor } from 'chalk';
import { queryBackground } from './background.js';
import { configPath } from './config-path.js';
import type { Background } from '../ui/theme.js';

/** The answer to the question asked at start-up, or null when it was not asked here. */
export let earlyBackground: Promise<Background | null> | null = null;

/** Whether there may be a config file: anything at its path, or a path that cannot be looked at. */
function mayHaveConfig(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

export function willAskBackground(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  streams: { readonly stdinTTY: boolean; readonly stdoutTTY: boolean; readonly colorLevel: number },
): boolean {
  return (
    streams.stdinTTY &&
    streams.stdoutTTY &&
    env.TERM !== 'dumb' &&
    (env.NO_COLOR ?? '') === '' &&
    streams.colorLevel > 0 &&
    !argv.some((word) => word.startsWith('-')) &&
    !env.LEDE?.trim() &&
    !mayHaveConfig(configPath(env))
  );
}

/** Asks the terminal now when the command is certain to ask it (see above). */
export function askBackgroundEarly(): void {
  const ask = willAskBackground(process.argv.slice(2), process.env, {
    stdinTTY: !!process.stdin.isTTY,
    stdoutTTY: !!process.stdout.isTTY,
    colorLevel: supportsColor ? supportsColor.level : 0,
  });
  if (ask) earlyBackground = queryBackground(process.stdin, process.stdout);
}
