/**
 * The viewport: which lines of a list a window of `height` rows shows, as a pure, clamped model
 * (after bubbles' viewport). It knows nothing of what the lines hold; `total` is how many lines
 * there are, or, while the text is still being wrapped, how many exist so far. A caller that
 * wraps lazily makes sure at least a page past the top exists, so the missing rest never clamps.
 */
export interface Viewport {
  /** Index of the first line shown. */
  readonly top: number;
  /** Rows the window shows (at least one). */
  readonly height: number;
  /** Lines there are to show. */
  readonly total: number;
}

/** The furthest the top line may go: the last line shows at the bottom of the window. */
export function maxTop(v: Pick<Viewport, 'height' | 'total'>): number {
  return Math.max(0, v.total - v.height);
}

/** The one setter of `top`: every move goes through it, so the top is never outside the lines. */
export function setTop(v: Viewport, top: number): Viewport {
  const clamped = Math.max(0, Math.min(top, maxTop(v)));
  return clamped === v.top ? v : { ...v, top: clamped };
}

export function scrollBy(v: Viewport, lines: number): Viewport {
  return setTop(v, v.top + lines);
}

export function pageDown(v: Viewport): Viewport {
  return scrollBy(v, v.height);
}

export function pageUp(v: Viewport): Viewport {
  return scrollBy(v, -v.height);
}

/** Half a window, and at least one line, so even a one-row window moves. */
function half(v: Viewport): number {
  return Math.max(1, Math.floor(v.height / 2));
}

export function halfPageDown(v: Viewport): Viewport {
  return scrollBy(v, half(v));
}

export function halfPageUp(v: Viewport): Viewport {
  return scrollBy(v, -half(v));
}

export function top(v: Viewport): Viewport {
  return setTop(v, 0);
}

export function bottom(v: Viewport): Viewport {
  return setTop(v, maxTop(v));
}

export function atTop(v: Viewport): boolean {
  return v.top <= 0;
}

export function atBottom(v: Viewport): boolean {
  return v.top >= maxTop(v);
}

/**
 * How far through the text the window reaches, 0–100: where the first line below the window
 * starts, as a share of the text's length; 100 once the last line shows. By offset, not by line,
 * so that it reads the same however much of a lazily wrapped text exists.
 */
export function percent(
  v: Pick<Viewport, 'top' | 'height'>,
  lines: readonly { readonly start: number }[],
  length: number,
): number {
  const below = lines[v.top + v.height];
  if (!below || length === 0) return 100;
  return Math.min(100, Math.round((below.start / length) * 100));
}
