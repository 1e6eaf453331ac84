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

export interface Tokens {
  readonly text: string;
  /** compromise's document for each block, by block index. */
  readonly docs: readonly BlockDoc[];
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
  const docs: BlockDoc[] = [];
  article.blocks.forEach((block, blockIndex) => {
    const blockText = text.slice(block.start, block.end);
    const doc = nlp(blockText);
    docs.push(doc);
    const json = doc.json({ terms: { text: true, tags: true } }) as { terms: RawTerm[] }[];
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

export const hasTag = (t: Token | undefined, tag: string): boolean => !!t && t.tags.has(tag);
