#!/usr/bin/env node
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import meow from 'meow';
import { supportsColor } from 'chalk';
import { type Article, type ArticleFormat, LoadError } from '../load/article.js';
import { isUrl } from '../load/fetch-url.js';
import { FORMATS, formatFromName } from '../load/format.js';
import { type OpenOptions, openArticle, readArticleStream } from '../load/read-input.js';
import { sanitizeLine } from '../load/sanitize.js';
import { renderPlain } from '../layout/plain.js';
import { keySummary } from '../ui/help.js';
import { MAX_MEASURE } from '../ui/state.js';
import type { ColorMode } from '../ui/paint.js';
import { guardOutput, jsonOutput } from './output.js';
import { unknownOption } from './unknown-option.js';
import { isDumbTerminal } from './terminal.js';
import { hyperlinksWanted } from './hyperlinks.js';
import { sanitize } from '../load/sanitize.js';
import { printMessage } from './messages.js';

/** Exit statuses, as the README documents them. */
const EXIT = { ok: 0, input: 1, usage: 2, internal: 70 } as const;

/** Next to this file both in dist/ (tsc) and in the bundle (esbuild). */
const WORKER_URL = new URL('./analysis-worker.js', import.meta.url);
const POOL_WORKER_URL = new URL('./pool-worker.js', import.meta.url);
const BUNDLED_ARTICLE = fileURLToPath(new URL('../seeds/us-drone-strike-baghdad.txt', import.meta.url));

// Before anything is printed: a closed pipe or a full disk is then an exit status, not a stack trace.
guardOutput();

const cli = meow(
  `
  Usage
    $ lede [options] [FILE | URL | DIR ...]

  Reads a news article in the terminal: the text on the left, its people, organisations,
  places and dates on the right. FILE is plain text, Markdown or a saved web page; URL an
  http(s) address; a DIR or several inputs open a shelf to choose from. With no input, opens
  the bundled article; with - or text piped in, reads standard input (keys still come from
  the terminal). Reopening an article resumes where you stopped.

  Options
    --json          print the analysis (entities, quotes, numbers…) as JSON and exit
    --brief         print a Markdown brief (entities, quotations by speaker, numbers,
                    timeline) of the article, or of every article of a shelf, and exit
    --plain         print the article word-wrapped, without colour, and exit
                    (the default when standard output is not a terminal)
    --format F      read the input as text, markdown or html, whatever it looks like
    --width N       the reading measure in columns (default: up to ${MAX_MEASURE})
    --no-resume     start at the top, not where you stopped last time
    --no-color      no colour (also when NO_COLOR is set)
    --no-hyperlinks underline links without making them clickable (OSC 8)
    --help          show this help
    --version       show the version

  Keys
${keySummary()
  .map((line) => `    ${line}`)
  .join('\n')}

  Exit status: 0 fine, 1 the article could not be opened, 2 wrong usage.
`,
  {
    importMeta: import.meta,
    // Printed by main(), through the same guarded stdout as everything else (meow would exit at once,
    // before a write error to a full disk could be reported).
    autoHelp: false,
    autoVersion: false,
    // Unknown options are reported by us, in one line, rather than by meow over two.
    allowUnknownFlags: true,
    flags: {
      json: { type: 'boolean', default: false },
      brief: { type: 'boolean', default: false },
      plain: { type: 'boolean', default: false },
      width: { type: 'string' },
      format: { type: 'string' },
      resume: { type: 'boolean', default: true },
      color: { type: 'boolean', default: true },
      hyperlinks: { type: 'boolean', default: true },
      help: { type: 'boolean', default: false },
      version: { type: 'boolean', default: false },
    },
  },
);

/** Messages quote arguments and errors, which may hold anything: they are printed terminal-safe. */
function fail(status: number, message: string): never {
  printMessage(message);
  process.exit(status);
}

function parseWidth(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 10_000)
    fail(EXIT.usage, `--width must be a whole number of columns, not "${raw}"`);
  return n;
}

function colorMode(): ColorMode {
  if (process.env.TERM === 'dumb') return 'none';
  if (!cli.flags.color || (process.env.NO_COLOR ?? '') !== '') return 'mono';
  return supportsColor && supportsColor.level > 0 ? 'color' : 'mono';
}

function parseFormat(raw: string | undefined): ArticleFormat | undefined {
  if (raw === undefined) return undefined;
  if (!(FORMATS as readonly string[]).includes(raw))
    fail(EXIT.usage, `--format must be one of ${FORMATS.join(', ')}, not "${raw}"`);
  return raw as ArticleFormat;
}

/** What the command line asks to open: one article, or the shelf's list of inputs. */
type Inputs =
  | { readonly kind: 'one'; readonly input: string | '-' }
  | { readonly kind: 'shelf'; readonly inputs: readonly string[]; readonly heading: string };

/** Files in a directory that look like articles, by name, hidden ones left out. */
async function articlesIn(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new LoadError(dir, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return names
    .filter((n) => !n.startsWith('.') && formatFromName(n))
    .sort((a, b) => a.localeCompare(b))
    .map((n) => join(dir, n));
}

const isDirectory = async (path: string) =>
  !isUrl(path) &&
  (await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  ));

async function inputs(): Promise<Inputs> {
  const given = cli.input;
  if (given.length === 0) return { kind: 'one', input: process.stdin.isTTY ? BUNDLED_ARTICLE : '-' };
  if (given.length === 1 && !(await isDirectory(given[0]!))) return { kind: 'one', input: given[0]! };
  if (given.includes('-')) fail(EXIT.usage, 'standard input (-) can only be read on its own');
  const expanded: string[] = [];
  for (const input of given) {
    if (await isDirectory(input)) {
      const found = await articlesIn(input);
      if (!found.length && given.length === 1)
        throw new LoadError(input, 'has no articles in it (.txt, .md, .html files)');
      for (const f of found) expanded.push(f);
    } else expanded.push(input);
  }
  const heading =
    given.length === 1
      ? `${sanitizeLine(given[0]!)} — ${expanded.length} article${expanded.length === 1 ? '' : 's'}`
      : `${expanded.length} articles`;
  return { kind: 'shelf', inputs: expanded, heading };
}

async function loadOne(input: string, options: OpenOptions): Promise<Article> {
  if (input !== '-') return openArticle(input, options);
  // Typed (or pasted) at the terminal: say what lede is waiting for rather than show nothing.
  if (process.stdin.isTTY) process.stderr.write('lede: reading standard input… Ctrl-D to end\n');
  return readArticleStream(process.stdin, options);
}

const KNOWN_FLAGS = {
  booleans: new Set(['json', 'brief', 'plain', 'resume', 'color', 'hyperlinks', 'help', 'version']),
  strings: new Set(['width', 'format']),
};

async function main(): Promise<void> {
  const unknown = unknownOption(process.argv.slice(2), KNOWN_FLAGS);
  if (unknown) fail(EXIT.usage, `unknown option ${sanitize(unknown)} (see lede --help)`);
  if (cli.flags.help || cli.flags.version) {
    process.stdout.write(cli.flags.help ? `${cli.help}\n` : `${cli.pkg.version ?? ''}\n`);
    return;
  }
  const width = parseWidth(cli.flags.width);
  const options: OpenOptions = { format: parseFormat(cli.flags.format) };
  const what = await inputs();
  const dumb = process.stdout.isTTY && isDumbTerminal();
  if (cli.flags.brief) {
    await printBrief(what, options);
    return;
  }
  if (what.kind === 'shelf' && dumb && !cli.flags.json && !cli.flags.plain)
    fail(EXIT.usage, `the terminal is not fully functional (TERM=dumb): a shelf needs a full-screen terminal`);
  if (what.kind === 'shelf' && (cli.flags.json || cli.flags.plain || !process.stdout.isTTY)) {
    const why = cli.flags.json ? '--json takes one article at a time' : 'printing takes one article at a time';
    fail(EXIT.usage, `${cli.input.join(' ')}: ${why}; a shelf of several needs a terminal`);
  }
  if (what.kind === 'shelf') {
    await runShelf(what, options, width);
    return;
  }
  const article = await loadOne(what.input, options);
  for (const w of article.warnings ?? []) printMessage(`${article.source}: ${w}`);
  if (cli.flags.json) {
    // The analysis (the recogniser's model, the tagger's lexicon) loads only when it is needed: --plain stays quick.
    const { analyze } = await import('../analysis/analyze.js');
    process.stdout.write(JSON.stringify(jsonOutput(analyze(article), article), null, 2) + '\n');
    return;
  }
  if (cli.flags.plain || !process.stdout.isTTY || dumb) {
    if (dumb && !cli.flags.plain)
      process.stderr.write('lede: the terminal is not fully functional (TERM=dumb): printing the article instead\n');
    const columns = process.stdout.isTTY ? process.stdout.columns : MAX_MEASURE;
    process.stdout.write(renderPlain(article, width ?? Math.min(MAX_MEASURE, columns)));
    return;
  }
  // Ink draws nothing until exit when it thinks it runs in CI (is-in-ci reads CI at import).
  // The reader only starts when standard output is a terminal, so someone is there to read it.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  const { store, warning } = await positions();
  const { articleKey, resumeOffset } = await import('../store/positions.js');
  const { wordCount } = await import('../ui/shelf.js');
  const entry = {
    source: article.source,
    article,
    error: null,
    key: articleKey(article.text),
    words: wordCount(article.text),
  };
  if (warning) printMessage(warning);
  // The first screen is drawn before Ink and React load (they take longer than everything else
  // together), and the analysis starts in its worker at the same moment.
  const { openScreen } = await import('./first-screen.js');
  const startOffset = cli.flags.resume ? resumeOffset(store, entry.key, article.text) : 0;
  const hyperlinks = hyperlinksWanted(process.env, colorMode(), cli.flags.hyperlinks);
  const prepared = openScreen(article, {
    width,
    colorMode: colorMode(),
    hyperlinks,
    startOffset,
    workerUrl: WORKER_URL,
  });
  const { runReader } = await import('./reader.js');
  await runReader([entry], {
    width,
    colorMode: colorMode(),
    hyperlinks,
    shelf: false,
    heading: article.title,
    resume: cli.flags.resume,
    store,
    workerUrl: WORKER_URL,
    prepared,
  });
}

/**
 * --brief: the analysis as a Markdown brief. For a shelf, each article that opens is in it; one
 * that does not is named on standard error, and the status is 1 if none opened.
 */
async function printBrief(what: Inputs, options: OpenOptions): Promise<void> {
  const { analyze } = await import('../analysis/analyze.js');
  const { briefMarkdown, shelfBriefMarkdown } = await import('../layout/brief.js');
  const brief = (article: Article) => ({ analysis: analyze(article), source: article.source, meta: article.meta });
  if (what.kind === 'one') {
    process.stdout.write(briefMarkdown(brief(await loadOne(what.input, options))));
    return;
  }
  const items = [];
  for (const source of what.inputs) {
    try {
      items.push(brief(await openArticle(source, options)));
    } catch (error) {
      if (!(error instanceof LoadError)) throw error;
      printMessage(error.message);
    }
  }
  if (!items.length) fail(EXIT.input, `${what.heading}: no article could be opened`);
  process.stdout.write(shelfBriefMarkdown(what.heading, items));
}

/** The positions file, unless a test or the user turned state off; a bad file is a warning. */
async function positions() {
  const { openPositions } = await import('../store/positions.js');
  return openPositions();
}

async function runShelf(
  what: Extract<Inputs, { kind: 'shelf' }>,
  options: OpenOptions,
  width: number | null,
): Promise<void> {
  if (!process.stdout.isTTY) fail(EXIT.usage, 'a shelf of several articles needs a terminal');
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  const { articleKey } = await import('../store/positions.js');
  const { wordCount } = await import('../ui/shelf.js');
  const entries = await Promise.all(
    what.inputs.map(async (input) => {
      // A path or URL as given, shown on the shelf: file names can hold escape sequences.
      const source = sanitizeLine(input);
      try {
        const article = await openArticle(input, options);
        return { source, article, error: null, key: articleKey(article.text), words: wordCount(article.text) };
      } catch (error) {
        if (!(error instanceof LoadError)) throw error;
        return { source, article: null, error: error.problem, key: null, words: 0 };
      }
    }),
  );
  const { store, warning } = await positions();
  if (warning) printMessage(warning);
  const { runReader } = await import('./reader.js');
  await runReader(entries, {
    width,
    colorMode: colorMode(),
    hyperlinks: hyperlinksWanted(process.env, colorMode(), cli.flags.hyperlinks),
    shelf: true,
    heading: what.heading,
    resume: cli.flags.resume,
    store,
    workerUrl: WORKER_URL,
    poolWorkerUrl: POOL_WORKER_URL,
  });
}

main().catch((error: unknown) => {
  if (error instanceof LoadError) fail(EXIT.input, error.message);
  fail(EXIT.internal, `unexpected error: ${error instanceof Error ? error.message : String(error)}`);
});
