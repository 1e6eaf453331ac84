/**
 * Light and dark terminals. The background is learnt from the terminal's answer to OSC 11 (or
 * COLORFGBG), and each theme's highlight colours are chosen to be readable on it: every colour
 * a theme uses for text keeps a contrast of at least MIN_CONTRAST against that background in the
 * xterm palette most terminals start from (a test checks it).
 */

export type Background = 'light' | 'dark';

/** Foreground colours a palette may use, by chalk's names for the 16 ANSI colours. */
export type AnsiColor =
  | 'black'
  | 'red'
  | 'green'
  | 'yellow'
  | 'blue'
  | 'magenta'
  | 'cyan'
  | 'white'
  | 'gray'
  | 'redBright'
  | 'greenBright'
  | 'yellowBright'
  | 'blueBright'
  | 'magentaBright'
  | 'cyanBright'
  | 'whiteBright';

/** xterm's default RGB for each ANSI colour (the palette most terminals start from). */
export const XTERM_RGB: Readonly<Record<AnsiColor, readonly [number, number, number]>> = {
  black: [0, 0, 0],
  red: [205, 0, 0],
  green: [0, 205, 0],
  yellow: [205, 205, 0],
  blue: [0, 0, 238],
  magenta: [205, 0, 205],
  cyan: [0, 205, 205],
  white: [229, 229, 229],
  gray: [127, 127, 127],
  redBright: [255, 0, 0],
  greenBright: [0, 255, 0],
  yellowBright: [255, 255, 0],
  blueBright: [92, 92, 255],
  magentaBright: [255, 0, 255],
  cyanBright: [0, 255, 255],
  whiteBright: [255, 255, 255],
};

/** The background each theme is drawn for. */
export const BACKGROUND_RGB: Readonly<Record<Background, readonly [number, number, number]>> = {
  dark: [0, 0, 0],
  light: [255, 255, 255],
};

/** WCAG's contrast ratio for large or bold text; text colours must keep at least this. */
export const MIN_CONTRAST = 3;

/** The colours of the styles that are coloured (the rest are attributes: bold, dim, italic). */
export interface ThemeColors {
  readonly heading: AnsiColor;
  readonly code: AnsiColor;
  readonly quote: AnsiColor;
  readonly number: AnsiColor;
  readonly mention: AnsiColor;
  readonly accent: AnsiColor;
  /** Search matches: this text colour on `matchBackground`. */
  readonly matchText: AnsiColor;
  readonly matchBackground: AnsiColor;
}

export const THEME_COLORS: Readonly<Record<Background, ThemeColors>> = {
  dark: {
    heading: 'cyan',
    code: 'yellow',
    quote: 'green',
    number: 'yellow',
    mention: 'magenta',
    accent: 'cyan',
    matchText: 'black',
    matchBackground: 'yellow',
  },
  // Yellow, green and cyan on white are barely legible: darker and bluer instead.
  light: {
    heading: 'blue',
    code: 'red',
    quote: 'blue',
    number: 'magenta',
    mention: 'red',
    accent: 'blue',
    matchText: 'black',
    matchBackground: 'yellowBright',
  },
};

const channel = (c: number): number => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
/** WCAG relative luminance of an sRGB colour. */
export const luminance = ([r, g, b]: readonly [number, number, number]): number =>
  0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
/** WCAG contrast ratio, 1 to 21. */
export function contrast(a: readonly [number, number, number], b: readonly [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The background in a terminal's answer to OSC 11 (`ESC ] 11 ; rgb:RRRR/GGGG/BBBB BEL`, each
 * channel 1 to 4 hex digits), or null when the answer is not one.
 */
export function backgroundFromReply(reply: string): Background | null {
  const m = reply.match(/\]11;rgba?:([0-9a-f]{1,4})\/([0-9a-f]{1,4})\/([0-9a-f]{1,4})/i);
  if (!m) return null;
  const scale = (hex: string) => Math.round((parseInt(hex, 16) / (16 ** hex.length - 1)) * 255);
  return luminance([scale(m[1]!), scale(m[2]!), scale(m[3]!)]) > 0.4 ? 'light' : 'dark';
}

/** The background COLORFGBG names (`15;0` is white on black; the last field is the background). */
export function backgroundFromColorFgBg(value: string | undefined): Background | null {
  const bg = value?.split(';').at(-1);
  if (!bg || !/^\d+$/.test(bg)) return null;
  const n = Number(bg);
  if (n > 15) return null;
  // White, light grey and the bright green, yellow and cyan are light; the rest are dark.
  return [7, 10, 11, 14, 15].includes(n) ? 'light' : 'dark';
}

/**
 * Asks for the background colour, then for the device attributes every terminal answers (DA1).
 * The OSC ends with ST, not BEL: a terminal that knows no OSC 11 then has nothing to ring.
 */
export const BACKGROUND_QUERY = '\u001b]11;?\u001b\\\u001b[c';

export interface TerminalReplies {
  /** The background, when the terminal answered OSC 11. */
  readonly background: Background | null;
  /**
   * The terminal answered DA1: it has said all it will, so a missing OSC 11 answer will not come
   * (no need to wait out the time limit).
   */
  readonly finished: boolean;
  /** Whatever else arrived (keys the reader pressed meanwhile), in order. */
  readonly rest: string;
}

// Terminal answers are made of escapes: these patterns look for control characters on purpose.
// eslint-disable-next-line no-control-regex
const OSC11_REPLY = /\u001b\]11;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
// eslint-disable-next-line no-control-regex
const DA1_REPLY = /\u001b\[\?[\d;]*c/g;

/** Takes the answers to BACKGROUND_QUERY out of terminal input, leaving the keys. */
export function takeTerminalReplies(input: string): TerminalReplies {
  let background: Background | null = null;
  let finished = false;
  const rest = input
    .replace(OSC11_REPLY, (reply) => {
      background = backgroundFromReply(reply) ?? background;
      return '';
    })
    .replace(DA1_REPLY, () => {
      finished = true;
      return '';
    });
  return { background, finished, rest };
}
