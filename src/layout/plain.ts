import type { Article } from '../load/article.js';
import { lineText, layoutArticle } from './wrap.js';

/** The article word-wrapped to `width`, as `--plain` prints it: no colour, no controls. */
export function renderPlain(article: Pick<Article, 'text' | 'blocks'>, width: number): string {
  const { lines } = layoutArticle(article, width);
  return lines.map((line) => lineText(article.text, line)).join('\n') + '\n';
}
