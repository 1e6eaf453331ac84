import nlp from 'compromise';
import type { Article, Span } from '../load/article.js';

/**
 * One word of the article as compromise sees it, placed on the article text. `start`/`end`
 * cover the word itself (no surrounding punctuation); `pre`/`post` are the characters
 * compromise attached to either side (quote marks, commas, a hyphen, whitespace).
 */
export interface Token extends Span {
  readonly i: number;
  readonly text: string;
  readonly lower: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: ReadonlySet<string>;
  /** Index into `Tokens.sentences`. */
  readonly sentence: number;
  /** Index into the article's blocks. */
  readonly block: number;
}

export interface Sentence extends Span {
  /** Token index range [first, last) */
  readonly first: number;
  readonly last: number;
  readonly block: number;
}

/** compromise's parse of one block, kept so later passes (dates) need not parse it again. */
export type BlockDoc = ReturnType<typeof nlp>;

/** compromise's parse of one piece of a block; `offset` is where the piece starts in the block. */
export interface DocPiece {
  readonly doc: BlockDoc;
  readonly offset: number;
}

/**
 * compromise's matcher is superlinear in sentence length (a 1 MB paragraph with no full stop
 * took two minutes): longer blocks go to it in pieces of about this many characters, cut at a
 * sentence end when there is one, else at a space.
 */
export const MAX_PIECE_CHARS = 4000;

export interface Tokens {
  readonly text: string;
  /** compromise's documents for each block (one per piece), by block index. */
  readonly docs: readonly (readonly DocPiece[])[];
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Token index at a character offset (the token whose span covers it), built lazily. */
  tokenAt(offset: number): Token | undefined;
}

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
}

/**
 * Runs compromise once per block (title, headings, paragraphs), so sentences can never cross a
 * block boundary, and places every term on the article text by searching forward from the
 * previous one: this does not rely on how compromise counts offsets, and it is cheap.
 */
export function tokenize(article: Article): Tokens {
  const { text } = article;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const docs: DocPiece[][] = [];
  article.blocks.forEach((block, blockIndex) => {
    const blockText = text.slice(block.start, block.end);
    const pieces = splitPieces(blockText).map((p) => ({ doc: nlp(blockText.slice(p.start, p.end)), offset: p.start }));
    docs.push(pieces);
    const json = pieces.flatMap((p) => p.doc.json({ terms: { text: true, tags: true } }) as { terms: RawTerm[] }[]);
    let cursor = 0;
    for (const s of json) {
      const first = tokens.length;
      let sentStart = -1;
      let sentEnd = -1;
      for (const term of s.terms) {
        // Contractions yield an extra term with empty text ("didn't" → "did" + ""): skip it.
        if (!term.text) continue;
        const at = blockText.indexOf(term.text, cursor);
        if (at < 0) continue;
        cursor = at + term.text.length;
        const start = block.start + at;
        const end = start + term.text.length;
        const pre = term.pre ?? '';
        const post = term.post ?? '';
        if (sentStart < 0) sentStart = Math.max(block.start, start - pre.trimStart().length);
        sentEnd = Math.min(block.end, end + post.trimEnd().length);
        tokens.push({
          i: tokens.length,
          start,
          end,
          text: term.text,
          lower: term.text.toLowerCase(),
          pre,
          post,
          tags: new Set(term.tags),
          sentence: sentences.length,
          block: blockIndex,
        });
      }
      if (tokens.length > first) {
        sentences.push({ start: sentStart, end: sentEnd, first, last: tokens.length, block: blockIndex });
      }
    }
  });

  let index: Int32Array | null = null;
  const tokenAt = (offset: number): Token | undefined => {
    if (!index) {
      index = new Int32Array(text.length + 1).fill(-1);
      for (const t of tokens) index.fill(t.i, t.start, t.end);
    }
    const k = index[offset] ?? -1;
    return k >= 0 ? tokens[k] : undefined;
  };
  return { text, docs, tokens, sentences, tokenAt };
}

/** Cuts an over-long block into pieces of at most MAX_PIECE_CHARS, at a sentence end or a space. */
function splitPieces(blockText: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  while (blockText.length - start > MAX_PIECE_CHARS) {
    const window = blockText.slice(start, start + MAX_PIECE_CHARS);
    const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    const space = window.lastIndexOf(' ');
    const cut = sentence > MAX_PIECE_CHARS / 2 ? sentence + 2 : space > 0 ? space + 1 : MAX_PIECE_CHARS;
    out.push({ start, end: start + cut });
    start += cut;
  }
  out.push({ start, end: blockText.length });
  return out;
}

export const hasTag = (t: Token | undefined, tag: string): boolean => !!t && t.tags.has(tag);
