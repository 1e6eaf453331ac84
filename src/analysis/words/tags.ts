/**
 * lede's part-of-speech tags: what quotes.ts and numbers.ts ask of a word, made from the Penn
 * Treebank tag wink-pos-tagger gives it (`TAGS_OF`) with the corrections of `tagsFor`.
 */
import { lexiconTags } from '../lexicon/common-words.js';

/** The tags a word can have (several at once: "Noun" and "Plural"). */
export type Tag =
  | 'Noun'
  | 'Singular'
  | 'Plural'
  | 'ProperNoun'
  | 'Acronym'
  | 'Pronoun'
  | 'Possessive'
  | 'Determiner'
  | 'Verb'
  | 'Infinitive'
  | 'PresentTense'
  | 'Participle'
  | 'Adjective'
  | 'Adverb'
  | 'Preposition'
  | 'Conjunction'
  | 'Numeral'
  | 'Date';

export type Tags = ReadonlySet<Tag>;

export const CAPITALISED = /^\p{Lu}/u;
export const STARTS_WITH_DIGIT = /^\p{N}/u;

/** All capitals, two letters or more, with optional dots: "BBC", "U.S.". */
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

/** Relative pronouns ("…the bridge, which he said was…"): they open a clause, as a conjunction does. */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
/**
 * Words read as conjunctions whatever the tagger says: coordinators, the subordinators that
 * introduce a clause ("because", "although", "if") and linking adverbs ("however").
 */
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

/** Penn Treebank tag → lede's tags (an interjection, a symbol, a list marker: none). */
const TAGS_OF: Readonly<Record<string, readonly Tag[]>> = {
  NN: ['Noun', 'Singular'],
  NNS: ['Noun', 'Plural'],
  NNP: ['Noun', 'ProperNoun', 'Singular'],
  NNPS: ['Noun', 'ProperNoun', 'Plural'],
  VB: ['Verb', 'Infinitive'],
  VBP: ['Verb', 'PresentTense', 'Infinitive'],
  VBZ: ['Verb', 'PresentTense'],
  VBD: ['Verb'],
  VBN: ['Verb', 'Participle'],
  VBG: ['Verb', 'PresentTense'],
  MD: ['Verb'],
  JJ: ['Adjective'],
  JJR: ['Adjective'],
  JJS: ['Adjective'],
  RB: ['Adverb'],
  RBR: ['Adverb'],
  RBS: ['Adverb'],
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
  CD: ['Numeral'],
  EX: ['Noun'],
  FW: ['Noun'],
  POS: ['Possessive'],
};

/** One set per distinct combination, shared by every word that has it (they are never changed). */
const interned = new Map<string, Tags>();
/**
 * `tagsFor`'s sets, by Penn tag, then by the conjunction the word is ('' for none), then by its
 * seven flags as bits: found without building a key string per word.
 */
const internedByPenn = new Map<string, Map<string, (Tags | undefined)[]>>();

/**
 * Tags for one word. `midSentence`: the word follows another word (or a comma), so its capital
 * letter is its own; `shouting`: its sentence is written in capitals.
 */
export function tagsFor(
  penn: string,
  text: string,
  lower: string,
  midSentence: boolean,
  shouting: boolean,
  inDate: boolean,
): Tags {
  const capitalised = CAPITALISED.test(text);
  const acronym = !shouting && ACRONYM.test(text);
  const digit = STARTS_WITH_DIGIT.test(text);
  const relative = RELATIVES.has(lower) && (penn === 'WDT' || penn === 'WP' || penn === 'WP$');
  const conjunction = CONJUNCTIONS.has(lower) || lower === 'that' ? lower : '';
  const flags =
    (capitalised ? 64 : 0) |
    (acronym ? 32 : 0) |
    (digit ? 16 : 0) |
    (midSentence ? 8 : 0) |
    (shouting ? 4 : 0) |
    (inDate ? 2 : 0) |
    (relative ? 1 : 0);
  let byWord = internedByPenn.get(penn);
  if (!byWord) internedByPenn.set(penn, (byWord = new Map()));
  let byFlags = byWord.get(conjunction);
  if (!byFlags) byWord.set(conjunction, (byFlags = new Array<Tags | undefined>(128)));
  let tags = byFlags[flags];
  if (tags) return tags;
  let list: Tag[];
  if (acronym) {
    // "US", "BBC" in running text: not the pronoun "us", whatever the tagger makes of it.
    list = ['Noun', 'ProperNoun', 'Acronym', 'Singular'];
  } else if (CONJUNCTIONS.has(lower) || relative) list = ['Conjunction'];
  else if (lower === 'that') list = ['Determiner'];
  else if (digit || penn === 'CD') list = ['Numeral'];
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
  byFlags[flags] = tags;
  return tags;
}

/** A verb's tag made a noun's when the lexicon knows the word as that noun too (or not at all). */
export function nounAfterFigure(pos: string, form: string): string {
  const noun = pos === 'VBZ' ? 'NNS' : pos === 'VB' || pos === 'VBP' ? 'NN' : null;
  if (!noun) return pos;
  const tags = lexiconTags(form.toLowerCase());
  return tags.length === 0 || tags.includes(noun) ? noun : pos;
}

/** The same tags and one more, interned like the rest. */
export function withTag(tags: Tags, tag: Tag): Tags {
  if (tags.has(tag)) return tags;
  const key = `+${[...tags].join(',')},${tag}`;
  let out = interned.get(key);
  if (!out) interned.set(key, (out = new Set([...tags, tag])));
  return out;
}
