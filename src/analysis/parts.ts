/**
 * A long document's parts (analysis/analyze.ts reads one in parts): on its own, so that a thread
 * that only recognises names (src/app/names-helper.ts) loads it without the rest of the analysis.
 */
import type { Article, Block, Span } from '../load/article.js';

/**
 * A document longer than this many characters is analysed in parts of about this size (whole
 * blocks, cut at a heading when one comes soon enough): only one part's tokens, tags and features
 * are held at a time, so a book needs little more memory than a long article. A news story is
 * one part, analysed exactly as a whole.
 */
export const PART_CHARS = 100_000;

/** A run of whole blocks, and the stretch of text from its first block to the next part's. */
export interface Part extends Span {
  readonly blocks: readonly Block[];
}

/** The article cut into runs of whole blocks of about PART_CHARS, preferably at headings. */
export function partsOf(article: Article): Part[] {
  const { blocks, text } = article;
  if (text.length <= PART_CHARS || blocks.length <= 1) return [{ start: 0, end: text.length, blocks }];
  const parts: { start: number; end: number; blocks: Block[] }[] = [];
  let current: Block[] = [];
  for (const b of blocks) {
    const size = current.length ? b.start - current[0]!.start : 0;
    // A heading closes a part once it is big enough; any block closes one twice as big.
    if ((size >= PART_CHARS && b.kind === 'heading') || size >= 2 * PART_CHARS) {
      parts.push({ start: 0, end: 0, blocks: current });
      current = [];
    }
    current.push(b);
  }
  if (current.length) parts.push({ start: 0, end: 0, blocks: current });
  // Each part reaches from its first block to the next part's, so the parts cover the whole text.
  return parts.map((p, k) => ({
    blocks: p.blocks,
    start: k === 0 ? 0 : p.blocks[0]!.start,
    end: parts[k + 1]?.blocks[0]!.start ?? text.length,
  }));
}
