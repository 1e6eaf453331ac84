import type { Article } from '../load/article.js';
import type { Analysis, Entity } from './types.js';
import { tokenize } from './tokens.js';
import { paragraphSpans, sectionSpans, sentenceSpans } from './structure.js';
import { compromiseDateSpans, dateEntities, findDateSpans } from './dates.js';
import { findNamedEntities } from './entities.js';
import { findNumbers } from './numbers.js';
import { findQuotes } from './quotes.js';
import { assertValidSpans } from './spans.js';

/**
 * Everything lede knows about one article. Pure and deterministic: the same article always
 * gives the same analysis, and every span in it is a valid, sorted range over `article.text`.
 */
export function analyze(article: Article): Analysis {
  const { text } = article;
  const tokens = tokenize(article);
  const dateSpans = findDateSpans(text, compromiseDateSpans(article, tokens));
  // Dates are found first so that "Wednesday" or "28 January" never become names or numbers.
  const named = findNamedEntities(article, dateSpans);
  const ids = new Set(named.map((e) => e.id));
  const entities: Entity[] = [...named, ...dateEntities(text, dateSpans, ids)].sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || (a.id < b.id ? -1 : 1),
  );
  const analysis: Analysis = {
    title: article.title,
    text,
    sections: sectionSpans(article),
    paragraphs: paragraphSpans(article),
    sentences: sentenceSpans(article, tokens),
    entities,
    quotes: findQuotes(article, tokens, entities),
    numbers: findNumbers(text, tokens, [...dateSpans, ...named.flatMap((e) => e.mentions)]),
  };
  assertValidSpans(analysis);
  return analysis;
}
