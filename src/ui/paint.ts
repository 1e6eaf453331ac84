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
    link: (s) => c.underline(s),
    quote: (s) => (color ? c.green(s) : c.italic(s)),
    number: (s) => (color ? c.bold.yellow(s) : c.bold(s)),
    tag: (s) => c.dim.italic(s),
    mention: (s) => (color ? c.underline.magenta(s) : c.underline(s)),
    match: (s) => (color ? c.black.bgYellow(s) : c.inverse(s)),
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
  /** Links become OSC 8 hyperlinks (see src/app/hyperlinks.ts for when); off by default. */
  readonly hyperlinks?: boolean;
}

export interface Paint {
  readonly mode: ColorMode;
  readonly hyperlinks: boolean;
  segments(segments: readonly Segment[]): string;
  style(style: StyleName | 'dim' | 'bold' | 'inverse' | 'accent', s: string): string;
}

export function createPaint(mode: ColorMode, options: PaintOptions = {}): Paint {
  // A terminal without attributes (TERM=dumb) gets no escape sequence of any kind.
  const hyperlinks = mode !== 'none' && (options.hyperlinks ?? false);
  const c = new Chalk({ level: mode === 'none' ? 0 : mode === 'mono' ? 1 : 2 });
  const p = palette(c, mode);
  const extra = {
    dim: (s: string) => c.dim(s),
    bold: (s: string) => c.bold(s),
    inverse: (s: string) => c.inverse(s),
    accent: (s: string) => (mode === 'color' ? c.bold.cyan(s) : c.bold(s)),
  };
  const paintOne = (seg: Segment): string => {
    const styled = seg.styles.reduce<string>((text, name) => p[name](text), seg.text);
    return hyperlinks && seg.href ? hyperlink(seg.href, styled) : styled;
  };
  return {
    mode,
    hyperlinks,
    segments: (segments) => segments.map(paintOne).join(''),
    style: (name, s) => (name in p ? p[name as StyleName](s) : extra[name as keyof typeof extra](s)),
  };
}
