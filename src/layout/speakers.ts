import type { Quote } from '../analysis/types.js';
import type { Tag } from './wrap.js';

/** Marks that open a quotation, and those that close one (straight marks do both). */
const OPENING = new Set(['“', '‘', '„', '«', '"', "'"]);
const CLOSING = new Set(['”', '’', '»', '"', "'"]);
/** What may follow a closing mark within its word: punctuation, never a letter or a digit. */
const TRAILING = /^[^\p{L}\p{N}]*$/u;
/** Punctuation that ends a clause; a label goes only where one ends, never between two words of one. */
const CLAUSE_END = /[,.;:?!…—–]/;
const SPACE = /\s/;

/**
 * The speaker labels highlight mode draws: `— speaker` after the word holding the closing mark
 * of each attributed quotation. A label is drawn only where the quotation visibly ends: its span
 * must open with a mark that opens (not followed by a space) and end with one that closes (not
 * after a space), and only punctuation may follow that mark in its word. So a quotation that runs
 * on into the next paragraph is labelled once, after the paragraph that closes it; a scare quote
 * inside a clause (`the "e-mail regime" could`) is not labelled at all, since a label there would
 * cut the sentence in two, where a clause ends (`…,” he said`) it reads as an aside; and a span
 * whose straight marks were paired wrongly (`weeks. "` … `said: "`) is left unlabelled rather
 * than labelled in the middle of someone's words. The labels are layout pieces of their own
 * (`Tag`), never characters of the text.
 */
export function speakerTags(text: string, quotes: readonly Quote[]): Tag[] {
  const tags: Tag[] = [];
  quotes.forEach((q, k) => {
    const next = quotes[k + 1];
    // “It was,” she said, “the hardest call.”: one voice in one paragraph is labelled once, at its end.
    if (next && next.speaker === q.speaker && !text.slice(q.end, next.start).includes('\n')) return;
    if (!q.speaker || !opens(text, q.start, q.end) || !closes(text, q.start, q.end)) return;
    let wordEnd = q.end;
    while (wordEnd < text.length && !SPACE.test(text[wordEnd]!)) wordEnd++;
    const trailing = text.slice(q.end, wordEnd);
    if (!TRAILING.test(trailing) || !CLAUSE_END.test(text[q.end - 2]! + trailing)) return;
    tags.push({ at: wordEnd, text: `— ${q.speaker}` });
  });
  return tags.sort((a, b) => a.at - b.at);
}

function opens(text: string, start: number, end: number): boolean {
  const next = text[start + 1];
  return end - start >= 2 && OPENING.has(text[start]!) && next !== undefined && !SPACE.test(next);
}

function closes(text: string, start: number, end: number): boolean {
  const before = text[end - 2];
  return end - start >= 2 && CLOSING.has(text[end - 1]!) && before !== undefined && !SPACE.test(before);
}
