import { entityIn, type QuoteContext } from './quote-context.js';
import type { Entity } from './types.js';
import type { Word } from './words/read-words.js';

// Who a speaker phrase names when it is not an entity's mention itself.

/** The person that ends `words` as a whole chunk after a comma: "her husband, Tomas Berg,". */
export function namedLast(ctx: QuoteContext, words: Word[]): Entity | undefined {
  let k = words.length - 1;
  while (k > 0 && !/^,\s*$/u.test(words[k - 1]!.post)) k--;
  const chunk = words.slice(k);
  const person = k > 0 ? entityIn(ctx, chunk, 'person') : undefined;
  if (!person) return undefined;
  // The chunk is the name and nothing else (a title before it at most).
  const m = ctx.mentions.find((m) => m.entity === person && m.start >= chunk[0]!.start);
  const rest = chunk.filter((t) => !m || t.start < m.start || t.end > m.end);
  return rest.every((t) => /^\p{Lu}/u.test(t.text)) ? person : undefined;
}

/** Each organisation of a text with the words of its names, worked out when first asked. */
const organisationNames = new WeakMap<QuoteContext, { e: Entity; words: string[][] }[]>();

/**
 * The one organisation whose name holds every word of a definite description: "the conservation
 * department" is the "Department of Conservation" the text named, "the ministry" its one
 * "Ministry of …"; nothing when two could be meant.
 */
export function namedBy(ctx: QuoteContext, words: readonly Word[]): Entity | undefined {
  if (!words.length || words.some((t) => !/^\p{L}+$/u.test(t.text))) return undefined;
  let names = organisationNames.get(ctx);
  if (!names) {
    const orgs = new Set((ctx.mentionsOfType.get('organization') ?? []).map((m) => m.entity));
    names = [...orgs].map((e) => ({
      e,
      words: [e.name, ...e.aliases].map((n) => n.toLowerCase().split(/[^\p{L}]+/u)),
    }));
    organisationNames.set(ctx, names);
  }
  const found = names.filter((o) => o.words.some((n) => words.every((t) => n.includes(t.lower))));
  return found.length === 1 ? found[0]!.e : undefined;
}
