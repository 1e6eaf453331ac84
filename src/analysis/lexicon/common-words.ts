import winkLexicon from 'wink-lexicon/src/lexicon.js';

/**
 * wink-lexicon's word list (it comes with wink-pos-tagger, which tokens.ts uses): lower-case
 * word → its Penn Treebank tags, most frequent first, from tagged English text.
 */
// Imported, not required at run time, so that the bundle carries it (one copy, shared with the tagger).
const LEXICON = winkLexicon as Readonly<Record<string, readonly string[] | undefined>>;

/** The lexicon's tags for a word in lower case, most frequent first; empty if it does not know it. */
export function lexiconTags(lower: string): readonly string[] {
  const tags = Object.hasOwn(LEXICON, lower) ? LEXICON[lower] : undefined;
  return Array.isArray(tags) ? tags : [];
}

/**
 * Whether `word` is an ordinary English word, one the lexicon knows as something other than a
 * proper noun first: "Snow", "Golden" and "War" are, "Jurgen" and "Schrempp" are not. Used to
 * tell a stranger's name from a capitalised title of something.
 */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word.toLowerCase());
  return tags.length > 0 && tags[0] !== 'NNP' && tags[0] !== 'NNPS';
}
