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
    quote: (s) => (color ? c[t.quote](s) : c.italic(s)),
    number: (s) => (color ? c.bold[t.number](s) : c.bold(s)),
    tag: (s) => c.dim.italic(s),
    mention: (s) => (color ? c.underline[t.mention](s) : c.underline(s)),
    match: (s) => (color ? c[t.matchText][bg(t.matchBackground)](s) : c.inverse(s)),
    current: (s) => c.inverse.bold(s),
  };
}

export interface Paint {
  readonly mode: ColorMode;
  /** The background the colours were chosen for. */
  readonly background: Background;
  segments(segments: readonly Segment[]): string;
  style(style: StyleName | 'dim' | 'bold' | 'inverse' | 'accent', s: string): string;
}

export function createPaint(mode: ColorMode, background: Background = 'dark'): Paint {
  const c = new Chalk({ level: mode === 'none' ? 0 : mode === 'mono' ? 1 : 2 });
  const theme = THEME_COLORS[background];
  const p = palette(c, mode, theme);
  const extra = {
    dim: (s: string) => c.dim(s),
    bold: (s: string) => c.bold(s),
    inverse: (s: string) => c.inverse(s),
    accent: (s: string) => (mode === 'color' ? c.bold[theme.accent](s) : c.bold(s)),
  };
  return {
    mode,
    background,
    segments: (segments) =>
      segments.map((seg) => seg.styles.reduce<string>((text, name) => p[name](text), seg.text)).join(''),
    style: (name, s) => (name in p ? p[name as StyleName](s) : extra[name as keyof typeof extra](s)),
  };
}
