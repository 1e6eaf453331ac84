import type { Article, Block } from '../load/article.js';
import { type LinkTarget, numberLinks } from './links.js';
import { lineText, layoutArticle } from './wrap.js';

type Printed = Pick<Article, 'text' | 'blocks' | 'links'>;

/**
 * The article word-wrapped to `width`, as `--plain` prints it: no colour, no controls. Each link
 * is marked `[n]` after its words, and a numbered References list of the targets ends the text
 * (the numbers are the reader's links list's: see numberLinks). Targets are not wrapped, so each
 * can be copied whole.
 */
export function renderPlain(article: Printed, width: number): string {
  const { targets, numbers } = numberLinks(article);
  const shown = targets.length ? withReferences(withMarkers(article, numbers), targets) : article;
  const { lines } = layoutArticle(shown, width);
  return lines.map((line) => lineText(shown.text, line)).join('\n') + '\n';
}

/**
 * The References section after the text, laid out with it: a heading, then one list item per
 * target. A target longer than the width is broken as a long word is, so every line still fits.
 */
function withReferences(
  article: Pick<Article, 'text' | 'blocks'>,
  targets: readonly LinkTarget[],
): Pick<Article, 'text' | 'blocks'> {
  let text = article.text;
  const blocks: Block[] = [...article.blocks];
  const add = (kind: 'heading' | 'item', line: string) => {
    text += '\n\n';
    blocks.push({ kind, level: 1, start: text.length, end: text.length + line.length });
    text += line;
  };
  add('heading', 'References');
  for (const t of targets) add('item', `[${t.number}] ${t.href}`);
  return { text, blocks };
}

/**
 * The article with `[n]` put after each link's words, every block (and table cell) moved along so
 * that it still covers its own text, markers included.
 */
export function withMarkers(article: Printed, numbers: readonly number[]): Pick<Article, 'text' | 'blocks'> {
  const inserts = (article.links ?? [])
    .map((l, i) => ({ at: l.end, text: `[${numbers[i]}]` }))
    .sort((a, b) => a.at - b.at);
  let text = '';
  let from = 0;
  for (const ins of inserts) {
    text += article.text.slice(from, ins.at) + ins.text;
    from = ins.at;
  }
  text += article.text.slice(from);
  // before[k]: the length of the first k markers.
  const before = [0];
  for (const ins of inserts) before.push(before.at(-1)! + ins.text.length);
  // Where an offset moves to: a start past the markers before it, an end past those at it too.
  const shift = (offset: number, inclusive: boolean): number => {
    let lo = 0;
    let hi = inserts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = inserts[mid]!.at;
      if (at < offset || (inclusive && at === offset)) lo = mid + 1;
      else hi = mid;
    }
    return offset + before[lo]!;
  };
  const move = <T extends { start: number; end: number }>(span: T): T => ({
    ...span,
    start: shift(span.start, false),
    end: shift(span.end, true),
  });
  const blocks: Block[] = article.blocks.map((b) => {
    const moved = move(b);
    return b.row ? { ...moved, row: { ...b.row, cells: b.row.cells.map(move) } } : moved;
  });
  return { text, blocks };
}
