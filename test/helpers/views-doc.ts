import type { Analysis, DateMention, Quote } from '../../src/analysis/types.js';
import type { Document } from '../../src/ui/state.js';
import { makeDoc, spansOf } from './doc.js';

const filler = (n: number, from: number) =>
  Array.from(
    { length: n },
    (_, i) => `Paragraph ${from + i} is about the harbour and the boats, long enough to wrap at a narrow width.\n`,
  );

/**
 * An article with quotations by two speakers (one an entity) and one unattributed, far apart so
 * jumps move the view, and dates of which some are placed on the calendar: the analysis is made
 * by hand, so the views' tests do not depend on the analyser's judgement.
 */
export function viewsDoc(): Document {
  const raw = [
    'Harbour talks stall',
    '',
    '“We will reopen the port,” said Ana Costa on Monday.',
    '',
    ...filler(12, 1),
    '“Nobody told us anything,” somebody shouted from the quay.',
    '',
    ...filler(12, 13),
    '“It will take weeks,” Ana Costa added on 4 January 2024.',
    '',
    '“We need money,” the mayor said.',
    '',
    ...filler(12, 25),
    'The port closed on 28 January 2024, after the storm of March 2023. “Wait and see,” Costa said.',
  ].join('\n');
  const base = makeDoc(raw, [
    { name: 'Ana Costa', type: 'person', surfaces: ['Ana Costa', 'Costa'] },
    { name: 'Lisbon', type: 'place' },
  ]);
  const { text } = base.analysis;
  const who: readonly [string | null, string | null, string | null][] = [
    ['Ana Costa', 'person:ana-costa', 'said'],
    [null, null, 'shouted'],
    ['Ana Costa', 'person:ana-costa', 'added'],
    ['the mayor', null, 'said'],
    ['Costa', 'person:ana-costa', 'said'],
  ];
  const quotes: Quote[] = base.analysis.quotes.map((q, i) => ({
    ...q,
    speaker: who[i]![0],
    speakerEntity: who[i]![1],
    verb: who[i]![2],
  }));
  const date = (surface: string, value: string | null): DateMention => ({ ...spansOf(text, surface)[0]!, value });
  const dates = [
    date('Monday', null),
    date('4 January 2024', '2024-01-04'),
    date('28 January 2024', '2024-01-28'),
    date('March 2023', '2023-03'),
  ].sort((a, b) => a.start - b.start);
  // Sentences as a sentence splitter would find them: a paragraph is cut after . ! or ? before a capital or “.
  const sentences = base.analysis.paragraphs.flatMap((p) => {
    const out = [];
    let from = p.start;
    for (const m of text.slice(p.start, p.end).matchAll(/(?<=[.!?][”]?) +(?=[A-Z“])/g)) {
      out.push({ start: from, end: p.start + m.index });
      from = p.start + m.index + m[0].length;
    }
    out.push({ start: from, end: p.end });
    return out;
  });
  const analysis: Analysis = { ...base.analysis, sentences, quotes, dates };
  return { article: base.article, analysis };
}
