import { writtenAs, type TextToken } from '../tokenizer/tokenize.js';
import type { Sentence } from './read-words.js';
import { pennTags } from './pos-tagger.js';
import { STARTS_WITH_DIGIT, nounAfterFigure, tagsFor, withTag, type Tags } from './tags.js';

/**
 * Longer tokens are cut to this before tagging: nothing is lost for a word, and the tagger's
 * number pattern is quadratic in the length of a long run of digits.
 */
const MAX_TAGGER_FORM = 40;

/** A token with a letter or a digit: a word, or a clitic to join to one (punctuation is neither). */
export const WORDLIKE = /[\p{L}\p{N}]/u;
/** A hyphenated word whose last part is a word: the tagger sees that part ("Iran-backed" → "backed"). */
const HYPHENATED_TAIL = /-(\p{L}[\p{L}\p{M}'’]*)$/u;

/** What the tagger is shown for a token. */
function taggerForm(form: string): string {
  const short = form.length > MAX_TAGGER_FORM ? form.slice(0, MAX_TAGGER_FORM) : form;
  // The pattern, anchored at the end, is tried from every position: only a form with a hyphen can match.
  return short.includes('-') ? (HYPHENATED_TAIL.exec(short)?.[1] ?? short) : short;
}

/** A clitic the tokenizer split off a word: "'s", "'re", "'ve", "'ll", "'d", "'m", "n't". */
export const isClitic = (form: string): boolean =>
  form === "n't" || form === "N'T" || (form.charCodeAt(0) === 0x27 && form.length <= 3);

/**
 * The words of one article and their tags. The tagger runs on a sentence only when a tag of one
 * of its words is first asked for: quotes.ts and numbers.ts read the sentences around quotations
 * and figures, rarely all of them. Tagging one sentence never depends on another, so the tags are
 * the same whichever are read, in whatever order.
 */
export class WordList {
  readonly tags: (Tags | undefined)[];

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

  tagsOf(i: number, sentence: number): Tags {
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
    // wink-pos-tagger's tags (see pos-tagger.ts), run on our own tokens.
    const penn = pennTags(ner.map((t) => taggerForm(t.form)));
    const shouting = inCapitals(text, ner);
    let w = this.sentences[s]!.first - 1;
    let lastEnd = -1;
    for (let k = 0; k < ner.length; k++) {
      const t = ner[k]!;
      if (!WORDLIKE.test(t.form)) continue;
      let pos = penn[k] ?? 'NN';
      // Right after a figure, a word that can be a noun is one: "30 times", "400,000 tonnes", "two
      // match points" (but "Band Aid 20 has held on").
      if (k > 0 && (penn[k - 1] === 'CD' || STARTS_WITH_DIGIT.test(ner[k - 1]!.form)))
        pos = nounAfterFigure(pos, t.form);
      if (lastEnd === t.start && isClitic(t.form)) {
        // Joined to the word before it: "Smith’s" keeps Smith's tags, and is a possessive.
        lastEnd = t.end;
        if (pos === 'POS') this.tags[w] = withTag(this.tags[w]!, 'Possessive');
        continue;
      }
      w++;
      lastEnd = t.end;
      const written = writtenAs(text, t);
      const before = k > 0 ? ner[k - 1]!.form : '';
      // After a word, a comma, or a quotation closed by a comma ("…a sad song,” Read said).
      const closedByComma = (before === '"' || before === "'" || before === ')') && k > 1 && ner[k - 2]!.form === ',';
      const midSentence = k > 0 && (before === ',' || WORDLIKE.test(before) || closedByComma);
      this.tags[w] = tagsFor(pos, written, written.toLowerCase(), midSentence, shouting, this.inDate[w] === 1);
    }
  }
}

/** A sentence written in capitals: every word with letters is upper case, and there are two or more. */
function inCapitals(text: string, ner: readonly TextToken[]): boolean {
  let words = 0;
  for (const t of ner) {
    const written = writtenAs(text, t);
    if (!/\p{L}/u.test(written)) continue;
    if (/\p{Ll}/u.test(written)) return false;
    words++;
  }
  return words >= 2;
}
