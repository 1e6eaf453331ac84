import { sanitizeLine } from './sanitize.js';

/** A half-open range [start, end) of UTF-16 offsets into an article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * `meta` is the line under the title (byline · site · date); `quote` a block quotation; `item` one
 * entry of a list (its bullet or number is part of the text); `code` preformatted text whose line
 * breaks and spaces are kept; `row` one row of a table (its cells joined by ` · ` in the text).
 */
export type BlockKind = 'title' | 'meta' | 'heading' | 'paragraph' | 'quote' | 'item' | 'code' | 'row';

/** Where a `row` block sits in its table; the layout draws the table from its rows' cells. */
export interface TableRow {
  /** Numbers the tables of the article: the consecutive rows with one number form one table. */
  readonly table: number;
  /** A heading row (Markdown's first row, HTML's <th> or <thead> row). */
  readonly header: boolean;
  /** Each cell's text, a span of the article's text (empty cells are empty spans). */
  readonly cells: readonly Span[];
}

export interface Block extends Span {
  readonly kind: BlockKind;
  /** Heading depth (1 for `#`), list nesting (1 for a top-level item); 0 otherwise. */
  readonly level: number;
  /** For a `row` block: its cells and table. */
  readonly row?: TableRow;
}

/** Inline emphasis the source marked: shown styled, never changing the text. */
export type InlineStyle = 'emphasis' | 'strong' | 'code';

export interface StyleSpan extends Span {
  readonly style: InlineStyle;
}

/**
 * A link of an HTML or Markdown article: the stretch of text it covers and its target, already
 * made safe (src/load/links.ts: http, https or mailto, absolute, printable ASCII, length-capped).
 */
export interface LinkSpan extends Span {
  readonly href: string;
}

/** What a web page says about its article, when it says it. */
export interface ArticleMeta {
  readonly byline?: string;
  readonly siteName?: string;
  readonly published?: string;
}

export type ArticleFormat = 'text' | 'markdown' | 'html';

/** Blocks of running text the analysis reads for sentences, quotations and dates. */
export const isBodyBlock = (b: Pick<Block, 'kind'>): boolean =>
  b.kind === 'paragraph' || b.kind === 'quote' || b.kind === 'item';

/**
 * One article as lede shows it: `text` is the whole article, title first, blocks separated by a
 * blank line; every block (and every later annotation) is a span over that text.
 */
export interface Article {
  readonly title: string;
  readonly text: string;
  readonly blocks: readonly Block[];
  /** Where it came from, for messages: a path, `-` for standard input, or a URL. */
  readonly source: string;
  /** Emphasis from Markdown or HTML, sorted by start. */
  readonly styles?: readonly StyleSpan[];
  /** The links of an HTML or Markdown article, sorted by start; never for plain text. */
  readonly links?: readonly LinkSpan[];
  /**
   * The article's own web address, for opening it in a browser: the URL it was fetched from, else
   * the page's canonical address. Made safe as link targets are.
   */
  readonly url?: string;
  readonly meta?: ArticleMeta;
  readonly format?: ArticleFormat;
  /** How the reading fell short, one line each (a limit that flattened a hostile document). */
  readonly warnings?: readonly string[];
}

/**
 * A copy of `s` that holds nothing else in memory: a string cut from a longer one may be kept by
 * V8 as a view of it (for the whole longer string's life). For short strings (titles, bylines).
 */
export function detached(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/**
 * A failure to open an article that the user can act on: printed as one line, exit status 1.
 * Its source (a path, a URL) and its problem (which may quote a server's reason phrase or
 * content type) come from outside, so both are made terminal-safe here, where every load
 * failure is made, and are safe to print as they are.
 */
export class LoadError extends Error {
  readonly source: string;
  readonly problem: string;

  constructor(source: string, problem: string) {
    const shownSource = sanitizeLine(source);
    const shownProblem = sanitizeLine(problem);
    super(`${shownSource}: ${shownProblem}`);
    this.name = 'LoadError';
    this.source = shownSource;
    this.problem = shownProblem;
  }
}
