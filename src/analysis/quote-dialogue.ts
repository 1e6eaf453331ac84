import type { QuoteContext } from './quote-context.js';
import type { Attribution } from './quote-speaker.js';
import type { RawQuote } from './quote-spans.js';

// "“You look exactly the same,” Ruskin said.¶“You're a terrible liar,” Hale said.¶“I always
// was.”": in a dialogue of two people, each line a paragraph of its own, a line with no tag is
// the other one's answer — they take turns. News goes on in the last voice instead ("“…,” said
// Mercer.¶“We will be asking the council …”"), so a line is read as a turn only in an exchange
// that sounds like one: short lines, a question or a "you" among them, nothing but a short tag
// around each.

type Found = Attribution & { readonly start: number; readonly end: number };

/** At most this many words outside the quotation in a line of dialogue ("Hale said, laughing."). */
const MAX_TAG_WORDS = 5;
/** At most this many words in each quoted line of an exchange. */
const MAX_LINE_WORDS = 14;
/** A question, or someone spoken to. */
const ADDRESSED = /\?|(?<![\p{L}’'])[Yy]ou(?:[’']re|r|rs)?(?![\p{L}’'])/u;

/** One paragraph of a dialogue: its quotations (by index) and who says them (undefined: no tag). */
interface Line {
  readonly paragraph: number;
  readonly quotes: number[];
  readonly voice: string | undefined;
  readonly addressed: boolean;
}

const words = (s: string): number => s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Who says a tagged quotation: its entity, its described speaker, or ("I asked him") the writer. */
const voiceOf = (q: Found, tag: string): string | undefined =>
  q.speakerEntity ??
  (q.speaker ? `described: ${q.speaker}` : q.verb && /(?<!\p{L})I(?!\p{L})/u.test(tag) ? 'writer' : undefined);

/** The paragraph of `quotes` as a line of dialogue, or undefined when it holds more than a short tag or two voices. */
function lineOf(
  ctx: QuoteContext,
  raws: readonly RawQuote[],
  out: readonly Found[],
  quotes: number[],
): Line | undefined {
  const { text, blocks } = ctx.article;
  const paragraph = raws[quotes[0]!]!.paragraph;
  const block = blocks[paragraph];
  if (!block) return undefined;
  let rest = '';
  let from = block.start;
  for (const k of quotes) {
    const q = raws[k]!;
    if (q.open || q.continues || q.whole) return undefined;
    rest += ` ${text.slice(from, q.start)}`;
    from = q.end;
  }
  rest += ` ${text.slice(from, block.end)}`;
  const tag = words(rest);
  if (tag > MAX_TAG_WORDS) return undefined;
  if (quotes.some((k) => words(text.slice(raws[k]!.start, raws[k]!.end)) > MAX_LINE_WORDS)) return undefined;
  const voices = new Set(quotes.map((k) => voiceOf(out[k]!, rest)));
  // (A tag whose speaker is not known — "he said" unresolved — is no turn to count from.)
  if (tag > 0 && (voices.size !== 1 || voices.has(undefined))) return undefined;
  const addressed = quotes.some((k) => ADDRESSED.test(text.slice(raws[k]!.start, raws[k]!.end)));
  return { paragraph, quotes, voice: tag > 0 ? [...voices][0] : undefined, addressed };
}

/**
 * Gives each untagged line of a two-person dialogue to the one who spoke two lines before (the
 * writer's turn leaves it empty): after two tagged lines of different voices, in paragraphs that
 * follow one another, with a question or a "you" among the lines so far.
 */
export function dialogueTurns(ctx: QuoteContext, raws: readonly RawQuote[], out: Found[]): void {
  const byParagraph = new Map<number, number[]>();
  raws.forEach((q, k) => {
    const list = byParagraph.get(q.paragraph);
    if (list) list.push(k);
    else byParagraph.set(q.paragraph, [k]);
  });
  let run: Line[] = [];
  let turns: { voice: string; speaker: Found }[] = [];
  let addressed = false;
  for (const quotes of byParagraph.values()) {
    const line = lineOf(ctx, raws, out, quotes);
    if (!line || (run.length && line.paragraph !== run[run.length - 1]!.paragraph + 1)) {
      run = [];
      turns = [];
      addressed = false;
    }
    if (!line) continue;
    run.push(line);
    addressed ||= line.addressed;
    const [a, b] = turns.slice(-2);
    if (line.voice !== undefined) {
      turns.push({ voice: line.voice, speaker: out[quotes[0]!]! });
      continue;
    }
    if (!a || !b || a.voice === b.voice || !addressed) {
      // (A bare line before the exchange is set up breaks it: who says it is not known.)
      turns = [];
      continue;
    }
    for (const k of quotes)
      out[k] = { ...out[k]!, speaker: a.speaker.speaker, speakerEntity: a.speaker.speakerEntity, verb: null };
    turns.push(a);
  }
}
