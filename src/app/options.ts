/**
 * The command line, the `LEDE` environment variable and the config file, read into the one
 * settings object (src/app/settings.ts) and the few options that are not settings. Precedence:
 * command line > LEDE > config file > defaults. The effective key table is built here too, once,
 * before anything of the UI is drawn.
 */
import { KEYMAP, installKeymap } from '../ui/keymap.js';
import { remapKeys } from '../ui/remap.js';
import { type Settings, THEMES, type Theme, configPath, mergeSettings, readConfig, splitOptions } from './settings.js';
import { unknownOption } from './unknown-option.js';

/** The options lede takes. Booleans that a default may set have no default here: absent is undefined. */
export const FLAGS = {
  json: { type: 'boolean', default: false },
  brief: { type: 'boolean', default: false },
  plain: { type: 'boolean', default: false },
  printConfig: { type: 'boolean', default: false },
  width: { type: 'string' },
  format: { type: 'string' },
  theme: { type: 'string' },
  sidebar: { type: 'boolean' },
  highlight: { type: 'boolean' },
  resume: { type: 'boolean' },
  color: { type: 'boolean' },
  hyperlinks: { type: 'boolean' },
  help: { type: 'boolean', default: false },
  version: { type: 'boolean', default: false },
} as const;

const camelToKebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const ofType = (type: 'boolean' | 'string') =>
  new Set(
    Object.entries(FLAGS)
      .filter(([, f]) => f.type === type)
      .map(([name]) => name),
  );
export const KNOWN_FLAGS = { booleans: ofType('boolean'), strings: ofType('string') };

/** What `LEDE` may hold: the options that are defaults, not one-off actions (--json, --help…). */
const DEFAULTABLE = ['theme', 'width', 'sidebar', 'highlight', 'color', 'hyperlinks', 'resume'] as const;

/** The options, as meow gives them. */
export interface Flags {
  readonly json: boolean;
  readonly brief: boolean;
  readonly plain: boolean;
  readonly printConfig: boolean;
  readonly width?: string;
  readonly format?: string;
  readonly theme?: string;
  readonly sidebar?: boolean;
  readonly highlight?: boolean;
  readonly resume?: boolean;
  readonly color?: boolean;
  readonly hyperlinks?: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

/** The largest --width taken; beyond it a number is a typo. */
const MAX_WIDTH_OPTION = 10_000;

/** The settings the options give, and a line for each value that is not right. */
export function settingsFromFlags(flags: Partial<Flags>): { settings: Partial<Settings>; problems: string[] } {
  const settings: { -readonly [K in keyof Settings]?: Settings[K] } = {};
  const problems: string[] = [];
  if (flags.width !== undefined) {
    const n = Number(flags.width);
    if (!/^\d+$/.test(flags.width.trim()) || n < 1 || n > MAX_WIDTH_OPTION)
      problems.push(`--width must be a whole number of columns, not "${flags.width}"`);
    else settings.width = n;
  }
  if (flags.theme !== undefined) {
    if (!THEMES.includes(flags.theme as Theme))
      problems.push(`--theme must be one of ${THEMES.join(', ')}, not "${flags.theme}"`);
    else settings.theme = flags.theme as Theme;
  }
  if (flags.sidebar !== undefined) settings.sidebar = flags.sidebar;
  if (flags.highlight !== undefined) settings.highlight = flags.highlight;
  return { settings, problems };
}

/** Options from `LEDE`: what it holds, or a warning (and nothing) when it holds something wrong. */
export async function readLede(value: string | undefined): Promise<{ flags: Partial<Flags>; warning: string | null }> {
  if (!value?.trim()) return { flags: {}, warning: null };
  const bad = (problem: string) => ({ flags: {}, warning: `LEDE: ${problem}; LEDE is ignored` });
  let words: string[];
  try {
    words = splitOptions(value);
  } catch (error) {
    return bad((error as Error).message);
  }
  const unknown = unknownOption(words, KNOWN_FLAGS);
  if (unknown) return bad(`unknown option ${unknown}`);
  let parsed: { flags: Record<string, unknown>; input: string[] };
  try {
    parsed = await parseFlags(words);
  } catch (error) {
    return bad((error as Error).message);
  }
  if (parsed.input.length) return bad(`holds options only, not "${parsed.input[0]}"`);
  const action = Object.entries(parsed.flags).find(
    ([name, v]) => v !== undefined && v !== false && !(DEFAULTABLE as readonly string[]).includes(name),
  );
  if (action)
    return bad(
      `--${camelToKebab(action[0])} cannot be a default (LEDE takes ${DEFAULTABLE.map((n) => `--${n}`).join(', ')})`,
    );
  const flags = parsed.flags as Partial<Flags>;
  const { problems } = settingsFromFlags(flags);
  return problems.length ? bad(problems[0]!) : { flags, warning: null };
}

/** How lede calls meow, for the command line and for LEDE alike. */
export const MEOW_OPTIONS = {
  // Printed by main(), through the same guarded stdout as everything else (meow would exit at once,
  // before a write error to a full disk could be reported).
  autoHelp: false,
  autoVersion: false,
  // Unknown options are reported by us, in one line, rather than by meow over two.
  allowUnknownFlags: true,
  // Absent is not false: LEDE and the config file may set what the command line does not.
  booleanDefault: undefined,
  flags: FLAGS,
} as const;

/**
 * The options without meow, when no word starts with `-`: then meow's answer is known (every
 * option at its default, every word an input), and meow, with the package.json reader it
 * brings, is a quarter of a megabyte that `lede article.txt` need not load (issue 14).
 * test/unit/cli-args.test.ts checks the two agree. Null when meow must parse.
 */
export function plainArguments(argv: readonly string[]): { flags: Flags; input: string[] } | null {
  if (argv.some((word) => word.startsWith('-'))) return null;
  const defaults = Object.entries(FLAGS).flatMap(([name, f]) => ('default' in f ? [[name, f.default]] : []));
  return { flags: Object.fromEntries(defaults) as unknown as Flags, input: [...argv] };
}

/** Options parsed as the command line's are (meow, the same flags). */
export async function parseFlags(
  argv: readonly string[],
): Promise<{ flags: Record<string, unknown>; input: string[] }> {
  const plain = plainArguments(argv);
  if (plain) return { flags: { ...plain.flags }, input: plain.input };
  const { default: meow } = await import('meow');
  const cli = meow('', { importMeta: import.meta, argv: [...argv], ...MEOW_OPTIONS });
  return { flags: cli.flags as Record<string, unknown>, input: cli.input };
}

export interface Resolved {
  readonly settings: Settings;
  /** --color / --no-color and --resume / --no-resume, from the command line or LEDE. */
  readonly color: boolean;
  /** --hyperlinks / --no-hyperlinks (links as OSC 8 where the terminal allows: src/app/hyperlinks.ts). */
  readonly hyperlinks: boolean;
  readonly resume: boolean;
  /** One line each: a bad config file, a bad LEDE, a remapping that leaves a command without keys. */
  readonly warnings: readonly string[];
}

/**
 * The effective settings, from the command line's `flags` (already checked: a bad value there is
 * a usage error, given back in `usage`), LEDE and the config file, and the key table they give,
 * installed for the UI.
 */
export async function resolveOptions(
  flags: Flags,
  env: Readonly<Record<string, string | undefined>>,
): Promise<Resolved | { usage: string }> {
  const command = settingsFromFlags(flags);
  if (command.problems.length) return { usage: command.problems[0]! };
  const file = configPath(env);
  const config = readConfig(file);
  const lede = await readLede(env.LEDE);
  const settings = mergeSettings(config.settings, settingsFromFlags(lede.flags).settings, command.settings);
  const warnings = [config.warning, lede.warning].filter((w): w is string => w !== null);
  const remapped = remapKeys(KEYMAP, settings.keys);
  if (remapped.problems.length) warnings.push(`${file}: ${remapped.problems.join('; ')}`);
  installKeymap(remapped.table);
  return {
    settings,
    color: flags.color ?? lede.flags.color ?? true,
    hyperlinks: flags.hyperlinks ?? lede.flags.hyperlinks ?? true,
    resume: flags.resume ?? lede.flags.resume ?? true,
    warnings,
  };
}
