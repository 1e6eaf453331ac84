import type { Line } from './wrap.js';

/** What a stretch of text is, for the renderer to give it a look. Later names win over earlier. */
export type StyleName =
  | 'title'
  | 'heading'
  | 'meta'
  | 'code'
  | 'prefix'
  | 'emphasis'
  | 'strong'
  | 'link'
  | 'quote'
  | 'number'
  | 'tag'
  | 'mention'
  | 'match'
  | 'current';

/** The look every line of a block of this kind starts from. */
const BLOCK_STYLE: Partial<Record<Line['kind'], StyleName>> = {
  title: 'title',
  heading: 'heading',
  meta: 'meta',
  code: 'code',
};

export interface Decoration {
  readonly start: number;
  readonly end: number;
  readonly style: StyleName;
  /** A link's target (style 'link'): the renderer may make the text a hyperlink to it. */
  readonly href?: string;
}

export interface Segment {
  readonly text: string;
  readonly styles: readonly StyleName[];
  /** The target of the link the segment is part of, if it is part of one. */
  readonly href?: string;
}

/**
 * Splits one line into segments of uniform style. `decorations` must be sorted by start; only
 * those overlapping the line are read, so the cost follows what is shown, not the article.
 */
export function styleLine(text: string, line: Line, decorations: readonly Decoration[]): Segment[] {
  const blockStyle = BLOCK_STYLE[line.kind];
  const base: StyleName[] = blockStyle ? [blockStyle] : [];
  const out: Segment[] = [];
  if (line.prefix) out.push({ text: line.prefix, styles: ['prefix'] });
  for (const piece of line.pieces) {
    if (piece.kind === 'tag') {
      out.push({ text: piece.text, styles: [...base, 'tag'] });
      continue;
    }
    const here = overlapping(decorations, piece.start, piece.end);
    const cuts = new Set<number>([piece.start, piece.end]);
    for (const d of here) {
      if (d.start > piece.start && d.start < piece.end) cuts.add(d.start);
      if (d.end > piece.start && d.end < piece.end) cuts.add(d.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      const covering = here.filter((d) => d.start <= a && d.end >= b);
      const styles = [...base, ...covering.map((d) => d.style)];
      const href = covering.findLast((d) => d.href)?.href;
      out.push({ text: text.slice(a, b), styles, ...(href ? { href } : {}) });
    }
  }
  return mergeAdjacent(out);
}

function overlapping(decorations: readonly Decoration[], start: number, end: number): Decoration[] {
  // Binary search for the first decoration starting at or after `end`; everything before it may overlap.
  let lo = 0;
  let hi = decorations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (decorations[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  const out: Decoration[] = [];
  for (let i = lo - 1; i >= 0; i--) {
    const d = decorations[i]!;
    if (d.end > start) out.unshift(d);
    // Decorations are short (a quote at most a paragraph), so stop once far enough back.
    if (start - d.start > MAX_DECORATION_LENGTH) break;
  }
  return out;
}

/** Longest decoration looked back for; quotes longer than this are clipped in highlighting. */
const MAX_DECORATION_LENGTH = 20_000;

function mergeAdjacent(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.styles.join() === s.styles.join() && last.href === s.href)
      out[out.length - 1] = { ...last, text: last.text + s.text };
    else if (s.text) out.push(s);
  }
  return out;
}

/** Sorts decorations the way `styleLine` expects. */
export function sortDecorations(ds: Decoration[]): Decoration[] {
  return ds.sort((a, b) => a.start - b.start || a.end - b.end);
}
