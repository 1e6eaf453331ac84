import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { supportsColor } from 'chalk';
import { type Article, type ArticleFormat, LoadError } from '../load/article.js';
import { isUrl } from '../load/fetch-url.js';
import { FORMATS, formatFromName } from '../load/format.js';
import { type OpenOptions, openArticle, readArticleStream } from '../load/read-input.js';
import { sanitizeLine } from '../load/sanitize.js';
import { renderPlain } from '../layout/plain.js';
import { MAX_MEASURE } from '../ui/state.js';
import { type ColorMode, type Paint, createPaint } from '../ui/paint.js';
import { chooseBackground } from './background.js';
import { KNOWN_FLAGS, type Resolved, resolveOptions } from './options.js';
import { type CommandLine, helpText, readCommandLine } from './cli-args.js';
import { type Settings, formatSettings } from './settings.js';
import { guardOutput, jsonOutput } from './output.js';
import { unknownOption } from './unknown-option.js';
import { isDumbTerminal } from './terminal.js';
import { hyperlinksWanted } from './hyperlinks.js';
import { sanitize } from '../load/sanitize.js';
import { printMessage } from './messages.js';
import { earlyBackground } from './cli-early.js';

/** Exit statuses, as the README documents them. */
const EXIT = { ok: 0, input: 1, usage: 2, internal: 70 } as const;

/**
 * The address of the command's own file (dist/cli.js, src/app/cli.tsx): the workers are next to
 * it both in dist/ (tsc) and in the bundle (esbuild), the bundled article one level up. Set by runCli.
 */
let entryUrl = import.meta.url;
const workerUrl = () => new URL('./analysis-worker.js', entryUrl);
const poolWorkerUrl = () => new URL('./pool-worker.js', entryUrl);
const bundledArticle = () => fileURLToPath(new URL('../seeds/us-drone-strike-baghdad.txt', entryUrl));

let cli: CommandLine;

const startView = (s: Settings) => ({ sidebar: s.sidebar, highlight: s.highlight });

/** Messages quote arguments and errors, which may hold anything: they are printed terminal-safe. */
function fail(status: number, message: string): never {
  printMessage(message);
  process.exit(status);
}

function colorMode(color: boolean): ColorMode {
  if (process.env.TERM === 'dumb') return 'none';
  if (!color || (process.env.NO_COLOR ?? '') !== '') return 'mono';
  return supportsColor && supportsColor.level > 0 ? 'color' : 'mono';
}

/**
 * The reader's colours: for the theme asked for, or for the terminal's background. The terminal
 * is asked only when the reader will draw in colour on it and standard input is free to read the
 * answer (a terminal, not the article being typed in with `lede -`).
 */
function readerPaint(resolved: Resolved, stdinFree: boolean): Promise<Paint> {
  const mode = colorMode(resolved.color);
  const ask = mode === 'color' && stdinFree && process.stdin.isTTY && process.stdout.isTTY && !isDumbTerminal();
  const paint = chooseBackground({
    theme: resolved.settings.theme,
    env: process.env,
    terminal: ask ? { input: process.stdin, output: process.stdout } : null,
    asked: earlyBackground,
  }).then((background) =>
    createPaint(mode, { background, hyperlinks: hyperlinksWanted(process.env, mode, resolved.hyperlinks) }),
  );
  asking = paint;
  return paint;
}

/**
 * The question to the terminal while it is open: lede waits for it before exiting on an error,
 * so that the terminal's answer is read by lede, never typed into the shell after it.
 */
let asking: Promise<unknown> | null = null;

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
  if (given.length === 0) return { kind: 'one', input: process.stdin.isTTY ? bundledArticle() : '-' };
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

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const unknown = unknownOption(argv, KNOWN_FLAGS);
  if (unknown) fail(EXIT.usage, `unknown option ${sanitize(unknown)} (see lede --help)`);
  const read = await readCommandLine(argv, entryUrl);
  if ('usage' in read) fail(EXIT.usage, read.usage);
  cli = read;
  const resolved = await resolveOptions(cli.flags, process.env);
  if ('usage' in resolved) fail(EXIT.usage, resolved.usage);
  for (const w of resolved.warnings) printMessage(w);
  if (cli.flags.help || cli.flags.version) {
    process.stdout.write(cli.flags.help ? `${helpText(cli)}\n` : `${cli.version}\n`);
    return;
  }
  if (cli.flags.printConfig) {
    process.stdout.write(formatSettings(resolved.settings));
    return;
  }
  const { width } = resolved.settings;
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
    await runShelf(what, options, resolved);
    return;
  }
  const reading = !cli.flags.json && !cli.flags.plain && process.stdout.isTTY && !dumb;
  // Asked while the article loads: a terminal's answer (or the wait for none) then costs no time.
  const paint = reading ? readerPaint(resolved, what.input !== '-') : null;
  const article = await loadOne(what.input, options);
  for (const w of article.warnings ?? []) printMessage(`${article.source}: ${w}`);
  if (cli.flags.json) {
    // The analysis (the recogniser's model, the tagger's lexicon) loads only when it is needed: --plain stays quick.
    const { analyze } = await import('../analysis/analyze.js');
    process.stdout.write(JSON.stringify(jsonOutput(analyze(article), article), null, 2) + '\n');
    return;
  }
  if (!paint) {
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
  const { wordCount } = await import('../ui/reading.js');
  // Counted when first asked for (only the shelf shows it): a 5 MB article's count cost its first
  // frame a quarter of a second.
  let words: number | undefined;
  const entry = {
    source: article.source,
    article,
    error: null,
    key: articleKey(article.text),
    get words() {
      return (words ??= wordCount(article.text));
    },
  };
  if (warning) printMessage(warning);
  // The first screen is drawn before Ink and React load (they take longer than everything else
  // together), and the analysis starts in its worker at the same moment.
  const { firstScreenState, openScreen } = await import('./first-screen.js');
  const startOffset = resolved.resume ? resumeOffset(store, entry.key, article.text) : 0;
  // Laid out before the colours are known: while the terminal is still being asked for its background.
  const mode = colorMode(resolved.color);
  const state = firstScreenState(article, { width, startView: startView(resolved.settings), startOffset, mode });
  const view = { width, paint: await paint, startView: startView(resolved.settings) };
  const prepared = openScreen(article, state, { paint: view.paint, workerUrl: workerUrl() });
  const runReader = await loadReader();
  await runReader([entry], {
    ...view,
    shelf: false,
    heading: article.title,
    resume: resolved.resume,
    store,
    workerUrl: workerUrl(),
    prepared,
  });
}

/**
 * The reader's modules, loaded in steps with a turn of the event loop after each: Ink and React
 * (with Yoga's WebAssembly), then lede's own components. Each step holds the thread for tens of
 * milliseconds (more on a busy machine); a key typed meanwhile is answered by the first screen
 * (first-keys.ts) between steps and before Ink's first render, not after all of them.
 */
async function loadReader() {
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  await import('ink');
  await turn();
  const { runReader } = await import('./reader.js');
  await turn();
  return runReader;
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
  resolved: Resolved,
): Promise<void> {
  if (!process.stdout.isTTY) fail(EXIT.usage, 'a shelf of several articles needs a terminal');
  const paint = readerPaint(resolved, true);
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  const { articleKey } = await import('../store/positions.js');
  const { wordCount } = await import('../ui/reading.js');
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
    width: resolved.settings.width,
    paint: await paint,
    startView: startView(resolved.settings),
    shelf: true,
    heading: what.heading,
    resume: resolved.resume,
    store,
    workerUrl: workerUrl(),
    poolWorkerUrl: poolWorkerUrl(),
  });
}

/** Runs the command; `entry` is the address of dist/cli.js, which loads this module on demand (cli.tsx). */
export function runCli(entry: string): void {
  entryUrl = entry;
  // Before anything is printed: a closed pipe or a full disk is then an exit status, not a stack trace.
  guardOutput();
  // The terminal may have been asked for its background already (cli-early.ts): wait for it
  // before exiting on an error, as for a question asked here.
  asking = earlyBackground;
  main().catch(async (error: unknown) => {
    await asking?.catch(() => {});
    if (error instanceof LoadError) fail(EXIT.input, error.message);
    fail(EXIT.internal, `unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  });
}
