import type { QuoteContext } from './quote-context.js';
import { firstAtOrAfter } from './quote-spans.js';
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

/** At most this many paragraphs of questions and answers between an answer and the interview's introduction. */
const MAX_QA_PARAGRAPHS = 40;
const QUESTION = /^\s*Q\s*[:.]\s/u;
const ANSWER = /^\s*A\s*[:.]\s*$/u;

/**
 * "Jenna Ortiz, the city’s new fire chief, sat down with us.¶Q: “What worries you most?”¶A:
 * “Response times.”": an answer in a question-and-answer interview is the interviewee's, the one
 * person the paragraph before its first question names (the questions are the interviewer's).
 */
export function answerSpeaker(ctx: QuoteContext, q: { start: number; paragraph: number }): Attribution | undefined {
  const { blocks, text } = ctx.article;
  const block = blocks[q.paragraph];
  if (!block || block.kind !== 'paragraph' || !ANSWER.test(text.slice(block.start, q.start))) return undefined;
  let b = q.paragraph - 1;
  let questions = 0;
  for (; b >= 0 && q.paragraph - b <= MAX_QA_PARAGRAPHS; b--) {
    const s = text.slice(blocks[b]!.start, blocks[b]!.end);
    if (QUESTION.test(s)) questions++;
    else if (!/^\s*A\s*[:.]/u.test(s)) break;
  }
  const intro = blocks[b];
  if (!questions || !intro || intro.kind !== 'paragraph') return undefined;
  const people = ctx.mentionsOfType.get('person') ?? [];
  let one: Entity | undefined;
  for (let k = firstAtOrAfter(people, intro.start); k < people.length && people[k]!.end <= intro.end; k++) {
    if (one && one !== people[k]!.entity) return undefined;
    one = people[k]!.entity;
  }
  return one ? { speaker: one.name, speakerEntity: one.id, verb: null } : undefined;
}
