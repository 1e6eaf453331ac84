import type { QuoteContext } from './quote-context.js';
import type { Attribution } from './quote-speaker.js';
import { firstAtOrAfter, type RawQuote } from './quote-spans.js';
import type { Entity } from './types.js';

/** Things one person writes, that a text may quote as speaking ("the email said", "the memo read"). */
const WRITTEN = new Set(['email', 'e-mail', 'memo', 'letter', 'note', 'message', 'tweet', 'post']);

/** At most this many sentences back for the one that says who wrote the document. */
const MAX_SENTENCES_BACK = 3;
/** "by" or "from" at most this many words after the document's noun. */
const MAX_TO_WRITER = 8;

/**
 * "An email sent to staff on Monday by the company's chief executive, Laura Bing, announced the
 * layoffs.¶“…,” the email said.": a written thing that speaks is its writer's words when a
 * sentence shortly before (of its paragraph or the one before) names it by the same noun and says
 * whose it is: "by" or "from" after the noun, then one person, the only one the sentence names
 * (not as a possessive: "a letter from Price's lawyer" is not Price's).
 */
export function documentWriter(ctx: QuoteContext, q: RawQuote, a: Attribution): Attribution | undefined {
  if (a.speakerEntity || !a.speaker) return undefined;
  const noun = /^the\s+([\p{L}-]+)$/iu.exec(a.speaker)?.[1]?.toLowerCase();
  if (!noun || !WRITTEN.has(noun)) return undefined;
  const { tokens, sentences } = ctx.toks;
  const own = tokens[firstAtOrAfter(tokens, q.start)]?.sentence;
  if (own === undefined) return undefined;
  for (let s = own - 1; s >= 0 && own - s <= MAX_SENTENCES_BACK; s--) {
    const sentence = sentences[s]!;
    if (sentence.block < q.paragraph - 1) return undefined;
    const words = tokens.slice(sentence.first, sentence.last);
    const d = words.findIndex((t) => t.lower === noun);
    if (d < 0) continue;
    const by = words.findIndex((t, i) => i > d && i <= d + MAX_TO_WRITER && (t.lower === 'by' || t.lower === 'from'));
    if (by < 0) return undefined;
    const people = ctx.mentionsOfType.get('person') ?? [];
    let one: Entity | undefined;
    for (let k = firstAtOrAfter(people, sentence.start); k < people.length && people[k]!.end <= sentence.end; k++) {
      const m = people[k]!;
      if (m.start < words[by]!.start || /^['’]/u.test(ctx.article.text.slice(m.end, m.end + 1))) return undefined;
      if (one && one !== m.entity) return undefined;
      one = m.entity;
    }
    return one ? { speaker: one.name, speakerEntity: one.id, verb: a.verb } : undefined;
  }
  return undefined;
}
