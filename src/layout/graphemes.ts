import stringWidth from 'string-width';

/**
 * Graphemes and column widths in time linear in the text's length. V8's Intl.Segmenter walks a
 * long string in quadratic time (40,000 characters take 3 s, 200,000 about a minute), and
 * string-width segments its whole argument, so one long word (a base64 blob, a long URL) froze
 * the reader. Both are fed windows of at most WINDOW code units instead.
 */
const WINDOW = 512;

// Made when first needed: the first Intl object of a process starts ICU (tens of ms), which the
// first page of an article of common characters (NARROW, below) need not wait for (issue 14).
let segmenter: Intl.Segmenter | undefined;
const graphemeSegmenter = () => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

export interface Grapheme {
  readonly segment: string;
  /** Offset of the grapheme in the string that was segmented. */
  readonly index: number;
}

/**
 * The graphemes of `text[start, end)`, with offsets into `text`. Each window but the last stops
 * before its final grapheme, which may go on past the window's edge, and the next window starts
 * there; a single grapheme longer than a window (hundreds of combining marks) is cut.
 */
export function* graphemes(text: string, start = 0, end = text.length): Generator<Grapheme> {
  let at = start;
  while (at < end) {
    const stop = Math.min(end, at + WINDOW);
    const last = stop === end;
    let pending: Grapheme | null = null;
    for (const { segment, index } of graphemeSegmenter().segment(text.slice(at, stop))) {
      if (pending) yield pending;
      pending = { segment, index: at + index };
    }
    if (!pending) return;
    if (last || pending.index === at) {
      yield pending;
      at = pending.index + pending.segment.length;
    } else at = pending.index;
  }
}

/** Terminal columns of a string of any length: string-width, a window of graphemes at a time. */
export function longWidth(s: string): number {
  if (s.length <= WINDOW) return stringWidth(s);
  let width = 0;
  let chunk = '';
  for (const { segment } of graphemes(s)) {
    if (chunk.length + segment.length > WINDOW) {
      width += stringWidth(chunk);
      chunk = '';
    }
    chunk += segment;
  }
  return width + stringWidth(chunk);
}

/** Widths of graphemes seen lately: text repeats its characters, and string-width costs microseconds a call. */
const widths = new Map<string, number>();
const MAX_REMEMBERED = 4096;

/** Terminal columns of one grapheme. */
export function graphemeWidth(segment: string): number {
  let w = widths.get(segment);
  if (w === undefined) {
    w = stringWidth(segment);
    if (widths.size >= MAX_REMEMBERED) widths.clear();
    widths.set(segment, w);
  }
  return w;
}

/** A stretch of text and its width in columns. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly width: number;
}

// Printable ASCII (the space too), Latin letters and the common punctuation (’ “ ” – — …): one
// column each, and each its own grapheme. Almost every word of an article is made of these alone,
// and string-width is ~20× slower. Left out: the soft hyphen (no column), and © ® ‼ ⁉, which
// string-width counts as emoji (two).
const NARROW =
  /^[\x20-\x7e\u00a1-\u00a8\u00aa-\u00ac\u00af-\u02ff\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e]*$/;

/** Whether every character of `s` is one column wide and a grapheme of its own (so its width is its length). */
export function isNarrow(s: string): boolean {
  return NARROW.test(s);
}

/** Terminal columns of a piece of text: string-width, with a fast path for the common case. */
export function textWidth(s: string): number {
  return NARROW.test(s) ? s.length : longWidth(s);
}

/** `text[start, end)` cut at grapheme boundaries into pieces at most `width` columns wide (one grapheme when it is wider). */
export function hardBreak(text: string, start: number, end: number, width: number): Chunk[] {
  const chunks: Chunk[] = [];
  if (NARROW.test(text.slice(start, end))) {
    // One column per code unit, each its own grapheme: cut by counting.
    for (let at = start; at < end; at += width)
      chunks.push({ start: at, end: Math.min(end, at + width), width: Math.min(width, end - at) });
    return chunks;
  }
  let chunkStart = start;
  let chunkWidth = 0;
  for (const { segment, index } of graphemes(text, start, end)) {
    const w = graphemeWidth(segment);
    if (chunkWidth + w > width && chunkWidth > 0) {
      chunks.push({ start: chunkStart, end: index, width: chunkWidth });
      chunkStart = index;
      chunkWidth = 0;
    }
    chunkWidth += w;
  }
  if (chunkStart < end) chunks.push({ start: chunkStart, end, width: chunkWidth });
  return chunks;
}
