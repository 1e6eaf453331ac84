import type { Article, Span } from '../../load/article.js';
import { tokenize, type TextToken } from '../tokenizer/tokenize.js';
import type { Tag, Tags } from './tags.js';
import { WORDLIKE, WordList, isClitic } from './word-list.js';

/**
 * The word layer: the article's words and sentences, each word with its part-of-speech tags,
 * on top of the shared tokenizer. What quotes.ts, numbers.ts and structure.ts read.
 */

/**
 * One word of the article, placed on the article text. `start`/`end` cover the word itself;
 * `pre`/`post` are the characters between it and its neighbours (quote marks, commas, brackets,
 * a dash, white space): punctuation is never a word of its own here. The gap between two words
 * is split at its last white space: what follows it opens the next word ("“", "("), the rest
 * closes this one (", ", ") ", " - "); a gap with no white space goes to `post`, except for
 * opening marks right before the next word.
 *
 * Words come from the shared tokenizer (tokenizer/tokenize.ts) with one change: a clitic is
 * joined back to its word ("Smith" + "’s" is one word "Smith’s", tagged Possessive; "did" +
 * "n't" is "didn't"), as quotes.ts and numbers.ts read whole written words.
 */
export interface Word extends Span {
  readonly i: number;
  readonly text: string;
  readonly lower: string;
  readonly pre: string;
  readonly post: string;
  /**
   * Its part-of-speech tags in the context of its sentence (see tags.ts), worked out when first
   * asked for.
   */
  readonly tags: Tags;
  /** Index into `Words.sentences`. */
  readonly sentence: number;
  /** Index into the article's blocks. */
  readonly block: number;
}

export interface Sentence extends Span {
  /** Word index range [first, last) */
  readonly first: number;
  readonly last: number;
  readonly block: number;
}

export interface Words {
  readonly text: string;
  readonly tokens: readonly Word[];
  readonly sentences: readonly Sentence[];
  /** The token whose span covers a character offset, if any. */
  tokenAt(offset: number): Word | undefined;
}

export interface ReadWordsOptions {
  /** The article cut by `tokenize(text, blocks)`, when the caller has it already. */
  readonly nerSentences?: readonly (readonly TextToken[])[];
  /** Date and time spans (sorted, not overlapping): words inside one get the Date tag. */
  readonly dates?: readonly Span[];
  /** Called now and then with how many of the sentences have been read. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Progress is reported after every this many sentences. */
const PROGRESS_EVERY = 256;
/** Marks that open what follows them: in a gap without white space they go to the next word's `pre`. */
const OPENING_MARKS = new Set('“‘"\'([{«„‚$£€¥#@');
const WHITE = /\s/u;
/** Whether a UTF-16 code unit is white space, as /\s/u reads it: by table, each unit tested once. */
const whiteClass = new Uint8Array(0x10000);
function isWhite(c: number): boolean {
  let k = whiteClass[c]!;
  if (k === 0) whiteClass[c] = k = WHITE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

class LazyWord implements Word {
  constructor(
    private readonly list: WordList,
    readonly i: number,
    readonly start: number,
    readonly end: number,
    /** Where `pre` begins and `post` ends. */
    private readonly preStart: number,
    private readonly postEnd: number,
    readonly sentence: number,
    readonly block: number,
  ) {}
  get tags(): Tags {
    return this.list.tagsOf(this.i, this.sentence);
  }
  get text(): string {
    return this.list.text.slice(this.start, this.end);
  }
  get lower(): string {
    return this.text.toLowerCase();
  }
  get pre(): string {
    return this.list.text.slice(this.preStart, this.start);
  }
  get post(): string {
    return this.list.text.slice(this.end, this.postEnd);
  }
}

/**
 * Words and sentences of every block (title, headings, paragraphs), so that sentences never cross
 * a block boundary, each word tagged with its part of speech in the context of its sentence.
 */
export function readWords(article: Article, options: ReadWordsOptions = {}): Words {
  const { text } = article;
  const nerSentences = options.nerSentences ?? tokenize(text, article.blocks);
  const dates = options.dates ?? [];

  // Which block each sentence lies in: both are in text order.
  const blockOrder = article.blocks
    .map((b, k) => ({ start: b.start, end: b.end, k }))
    .sort((a, b) => a.start - b.start || a.end - b.end);

  // First the words' spans, then their pre/post (which need both neighbours). At most one word
  // per token: typed arrays of that length, not lists grown a word at a time.
  let tokenCount = 0;
  for (const ner of nerSentences) tokenCount += ner.length;
  const starts = new Int32Array(tokenCount);
  const ends = new Int32Array(tokenCount);
  const sentenceOf = new Int32Array(tokenCount);
  const blockOf = new Int32Array(tokenCount);
  const inDate = new Uint8Array(tokenCount);
  let count = 0;
  const sentences: Sentence[] = [];
  const nerIndex: number[] = [];
  let b = 0;
  let d = 0;
  for (let s = 0; s < nerSentences.length; s++) {
    const ner = nerSentences[s]!;
    if (options.onProgress && s % PROGRESS_EVERY === 0) options.onProgress(s, nerSentences.length);
    if (!ner.length) continue;
    const from = ner[0]!.start;
    while (b + 1 < blockOrder.length && blockOrder[b]!.end <= from) b++;
    const block = blockOrder[b]?.k ?? 0;
    const first = count;
    for (let k = 0; k < ner.length; k++) {
      const t = ner[k]!;
      if (!WORDLIKE.test(t.form)) continue;
      const last = count - 1;
      if (last >= first && ends[last] === t.start && isClitic(t.form)) {
        // A clitic joins the word it was split from: "Smith’s", "didn't" (see WordList).
        ends[last] = t.end;
        continue;
      }
      while (d < dates.length && dates[d]!.end <= t.start) d++;
      starts[count] = t.start;
      ends[count] = t.end;
      sentenceOf[count] = sentences.length;
      blockOf[count] = block;
      inDate[count] = d < dates.length && dates[d]!.start < t.end ? 1 : 0;
      count++;
    }
    if (count > first) {
      sentences.push({ start: from, end: ner[ner.length - 1]!.end, first, last: count, block });
      nerIndex.push(s);
    }
  }
  options.onProgress?.(nerSentences.length, nerSentences.length);

  const list = new WordList(text, nerSentences, nerIndex, sentences, inDate.slice(0, count));
  const tokens: Word[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const block = article.blocks[blockOf[i]!];
    const sameBlockBefore = i > 0 && blockOf[i - 1] === blockOf[i];
    const sameBlockAfter = i + 1 < count && blockOf[i + 1] === blockOf[i];
    const preStart = sameBlockBefore ? splitGap(text, ends[i - 1]!, starts[i]!) : Math.max(block?.start ?? 0, 0);
    const postEnd = sameBlockAfter
      ? splitGap(text, ends[i]!, starts[i + 1]!)
      : Math.min(block?.end ?? text.length, text.length);
    tokens[i] = new LazyWord(
      list,
      i,
      starts[i]!,
      ends[i]!,
      Math.min(preStart, starts[i]!),
      Math.max(postEnd, ends[i]!),
      sentenceOf[i]!,
      blockOf[i]!,
    );
  }

  const tokenAt = (offset: number): Word | undefined => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tokens[mid]!;
      if (offset < t.start) hi = mid - 1;
      else if (offset >= t.end) lo = mid + 1;
      else return t;
    }
    return undefined;
  };
  return { text, tokens, sentences, tokenAt };
}

/** Where the gap text[from, to) between two words is cut into the first's `post` and the second's `pre`. */
function splitGap(text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (isWhite(text.charCodeAt(k))) return k + 1;
  let k = to;
  while (k > from && OPENING_MARKS.has(text[k - 1]!)) k--;
  return k;
}

/** Whether there is a word and it has the tag. */
export const hasTag = (t: Word | undefined, tag: Tag): boolean => !!t && t.tags.has(tag);
