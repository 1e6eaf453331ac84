import { Chalk, type ChalkInstance } from 'chalk';
import type { Segment, StyleName } from '../layout/decorate.js';
import { type AnsiColor, type Background, THEME_COLORS, type ThemeColors } from './theme.js';

export type ColorMode = 'color' | 'mono' | 'none';

type Painter = (s: string) => string;

/** chalk's name for a colour as a background: 'yellowBright' → 'bgYellowBright'. */
const bg = (color: AnsiColor) => `bg${color[0]!.toUpperCase()}${color.slice(1)}` as `bg${Capitalize<AnsiColor>}`;

/**
 * How each kind of text looks, in the theme's colours (src/ui/theme.ts: chosen for the terminal's
 * background, every colour readable on it). Without colour (`--no-color`, NO_COLOR) the attributes stay, so
 * quotes, numbers and marks remain distinct; on a terminal that supports no attributes at all,
 * nothing is styled.
 */
function palette(c: ChalkInstance, mode: ColorMode, t: ThemeColors): Record<StyleName, Painter> {
  const color = mode === 'color';
  return {
    title: (s) => c.bold(s),
    heading: (s) => (color ? c.bold[t.heading](s) : c.bold.underline(s)),
    meta: (s) => c.dim(s),
    code: (s) => (color ? c[t.code](s) : s),
    prefix: (s) => c.dim(s),
    emphasis: (s) => c.italic(s),
    strong: (s) => c.bold(s),
    link: (s) => c.underline(s),
    quote: (s) => (color ? c[t.quote](s) : c.italic(s)),
    number: (s) => (color ? c.bold[t.number](s) : c.bold(s)),
    tag: (s) => c.dim.italic(s),
    mention: (s) => (color ? c.underline[t.mention](s) : c.underline(s)),
    match: (s) => (color ? c[t.matchText][bg(t.matchBackground)](s) : c.inverse(s)),
    current: (s) => c.inverse.bold(s),
  };
}

/**
 * An OSC 8 hyperlink around `text`, or the text alone when the target is not printable ASCII
 * (targets are made safe where they are loaded; this never lets anything else reach the
 * terminal). The sequence ends with BEL, not ST (ESC \): Ink's renderer (@alcalzone/ansi-tokenize)
 * recognises OSC 8 only so, and takes anything else for characters that occupy cells.
 */
export function hyperlink(href: string, text: string): string {
  if (!/^[\u0021-\u007e]{1,2083}$/.test(href)) return text;
  return `\u001b]8;;${href}\u0007${text}\u001b]8;;\u0007`;
}

export interface PaintOptions {
  /** The terminal's background, which the theme's colours are chosen for (dark by default). */
  readonly background?: Background;
  /** Links become OSC 8 hyperlinks (see src/app/hyperlinks.ts for when); off by default. */
  readonly hyperlinks?: boolean;
}

export interface Paint {
  readonly mode: ColorMode;
  /** The background the colours were chosen for. */
  readonly background: Background;
  readonly hyperlinks: boolean;
  segments(segments: readonly Segment[]): string;
  style(style: StyleName | 'dim' | 'bold' | 'inverse' | 'accent', s: string): string;
}

export function createPaint(mode: ColorMode, options: PaintOptions = {}): Paint {
  const background = options.background ?? 'dark';
  // A terminal without attributes (TERM=dumb) gets no escape sequence of any kind.
  const hyperlinks = mode !== 'none' && (options.hyperlinks ?? false);
  const c = new Chalk({ level: mode === 'none' ? 0 : mode === 'mono' ? 1 : 2 });
  const theme = THEME_COLORS[background];
  const p = palette(c, mode, theme);
  const extra = {
    dim: (s: string) => c.dim(s),
    bold: (s: string) => c.bold(s),
    inverse: (s: string) => c.inverse(s),
    accent: (s: string) => (mode === 'color' ? c.bold[theme.accent](s) : c.bold(s)),
  };
  const paintOne = (seg: Segment): string => {
    const styled = seg.styles.reduce<string>((text, name) => p[name](text), seg.text);
    return hyperlinks && seg.href ? hyperlink(seg.href, styled) : styled;
  };
  return {
    mode,
    background,
    hyperlinks,
    segments: (segments) => segments.map(paintOne).join(''),
    style: (name, s) => (name in p ? p[name as StyleName](s) : extra[name as keyof typeof extra](s)),
  };
}
