import type { Score } from '../src/analysis/ner/conll.js';

export const WIKIGOLD: string;

/** One document's text, each sentence's tokens as [start, end) of it, and where its paragraphs start. */
export function detokenize(sentences: readonly { readonly words: readonly string[] }[]): {
  text: string;
  tokens: [number, number][][];
  paragraphs: number[];
};

/** Precision, recall, F1 and the counts: the recogniser's own score shape (ner/conll.ts). */
export type PipelineScore = Score;
export interface PipelinePart {
  readonly micro: PipelineScore;
  readonly perType: Record<'PER' | 'ORG' | 'LOC' | 'MISC', PipelineScore>;
}

/** The whole analysis scored on wikigold's development documents (after `npm run build`). */
export function wikigoldPipeline(options?: { root?: string; file?: string; collectErrors?: boolean }): Promise<
  | { available: false; reason: string }
  | (PipelinePart & {
      available: true;
      documents: number;
      halves: { a: PipelinePart; b: PipelinePart };
      errors?: { a: Record<string, unknown>[]; b: Record<string, unknown>[] };
    })
>;
