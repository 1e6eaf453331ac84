/**
 * The tokenizer and sentence splitter every analysis reads: the named-entity recogniser
 * (ner/recognise.ts) reads its tokens' forms, and the word layer (words/) makes its words of them.
 *
 * The tagger was trained on CoNLL-2003 (Reuters newswire, pre-tokenised in a Penn-Treebank-like
 * way), so article text is cut the same way: punctuation, quote marks and brackets are tokens of
 * their own, possessives and contractions are split off ("Baghdad" "'s", "do" "n't"), while
 * hyphenated words, times, figures, URLs, e-mail addresses and abbreviations stay whole. Every
 * token keeps its exact span in the text; its `form` is what the model sees (curly quotes made
 * straight, dashes spelt "--", an ellipsis "...").
 *
 * A hand-written scanner over UTF-16 code units (scanner.ts, with scan-word.ts and
 * scan-punctuation.ts): no regular expression runs per character (char-class.ts).
 */
import { BlockScanner } from './scanner.js';

export interface TextToken {
  /** Offset in the text (UTF-16 code units). */
  readonly start: number;
  /** Exclusive; `text.slice(start, end)` is the token as written. */
  readonly end: number;
  /** The token as the model sees it, CoNLL style. */
  readonly form: string;
}

/**
 * Sentences of tokens. `blocks` are [start,end) ranges of the text (paragraphs); a sentence never
 * crosses a block boundary. When omitted, the whole text is one block, and a blank line (\n\n)
 * still ends a sentence.
 *
 * With `blocks`, only text inside a block is tokenised; blocks are taken in order of their start,
 * clamped to the text, and any part of a block overlapping an earlier one is skipped.
 */
export function tokenize(text: string, blocks?: readonly { start: number; end: number }[]): TextToken[][] {
  const out: TextToken[][] = [];
  const n = text.length;
  if (blocks === undefined) {
    if (n > 0) new BlockScanner(text, 0, n, out).run();
    return out;
  }
  const clamp = (x: number): number => (x >= 0 ? (x <= n ? Math.trunc(x) : n) : 0);
  const ranges = blocks.map((b) => ({ start: clamp(b.start), end: clamp(b.end) }));
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  let done = 0;
  for (const r of ranges) {
    const start = Math.max(r.start, done);
    if (start < r.end) {
      new BlockScanner(text, start, r.end, out).run();
      done = r.end;
    }
  }
  return out;
}

/**
 * What a token is as written, `text.slice(token.start, token.end)`: its form itself when that is
 * what is written (most tokens), so that reading a sentence token by token makes no new strings.
 */
export function writtenAs(text: string, token: TextToken): string {
  const { form, start, end } = token;
  return form.length === end - start && text.startsWith(form, start) ? form : text.slice(start, end);
}
