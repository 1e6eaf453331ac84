/**
 * Ordinary words that open a sentence or a heading and that wink-lexicon (common-words.ts) does
 * not know: Latin and literary function words ("Circa 2011", "Albeit slowly"). Never a name on
 * their own. Kept by helper "pages" (issue 10); lower case.
 */
export const SENTENCE_WORDS: ReadonlySet<string> = new Set(
  'circa albeit amidst whilst ergo viz versus thereof therein whereby hitherto henceforth insofar nonetheless notwithstanding'.split(
    ' ',
  ),
);

/**
 * An adverb made with a suffix ("Infinitely", "Surprisingly", "Reportedly", "Ultimately"): what
 * opens a sentence far more often than a name of that shape does. Eight letters or more, all
 * small after the first ("McNally" is a name).
 */
export const SUFFIXED_ADVERB =
  /^\p{Lu}\p{Ll}{3,}(?:ously|ively|ably|ibly|ally|ently|antly|ately|itely|fully|lessly|edly|ingly)$/u;
