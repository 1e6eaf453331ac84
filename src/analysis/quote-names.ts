import { entityIn, leadingPerson, mentionAt, mentionFrom, type Mention, type QuoteContext } from './quote-context.js';
import { SUBORDINATORS } from './quote-referent.js';
import { firstAtOrAfter, isSpeechVerb } from './quote-spans.js';
import { TITLES } from './lexicon/titles.js';
import type { Entity } from './types.js';
import { hasTag, type Word } from './words/read-words.js';

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

/** Words that stand where a subject goes but name no one ("There was a pause, as if to say …"). */
export const EXPLETIVES = new Set(['there', 'here', 'this', 'that', 'these', 'those']);
/** Words after a name that belong to it ("Zentrix Inc"), not a noun it modifies. */
const NAME_SUFFIX = /^(?:inc|ltd|corp|co|plc|llc|group|sa|ag|gmbh)\.?$/iu;

/**
 * The speaker phrase from `entity`'s mention to the end of `np` when the name modifies the noun
 * after it ("the recently released Zentrix app" -> "Zentrix app"); undefined when the name ends
 * the phrase (or only a company suffix follows it).
 */
export function modifiedName(ctx: QuoteContext, np: readonly Word[], entity: Entity): string | undefined {
  const last = np[np.length - 1]!;
  const m = ctx.mentions.find((m) => m.entity === entity && m.start >= np[0]!.start && m.end <= last.end);
  if (!m) return undefined;
  // The nouns right after the name, up to the first word that is not one ("IMF official in a
  // briefing" -> "IMF official"; "Reuters also said" keeps Reuters).
  const rest: Word[] = [];
  let end = m.end;
  for (const t of np) {
    if (t.start < m.end) {
      end = Math.max(end, t.end);
      continue;
    }
    const joined = /^\s*$/u.test(ctx.article.text.slice(end, t.start).replace(/^['’]s?/u, ''));
    end = t.end;
    // ("the Spurs sporting director", "the BBC managing editor": a participle before a noun of the phrase.)
    const modifier = /^\p{Ll}+ing$/u.test(t.text) && hasTag(np[np.indexOf(t) + 1], 'Noun');
    const noun =
      hasTag(t, 'Noun') ||
      modifier ||
      (/^\p{Lu}/u.test(t.text) && !hasTag(t, 'Preposition') && !hasTag(t, 'Conjunction'));
    if (!joined || !noun || hasTag(t, 'Pronoun') || (hasTag(t, 'Verb') && !hasTag(t, 'Noun') && !modifier)) break;
    rest.push(t);
  }
  if (!rest.length || rest.every((t) => NAME_SUFFIX.test(t.text))) return undefined;
  return ctx.article.text.slice(m.start, rest.at(-1)!.end);
}

/** How many words of `np` are a photo credit run into the text ("© Provided by X", "Photo: X"). */
export function creditEnd(ctx: QuoteContext, np: readonly Word[]): number {
  const first = np[0];
  if (!first) return 0;
  const lead = ctx.article.text.slice(Math.max(0, first.start - 2), first.start);
  if (!/©\s*$/u.test(lead) && !/^(?:provided|photo|photograph|credit|image|picture)$/iu.test(first.text)) return 0;
  // The credit runs to the end of its name: the first entity mention's end.
  const m = mentionFrom(ctx, first.start, np[np.length - 1]!.end);
  if (!m) return 0;
  const k = np.findIndex((t) => t.start >= m.end);
  return k < 0 ? np.length : k;
}

/** A verb that makes a clause ("was", "leads"), not a participle ("leading", "elected") nor a noun. */
export function isFiniteVerb(t: Word): boolean {
  return hasTag(t, 'Verb') && !hasTag(t, 'Noun') && !hasTag(t, 'Participle') && !/ing$/u.test(t.lower);
}

/** A noun phrase and nothing else, ending in a capitalised word: "Bafta's Grant Dean", not "In London". */
export function isBareName(words: readonly Word[]): boolean {
  const last = words[words.length - 1]!;
  return (
    /^\p{Lu}/u.test(last.text) &&
    !hasTag(words[0], 'Preposition') &&
    !hasTag(words[0], 'Conjunction') &&
    !hasTag(words[0], 'Adverb') &&
    words.every((_, i) => inNounPhrase(words, i, words.length))
  );
}

/** Whether words[i] belongs to the noun phrase that ends at `end`: a name, a noun and its modifiers. */
export function inNounPhrase(words: readonly Word[], i: number, end: number): boolean {
  const t = words[i]!;
  // A pronoun is a subject on its own ("she said", "the goals they claim"), never part of a longer one.
  const head = words[end - 1]!;
  if (hasTag(head, 'Pronoun') && !hasTag(head, 'Possessive')) return i === end - 1;
  if (hasTag(t, 'Pronoun') && !hasTag(t, 'Possessive')) return i === end - 1;
  if (t.lower === 'of')
    return i > 0 && /^\p{Lu}/u.test(words[i - 1]!.text) && /^\p{Lu}/u.test(words[i + 1]?.text ?? '');
  if (/^\p{Lu}/u.test(t.text) && !hasTag(t, 'Conjunction') && !hasTag(t, 'Preposition')) return true;
  return (
    (['Noun', 'Adjective', 'Determiner', 'Possessive', 'Numeral'] as const).some((tag) => hasTag(t, tag)) &&
    !hasTag(t, 'Verb')
  );
}

/**
 * The words before `pronoun` when they are a whole clause it attributes: a subject pronoun after a
 * comma, following a clause with a finite verb that opens with no subordinator or preposition
 * ("Mr Blair has failed, he claimed"; not "When Smith arrived, he said").
 */
export function reportedBefore(words: readonly Word[], pronoun: Word): Word[] | undefined {
  if (!hasTag(pronoun, 'Pronoun') || hasTag(pronoun, 'Possessive')) return undefined;
  const k = words.indexOf(pronoun);
  const head = words.slice(0, k);
  const first = head.find((t) => !hasTag(t, 'Conjunction'));
  if (k < 2 || !/^,\s*$/u.test(words[k - 1]!.post) || !first) return undefined;
  if (hasTag(first, 'Preposition') || SUBORDINATORS.has(first.lower) || !head.some(isFiniteVerb)) return undefined;
  return head;
}

/** Whether `words` name the entity `id`. */
export function namesIn(ctx: QuoteContext, words: readonly Word[], id: string): boolean {
  const from = words[0]!.start,
    to = words.at(-1)!.end;
  return ctx.mentions.some((m) => m.entity.id === id && m.start >= from && m.end <= to);
}

/** Words before a title that make it another office ("shadow chancellor", "former president"). */
const OTHER_OFFICE: ReadonlySet<string> = new Set(['shadow', 'former', 'deputy', 'vice', 'ex', 'assistant', 'junior']);

/**
 * The one person a definite description names by a title the text gives them: "the president"
 * for "President Barack Obama", "the Conservative leader" for "Conservative leader Michael
 * Howard" or "Michael Howard, the Conservative leader,". Nothing when two people share it.
 */
export function titledPerson(ctx: QuoteContext, words: readonly Word[]): Entity | undefined {
  if (!words.length || words.some((t) => !/^\p{L}+$/u.test(t.text))) return undefined;
  const { tokens } = ctx.toks;
  const { text } = ctx.article;
  const same = (from: number) =>
    words.every((w, j) => tokens[from + j]?.lower === w.lower) &&
    words.every((_, j) => j === 0 || /^\s+$/u.test(text.slice(tokens[from + j - 1]!.end, tokens[from + j]!.start)));
  const found = new Set<Entity>();
  for (const m of ctx.mentionsOfType.get('person') ?? []) {
    const at = firstAtOrAfter(tokens, m.start);
    const before = at - words.length;
    // "President Barack Obama", "the health minister, Gerald Oduya,": the title right before the
    // name (not another office: "shadow foreign secretary Michael Ancram" is no "foreign secretary").
    const gap = before >= 0 ? text.slice(tokens[at - 1]!.end, m.start) : '';
    if (
      before >= 0 &&
      same(before) &&
      !OTHER_OFFICE.has(tokens[before - 1]?.lower ?? '') &&
      (/^\s+$/u.test(gap) || (/^,\s+$/u.test(gap) && /^[,.;]/u.test(text.slice(m.end, m.end + 1))))
    )
      found.add(m.entity);
    // "Michael Howard, the Conservative leader,": the title as an appositive.
    let after = firstAtOrAfter(tokens, m.end);
    if (!/^,\s*$/u.test(text.slice(m.end, tokens[after]?.start ?? m.end))) continue;
    const article = tokens[after]?.lower;
    if (article === 'the' || article === 'a' || article === 'an') after++;
    const end = tokens[after + words.length - 1];
    // (It closes with the appositive: "Echoing Condoleezza Rice, the prime minister said" is another;
    // "Alana Brooks, a Democrat from Oregon," is "the Democrat", "a" with a place after it.)
    const closes = end && /^[,.;]/u.test(end.post || '.');
    const from = article !== 'the' && end && tokens[end.i + 1]?.lower === 'from' && /^\s+$/u.test(end.post);
    if (same(after) && (closes || from)) found.add(m.entity);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Words after a noun that make the person named next the one it belongs to ("a spokesman for X", "an aide to X"). */
const FOR_WHOM = new Set(['for', 'to', 'of']);
/** Nouns of time, never a speaker ("this week in Geneva"). */
export const TIME_NOUNS =
  /^(?:day|days|week|weeks|weekend|month|months|year|years|night|morning|afternoon|evening|time)$/u;
/** Words after a noun that say where it is ("officials in Paris", "a doctor at Mercy Hospital"). */
export const WHERE: ReadonlySet<string> = new Set(['in', 'at', 'on', 'from', 'near', 'outside', 'inside', 'across']);

/**
 * Where the noun phrase that ends at `end` and starts at `start` starts when it is the object of
 * "a spokeswoman for" ("A spokeswoman for Governor Tim Baker said") or of a noun and where it is
 * ("Officials in Paris said", "A sign on the door read"): at the head it belongs to.
 */
export function servedStart(ctx: QuoteContext, words: readonly Word[], start: number, end: number): number {
  const head = start - 2;
  if (head < 0 || !(FOR_WHOM.has(words[start - 1]!.lower) || WHERE.has(words[start - 1]!.lower))) return start;
  // (A capitalised head only where it opens the clause: "Residents of Elm Street said".)
  const lower = /^\p{Ll}/u.test(words[head]!.text);
  if (hasTag(words[head], 'Date') || TIME_NOUNS.test(words[head]!.lower)) return start;
  // (Nor a time after it: "asked about Mr Blair's performance on Friday, the men agreed …".)
  if (words.slice(start, end).some((w) => hasTag(w, 'Date'))) return start;
  const named = mentionAt(ctx, words[head]!.start);
  if (!lower && !(head === 0 && /s$/u.test(words[head]!.lower) && !named)) return start;
  if (!hasTag(words[head], 'Noun') || hasTag(words[head], 'Pronoun') || /[,;:]/u.test(words[head]!.post)) return start;
  let s = head;
  while (s > 0 && inNounPhrase(words, s - 1, head + 1) && !/[,;:]/u.test(words[s - 1]!.post)) s--;
  return end - s > 8 ? start : s;
}

/**
 * The first person of a speaker phrase `np` who is its speaker, past any whom the phrase's head
 * only belongs to: "Crane’s spokesperson", "a spokeswoman for Governor Tim Baker", "the wife of
 * Tom Rees" speak for someone, and are not them. Null when the phrase names a person only that
 * way (its words are then the speaker), undefined when it names no person.
 */
export function speakingPerson(ctx: QuoteContext, np: readonly Word[]): Entity | null | undefined {
  const from = np[0]?.start ?? 0;
  const to = np[np.length - 1]?.end ?? 0;
  let owned = false;
  for (let k = firstAtOrAfter(ctx.mentions, from); k < ctx.mentions.length && ctx.mentions[k]!.start < to; k++) {
    const m = ctx.mentions[k]!;
    if (m.end > to || m.entity.type !== 'person') continue;
    const i = np.findIndex((t) => t.end >= m.end);
    // (Past a title: "for Governor Tim Baker".)
    let j = np.findIndex((t) => t.start >= m.start);
    while (j > 0 && /^\p{Lu}/u.test(np[j - 1]!.text) && !hasTag(np[j - 1], 'Determiner')) j--;
    // "Crane’s spokesperson": a possessive name before a lowercase noun of the phrase.
    // (Or a plural's: "Jones’ lawyer".)
    const possessive = hasTag(np[i], 'Possessive') || /^['’]\s/u.test(np[i]?.post ?? '');
    const owner = possessive && /^\p{Ll}/u.test(np[i + 1]?.text ?? '') && hasTag(np[i + 1], 'Noun');
    // "a spokeswoman for Governor Tim Baker": a name after a lowercase noun and "for", "to", "of".
    const served =
      j >= 2 &&
      FOR_WHOM.has(np[j - 1]!.lower) &&
      (/^\p{Ll}/u.test(np[j - 2]!.text) || (j === 2 && /s$/u.test(np[0]!.lower))) &&
      hasTag(np[j - 2], 'Noun') &&
      !np.slice(0, j - 1).some((t) => /[,;:]/u.test(t.post));
    if (!owner && !served) return roleHead(ctx, np, m) ?? m.entity;
    owned = true;
  }
  return owned ? null : undefined;
}

/**
 * The person who ends `np` after a role that follows `m`'s name: "Virgin Blue chief executive
 * Brett Godfrey", "Obama adviser David Axelrod" are the role's holder, whoever the name before
 * the role is (a company the tagger took for a person, or the one the holder works for).
 */
function roleHead(ctx: QuoteContext, np: readonly Word[], m: Mention): Entity | undefined {
  const last = np[np.length - 1]!;
  const held = (h: Mention) => h.end === last.end && h.entity.type === 'person' && h.entity !== m.entity;
  const head = mentionFrom(ctx, m.end + 1, last.end, held);
  if (!head) return undefined;
  const role = np.filter((t) => t.start >= m.end && t.end <= head.start);
  const plain = (t: Word) =>
    /^\p{Ll}/u.test(t.text) &&
    (hasTag(t, 'Noun') || hasTag(t, 'Adjective')) &&
    !hasTag(t, 'Preposition') &&
    !hasTag(t, 'Conjunction') &&
    !hasTag(t, 'Pronoun');
  // (Nothing but the role's words and spaces between the names: not "Ann Lee and adviser Tom Roe".)
  const joined = np.every((t) => t.end <= m.start || t.start >= head.start || /^\s+$/u.test(t.post));
  return role.length > 0 && role.every(plain) && joined ? head.entity : undefined;
}

/** The person `words` open with when their name is the whole phrase up to a comma or the sentence's end ("Derek Hill."). */
export function nameAfter(ctx: QuoteContext, words: readonly Word[]): Entity | undefined {
  const k = words.findIndex((t) => !/^\s*$/u.test(t.post));
  if (k < 0 || !/^\s*[,.!?]/u.test(words[k]!.post)) return undefined;
  const chunk = words.slice(0, k + 1);
  const person = entityIn(ctx, chunk, 'person');
  const m = person && ctx.mentions.find((m) => m.entity === person && m.start >= chunk[0]!.start);
  // (Or the name, then where the person is from: "Dr. Rachel Kim of the University of Michigan.")
  const j = m ? chunk.findIndex((t) => t.end === m.end) : -1;
  const from = j >= 0 && j < k && /^(?:of|at|from)$/u.test(chunk[j + 1]!.lower);
  const name = chunk.slice(0, from ? j + 1 : chunk.length);
  return m && (m.end === chunk[k]!.end || from) && name.every((t) => /^\p{Lu}/u.test(t.text)) ? person : undefined;
}

const HOW_FRAME = /^(?:that|this|such) (?:was|is) how$/u;

/**
 * "“…” That was how Maria Solis, a nurse, described it": the words after a quotation past the
 * frame "That was how", when a person's name set off by a comma and then a speech verb come
 * next (the frame is not the speaker's phrase); else the words as they are.
 */
export function pastHowFrame(ctx: QuoteContext, words: Word[]): Word[] {
  if (
    !HOW_FRAME.test(
      words
        .slice(0, 3)
        .map((t) => t.lower)
        .join(' '),
    )
  )
    return words;
  const rest = words.slice(3);
  return leadingPerson(ctx, rest) && rest.some((_, i) => isSpeechVerb(rest, i)) ? rest : words;
}

/**
 * Whether a relative clause before a speech verb has a subject of its own right before the verb
 * (past an auxiliary or an adverb): a pronoun ("which he said was"), or a person or a body the
 * text names ("which Mr Harding described as", "that Lena Voss has called"). Then the relative
 * pronoun is the verb's object, and that subject its speaker.
 */
export function objectRelative(ctx: QuoteContext, chunk: readonly Word[]): boolean {
  if (hasTag(chunk[1], 'Pronoun')) return true;
  let end = chunk.length;
  while (
    end > 1 &&
    (hasTag(chunk[end - 1], 'Adverb') || /^(?:has|have|had|was|is|once|later)$/u.test(chunk[end - 1]!.lower))
  )
    end--;
  // "who" is the clause's subject ("Leigh, who had … for Secrets and Lies and Topsy Turvy, told").
  if (end < 2 || chunk[0]!.lower === 'who') return false;
  // The subject opens the clause, past a title: "which Mr Harding", not "which won Ana Ruiz".
  const opens = [chunk[1]!.start];
  if (end > 2 && TITLES.has(chunk[1]!.text.replace(/\.$/u, ''))) opens.push(chunk[2]!.start);
  const to = chunk[end - 1]!.end;
  return ctx.mentions.some(
    (m) => (m.entity.type === 'person' || m.entity.type === 'organization') && opens.includes(m.start) && m.end === to,
  );
}

/**
 * The speaker phrase after an inverted verb (`words[0]`, "said"): up to the first word followed by
 * anything but a space, or past a plural's possessive before a role or a name ("said Kestrel
 * Motors’ chief financial officer, Ruth Okafor", "said Sky Networks' Sophie Turner Laing"; not
 * "Supporters' Association").
 */
export function phraseAfterVerb(ctx: QuoteContext, words: readonly Word[]): Word[] {
  const np: Word[] = [];
  for (let k = 1; k < words.length; k++) {
    const t = words[k]!;
    np.push(t);
    const next = words[k + 1];
    const owns =
      /^['’]\s+$/u.test(t.post) &&
      /s$/u.test(t.lower) &&
      !!next &&
      (/^\p{Ll}/u.test(next.text) || ctx.mentions.some((m) => m.start === next.start && m.entity.type === 'person'));
    if (!/^\s*$/u.test(t.post) && !owns) break;
  }
  return np;
}

/** Words that open a time adjunct before a date ("on Tuesday", "earlier this month"). */
const TIME_OPENERS = /^(?:on|in|at|late|early|earlier|last|this|next|until)$/u;

/**
 * Where a time adjunct between a subject and its verb starts ("Mitch McConnell on Monday said",
 * "The company late Thursday said"): the subject in `words` ends there, when `words` is the chunk
 * of `clause` right before the verb. Else, or when nothing but the adjunct is there, its length.
 */
export function timeAdjunctStart(words: readonly Word[], clause: readonly Word[]): number {
  const end = words.length;
  if (words.at(-1) !== clause.at(-1)) return end;
  let k = end;
  while (k > 0 && hasTag(words[k - 1], 'Date')) k--;
  if (k === end) return end;
  while (k > 0 && TIME_OPENERS.test(words[k - 1]!.lower) && !hasTag(words[k - 1], 'Date')) k--;
  return k > 0 && /^\s+$/u.test(words[k - 1]!.post) && hasTag(words[k - 1], 'Noun') ? k : end;
}
