import type { PipelineResult } from './pipeline-score.mjs';

export { detokenize, type PipelinePart, type PipelineScore } from './pipeline-score.mjs';

export const WIKIGOLD: string;
export const CONLL_VALID: string;

type Unavailable = { available: false; reason: string };

/** The whole analysis scored on wikigold's development documents (after `npm run build`). */
export function wikigoldPipeline(options?: {
  root?: string;
  file?: string;
  collectErrors?: boolean;
}): Promise<Unavailable | (PipelineResult & { available: true })>;

/** A CoNLL document most of whose lines do not read as sentences (a table of results or prices). */
export function isTable(doc: readonly { readonly words: readonly string[] }[]): boolean;

/** The whole analysis scored on a CoNLL-format file of news articles, tables left out (counted). */
export function conllPipeline(options?: {
  root?: string;
  file?: string;
  collectErrors?: boolean;
}): Promise<Unavailable | (PipelineResult & { available: true; tables: number })>;

/** Prints a score: the heading, then all, half A and half B; or `name: skipped: reason`. */
export function printPipeline(
  r: Unavailable | (PipelineResult & { available: true }),
  heading: string,
  name?: string,
): void;
