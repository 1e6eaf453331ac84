import React from 'react';
import { render } from 'ink';
import { analyze } from './analysis/analyze.js';
import { type Article, LoadError } from './load/article.js';
import { SIGNAL_EXIT, enterFullScreen, openKeyboard } from './terminal.js';
import { App } from './ui/App.js';
import { type ColorMode, createPaint } from './ui/paint.js';

export interface ReaderOptions {
  readonly width: number | null;
  readonly colorMode: ColorMode;
}

/** Runs the full-screen reader until the reader quits; the terminal is restored on every way out. */
export async function runReader(article: Article, options: ReaderOptions): Promise<void> {
  const keyboard = openKeyboard();
  if (!keyboard) throw new LoadError(article.source, 'no terminal to read keys from (use --plain to print the article)');
  const out = process.stdout;
  const doc = { article, analysis: analyze(article) };
  const screen = enterFullScreen(out, keyboard);
  const instance = render(
    <App doc={doc} paint={createPaint(options.colorMode)} cols={out.columns ?? 80} rows={out.rows ?? 24} width={options.width} />,
    { stdin: keyboard, stdout: out, exitOnCtrlC: false, patchConsole: false },
  );

  const leave = (status: number, message?: string) => {
    try {
      instance.unmount();
    } catch {
      // already unmounted
    }
    screen.restore();
    if (message) process.stderr.write(`lede: ${message}\n`);
    process.exit(status);
  };
  for (const [signal, status] of Object.entries(SIGNAL_EXIT)) process.once(signal, () => leave(status));
  process.once('uncaughtException', (error) => leave(70, `unexpected error: ${error.message}`));

  try {
    await instance.waitUntilExit();
  } catch (error) {
    leave(70, `unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  }
  screen.restore();
  if (keyboard !== process.stdin) keyboard.destroy();
}
