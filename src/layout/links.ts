import type { Article, LinkSpan } from '../load/article.js';

/**
 * The article's links as one numbered list, shared by `--plain`'s References and the reader's
 * links list (`L`), so a number means the same target in both. A target linked several times is
 * listed once, numbered by where it is first linked, with the words of that first link.
 */
export interface LinkTarget {
  /** 1-based, in order of first appearance. */
  readonly number: number;
  readonly href: string;
  /** The text of its first link (terminal-safe: it is article text). */
  readonly text: string;
  /** Where its first link starts, for showing it. */
  readonly start: number;
}

export interface NumberedLinks {
  readonly targets: readonly LinkTarget[];
  /** For each of `article.links`, in order: the number of its target. */
  readonly numbers: readonly number[];
}

/** Link text longer than this is cut in a list row: a link's words, not a paragraph. */
const MAX_LINK_TEXT = 200;

export function numberLinks(article: Pick<Article, 'text' | 'links'>): NumberedLinks {
  const byHref = new Map<string, number>();
  const targets: LinkTarget[] = [];
  const numbers: number[] = [];
  for (const link of article.links ?? []) {
    let n = byHref.get(link.href);
    if (n === undefined) {
      n = targets.length + 1;
      byHref.set(link.href, n);
      const text = article.text.slice(link.start, link.end).replace(/\s+/g, ' ').slice(0, MAX_LINK_TEXT);
      targets.push({ number: n, href: link.href, text, start: link.start });
    }
    numbers.push(n);
  }
  return { targets, numbers };
}

/** The links drawn in the text: those of an HTML or Markdown article (never of plain text). */
export function shownLinks(article: Pick<Article, 'links'>): readonly LinkSpan[] {
  return article.links ?? [];
}
