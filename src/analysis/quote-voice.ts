import { quoteAt, type QuoteContext } from './quote-context.js';
import type { Gender } from './quote-gender.js';
import { describedOther } from './quote-heads.js';
import type { Attribution } from './quote-speaker.js';
import { firstAtOrAfter, type RawQuote } from './quote-spans.js';

// An interview piece: one person is the only voice the text attributes, and the quoted sentences
// it leaves unattributed between the narration are theirs.

/** "I", "my", "we", "our", "us" (not "US"): the quotation speaks for its speaker. */
const FIRST_PERSON = /(?<![\p{L}’'])(?:I|I[’']\w+|[Mm]e|[Mm]y|[Ww]e|[Ww]e[’']\w+|[Oo]ur|[Uu]s)(?![\p{L}’'])/u;
/** At least this many quotations attributed to the one voice before the text is read as its interview. */
const MIN_ATTRIBUTED = 2;

type Found = Attribution & { readonly start: number; readonly end: number };

/**
 * "Jamie had to wear a body cast for months.¶He then progressed to crutches. “Walking without the
 * crutches seemed like something finally measurable in my recovery.”": when every quotation the
 * text attributes is one person's (at least two of them, no one else and no description), a
 * quotation with no attribution at all that is a whole sentence (or runs of them) of its own goes
 * to that person, when it speaks in the first person or follows one of theirs at once.
 */
export function oneVoice(ctx: QuoteContext, raws: readonly RawQuote[], out: Found[]): void {
  const voices = new Set<string>();
  let count = 0;
  for (const q of out)
    if (q.speaker) {
      voices.add(q.speakerEntity ?? `described: ${q.speaker}`);
      count++;
    }
  if (voices.size !== 1 || count < MIN_ATTRIBUTED) return;
  const said = out.find((q) => q.speaker)!;
  const person = ctx.mentionsOfType.get('person')?.find((m) => m.entity.id === said.speakerEntity)?.entity;
  if (!person) return;
  const { text } = ctx.article;
  const gender = ctx.genderOf(person.id);
  const people = ctx.mentionsOfType.get('person') ?? [];
  // ("…, says Mr Pearson.¶“So the gadgets …”": not when the person last named is someone else.)
  // (Nor past "The striker is still hoping to play." when the text never called that person so.)
  const lastNamed = (at: number) => {
    for (let k = firstAtOrAfter(people, at) - 1; k >= 0; k--)
      if (!quoteAt(ctx, people[k]!.start))
        return describedOther(ctx, person, people[k]!.end, at) ? undefined : people[k]!.entity.id;
    return undefined;
  };
  out.forEach((q, k) => {
    if (q.speaker || lastNamed(q.start) !== person.id) return;
    // "“…,” he says." and "He is prepared to go this far: “…”" with the pronoun unresolved.
    const pronoun = pronounOf(ctx, raws[k]!);
    if (pronoun && (!gender || gender === pronoun)) {
      out[k] = { ...q, speaker: person.name, speakerEntity: person.id };
      return;
    }
    if (q.verb || !wholeSentences(ctx, raws[k]!)) return;
    const prev = out[k - 1];
    const follows = !!prev && prev.speakerEntity === person.id && /^\s*$/u.test(text.slice(prev.end, q.start));
    if (!follows && !FIRST_PERSON.test(text.slice(q.start, q.end))) return;
    out[k] = { ...q, speaker: person.name, speakerEntity: person.id, verb: null };
  });
}

/**
 * The gender of the pronoun that alone attributes `q`: "“…,” he says." right after it, or a
 * sentence that opens with "He" or "She" and names no one before the colon that introduces `q`.
 */
function pronounOf(ctx: QuoteContext, q: RawQuote): Gender | undefined {
  const { text } = ctx.article;
  const after = /^\s*,?\s*(he|she)\s+[a-z]+\s*[.,]/u.exec(text.slice(q.end, q.end + 24));
  if (after) return after[1] === 'he' ? 'm' : 'f';
  const { tokens, sentences } = ctx.toks;
  const before = tokens[firstAtOrAfter(tokens, q.start) - 1];
  if (!before) return undefined;
  const opening = tokens[sentences[before.sentence]!.first]!;
  const intro = /^(He|She)\b[^\p{Lu}"“”]*:\s*$/u.exec(text.slice(opening.start, q.start));
  return intro ? (intro[1] === 'He' ? 'm' : 'f') : undefined;
}

/** Whether `q` opens a sentence of a paragraph and nothing but punctuation follows it in the sentence it ends in. */
function wholeSentences(ctx: QuoteContext, q: RawQuote): boolean {
  const block = ctx.article.blocks[q.paragraph];
  if (!block || block.kind !== 'paragraph') return false;
  const { sentences } = ctx.toks;
  const first = ctx.toks.tokenAt(q.start + 1);
  let last = undefined as ReturnType<typeof ctx.toks.tokenAt>;
  for (let at = q.end - 1; at > q.start && !last; at--) last = ctx.toks.tokenAt(at);
  if (!first || !last || sentences[first.sentence]!.first !== first.i) return false;
  const end = ctx.toks.tokens[sentences[last.sentence]!.last - 1];
  return /^[\s.!?…"”’']*$/u.test(ctx.article.text.slice(q.end, Math.max(q.end, end?.end ?? q.end)));
}

const SPOKES = /\bspokes(man|woman|person)\b/iu;

/**
 * "A spokesman for the BPI said the chart was due “within the first half of this year”. “Work is
 * going on …,” he said.": a "he"/"she" that nothing resolves, after a quotation an organisation's
 * spokesman (or spokeswoman) said in the same or the paragraph before, with no person named
 * between, is that spokesman's: the organisation's voice.
 */
export function spokesVoice(ctx: QuoteContext, q: RawQuote, prev: Found | undefined): Found | undefined {
  if (!prev?.speakerEntity) return undefined;
  const org = ctx.mentionsOfType.get('organization')?.find((m) => m.entity.id === prev.speakerEntity);
  const pronoun = org && pronounOf(ctx, q);
  if (!pronoun) return undefined;
  const { tokens, sentences } = ctx.toks;
  const at = tokens[firstAtOrAfter(tokens, prev.start)];
  if (!at) return undefined;
  const sentence = sentences[at.sentence]!;
  const said = SPOKES.exec(ctx.article.text.slice(tokens[sentence.first]!.start, tokens[sentence.last - 1]!.end));
  if (!said || (said[1]!.toLowerCase() !== 'person' && (said[1]!.toLowerCase() === 'man') !== (pronoun === 'm')))
    return undefined;
  const people = ctx.mentionsOfType.get('person') ?? [];
  const k = firstAtOrAfter(people, prev.end);
  if (k < people.length && people[k]!.start < q.start) return undefined;
  return { ...prev, start: q.start, end: q.end, verb: null };
}
