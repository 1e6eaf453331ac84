import posTagger from 'wink-pos-tagger';
import type { Article, Span } from '../load/article.js';
import { tokenize, type TextToken } from './tokenizer/tokenize.js';
import { lexiconTags } from './lexicon/common-words.js';

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
export interface Token extends Span {
  readonly i: number;
  readonly text: string;
  readonly lower: string;
  readonly pre: string;
  readonly post: string;
  /**
   * Part-of-speech tags under the names quotes.ts and numbers.ts ask for (the names compromise
   * used, which lede read before): Noun, Singular, Plural, ProperNoun, Acronym, Pronoun,
   * Possessive, Determiner, Verb, Infinitive, PresentTense, PastTense, Gerund, Modal, Adjective,
   * Adverb, Preposition, Conjunction, Value, Date: wink-pos-tagger's Penn Treebank tags mapped
   * by `TAGS_OF`, with the corrections in `tagsFor`.
   */
  readonly tags: ReadonlySet<string>;
  /** Index into `Tokens.sentences`. */
  readonly sentence: number;
  /** Index into the article's blocks. */
  readonly block: number;
}

export interface Sentence extends Span {
  /** Token index range [first, last) */
  readonly first: number;
  readonly last: number;
  readonly block: number;
}

export interface Tokens {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** The token whose span covers a character offset, if any. */
  tokenAt(offset: number): Token | undefined;
}

export interface TokenizeOptions {
  /** The article cut by `tokenize(text, blocks)`, when the caller has it already. */
  readonly nerSentences?: readonly (readonly TextToken[])[];
  /** Date and time spans (sorted, not overlapping): words inside one get the Date tag. */
  readonly dates?: readonly Span[];
  /** Called now and then with how many of the sentences have been read. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * wink-pos-tagger (MIT): a lexicon of Penn Treebank tags with suffix rules for unknown words and
 * hand-written context rules, run on our own tokens, a sentence at a time. Made on first use:
 * loading its lexicon takes about 100 ms.
 */
let tagger: ReturnType<typeof posTagger> | null = null;

/**
 * Longer tokens are cut to this before tagging: nothing is lost for a word, and the tagger's
 * number pattern is quadratic in the length of a long run of digits.
 */
const MAX_TAGGER_FORM = 40;
/** Progress is reported after every this many sentences. */
const PROGRESS_EVERY = 256;

const WORDLIKE = /[\p{L}\p{N}]/u;
const CAPITALISED = /^\p{Lu}/u;
const STARTS_WITH_DIGIT = /^\p{N}/u;
/** All capitals, two letters or more, with optional dots: "BBC", "U.S.". */
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;
/** A hyphenated word whose last part is a word: the tagger sees that part ("Iran-backed" → "backed"). */
const HYPHENATED_TAIL = /-(\p{L}[\p{L}\p{M}'’]*)$/u;
/** Marks that open what follows them: in a gap without white space they go to the next word's `pre`. */
const OPENING_MARKS = new Set('“‘"\'([{«„‚$£€¥#@');
const WHITE = /\s/u;

/**
 * Words read as conjunctions whatever the tagger says: coordinators, the subordinators that
 * introduce a clause ("because", "although", "if") and linking adverbs ("however").
 */
/** Relative pronouns ("…the bridge, which he said was…"): they open a clause, as a conjunction does. */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
const CONJUNCTIONS = new Set([
  'and',
  'or',
  'but',
  'nor',
  'yet',
  'plus',
  'either',
  'however',
  'therefore',
  'otherwise',
  'although',
  'though',
  'tho',
  'because',
  'cos',
  'coz',
  'cuz',
  'whether',
  'while',
  'whilst',
  'unless',
  'whenever',
  'wherever',
  'whereby',
  'if',
  'vs',
]);

/** Penn Treebank tag → lede's tag names. */
const TAGS_OF: Readonly<Record<string, readonly string[]>> = {
  NN: ['Noun', 'Singular'],
  NNS: ['Noun', 'Plural'],
  NNP: ['Noun', 'ProperNoun', 'Singular'],
  NNPS: ['Noun', 'ProperNoun', 'Plural'],
  VB: ['Verb', 'Infinitive'],
  VBP: ['Verb', 'PresentTense', 'Infinitive'],
  VBZ: ['Verb', 'PresentTense'],
  VBD: ['Verb', 'PastTense'],
  VBN: ['Verb', 'PastTense', 'Participle'],
  VBG: ['Verb', 'PresentTense', 'Gerund'],
  MD: ['Verb', 'Modal', 'Auxiliary'],
  JJ: ['Adjective'],
  JJR: ['Adjective', 'Comparative'],
  JJS: ['Adjective', 'Superlative'],
  RB: ['Adverb'],
  RBR: ['Adverb', 'Comparative'],
  RBS: ['Adverb', 'Superlative'],
  WRB: ['Adverb'],
  RP: ['Adverb'],
  PRP: ['Noun', 'Pronoun'],
  PRP$: ['Pronoun', 'Possessive'],
  WP: ['Pronoun'],
  WP$: ['Pronoun', 'Possessive'],
  DT: ['Determiner'],
  PDT: ['Determiner'],
  WDT: ['Determiner'],
  CC: ['Conjunction'],
  IN: ['Preposition'],
  TO: ['Preposition'],
  CD: ['Value', 'Cardinal'],
  EX: ['Noun'],
  FW: ['Noun'],
  UH: ['Expression'],
  POS: ['Possessive'],
};

/** One set per distinct combination, shared by every word that has it (they are never changed). */
const interned = new Map<string, ReadonlySet<string>>();

/**
 * Tags for one word. `midSentence`: the word follows another word (or a comma), so its capital
 * letter is its own; `shouting`: its sentence is written in capitals.
 */
function tagsFor(
  penn: string,
  text: string,
  lower: string,
  midSentence: boolean,
  shouting: boolean,
  inDate: boolean,
): ReadonlySet<string> {
  const capitalised = CAPITALISED.test(text);
  const acronym = !shouting && ACRONYM.test(text);
  const digit = STARTS_WITH_DIGIT.test(text);
  const relative = RELATIVES.has(lower) && (penn === 'WDT' || penn === 'WP' || penn === 'WP$');
  const key = `${penn}|${capitalised ? 1 : 0}${acronym ? 1 : 0}${digit ? 1 : 0}${midSentence ? 1 : 0}${shouting ? 1 : 0}${inDate ? 1 : 0}${relative ? 1 : 0}|${CONJUNCTIONS.has(lower) || lower === 'that' ? lower : ''}`;
  let tags = interned.get(key);
  if (tags) return tags;
  let list: string[];
  if (acronym) {
    // "US", "BBC" in running text: not the pronoun "us", whatever the tagger makes of it.
    list = ['Noun', 'ProperNoun', 'Acronym', 'Singular'];
  } else if (CONJUNCTIONS.has(lower) || relative) list = ['Conjunction'];
  else if (lower === 'that') list = ['Determiner'];
  else if (digit || penn === 'CD') list = ['Value', 'Cardinal'];
  else if (capitalised && midSentence && !shouting && penn.startsWith('VB')) {
    // The tagger reads an unknown capitalised word that is also an English word as a verb
    // ("Chairman Louis Schweitzer said", "analysts Ovum welcomed"); inside a sentence a capital
    // letter says it is a name.
    list = ['Noun', 'ProperNoun', 'Singular'];
  } else {
    list = [...(TAGS_OF[penn] ?? [])];
    // The tagger calls every word it does not know a proper noun: in lower case it is a noun.
    if (list.includes('ProperNoun') && !capitalised) list = list.filter((t) => t !== 'ProperNoun');
  }
  if (inDate) list.push('Date');
  tags = new Set(list);
  interned.set(key, tags);
  return tags;
}

/** A verb's tag made a noun's when the lexicon knows the word as that noun too (or not at all). */
function nounAfterFigure(pos: string, form: string): string {
  const noun = pos === 'VBZ' ? 'NNS' : pos === 'VB' || pos === 'VBP' ? 'NN' : null;
  if (!noun) return pos;
  const tags = lexiconTags(form.toLowerCase());
  return tags.length === 0 || tags.includes(noun) ? noun : pos;
}

/** What the tagger is shown for a token. */
function taggerForm(form: string): string {
  const short = form.length > MAX_TAGGER_FORM ? form.slice(0, MAX_TAGGER_FORM) : form;
  return HYPHENATED_TAIL.exec(short)?.[1] ?? short;
}

/** A clitic the tokenizer split off a word: "'s", "'re", "'ve", "'ll", "'d", "'m", "n't". */
const isClitic = (form: string): boolean =>
  form === "n't" || form === "N'T" || (form.charCodeAt(0) === 0x27 && form.length <= 3);

/**
 * The words of one article and their tags. The tagger runs on a sentence only when a tag of one
 * of its words is first asked for: quotes.ts and numbers.ts read the sentences around quotations
 * and figures, rarely all of them. Tagging one sentence never depends on another, so the tags are
 * the same whichever are read, in whatever order.
 */
class WordList {
  readonly tags: (ReadonlySet<string> | undefined)[];

  constructor(
    readonly text: string,
    /** The recogniser's tokens of each sentence: `nerSentences[nerIndex[s]]` for sentence s. */
    private readonly nerSentences: readonly (readonly TextToken[])[],
    private readonly nerIndex: readonly number[],
    readonly sentences: readonly Sentence[],
    /** Words inside a date span. */
    private readonly inDate: Uint8Array,
  ) {
    this.tags = new Array(inDate.length);
  }

  tagsOf(i: number, sentence: number): ReadonlySet<string> {
    let tags = this.tags[i];
    if (!tags) {
      this.tagSentence(sentence);
      tags = this.tags[i]!;
    }
    return tags;
  }

  /** Tags every word of sentence s, reading its tokens as `readWords` did to make the words. */
  private tagSentence(s: number): void {
    const { text } = this;
    const ner = this.nerSentences[this.nerIndex[s]!]!;
    tagger ??= posTagger();
    const penn = tagger.tagRawTokens(ner.map((t) => taggerForm(t.form)));
    const shouting = inCapitals(text, ner);
    let w = this.sentences[s]!.first - 1;
    let lastEnd = -1;
    for (let k = 0; k < ner.length; k++) {
      const t = ner[k]!;
      if (!WORDLIKE.test(t.form)) continue;
      let pos = penn[k]?.pos ?? 'NN';
      // Right after a figure, a word that can be a noun is one: "30 times", "400,000 tonnes", "two
      // match points" (but "Band Aid 20 has held on").
      if (k > 0 && (penn[k - 1]?.pos === 'CD' || STARTS_WITH_DIGIT.test(ner[k - 1]!.form)))
        pos = nounAfterFigure(pos, t.form);
      if (lastEnd === t.start && isClitic(t.form)) {
        // Joined to the word before it: "Smith’s" keeps Smith's tags, and is a possessive.
        lastEnd = t.end;
        if (pos === 'POS') this.tags[w] = withTag(this.tags[w]!, 'Possessive');
        continue;
      }
      w++;
      lastEnd = t.end;
      const written = text.slice(t.start, t.end);
      const before = k > 0 ? ner[k - 1]!.form : '';
      // After a word, a comma, or a quotation closed by a comma ("…a sad song,” Read said).
      const closedByComma = (before === '"' || before === "'" || before === ')') && k > 1 && ner[k - 2]!.form === ',';
      const midSentence = k > 0 && (before === ',' || WORDLIKE.test(before) || closedByComma);
      this.tags[w] = tagsFor(pos, written, written.toLowerCase(), midSentence, shouting, this.inDate[w] === 1);
    }
  }
}

class Word implements Token {
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
  get tags(): ReadonlySet<string> {
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
export function readWords(article: Article, options: TokenizeOptions = {}): Tokens {
  const { text } = article;
  const nerSentences = options.nerSentences ?? tokenize(text, article.blocks);
  const dates = options.dates ?? [];

  // Which block each sentence lies in: both are in text order.
  const blockOrder = article.blocks
    .map((b, k) => ({ start: b.start, end: b.end, k }))
    .sort((a, b) => a.start - b.start || a.end - b.end);

  // First the words' spans, then their pre/post (which need both neighbours).
  const starts: number[] = [];
  const ends: number[] = [];
  const sentenceOf: number[] = [];
  const blockOf: number[] = [];
  const inDate: number[] = [];
  const sentences: Sentence[] = [];
  const nerIndex: number[] = [];
  let b = 0;
  let d = 0;
  nerSentences.forEach((ner, s) => {
    if (options.onProgress && s % PROGRESS_EVERY === 0) options.onProgress(s, nerSentences.length);
    if (!ner.length) return;
    const from = ner[0]!.start;
    while (b + 1 < blockOrder.length && blockOrder[b]!.end <= from) b++;
    const block = blockOrder[b]?.k ?? 0;
    const first = starts.length;
    for (const t of ner) {
      if (!WORDLIKE.test(t.form)) continue;
      const last = starts.length - 1;
      if (last >= first && ends[last] === t.start && isClitic(t.form)) {
        // A clitic joins the word it was split from: "Smith’s", "didn't" (see WordList).
        ends[last] = t.end;
        continue;
      }
      while (d < dates.length && dates[d]!.end <= t.start) d++;
      starts.push(t.start);
      ends.push(t.end);
      sentenceOf.push(sentences.length);
      blockOf.push(block);
      inDate.push(d < dates.length && dates[d]!.start < t.end ? 1 : 0);
    }
    if (starts.length > first) {
      sentences.push({ start: from, end: ner[ner.length - 1]!.end, first, last: starts.length, block });
      nerIndex.push(s);
    }
  });
  options.onProgress?.(nerSentences.length, nerSentences.length);

  const list = new WordList(text, nerSentences, nerIndex, sentences, Uint8Array.from(inDate));
  const tokens: Token[] = new Array(starts.length);
  for (let i = 0; i < starts.length; i++) {
    const block = article.blocks[blockOf[i]!];
    const sameBlockBefore = i > 0 && blockOf[i - 1] === blockOf[i];
    const sameBlockAfter = i + 1 < starts.length && blockOf[i + 1] === blockOf[i];
    const preStart = sameBlockBefore ? splitGap(text, ends[i - 1]!, starts[i]!) : Math.max(block?.start ?? 0, 0);
    const postEnd = sameBlockAfter
      ? splitGap(text, ends[i]!, starts[i + 1]!)
      : Math.min(block?.end ?? text.length, text.length);
    tokens[i] = new Word(
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

  const tokenAt = (offset: number): Token | undefined => {
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
  for (let k = to - 1; k >= from; k--) if (WHITE.test(text[k]!)) return k + 1;
  let k = to;
  while (k > from && OPENING_MARKS.has(text[k - 1]!)) k--;
  return k;
}

/** A sentence written in capitals: every word with letters is upper case, and there are two or more. */
function inCapitals(text: string, ner: readonly TextToken[]): boolean {
  let words = 0;
  for (const t of ner) {
    const written = text.slice(t.start, t.end);
    if (!/\p{L}/u.test(written)) continue;
    if (/\p{Ll}/u.test(written)) return false;
    words++;
  }
  return words >= 2;
}

function withTag(tags: ReadonlySet<string>, tag: string): ReadonlySet<string> {
  if (tags.has(tag)) return tags;
  const key = `+${[...tags].join(',')},${tag}`;
  let out = interned.get(key);
  if (!out) interned.set(key, (out = new Set([...tags, tag])));
  return out;
}

export const hasTag = (t: Token | undefined, tag: string): boolean => !!t && t.tags.has(tag);
