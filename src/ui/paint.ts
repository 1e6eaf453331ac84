import { Chalk, type ChalkInstance } from 'chalk';
import type { Segment, StyleName } from '../layout/decorate.js';

export type ColorMode = 'color' | 'mono' | 'none';

type Painter = (s: string) => string;

/**
 * How each kind of text looks. Without colour (`--no-color`, NO_COLOR) the attributes stay, so
 * quotes, numbers and marks remain distinct; on a terminal that supports no attributes at all,
 * nothing is styled.
 */
function palette(c: ChalkInstance, mode: ColorMode): Record<StyleName, Painter> {
  const color = mode === 'color';
  return {
    title: (s) => c.bold(s),
    heading: (s) => (color ? c.bold.cyan(s) : c.bold.underline(s)),
    meta: (s) => c.dim(s),
    code: (s) => (color ? c.yellow(s) : s),
    prefix: (s) => c.dim(s),
    emphasis: (s) => c.italic(s),
    strong: (s) => c.bold(s),
    quote: (s) => (color ? c.green(s) : c.italic(s)),
    number: (s) => (color ? c.bold.yellow(s) : c.bold(s)),
    tag: (s) => c.dim.italic(s),
    mention: (s) => (color ? c.underline.magenta(s) : c.underline(s)),
    match: (s) => (color ? c.black.bgYellow(s) : c.inverse(s)),
    current: (s) => c.inverse.bold(s),
  };
}

export interface Paint {
  readonly mode: ColorMode;
  segments(segments: readonly Segment[]): string;
  style(style: StyleName | 'dim' | 'bold' | 'inverse' | 'accent', s: string): string;
}

export function createPaint(mode: ColorMode): Paint {
  const c = new Chalk({ level: mode === 'none' ? 0 : mode === 'mono' ? 1 : 2 });
  const p = palette(c, mode);
  const extra = {
    dim: (s: string) => c.dim(s),
    bold: (s: string) => c.bold(s),
    inverse: (s: string) => c.inverse(s),
    accent: (s: string) => (mode === 'color' ? c.bold.cyan(s) : c.bold(s)),
  };
  return {
    mode,
    segments: (segments) =>
      segments.map((seg) => seg.styles.reduce<string>((text, name) => p[name](text), seg.text)).join(''),
    style: (name, s) => (name in p ? p[name as StyleName](s) : extra[name as keyof typeof extra](s)),
  };
}
