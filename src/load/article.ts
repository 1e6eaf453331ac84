/** A half-open range [start, end) of UTF-16 offsets into an article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type BlockKind = 'title' | 'heading' | 'paragraph';

export interface Block extends Span {
  readonly kind: BlockKind;
  /** Heading depth (1 for `#`); 0 for the title and paragraphs. */
  readonly level: number;
}

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
}

/** A failure to open an article that the user can act on: printed as one line, exit status 1. */
export class LoadError extends Error {
  constructor(
    readonly source: string,
    readonly problem: string,
  ) {
    super(`${source}: ${problem}`);
    this.name = 'LoadError';
  }
}
