import type { QuoteContext } from './quote-context.js';
import type { Attribution } from './quote-speaker.js';
import type { Entity } from './types.js';

/**
 * "We spoke to the architect Marco Bellini.¶BELLINI: “The building is meant to be walked
 * through.”": an interview transcript's paragraph opens with the speaker's surname (or whole name)
 * in capitals and a colon. The quotation right after it is that person's when exactly one person
 * the text names has that name; the capitals alone are no one (the tagger does not read them).
 */
export function transcriptSpeaker(ctx: QuoteContext, q: { start: number; paragraph: number }): Attribution | undefined {
  const block = ctx.article.blocks[q.paragraph];
  if (!block || block.kind !== 'paragraph') return undefined;
  const head = /^\s*(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,2})\s*:\s*$/u.exec(
    ctx.article.text.slice(block.start, q.start),
  );
  if (!head) return undefined;
  const caps = head[1]!;
  const found = new Map<string, Entity>();
  for (const m of ctx.mentionsOfType.get('person') ?? []) {
    const name = m.entity.name.toUpperCase();
    if (name === caps || name.split(/\s+/u).at(-1) === caps) found.set(m.entity.id, m.entity);
  }
  const [e] = found.values();
  return found.size === 1 && e ? { speaker: e.name, speakerEntity: e.id, verb: null } : undefined;
}
