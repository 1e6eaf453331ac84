import type { Quote } from '../analysis/types.js';
import type { Block } from '../load/article.js';
import { offsetOfLine } from '../layout/lines.js';
import { truncate } from '../layout/wrap.js';
import { paneHeight, percentRead } from './geometry.js';
import { WORDS_PER_MINUTE, shortSource, wordCount } from './reading.js';
import type { ViewState } from './state.js';

/**
 * What `y`, `Y` and `=` are about, as pure functions of the view: the text to copy (and a few
 * words saying what it is), or the one line `=` shows. The text comes from the article, which
 * was made terminal-safe where it was loaded; the clipboard (src/app/clipboard.ts) checks again.
 */

/** The paragraph `y` copies is the one a third of the way down the view, where a jump puts its target. */
const READING_FRACTION = 1 / 3;
/** A speaker's name or a source in the status bar is cut to this. */
const SHORT = 32;

export type Choice = { readonly text: string; readonly what: string } | { readonly message: string };

const OPENING_MARK = /^["“‘'«„‚]/u;

/** `“…” — Speaker, Title`: the quotation on one line, with who said it and where. */
export function quotationText(text: string, quote: Quote, title: string): string {
  const body = text.slice(quote.start, quote.end).replace(/\s+/g, ' ').trim();
  const quoted = OPENING_MARK.test(body) ? body : `“${body}”`;
  const who = [quote.speaker?.replace(/\s+/g, ' ').trim(), title.trim()].filter(Boolean).join(', ');
  return who ? `${quoted} — ${who}` : quoted;
}

/** Blocks that are not text to copy: the title, the line under it, headings. */
const isHeading = (b: Block) => b.kind === 'title' || b.kind === 'meta' || b.kind === 'heading';

/** The block of text at the reading line, a third of the way down (the next one after a heading or gap). */
export function blockAtReadingLine(s: ViewState): Block | undefined {
  const height = paneHeight(s);
  const { lines } = s.layout.withLines(s.top + height);
  const line = lines[Math.min(s.top + Math.floor(height * READING_FRACTION), lines.length - 1)];
  const at = line?.start ?? 0;
  const { blocks } = s.doc.article;
  return blocks.find((b) => b.end > at && !isHeading(b)) ?? blocks.findLast((b) => !isHeading(b));
}

/** `y`: the marked quotation with its speaker, when the mark is in one; else the paragraph being read. */
export function copyChoice(s: ViewState): Choice {
  const { text, quotes } = s.doc.analysis;
  const mark = s.mark;
  const quote = mark ? quotes.find((q) => q.start <= mark.start && mark.end <= q.end) : undefined;
  if (quote) {
    const speaker = quote.speaker ? ` of ${truncate(quote.speaker.replace(/\s+/g, ' '), SHORT)}` : '';
    return { text: quotationText(text, quote, s.doc.article.title), what: `the quotation${speaker}` };
  }
  const block = blockAtReadingLine(s);
  const body = block ? text.slice(block.start, block.end) : '';
  if (!body.trim()) return { message: 'nothing to copy here' };
  const words = wordCount(body);
  return { text: body, what: `the paragraph (${words.toLocaleString('en-GB')} word${words === 1 ? '' : 's'})` };
}

/** `Y`: where the article came from, its URL or its path. */
export function locationChoice(s: ViewState): Choice {
  const { source } = s.doc.article;
  if (source === '-' || !source) return { message: 'nothing to copy: the article came from standard input' };
  const kind = /^https?:\/\//i.test(source) ? 'URL' : 'path';
  return { text: source, what: `the ${kind} ${truncate(shortSource(source), SHORT)}` };
}

/** `=`: file, line x/y, percent, words, and the reading time left below the top of the view. */
export function whereText(s: ViewState): string {
  const { source } = s.doc.article;
  const { text } = s.doc.analysis;
  const name = source === '-' ? 'standard input' : truncate(shortSource(source), SHORT);
  const left = wordCount(text.slice(offsetOfLine(s.layout.lines, s.top)));
  const minutes = left ? `${Math.max(1, Math.round(left / WORDS_PER_MINUTE))} min left` : 'at the end';
  return [
    name,
    `line ${s.top + 1}/${s.layout.lines.length}`,
    `${percentRead(s)}%`,
    `${wordCount(text).toLocaleString('en-GB')} words`,
    minutes,
  ].join(' · ');
}
