/**
 * The command line: the --help text, and the options read with meow, or without it when that
 * changes nothing (options.ts, plainArguments).
 */
import { keySummary } from '../ui/help.js';
import { MAX_MEASURE } from '../ui/state.js';
import { type Flags, MEOW_OPTIONS, plainArguments } from './options.js';

/** Where --help's key summary goes (helpText). */
const KEYS_HERE = '@@KEYS@@';

/** The --help text, laid out by meow (it takes the indentation away), its keys put in by helpText(). */
const HELP = `
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
    --theme T       colours for a light or dark terminal: light, dark or auto (default:
                    auto, asks the terminal for its background)
    --no-sidebar    start with the entity sidebar hidden (s shows it)
    --highlight     start with quotes and numbers highlighted (h toggles)
    --no-resume     start at the top, not where you stopped last time
    --no-color      no colour (also when NO_COLOR is set)
    --no-hyperlinks underline links without making them clickable (OSC 8)
    --print-config  print the effective settings, as a config file, and exit
    --help          show this help
    --version       show the version

  Keys
    ${KEYS_HERE}

  Settings come from ~/.config/lede/config.toml (under $XDG_CONFIG_HOME when it is set),
  then the LEDE environment variable (default options, as LESS is for less), then the
  command line; keys can be remapped in the config file (see the README).

  Exit status: 0 fine, 1 the article could not be opened, 2 wrong usage.
`;

/** The command line, as meow reads it. */
export interface CommandLine {
  readonly flags: Flags;
  readonly input: readonly string[];
  /** The --help text and the version, read only for --help and --version. */
  readonly help: string;
  readonly version: string;
}

/**
 * The command line: without meow when no word starts with `-` (options.ts, plainArguments), so
 * that `lede article.txt` does not load it; otherwise meow, as always. meow names the process
 * after the package's command, which is done here when meow is not loaded.
 */
export async function readCommandLine(
  argv: readonly string[],
  entryUrl: string,
): Promise<CommandLine | { usage: string }> {
  const plain = plainArguments(argv);
  if (plain) {
    process.title = 'lede';
    return { ...plain, help: '', version: '' };
  }
  const { default: meow } = await import('meow');
  let cli;
  try {
    cli = meow(HELP, { importMeta: { url: entryUrl } as ImportMeta, argv: [...argv], ...MEOW_OPTIONS });
  } catch (error) {
    // An option given twice (meow's only complaint, as lede calls it): a usage error, not a crash.
    return { usage: `${error instanceof Error ? error.message : String(error)} (see lede --help)` };
  }
  return { flags: cli.flags as Flags, input: cli.input, help: cli.help, version: cli.pkg.version ?? '' };
}

/**
 * The `--help` text, its key summary drawn from the key table in use (remapped keys and all),
 * which is known only once the settings are read.
 */
export function helpText(cli: CommandLine): string {
  return cli.help.replace(/^( *)@@KEYS@@$/m, (_, indent: string) =>
    keySummary()
      .map((l) => `${indent}${l}`)
      .join('\n'),
  );
}
