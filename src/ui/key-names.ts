/**
 * Keys by name: how a key press is named (`keyName`), the names the key table may use (typed, so a
 * typo fails to compile), and how a key is shown on screen and in the README.
 */
/** The characters of a string, as a union: Chars<'ab'> is 'a' | 'b'. */
type Chars<S extends string, Acc extends string = never> = S extends `${infer C}${infer Rest}`
  ? Chars<Rest, Acc | C>
  : Acc;
type Letter = Chars<'abcdefghijklmnopqrstuvwxyz'>;
type Printable = Letter | Uppercase<Letter> | Chars<'0123456789!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'>;
/** Keys with names, as `keyName` spells them. */
type NamedKey = 'up' | 'down' | 'left' | 'right' | 'pageup' | 'pagedown' | 'home' | 'end';
type EditingKey = 'enter' | 'escape' | 'tab' | 'shift+tab' | 'backspace' | 'space';

/**
 * A key a binding can name, spelled as `keyName` produces it: 'j', 'G', '?', 'down', 'pagedown',
 * 'ctrl+c'… A misspelt key in the table ('pgdown', 'esc') fails to compile.
 */
export type KeyName = Printable | NamedKey | EditingKey | `ctrl+${Letter}`;

/** The subset of Ink's `Key` that names keys; kept structural so this module needs no Ink. */
export interface KeyFlags {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  backspace?: boolean;
  delete?: boolean;
  ctrl?: boolean;
  shift?: boolean;
  meta?: boolean;
}

/** One name for a key press, as the keymap spells keys. */
export function keyName(input: string, key: KeyFlags): string {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageDown) return 'pagedown';
  if (key.pageUp) return 'pageup';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'enter';
  if (key.escape) return 'escape';
  if (key.tab) return key.shift ? 'shift+tab' : 'tab';
  if (key.backspace || key.delete) return 'backspace';
  if (key.ctrl && input) return `ctrl+${input.toLowerCase()}`;
  if (input === ' ') return 'space';
  return input;
}

const CONTROL_NAMES: Record<string, string> = {
  '\t': 'tab',
  '\r': 'enter',
  '\n': 'enter',
  '\u007f': 'backspace',
  '\b': 'backspace',
  '\u001b': 'escape',
  ' ': 'space',
};

/** One character of a multi-character input, named as a key. */
function charName(ch: string): string {
  const named = CONTROL_NAMES[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  if (code >= 1 && code <= 26) return `ctrl+${String.fromCharCode(code + 96)}`;
  return ch;
}

/**
 * The keys in one input event. Ink hands over everything that arrived in one read as a single
 * string (a paste, fast typing, `nn` from a script), so an input that is not one named key is
 * split into its characters, each a key of its own.
 */
export function keyNames(input: string, key: KeyFlags): { name: string; text: string }[] {
  const single = keyName(input, key);
  if ([...input].length <= 1 || single !== input) return [{ name: single, text: key.ctrl || key.meta ? '' : input }];
  return [...input].map((ch) => ({ name: charName(ch), text: ch }));
}

const DISPLAY: Partial<Record<KeyName, string>> = {
  down: '↓',
  up: '↑',
  left: '←',
  right: '→',
  space: 'space',
  pagedown: 'PgDn',
  pageup: 'PgUp',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  escape: 'Esc',
  tab: 'Tab',
  'shift+tab': 'Shift-Tab',
};

/** A key as the screen and the README show it: '↓', 'PgDn', 'Esc', 'Ctrl-C' (any control key: 'Ctrl-N'). */
export function displayKey(key: KeyName): string {
  return DISPLAY[key] ?? (key.startsWith('ctrl+') ? `Ctrl-${key.slice(5).toUpperCase()}` : key);
}

/** The keys with names (not characters), as `keyName` spells them. */
export const NAMED_KEYS: ReadonlySet<string> = new Set([
  'up',
  'down',
  'left',
  'right',
  'pageup',
  'pagedown',
  'home',
  'end',
  'enter',
  'escape',
  'tab',
  'shift+tab',
  'backspace',
  'space',
]);

/** Other spellings a person may write in a config file: the help's own (`PgDn`, `Esc`, `↓`) and vim's. */
const ALIASES: Readonly<Record<string, KeyName>> = {
  '↓': 'down',
  '↑': 'up',
  '←': 'left',
  '→': 'right',
  pgdn: 'pagedown',
  pgdown: 'pagedown',
  pgup: 'pageup',
  esc: 'escape',
  return: 'enter',
  cr: 'enter',
  ' ': 'space',
  backtab: 'shift+tab',
  'shift-tab': 'shift+tab',
  bs: 'backspace',
  delete: 'backspace',
  del: 'backspace',
};

/**
 * A key as a person writes it in the config file, in the key table's spelling: a printable
 * character as itself ('j', 'G', '?'), a named key ('down', 'pagedown', 'escape', or as the help
 * shows it, 'PgDn', 'Esc', '↓'), a control key ('ctrl+n', also 'Ctrl-N', 'C-n', '^N'). Null when it
 * names no key lede can read.
 */
export function parseKeyName(written: string): KeyName | null {
  // One character stands for itself, case and all: 'G' is not 'g'.
  if ([...written].length === 1) {
    if (/^[\u0021-\u007e]$/.test(written)) return written as KeyName;
    return ALIASES[written] ?? null;
  }
  const lower = written.trim().toLowerCase();
  if (NAMED_KEYS.has(lower)) return lower as KeyName;
  if (ALIASES[lower]) return ALIASES[lower];
  const ctrl = /^(?:ctrl[+-]|control[+-]|c-|\^)([a-z])$/.exec(lower);
  return ctrl ? (`ctrl+${ctrl[1]}` as KeyName) : null;
}
