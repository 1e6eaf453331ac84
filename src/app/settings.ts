/**
 * Settings, read once at start-up into one typed, validated object (DESIGN.md): the defaults, then
 * the config file (`$XDG_CONFIG_HOME/lede/config.toml`), then the `LEDE` environment variable
 * (default options, as `LESS` is for less), then the command line. The rest of the program is
 * given the result and never reads the environment itself. A bad config file is one warning
 * naming the file and the problem; lede still starts, with the defaults.
 */
import { existsSync } from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { readStateFile } from '../store/state-file.js';
import { KEYMAP, type Command, type KeyName } from '../ui/keymap.js';
import { parseKeyName } from '../ui/key-names.js';

export type Theme = 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

export interface Settings {
  readonly theme: Theme;
  /** The reading measure in columns, or null for the default (as wide as fits, at most 80). */
  readonly width: number | null;
  readonly sidebar: boolean;
  /** Highlight mode on when an article opens. */
  readonly highlight: boolean;
  /** Keys by command name, replacing the key table's keys for that command. */
  readonly keys: Readonly<Partial<Record<Command, readonly KeyName[]>>>;
}

export const DEFAULT_SETTINGS: Settings = { theme: 'auto', width: null, sidebar: true, highlight: false, keys: {} };

/** Widths a reader could mean; anything else in a file is a mistake. */
export const MIN_WIDTH = 20;
export const MAX_WIDTH = 1000;
/** A config file larger than this is not one. */
const MAX_CONFIG_BYTES = 256 * 1024;

/** Where the config file is: `$XDG_CONFIG_HOME/lede/config.toml`, by default `~/.config/lede/config.toml`. */
export { configPath } from './config-path.js';

const COMMANDS = new Set<string>(KEYMAP.map((b) => b.command));

type Draft = { -readonly [K in keyof Settings]?: Settings[K] };

/** One setting of a config file into `out`, or throws what is wrong with it. */
function setOne(out: Draft, key: string, value: unknown): void {
  switch (key) {
    case 'theme':
      if (!THEMES.includes(value as Theme)) throw new Error(`theme must be one of ${THEMES.join(', ')}`);
      out.theme = value as Theme;
      return;
    case 'width':
      if (!Number.isInteger(value) || (value as number) < MIN_WIDTH || (value as number) > MAX_WIDTH)
        throw new Error(`width must be a whole number from ${MIN_WIDTH} to ${MAX_WIDTH}`);
      out.width = value as number;
      return;
    case 'sidebar':
    case 'highlight':
      if (typeof value !== 'boolean') throw new Error(`${key} must be true or false`);
      out[key] = value;
      return;
    default:
      throw new Error(`unknown setting ${JSON.stringify(key)}`);
  }
}

/** The `[keys]` table: each command's keys, or a problem for each entry that is not right. */
function readKeys(value: unknown, problems: string[]): Settings['keys'] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    problems.push('keys must be a table of command = ["key", …]');
    return {};
  }
  const keys: Partial<Record<Command, readonly KeyName[]>> = {};
  for (const [command, list] of Object.entries(value)) {
    if (!COMMANDS.has(command)) {
      problems.push(`keys: no command is called ${JSON.stringify(command)} (? in lede lists them)`);
      continue;
    }
    const arr: unknown = typeof list === 'string' ? [list] : list;
    if (!Array.isArray(arr) || !arr.length || !arr.every((k) => typeof k === 'string')) {
      problems.push(`keys.${command} must be a key or a list of keys`);
      continue;
    }
    const names = arr.map((k: string) => parseKeyName(k));
    const bad = arr.find((_: string, i: number) => !names[i]);
    if (bad !== undefined) {
      problems.push(`keys.${command}: ${JSON.stringify(bad)} is not a key lede knows`);
      continue;
    }
    keys[command as Command] = names as KeyName[];
  }
  return keys;
}

/**
 * The settings a parsed config file gives, and what is wrong with it: a setting that is wrong
 * is left out (its default stands) and named in `problems`; the rest are kept.
 */
export function validateConfig(data: Record<string, unknown>): { settings: Partial<Settings>; problems: string[] } {
  const out: Draft = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (key === 'keys') {
      out.keys = readKeys(value, problems);
      continue;
    }
    try {
      setOne(out, key, value);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return { settings: out, problems };
}

/** The config file's settings; a missing file is none, a bad one a warning and the defaults for what is bad. */
export function readConfig(path: string): { settings: Partial<Settings>; warning: string | null } {
  const warn = (problem: string, settings: Partial<Settings> = {}, instead = 'the defaults') => ({
    settings,
    warning: `${path}: ${problem}; using ${instead}`,
  });
  let text: string;
  try {
    const got = readStateFile(path, MAX_CONFIG_BYTES);
    if (got.kind === 'missing') return { settings: {}, warning: null };
    // A directory on the way that this user may not enter (HOME=/root under another user) hides
    // whether there is a file at all: that is no config file, not a bad one.
    if (got.kind === 'refused') return existsSync(path) ? warn(got.why) : { settings: {}, warning: null };
    text = got.text;
  } catch (error) {
    return warn(error instanceof Error ? error.message : String(error));
  }
  let data: Record<string, unknown>;
  try {
    data = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const line = (error as { line?: number }).line;
    return warn(`is not valid TOML${line ? ` (line ${line})` : ''}`);
  }
  const { settings, problems } = validateConfig(data);
  if (!problems.length) return { settings, warning: null };
  return warn(problems.join('; '), settings, problems.length > 1 ? 'the defaults for those' : 'the default for it');
}

/**
 * Words of an options string, as a shell would split them without expanding anything: spaces
 * separate, quotes group, a backslash escapes (`LEDE='--width 70 --theme "light"'`).
 */
export function splitOptions(s: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < s.length) word += s[++i];
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < s.length) {
      word += s[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) throw new Error('an unclosed quote');
  if (inWord) words.push(word);
  return words;
}

/** Later layers win, key by key; key remaps merge command by command. */
export function mergeSettings(...layers: readonly Partial<Settings>[]): Settings {
  return layers.reduce<Settings>(
    (acc, layer) => ({ ...acc, ...layer, keys: { ...acc.keys, ...(layer.keys ?? {}) } }),
    DEFAULT_SETTINGS,
  );
}

/** The effective settings as a config file would write them (`lede --print-config`). */
export function formatSettings(settings: Settings): string {
  const lines = [
    `theme = ${JSON.stringify(settings.theme)}`,
    settings.width === null ? '# width = 72   (default: as wide as fits, at most 80)' : `width = ${settings.width}`,
    `sidebar = ${settings.sidebar}`,
    `highlight = ${settings.highlight}`,
    '',
    '[keys]',
  ];
  const remapped = Object.entries(settings.keys);
  if (!remapped.length) lines.push('# lineDown = ["j", "down"]   (any command of the key table; see ? in lede)');
  for (const [command, keys] of remapped)
    lines.push(`${command} = [${keys!.map((k) => JSON.stringify(k)).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}
