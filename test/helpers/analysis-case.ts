/**
 * The analysis of a short article written for a test: its paragraphs, the first one its title, read
 * as plain text and analysed as lede does. Shared by the tests of the analysis's failure classes.
 */
import { analyze } from '../../src/analysis/analyze.js';
import type { Analysis, Entity } from '../../src/analysis/types.js';
import { parsePlainText } from '../../src/load/parse-text.js';

export function run(...paragraphs: string[]): Analysis {
  return analyze(parsePlainText(paragraphs.join('\n\n'), 'case'));
}

/** The text a span covers. */
export const slice = (a: Analysis, s: { start: number; end: number }): string => a.text.slice(s.start, s.end);

/** The entity one of whose mentions is exactly `surface`. */
export const entityOf = (a: Analysis, surface: string): Entity | undefined =>
  a.entities.find((e) => e.mentions.some((m) => slice(a, m) === surface));

/** The mentions of the entity that has a mention `surface`, as the text writes them. */
export const mentionsOf = (a: Analysis, surface: string): string[] =>
  entityOf(a, surface)?.mentions.map((m) => slice(a, m)) ?? [];

/** Who the analysis says spoke the quotation that contains `words` (null: no speaker, or no such quotation). */
export const speakerOf = (a: Analysis, words: string): string | null =>
  a.quotes.find((q) => slice(a, q).includes(words))?.speaker ?? null;
