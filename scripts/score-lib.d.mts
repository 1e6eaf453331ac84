/** [surface, n]: the n-th (0-based) case-sensitive whole-word occurrence of surface. */
export type GoldMention = [surface: string, n: number];

export interface Gold {
  entities: { name: string; type: string; aliases?: string[]; mentions: GoldMention[] }[];
  optional?: GoldMention[];
  dates?: GoldMention[];
  numbers?: GoldMention[];
  quotes?: { text: string; speaker: string }[];
  [other: string]: unknown;
}

export interface Overlap {
  found: number;
  total: number;
  right: number;
  predicted: number;
  recall: number;
  precision: number;
}

export interface Score {
  entities: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
  grouped: { count: number; total: number; misgrouped: string[] };
  dates: Overlap;
  numbers: Overlap;
  quotes: { found: number; total: number; speakersRight: number; extra: number };
}

export interface Scorable {
  readonly text: string;
  readonly entities?: readonly unknown[];
  readonly quotes?: readonly unknown[];
  readonly numbers?: readonly unknown[];
}

export function scoreAnalysis(gold: Gold, pred: Scorable): Score;
export function summaryLine(score: Score): string;
