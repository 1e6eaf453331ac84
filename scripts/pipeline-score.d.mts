import type { Score } from '../src/analysis/ner/conll.js';

export const TYPES: readonly ['PER', 'ORG', 'LOC', 'MISC'];

/**
 * One document's text, each sentence's tokens as [start, end) of it, and where its paragraphs
 * start; with `titleFirst` the first sentence is a paragraph of its own (the title).
 */
export function detokenize(
  sentences: readonly { readonly words: readonly string[] }[],
  options?: { titleFirst?: boolean },
): {
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
export type PipelineResult = PipelinePart & {
  documents: number;
  halves: { a: PipelinePart; b: PipelinePart };
  errors?: { a: Record<string, unknown>[]; b: Record<string, unknown>[] };
};

/** The whole analysis of the built project at `root` on parsed CoNLL documents, scored. */
export function scorePipeline(
  documents: readonly { readonly words: readonly string[]; readonly tags: ArrayLike<number> }[][],
  options: { root: string; source: string; titleFirst?: boolean; collectErrors?: boolean },
): Promise<PipelineResult>;
