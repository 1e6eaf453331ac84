import type { Span } from '../load/article.js';
import type { Analysis } from './types.js';

/**
 * Checks the promise every consumer relies on: each span lies within the text, is non-empty,
 * and each list is sorted by start. A violation is a bug in the analyser, so it throws.
 */
export function assertValidSpans(a: Analysis): void {
  const n = a.text.length;
  const check = (label: string, spans: readonly Span[], allowEmpty = false) => {
    let last = -1;
    for (const s of spans) {
      if (!(
        Number.isInteger(s.start) &&
        Number.isInteger(s.end) &&
        s.start >= 0 &&
        s.end <= n &&
        (allowEmpty ? s.start <= s.end : s.start < s.end)
      )) {
        throw new Error(`analysis: invalid ${label} span [${s.start}, ${s.end}) over ${n} characters`);
      }
      if (s.start < last) throw new Error(`analysis: ${label} spans are not sorted at ${s.start}`);
      last = s.start;
    }
  };
  check('section', a.sections, true);
  check('paragraph', a.paragraphs);
  check('sentence', a.sentences);
  check('quote', a.quotes);
  check('number', a.numbers);
  for (const e of a.entities) check(`mention of ${e.id}`, e.mentions);
}
