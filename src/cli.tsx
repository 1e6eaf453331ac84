#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import meow from 'meow';
import { supportsColor } from 'chalk';
import { type Article, LoadError } from './load/article.js';
import { readArticleFile, readArticleStream } from './load/read-input.js';
import { renderPlain } from './layout/plain.js';
import { MAX_MEASURE } from './ui/state.js';
import type { ColorMode } from './ui/paint.js';

/** Exit statuses, as the README documents them. */
const EXIT = { ok: 0, input: 1, usage: 2, internal: 70 } as const;

const BUNDLED_ARTICLE = fileURLToPath(new URL('../seeds/us-drone-strike-baghdad.txt', import.meta.url));

const cli = meow(
  `
  Usage
    $ lede [options] [FILE]

  Reads a news article in the terminal: the text on the left, its people, organisations,
  places and dates on the right. With no FILE, opens the bundled article; with - or text
  piped in, reads standard input (keys still come from the terminal).

  Options
    --json          print the analysis (entities, quotes, numbers…) as JSON and exit
    --plain         print the article word-wrapped, without colour, and exit
                    (the default when standard output is not a terminal)
    --width N       the reading measure in columns (default: up to ${MAX_MEASURE})
    --no-color      no colour (also when NO_COLOR is set)
    --help          show this help
    --version       show the version

  Keys
    j k ↓ ↑ line · space b page · g G top/bottom · ] [ section · / search
    Tab sidebar · Enter choose entity · n N next/previous mention · h highlight · ? all keys · q quit

  Exit status: 0 fine, 1 the article could not be opened, 2 wrong usage.
`,
  {
    importMeta: import.meta,
    // Unknown options are reported by us, in one line, rather than by meow over two.
    allowUnknownFlags: true,
    flags: {
      json: { type: 'boolean', default: false },
      plain: { type: 'boolean', default: false },
      width: { type: 'string' },
      color: { type: 'boolean', default: true },
    },
  },
);

function fail(status: number, message: string): never {
  process.stderr.write(`lede: ${message}\n`);
  process.exit(status);
}

function parseWidth(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) fail(EXIT.usage, `--width must be a whole number of columns, not "${raw}"`);
  return n;
}

function colorMode(): ColorMode {
  if (process.env.TERM === 'dumb') return 'none';
  if (!cli.flags.color || (process.env.NO_COLOR ?? '') !== '') return 'mono';
  return supportsColor && supportsColor.level > 0 ? 'color' : 'mono';
}

async function load(): Promise<Article> {
  if (cli.input.length > 1) fail(EXIT.usage, 'give one article at a time (see lede --help)');
  const [file] = cli.input;
  if (file === '-' || (file === undefined && !process.stdin.isTTY)) return readArticleStream(process.stdin);
  return readArticleFile(file ?? BUNDLED_ARTICLE);
}

const KNOWN_FLAGS = new Set(['json', 'plain', 'width', 'color', 'help', 'version']);

async function main(): Promise<void> {
  const unknown = Object.keys(cli.unnormalizedFlags).find((name) => !KNOWN_FLAGS.has(name));
  if (unknown) fail(EXIT.usage, `unknown option --${unknown.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} (see lede --help)`);
  const width = parseWidth(cli.flags.width);
  const article = await load();
  if (cli.flags.json) {
    // The analysis (compromise and its lexicon) loads only when it is needed: --plain stays quick.
    const { analyze } = await import('./analysis/analyze.js');
    process.stdout.write(JSON.stringify(analyze(article), null, 2) + '\n');
    return;
  }
  if (cli.flags.plain || !process.stdout.isTTY) {
    const columns = process.stdout.isTTY ? process.stdout.columns : MAX_MEASURE;
    process.stdout.write(renderPlain(article, width ?? Math.min(MAX_MEASURE, columns)));
    return;
  }
  // Ink draws nothing until exit when it thinks it runs in CI (is-in-ci reads CI at import).
  // The reader only starts when standard output is a terminal, so someone is there to read it.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  const { runReader } = await import('./reader.js');
  await runReader(article, { width, colorMode: colorMode() });
}

main().catch((error: unknown) => {
  if (error instanceof LoadError) fail(EXIT.input, error.message);
  fail(EXIT.internal, `unexpected error: ${error instanceof Error ? error.message : String(error)}`);
});
