import type { Article } from '../load/article.js';
import type { Analysis, Entity } from './types.js';
import { tokenize } from './tokens.js';
import { paragraphSpans, sectionSpans, sentenceSpans } from './structure.js';
import { dateEntities, findDateSpans } from './dates.js';
import { findNamedEntities } from './entities.js';
import { findNumbers } from './numbers.js';
import { findQuotes } from './quotes.js';
import { assertValidSpans } from './spans.js';
import { tokenizeForNer } from './ner/tokenize.js';

export interface AnalyzeOptions {
  /**
   * Told how far the analysis has got, as `done` out of `total` (thousandths: `total` is 1000),
   * at most about 50 times however long the article, the last time with `done === total`. For a
   * worker thread that reports progress; the analysis stays synchronous.
   */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Progress is counted in thousandths, and told when it has moved on by at least this many. */
const PROGRESS_TOTAL = 1000;
const PROGRESS_STEP = 20;

/**
 * Where each stage ends, as a share of the whole, measured on a long document (5 MB of bbc-news
 * articles): the entity recogniser's two passes are most of it; quotes and numbers include the
 * part-of-speech tagging of the sentences they read.
 */
const STAGES = { dates: 0.05, tokens: 0.09, names: 0.78, words: 0.82, quotes: 0.92 } as const;

/**
 * Everything lede knows about one article. Pure and deterministic: the same article always
 * gives the same analysis, and every span in it is a valid, sorted range over `article.text`.
 */
export function analyze(article: Article, options: AnalyzeOptions = {}): Analysis {
  const { text } = article;
  const progress = progressReporter(options.onProgress);
  progress(0);
  // Dates are found first so that "Wednesday" or "28 January" never become names or numbers.
  const dateSpans = findDateSpans(text);
  progress(STAGES.dates);
  // One cut of the text into tokens and sentences serves the recogniser and the tagger alike.
  const nerSentences = tokenizeForNer(text, article.blocks);
  progress(STAGES.tokens);
  const named = findNamedEntities(article, dateSpans, undefined, {
    nerSentences,
    onProgress: (done, total) => progress(STAGES.tokens + (STAGES.names - STAGES.tokens) * (done / total)),
  });
  progress(STAGES.names);
  const tokens = tokenize(article, {
    nerSentences,
    dates: dateSpans,
    onProgress: (done, total) => progress(STAGES.names + (STAGES.words - STAGES.names) * (done / total)),
  });
  progress(STAGES.words);
  const ids = new Set(named.map((e) => e.id));
  const entities: Entity[] = [...named, ...dateEntities(text, dateSpans, ids)].sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || (a.id < b.id ? -1 : 1),
  );
  const quotes = findQuotes(article, tokens, entities);
  progress(STAGES.quotes);
  const analysis: Analysis = {
    title: article.title,
    text,
    sections: sectionSpans(article),
    paragraphs: paragraphSpans(article),
    sentences: sentenceSpans(article, tokens),
    entities,
    quotes,
    numbers: findNumbers(text, tokens, [...dateSpans, ...named.flatMap((e) => e.mentions)]),
  };
  assertValidSpans(analysis);
  progress(1);
  return analysis;
}

/** A function taking the fraction done (0 to 1) that tells `onProgress` only of steps of 2% or more, and of the end. */
function progressReporter(onProgress: AnalyzeOptions['onProgress']): (fraction: number) => void {
  if (!onProgress) return () => {};
  let told = -PROGRESS_STEP;
  return (fraction) => {
    const done = Math.min(PROGRESS_TOTAL, Math.max(0, Math.floor(fraction * PROGRESS_TOTAL)));
    if (done === PROGRESS_TOTAL ? told === PROGRESS_TOTAL : done < told + PROGRESS_STEP) return;
    told = done;
    onProgress(done, PROGRESS_TOTAL);
  };
}
