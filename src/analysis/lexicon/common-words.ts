import nlp from 'compromise';

/** compromise's own lexicon: lower-case word → tag(s). */
const LEXICON = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);

/**
 * Whether compromise knows `word` as an ordinary English word (not a personal name): "Snow",
 * "Golden" and "War" are, "Jurgen" and "Schrempp" are not. Used to tell a stranger's name from
 * a capitalised title of something.
 */
export function isCommonWord(word: string): boolean {
  const tags = LEXICON[word.toLowerCase()];
  if (!tags) return false;
  return !(Array.isArray(tags) ? tags : [tags]).some((t) => NAME_TAGS.has(t));
}
