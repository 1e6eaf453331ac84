import stringWidth from 'string-width';
import type { Article, Block, BlockKind } from '../load/article.js';
import { graphemeWidth, graphemes, hardBreak, isNarrow, textWidth } from './graphemes.js';
import { rowLines, type TableShape, tableShape } from './table.js';

export { textWidth };

/** Text inserted by the layout that is not part of the article (e.g. a quote's speaker). */
export interface Tag {
  /** Offset the tag follows: it is placed after the word that ends at or after this offset. */
  readonly at: number;
  readonly text: string;
}

export type Piece =
  | { readonly kind: 'text'; readonly start: number; readonly end: number }
  | { readonly kind: 'tag'; readonly text: string };

export interface Line {
  /** Offsets of the article text this line shows; a blank line has start === end. */
  readonly start: number;
  readonly end: number;
  readonly kind: BlockKind | 'blank';
  /** Index of the block the line belongs to (the following block for a blank line). */
  readonly block: number;
  /** Drawn before the pieces and not part of the article: a block quote's bar, a list's indent. */
  readonly prefix?: string;
  readonly pieces: readonly Piece[];
}

/** The pieces of every blank line: one shared empty list. */
const NO_PIECES: readonly Piece[] = Object.freeze([]);

/**
 * A line that shows one stretch of the text and nothing else, as most lines do: its one piece is
 * made when asked for (a frame asks for the rows it draws), not kept. A list and a piece kept for
 * every line cost ~100 bytes a line: ~8 MB for the 5 MB document's 83,000 lines, held by the
 * reader the whole time the analysis runs (issue 14's peak memory).
 */
class PlainLine implements Line {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly kind: BlockKind,
    readonly block: number,
    readonly prefix?: string,
  ) {}

  get pieces(): readonly Piece[] {
    return [{ kind: 'text', start: this.start, end: this.end }];
  }
}

/** `line` with `prefix` drawn before it. */
function withPrefix(line: Line, prefix: string): Line {
  return line instanceof PlainLine
    ? new PlainLine(line.start, line.end, line.kind, line.block, prefix)
    : { ...line, prefix };
}

/** The bar drawn before each line of a block quote. */
export const QUOTE_BAR = '│ ';
/** Columns each level of list nesting, and a code block, is indented by. */
const INDENT = 2;

export interface Layout {
  readonly width: number;
  readonly lines: readonly Line[];
}

interface Token {
  readonly start: number;
  readonly end: number;
  readonly width: number;
  readonly tag?: string;
}

/**
 * Greedy word wrap of every block to `width` terminal columns (wide characters count 2), with
 * a blank line between blocks. Lines keep offsets into the text rather than copies, so the
 * reader can map a mention to its line and a line back to what it shows.
 */
export function layoutArticle(
  article: Pick<Article, 'text' | 'blocks'>,
  width: number,
  tags: readonly Tag[] = [],
): Layout {
  const layout = new LazyLayout(article, width, tags);
  layout.ensureAll();
  return { width: layout.width, lines: layout.lines };
}

/**
 * The same wrap, done block by block as it is needed: the reader asks for the lines it shows
 * (`ensureLines`), for the line holding an offset (`ensureOffset`), or for everything (`ensureAll`),
 * and `extend` wraps a little more in idle time. Lines only ever get appended, in block order,
 * so a line's index never changes once it exists: a book opens as fast as a news story.
 */
export class LazyLayout implements Layout {
  readonly width: number;
  private out: Line[] = [];
  private readonly sortedTags: readonly Tag[];
  /** Each table's shape at this width, worked out when its first row is wrapped. */
  private readonly tables = new Map<number, TableShape>();
  private tagIndex = 0;
  private nextBlock = 0;

  constructor(
    private readonly article: Pick<Article, 'text' | 'blocks'>,
    width: number,
    tags: readonly Tag[] = [],
  ) {
    this.width = Math.max(1, Math.floor(width));
    this.sortedTags = [...tags].sort((a, b) => a.at - b.at);
  }

  /** The lines wrapped so far (all of them once `complete`). */
  get lines(): readonly Line[] {
    return this.out;
  }

  get complete(): boolean {
    return this.nextBlock >= this.article.blocks.length;
  }

  /** Wraps until at least `count` lines exist (or there is no more text). */
  ensureLines(count: number): this {
    while (this.out.length < count && !this.complete) this.wrapNext();
    return this;
  }

  /** Wraps until the line showing `offset` exists. */
  ensureOffset(offset: number): this {
    while (!this.hasOffset(offset)) this.wrapNext();
    return this;
  }

  ensureAll(): this {
    while (!this.complete) this.wrapNext();
    return this;
  }

  /**
   * The same as `ensureLines`, `ensureOffset` and `ensureAll`, but never changing this layout:
   * it is returned as it is when it already reaches that far, else a copy is wrapped further.
   * The reducer uses these, so a state it is given is never changed under whoever holds it.
   */
  withLines(count: number): LazyLayout {
    return this.complete || this.out.length >= count ? this : this.copy().ensureLines(count);
  }

  withOffset(offset: number): LazyLayout {
    return this.hasOffset(offset) ? this : this.copy().ensureOffset(offset);
  }

  withAll(): LazyLayout {
    return this.complete ? this : this.copy().ensureAll();
  }

  /** Whether the line showing `offset` has been wrapped. */
  private hasOffset(offset: number): boolean {
    if (this.complete) return true;
    // A block's first line may be the blank line before it, which starts just after the previous block.
    const previous = this.article.blocks[this.nextBlock - 1];
    return (previous ? previous.end + 1 : this.article.blocks[this.nextBlock]!.start) > offset;
  }

  private copy(): LazyLayout {
    const c = new LazyLayout(this.article, this.width, this.sortedTags);
    c.out = this.out.slice();
    c.tagIndex = this.tagIndex;
    c.nextBlock = this.nextBlock;
    return c;
  }

  /** Wraps blocks for about `budgetMs` milliseconds; true once everything is wrapped. */
  extend(budgetMs: number): boolean {
    const until = performance.now() + budgetMs;
    while (!this.complete) {
      // Checking the clock every block would cost more than small blocks do.
      for (let k = 0; k < 32 && !this.complete; k++) this.wrapNext();
      if (performance.now() >= until) break;
    }
    return this.complete;
  }

  private wrapNext(): void {
    const { article, out } = this;
    const index = this.nextBlock++;
    const block = article.blocks[index]!;
    const measure = this.width;
    // A blank line between blocks, except between the items of one list, which read as one.
    const previous = article.blocks[index - 1];
    const sameTable = previous?.kind === 'row' && block.kind === 'row' && previous.row!.table === block.row!.table;
    if (previous && !(previous.kind === 'item' && block.kind === 'item') && !sameTable) {
      const gap = previous.end + 1;
      out.push({ start: gap, end: gap, kind: 'blank', block: index, pieces: NO_PIECES });
    }
    if (block.kind === 'code') {
      codeLines(article.text, block, index, measure, out);
      return;
    }
    if (block.row) {
      let shape = this.tables.get(block.row.table);
      if (!shape) this.tables.set(block.row.table, (shape = tableShape(article, index, measure)));
      rowLines(article, index, shape, measure, out);
      return;
    }
    const tokens: Token[] = [];
    const tags = this.sortedTags;
    for (const word of words(article.text, block)) {
      tokens.push(word);
      while (this.tagIndex < tags.length && tags[this.tagIndex]!.at <= word.end) {
        const tag = tags[this.tagIndex++]!;
        tokens.push({ start: word.end, end: word.end, width: textWidth(tag.text), tag: tag.text });
      }
    }
    const [first, rest] = prefixes(article.text, block, measure);
    const from = out.length;
    wrapTokens(
      tokens,
      block,
      index,
      Math.max(1, measure - Math.max(textWidth(first), textWidth(rest))),
      article.text,
      out,
    );
    if (first || rest) for (let k = from; k < out.length; k++) out[k] = withPrefix(out[k]!, k === from ? first : rest);
  }
}

/**
 * What goes before a block's first line and before the others: a bar for a block quote; for a
 * list item, its nesting indent, and under the bullet a hanging indent. None on a very narrow
 * measure, where every column is needed for the words.
 */
function prefixes(text: string, block: Block, width: number): [string, string] {
  if (width < 12) return ['', ''];
  if (block.kind === 'quote') return [QUOTE_BAR, QUOTE_BAR];
  if (block.kind === 'item') {
    const indent = ' '.repeat(INDENT * Math.max(0, Math.min(block.level, 6) - 1));
    const bullet = /^\S+ /.exec(text.slice(block.start, Math.min(block.end, block.start + 12)))?.[0] ?? '';
    return [indent, indent + ' '.repeat(textWidth(bullet))];
  }
  return ['', ''];
}

/** Drawn before each continuation of a code line too long for the measure (in the indent's place). */
export const CODE_CONTINUATION = '↳ ';

/**
 * Code keeps its lines and spaces: a line too long for the measure is continued on the next
 * line, after a space when one falls in the second half of the room, behind a ↳ mark. The text
 * of the continued pieces is the line's own, in order, so nothing is lost or repeated.
 */
function codeLines(text: string, block: Block, index: number, width: number, out: Line[]): void {
  const indent = width >= 12 ? ' '.repeat(INDENT) : '';
  const mark = width >= 12 ? CODE_CONTINUATION : width >= 4 ? CODE_CONTINUATION.trimEnd() : '';
  const room = Math.max(1, width - indent.length);
  const markRoom = Math.max(1, width - textWidth(mark));
  const push = (start: number, end: number, prefix: string) =>
    out.push({
      start,
      end,
      kind: 'code',
      block: index,
      prefix,
      pieces: end > start ? [{ kind: 'text', start, end }] : [],
    });
  let at = block.start;
  while (at <= block.end) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 || nl > block.end ? block.end : nl;
    if (end === at) push(at, at, indent);
    for (let pos = at, first = true; pos < end; first = false) {
      const cut = codeCut(text, pos, end, first ? room : markRoom);
      push(pos, cut, first ? indent : mark);
      pos = cut;
    }
    at = end + 1;
  }
}

/** Where the piece of a code line starting at `pos` ends, for `room` columns. */
function codeCut(text: string, pos: number, end: number, room: number): number {
  // A piece of `room` columns is never longer than this many code units, but for very long graphemes.
  const window = Math.min(end, pos + room * 4 + 64);
  const piece = hardBreak(text, pos, window, room)[0]!;
  if (piece.end >= end) return end;
  const space = text.lastIndexOf(' ', piece.end - 1);
  return space >= pos + room / 2 ? space + 1 : piece.end;
}

function* words(text: string, block: Block): Generator<Token> {
  const word = /[^ ]+/g;
  const slice = text.slice(block.start, block.end);
  for (const m of slice.matchAll(word)) {
    const start = block.start + m.index;
    yield { start, end: start + m[0].length, width: textWidth(m[0]) };
  }
}

function wrapTokens(
  tokens: readonly Token[],
  block: Block,
  index: number,
  width: number,
  text: string,
  out: Line[],
): void {
  const pieces: Piece[] = [];
  let used = 0;
  let lineStart = -1;
  let lineEnd = -1;
  const push = () => {
    if (lineStart < 0) return;
    // One piece of text is the whole line (addText's first piece starts the line): made when asked for.
    if (pieces.length === 1 && pieces[0]!.kind === 'text')
      out.push(new PlainLine(lineStart, lineEnd, block.kind as BlockKind, index));
    // An array that grew by push keeps room for 17; a long text's lines keep only their pieces.
    else out.push({ start: lineStart, end: lineEnd, kind: block.kind, block: index, pieces: pieces.slice() });
    pieces.length = 0;
    used = 0;
    lineStart = -1;
    wordEnd = -1;
  };
  let wordEnd = -1;
  const addText = (start: number, end: number, w: number) => {
    const last = pieces[pieces.length - 1];
    if (last && last.kind === 'text') pieces[pieces.length - 1] = { kind: 'text', start: last.start, end };
    // After a tag, the piece starts at the previous word's end so it carries the article's own space.
    else pieces.push({ kind: 'text', start: lineStart >= 0 && wordEnd >= 0 ? wordEnd : start, end });
    wordEnd = end;
    if (lineStart < 0) lineStart = start;
    lineEnd = end;
    used += w;
  };
  // Whether the line has begun: not `used > 0`, since a word can be zero columns wide (a lone
  // joiner or combining mark) and the space after it still takes a column.
  const started = () => lineStart >= 0;
  for (const token of tokens) {
    const gap = started() ? 1 : 0;
    if (token.tag !== undefined) {
      const tagText = truncate(token.tag, width);
      const tagWidth = stringWidth(tagText);
      if (started() && used + 1 + tagWidth > width) push();
      const spaced = started();
      if (lineStart < 0) lineStart = lineEnd = token.start;
      pieces.push({ kind: 'tag', text: (spaced ? ' ' : '') + tagText });
      used += (spaced ? 1 : 0) + tagWidth;
      // The tag sits at the end of the word before it: the next word's piece starts there, space included.
      wordEnd = token.start;
      continue;
    }
    if (started() && used + gap + token.width > width) push();
    if (token.width <= width) {
      // Keep the original spacing inside a line so a text piece is one contiguous slice.
      addText(token.start, token.end, token.width + (started() ? 1 : 0));
      continue;
    }
    // A word wider than the whole line is cut at grapheme boundaries.
    for (const chunk of hardBreak(text, token.start, token.end, width)) {
      if (started()) push();
      addText(chunk.start, chunk.end, chunk.width);
    }
  }
  push();
}

/** Cuts a string to at most `width` columns, ending with … when cut; reads no further than it keeps. */
export function truncate(s: string, width: number): string {
  if (width <= 0) return '';
  // One column per code unit as far as the cut: cut by counting (what the loop below gives, without
  // segmenting; the character after the cut decides, since it begins a grapheme one column wide).
  if (isNarrow(s.length > width ? s.slice(0, width + 1) : s))
    return s.length <= width ? s : `${s.slice(0, width - 1)}…`;
  let out = '';
  let used = 0;
  let cut = -1;
  for (const { segment } of graphemes(s)) {
    const w = graphemeWidth(segment);
    if (cut < 0 && used + w > width - 1) cut = out.length;
    // It does not fit: keep what fits beside the mark.
    if (used + w > width) return out.slice(0, cut) + '…';
    out += segment;
    used += w;
  }
  return out;
}

/** The text a line shows, tags included, without styling. */
export function lineText(text: string, line: Line): string {
  return (
    (line.prefix ?? '') + line.pieces.map((p) => (p.kind === 'text' ? text.slice(p.start, p.end) : p.text)).join('')
  );
}
