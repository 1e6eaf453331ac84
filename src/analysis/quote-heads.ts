import { OCCUPATIONS } from './lexicon/occupations.js';
import { PEOPLE_ADJECTIVES } from './lexicon/places.js';
import { PERSON_ROLE_NOUNS } from './lexicon/speech.js';
import { quoteAt, type QuoteContext } from './quote-context.js';
import { firstAtOrAfter } from './quote-spans.js';
import type { Entity } from './types.js';
import { hasTag, type Sentence } from './words/read-words.js';

// "“…,” said team doctor Ian Moss. The striker is still hoping to play. “…,” he said.": a
// sentence whose subject is a definite description ("The striker", "The Australian", "The
// 28-year-old") brings in whoever the text described so, and a pronoun after it is not the one
// named before unless the text gave that one the description.

/** Words between a description's head and its verb. */
const AUXILIARIES = /^(?:is|was|has|had|will|would|could|can|may|might|says|said)$/u;

/**
 * The head word of a definite description that opens `sentence` as its subject ("The Australian
 * has suffered …" → "australian", "The 28-year-old tore …" → "28"), past a conjunction or an
 * adverb; undefined when the sentence opens otherwise.
 */
export function descriptionHead(ctx: QuoteContext, sentence: Sentence): string | undefined {
  const { tokens } = ctx.toks;
  let i = sentence.first;
  while (i < sentence.last && (hasTag(tokens[i], 'Conjunction') || hasTag(tokens[i], 'Adverb'))) i++;
  if (tokens[i]?.lower !== 'the' || quoteAt(ctx, tokens[i]!.start)) return undefined;
  for (let j = i + 1; j <= i + 3 && j + 1 < sentence.last; j++) {
    const t = tokens[j]!;
    if (/[,;:(]/u.test(t.post) || !/^\s+$/u.test(t.post)) return undefined;
    const next = tokens[j + 1]!;
    if (!(AUXILIARIES.test(next.lower) || (hasTag(next, 'Verb') && !hasTag(next, 'Noun')))) continue;
    const age = /^(\d{1,3})-year-old$/u.exec(t.lower);
    if (age) return age[1];
    return /^\p{L}{3,}$/u.test(t.text) && personNoun(t.text) ? t.lower : undefined;
  }
  return undefined;
}

/** People's nouns the lexicons leave out: "The doctor has treated …", "The minister said". */
const PERSON_NOUNS: ReadonlySet<string> = new Set(
  'doctor nurse teacher officer minister president official spokesman spokeswoman lawyer judge politician secretary senator governor mayor ambassador commissioner footballer cricketer batsman bowler forward keeper fly-half prop scrum-half skipper'.split(
    ' ',
  ),
);

/**
 * Whether a description's head is a person ("The striker", "The Australian", "The doctor"), not a
 * thing or a team ("The defences being put in place …", "The Tigers are top …", session 19).
 */
function personNoun(written: string): boolean {
  const lower = written.toLowerCase();
  return (
    PERSON_ROLE_NOUNS.has(lower) || OCCUPATIONS.has(lower) || PERSON_NOUNS.has(lower) || PEOPLE_ADJECTIVES.has(written)
  );
}

/** How far before a mention (and after it, up to the end of its sentence) the text is read for a description. */
const NEAR = 60;

/** Whether the text gives `e` the description `head` near one of its mentions ("Chelsea striker Tom Hart", "Hart, 24,"). */
export function describedSo(ctx: QuoteContext, e: Entity, head: string): boolean {
  const { text } = ctx.article;
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${head}(?![\\p{L}\\p{N}])`, 'iu');
  return e.mentions.some((m) => {
    const after = text.slice(m.end, m.end + NEAR);
    const stop = after.search(/[.!?]/u);
    return word.test(text.slice(Math.max(0, m.start - NEAR), m.end) + after.slice(0, stop < 0 ? NEAR : stop));
  });
}

/** Whether a sentence from the one at `from` up to the one at `at` brings in, by a description, someone other than `e`. */
export function describedOther(ctx: QuoteContext, e: Entity, from: number, at: number): boolean {
  const { sentences } = ctx.toks;
  // (Not the sentence at `at` itself: "The 28-year-old told 3AW: “…”" is the one it describes.)
  const last = firstAtOrAfter(sentences, at + 1) - 2;
  for (let s = firstAtOrAfter(sentences, from + 1); s <= last; s++) {
    const head = descriptionHead(ctx, sentences[s]!);
    if (head && !describedSo(ctx, e, head)) return true;
  }
  return false;
}
