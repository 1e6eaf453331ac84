import { parseReferenceDate, resolveDates } from './timeline.js';
import type { Article, Span } from '../load/article.js';
import type { Analysis, Entity, NumberMention, Quote } from './types.js';
import { readWords } from './words/read-words.js';
import { paragraphSpans, sectionSpans, sentenceSpans } from './structure.js';
import { dateEntities, findDateSpans } from './dates.js';
import { findNamedEntities } from './entities.js';
import { findNumbers } from './numbers.js';
import { findQuotes } from './quotes.js';
import { assertValidSpans } from './spans.js';
import { tokenize } from './tokenizer/tokenize.js';
import { type Part, partsOf } from './parts.js';

// Where a long document is cut (parts.ts, which a names helper thread loads without the rest).
export { PART_CHARS, type Part, partsOf } from './parts.js';

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
  const parts = partsOf(article);
  // One cut of the text into tokens and sentences serves the recogniser and the tagger alike
  // (for a document in parts, each part is cut when it is read).
  const nerSentences = parts.length === 1 ? tokenize(text, article.blocks) : undefined;
  progress(STAGES.tokens);
  const named = findNamedEntities(article, dateSpans, undefined, {
    nerSentences,
    parts: parts.map((p) => p.blocks),
    onProgress: (done, total) => progress(STAGES.tokens + (STAGES.names - STAGES.tokens) * (done / total)),
  });
  progress(STAGES.names);
  const context = wordsContext(text, dateSpans, named);
  const found = parts.map((part, k) =>
    wordsOfPart(article, part, context, {
      whole: parts.length === 1,
      nerSentences,
      onProgress: (f) => progress(STAGES.names + (1 - STAGES.names) * ((k + f) / parts.length)),
    }),
  );
  const analysis = assemble(article, dateSpans, context.entities, found);
  progress(1);
  return analysis;
}

/** What every part's words, quotes and numbers need of the whole document: its dates and names. */
export interface WordsContext {
  readonly dateSpans: readonly Span[];
  /** Every entity, dates included, in the order of their first mention. */
  readonly entities: readonly Entity[];
  /** The spans no number may overlap: dates and names. */
  readonly notNumbers: readonly Span[];
}

/** The document's entities (its names and its dates), and what no number may overlap. */
export function wordsContext(text: string, dateSpans: readonly Span[], named: readonly Entity[]): WordsContext {
  const ids = new Set(named.map((e) => e.id));
  const entities: Entity[] = [...named, ...dateEntities(text, dateSpans, ids)].sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || (a.id < b.id ? -1 : 1),
  );
  const notNumbers = [...dateSpans];
  // One at a time: a spread of a few hundred thousand arguments overflows the stack.
  for (const e of named) for (const m of e.mentions) notNumbers.push(m);
  return { dateSpans, entities, notNumbers };
}

/** One part's quotes, numbers and sentences. */
export interface PartWords {
  readonly quotes: readonly Quote[];
  readonly numbers: readonly NumberMention[];
  readonly sentences: readonly Span[];
}

/**
 * The words of one part (partsOf) tagged, and its quotes, numbers and sentences found. With
 * `whole`, the part is the whole article (and `nerSentences` its tokens, when already cut).
 */
export function wordsOfPart(
  article: Article,
  part: Part,
  context: WordsContext,
  options: {
    readonly whole?: boolean;
    readonly nerSentences?: ReturnType<typeof tokenize>;
    /** The share of this part done, 0 to 1. */
    readonly onProgress?: (fraction: number) => void;
  } = {},
): PartWords {
  const share = options.onProgress ?? (() => {});
  const piece: Article = options.whole ? article : { ...article, blocks: part.blocks };
  const tokens = readWords(piece, {
    nerSentences: options.nerSentences,
    dates: context.dateSpans,
    onProgress: (done, total) => share((WORDS_SHARE * done) / total),
  });
  const quotes = findQuotes(piece, tokens, context.entities);
  share(QUOTES_SHARE);
  const numbers = findNumbers(article.text, tokens, context.notNumbers, part);
  return { quotes, numbers, sentences: sentenceSpans(piece, tokens) };
}

/** The analysis made of its parts' findings, in the order of the parts. */
export function assemble(
  article: Article,
  dateSpans: readonly Span[],
  entities: readonly Entity[],
  found: readonly PartWords[],
): Analysis {
  const { text } = article;
  const quotes: Quote[] = [];
  const numbers: NumberMention[] = [];
  const sentences: Span[] = [];
  // One at a time: a spread of a few hundred thousand arguments overflows the stack.
  for (const f of found) {
    for (const q of f.quotes) quotes.push(q);
    for (const n of f.numbers) numbers.push(n);
    for (const s of f.sentences) sentences.push(s);
  }
  const analysis: Analysis = {
    title: article.title,
    text,
    sections: sectionSpans(article),
    paragraphs: paragraphSpans(article),
    sentences,
    entities: [...entities],
    quotes,
    numbers,
    dates: resolveDates(text, dateSpans, sentences, parseReferenceDate(article.meta?.published)),
  };
  assertValidSpans(analysis);
  return analysis;
}

/** Within each part's words, quotes and numbers: where the tagging and the quotes end. */
const WORDS_SHARE = (STAGES.words - STAGES.names) / (1 - STAGES.names);
const QUOTES_SHARE = (STAGES.quotes - STAGES.names) / (1 - STAGES.names);

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
