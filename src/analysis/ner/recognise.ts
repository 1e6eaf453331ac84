import type { Span } from '../../load/article.js';
import { PEOPLE_ADJECTIVES, PLACE_CANONICAL } from '../lexicon/places.js';
import { bioSpans } from './conll.js';
import { entryKey } from './features/resources.js';
import { loadShippedModel, tagDocument, type NerModel } from './model.js';
import { tokenize, type TextToken } from '../tokenizer/tokenize.js';
import { HONORIFICS, ORG_HEADS, TITLES } from '../lexicon/titles.js';
import { joinParticles, possessiveOwners, tableRowTypes } from './join-names.js';
import { DOTTED_LEGAL_FORMS, FUNCTION_WORDS, NOT_NAMES } from '../lexicon/organizations.js';
import { firstWordIndex, foundedBy, titleCaseTokens } from '../name-context.js';
import { isCommonWord, lexiconTags } from '../lexicon/common-words.js';
import { OCCUPATIONS } from '../lexicon/occupations.js';

const WORD = /[\p{L}\p{N}]/u;
/** Titles only a person has: left out of any name, whatever the tagger typed it ("General Motors" keeps its word). */
const PERSONAL_TITLES: ReadonlySet<string> = new Set([
  ...HONORIFICS,
  ...'President President-elect Senator Governor Mayor Judge Chancellor Minister Congressman Congresswoman'.split(' '),
]);

export type NamedType = 'person' | 'organization' | 'place' | 'other';
/** CoNLL's PER ORG LOC MISC, in model order. */
const TYPE_NAMES: readonly NamedType[] = ['person', 'organization', 'place', 'other'];

/** One name the recogniser found, placed on the article text. */
export interface NamedMention extends Span {
  readonly type: NamedType;
  readonly surface: string;
  /** The name's words as the tagger saw them. */
  readonly words: readonly string[];
  /** What the words around this mention say it is, when they say it clearly (see `contextCue`). */
  readonly cue?: NamedType;
  /** It stands in Title Case text (a headline, a heading, a quoted title): weak evidence of a name. */
  readonly titleCase?: boolean;
  /** It is the first word of its sentence, where every word is capitalised. */
  readonly initial?: boolean;
}

/** Nouns for a role held in a group or a place: what follows "a leader of" is never a person. */
const ROLE_BEFORE =
  /\b(?:leaders?|commanders?|members?|heads?|chiefs?|founders?|spokes(?:man|woman|person)|fighters|militants|officials?|chairman|chairwoman|president|director|ranks)\s+(?:of|in|from|within)\s+(?:the\s+)?$/iu;
/**
 * "X group", "X, a militia", "X - another group": the name of a group (not "X, the company's
 * chief executive": what the group has is someone in it).
 */
const GROUP_NOUN =
  '(?:group|groups|militia|militias|movement|party|organi[sz]ation|company|firm|agency|network|faction|alliance|coalition|union|club)';
/** Not a group when a person noun follows: "a party member", "union leaders". */
const NOT_A_GROUP = '(?!\\s+(?:members?|leaders?|officials?|activists?|chiefs?|spokes\\w+|colleagues?|bosses|boss)\\b)';
const GROUP_AFTER = new RegExp(
  `^(?:\\s+${GROUP_NOUN}\\b${NOT_A_GROUP}|\\s*[-–—,]\\s*(?:a|an|another|the)\\s+(?:[\\p{L}-]+\\s+){0,2}${GROUP_NOUN}\\b(?!['’])${NOT_A_GROUP})`,
  'u',
);

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.]*$/u;
/** Honorifics only a person's name follows (not "Dr", as in "Dr Pepper"), right before a name. */
const HONORIFIC_JUST_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Sen|Rep|Gov)\.?\s$/u;

export interface RecogniseOptions {
  /** `tokenize(text, blocks)`, when the caller has it already. */
  readonly sentences?: readonly (readonly TextToken[])[];
  /** Passed on to `tagDocument`. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Runs the trained tagger over an article: CoNLL-like tokens, sentence by sentence, the article
 * as one document, then every tagged span mapped back to its characters.
 */
export function recogniseNames(
  text: string,
  blocks: readonly Span[],
  model: NerModel = loadShippedModel(),
  options: RecogniseOptions = {},
): NamedMention[] {
  const sentences = options.sentences ?? tokenize(text, blocks);
  const tags = tagDocument(
    model,
    sentences.map((s) => s.map((t) => t.form)),
    options.onProgress,
  );
  const found: { tokens: readonly TextToken[]; type: number; titleCase: boolean; initial: boolean }[] = [];
  sentences.forEach((tokens, s) => {
    let titleCase: Uint8Array | undefined;
    for (const span of bioSpans(tags[s]!)) {
      let first = span.start;
      let end = span.end;
      // Marks and symbols are never part of a name: "• Kauri", "^ Eich", "& Domain".
      while (first < end && !WORD.test(tokens[first]!.form)) first++;
      while (end > first && !WORD.test(tokens[end - 1]!.form)) end--;
      // A name starts after any title the tagger took in ("Mr Mubanga", "President-elect Joe
      // Biden"): the title is not part of it, and makes no organisation of it either.
      const titles = span.type === 0 ? TITLES : PERSONAL_TITLES;
      while (first < end - 1 && titles.has(tokens[first]!.form.replace(/\.$/, ''))) first++;
      // "Comedian Conan O'Brien said", "Cardinal Dolan": an occupation or a rank, then a person.
      const role = roleBeforePerson(tokens, first, end, span.type);
      if (role) first++;
      if (first >= end) continue;
      const words = tokens.slice(first, end);
      // Every whole-word occurrence of a name becomes a mention (entities.ts), so one stray "Mr"
      // would make every "Mr" in the article a mention of an organisation; a job title or a
      // "CEO" is no name either.
      const bare = (t: TextToken) => t.form.replace(/\.$/, '');
      if (words.length === 1 ? HONORIFICS.has(bare(words[0]!)) : words.every((t) => TITLES.has(bare(t)))) continue;
      if (words.every((t) => NOT_NAMES.has(t.form) || FUNCTION_WORDS.has(t.form))) continue;
      titleCase ??= titleCaseTokens(text, tokens);
      found.push(
        ...atLegalFormEnds({
          tokens: words,
          type: role ? 0 : span.type,
          titleCase: allOnes(titleCase, first, end),
          initial: first === firstWordIndex(tokens),
        }),
      );
    }
  });
  const joined = joinParticles(
    found.map((f) => {
      const start = f.tokens[0]!.start;
      const end = f.tokens[f.tokens.length - 1]!.end;
      const type = TYPE_NAMES[f.type]!;
      const words = f.tokens.map((t) => t.form);
      return { start, end, type, surface: text.slice(start, end), words, titleCase: f.titleCase, initial: f.initial };
    }),
    text,
  );
  const mentions = splitKnownPlaces(possessiveOwners(tableRowTypes(joined, text), text));

  // "Iran-backed", "Iraq-Syria": CoNLL keeps a hyphenated form as one token (often MISC), but a
  // reader wants the country in it. Split out the parts the article or the gazetteers know as a
  // person, organisation or place on their own.
  const knownAs = typesBySurface(mentions);
  const tagged = new Set(found.filter((f) => f.tokens.length === 1).map((f) => f.tokens[0]!));
  const inLonger = new Set(found.filter((f) => f.tokens.length > 1).flatMap((f) => f.tokens));
  const out: NamedMention[] = [];
  // The token a one-word mention starts at: one the tagger put in a name. Built on first use.
  let tokenAt: Map<number, TextToken> | null = null;
  const tokenStartingAt = (start: number): TextToken =>
    (tokenAt ??= new Map([...tagged, ...inLonger].map((t) => [t.start, t] as const))).get(start)!;
  // "Post-mortem", "Family-controlled" opening a sentence: an ordinary word, capitalised only there.
  let openers: Set<TextToken> | null = null;
  const opensSentence = (token: TextToken): boolean =>
    (openers ??= new Set(sentences.map((s) => s[firstWordIndex(s)]!))).has(token);
  const splitParts = (token: TextToken): NamedMention[] => {
    const parts: NamedMention[] = [];
    const written = text.slice(token.start, token.end);
    for (const m of written.matchAll(/[^-‐‑]+/gu)) {
      const part = m[0];
      if (!CAPITALISED.test(part)) continue;
      if (m.index === 0 && isCommonWord(part) && !PLACE_CANONICAL.has(part) && opensSentence(token)) continue;
      const type = knownType(part, knownAs, model);
      if (type === undefined || type === 3) continue;
      const start = token.start + m.index!;
      parts.push({ start, end: start + part.length, type: TYPE_NAMES[type]!, surface: part, words: [part] });
    }
    return parts;
  };
  for (const m of mentions) {
    const single = m.words.length === 1 && /[-‐‑]/u.test(m.surface);
    if (single && (m.type === 'other' || m.surface.split(/[-‐‑]/u).every((p) => CAPITALISED.test(p)))) {
      const token = tokenStartingAt(m.start);
      const parts = splitParts(token);
      if (parts.length) {
        out.push(...parts);
        continue;
      }
    }
    out.push(m);
  }
  // Hyphenated forms the tagger left out altogether ("Iran-aligned Houthi group").
  for (const tokens of sentences)
    for (const token of tokens) {
      if (!hasHyphen(token.form) || tagged.has(token) || inLonger.has(token)) continue;
      out.push(...splitParts(token));
    }
  return out
    .sort((a, b) => a.start - b.start)
    .map((m) => {
      const cue = contextCue(text, m);
      return cue && cue !== m.type ? { ...m, cue } : m;
    });
}

/** Whether marks[from, to) are all 1. */
function allOnes(marks: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (marks[k] !== 1) return false;
  return true;
}

/**
 * Whether the name's first word is an occupation capitalised at the sentence's start ("Comedian
 * Conan O'Brien") or a rank before a surname the tagger read as a body ("Cardinal Dolan"): the
 * word is left out, and the rest is a person's name.
 */
function roleBeforePerson(tokens: readonly TextToken[], first: number, end: number, type: number): boolean {
  const occupation =
    first < end - 1 && first === firstWordIndex(tokens) && OCCUPATIONS.has(tokens[first]!.form.toLowerCase());
  return occupation || (type !== 0 && rankBeforeSurname(tokens, first, end));
}

/** Ranks of the church, the forces and the law that stand before a surname: "Cardinal Dolan", "General Kutuzov". */
const RANKS: ReadonlySet<string> = new Set(
  'Cardinal Bishop Archbishop Rabbi Imam Sheikh Ayatollah General Admiral Colonel Lieutenant Sergeant Ambassador Sheriff'.split(
    ' ',
  ),
);

/**
 * "Cardinal Dolan", "Sheriff Villanueva" that the tagger read as a body: a rank and then one or two
 * names that are no ordinary words nor a body's head ("General Motors", "Cardinal Health", "Bishop
 * Museum" keep their word) are a person's surname after a title.
 */
function rankBeforeSurname(tokens: readonly TextToken[], first: number, end: number): boolean {
  if (!RANKS.has(tokens[first]!.form) || end - first < 2 || end - first > 3) return false;
  return tokens
    .slice(first + 1, end)
    .every(
      (t) =>
        CAPITALISED.test(t.form) && !isCommonWord(t.form) && !ORG_HEADS.has(t.form) && !PLACE_CANONICAL.has(t.form),
    );
}

interface Found {
  readonly tokens: readonly TextToken[];
  readonly type: number;
  readonly titleCase: boolean;
  readonly initial: boolean;
}

/**
 * "… bought by Huawei Technologies Co. Huawei's new phone …": the full stop of a legal form at
 * a sentence's end is the sentence's too, which the tokenizer cannot tell; a name the tagger ran
 * on past it is two names. Split after the legal form when a capitalised word follows that is not
 * another legal form ("Co. Ltd").
 */
function atLegalFormEnds(f: Found): Found[] {
  const k = f.tokens.findIndex(
    (t, i) =>
      i > 0 &&
      i < f.tokens.length - 1 &&
      DOTTED_LEGAL_FORMS.has(t.form) &&
      /^\p{Lu}/u.test(f.tokens[i + 1]!.form) &&
      !DOTTED_LEGAL_FORMS.has(f.tokens[i + 1]!.form) &&
      !/^(?:Ltd|LLC|Plc|PLC|SA|AG|NV)$/u.test(f.tokens[i + 1]!.form),
  );
  if (k < 0) return [f];
  const rest = { ...f, tokens: f.tokens.slice(k + 1), initial: true };
  return [{ ...f, tokens: f.tokens.slice(0, k + 1) }, ...atLegalFormEnds(rest)];
}

/** Whether a word has a hyphen in it (-, ‐ or ‑), as /[-‐‑]/u.test(form). */
function hasHyphen(form: string): boolean {
  for (let k = 0; k < form.length; k++) {
    const c = form.charCodeAt(k);
    if (c === 0x2d || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}

/** "Israel Gaza war": a place span made only of known countries and regions is one place per word. */
function splitKnownPlaces(mentions: readonly NamedMention[]): NamedMention[] {
  return mentions.flatMap((m) => {
    if (
      m.type !== 'place' ||
      m.words.length < 2 ||
      PLACE_CANONICAL.has(m.surface) ||
      !m.words.every((w) => PLACE_CANONICAL.has(w))
    )
      return [m];
    const parts: NamedMention[] = [];
    let at = 0;
    for (const w of m.words) {
      const i = m.surface.indexOf(w, at);
      if (i < 0) return [m];
      parts.push({ start: m.start + i, end: m.start + i + w.length, type: 'place', surface: w, words: [w] });
      at = i + w.length;
    }
    return parts;
  });
}

/**
 * The type the words around a mention leave no doubt about, or undefined. A name's own head word
 * says an organisation ("… League of Rights") or a place ("River …", "… Dock"). A role in something
 * ("a leader of X", "a commander in X") means X is a group or a place, never a person; a group
 * noun after it ("X group", "X - another group") means a group.
 */
export function contextCue(
  text: string,
  m: Span & { readonly surface: string; readonly type: NamedType },
): NamedType | undefined {
  const after = text.slice(m.end, m.end + 80);
  if (m.type !== 'organization' && m.surface.includes(' ') && organisationHead(m.surface)) return 'organization';
  if (m.type !== 'place' && m.surface.includes(' ') && waterside(m.surface)) return 'place';
  // "Rep. Alexandria Ocasio-Cortez", "Mrs Okafor": a personal honorific right before the name.
  if (m.type !== 'person' && HONORIFIC_JUST_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) return 'person';
  // "founded by Walt Disney": the man, though the tagger took him for the firm named after him.
  if (m.type !== 'person' && foundedBy(text.slice(Math.max(0, m.start - 48), m.start), m.surface)) return 'person';
  if (/^['’]s?\b/u.test(after)) return undefined; // "a leader of Joe Biden's party"
  if (GROUP_AFTER.test(after) && !PEOPLE_ADJECTIVES.has(m.surface)) return 'organization';
  if (m.type === 'person' && ROLE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))
    return PLACE_CANONICAL.has(m.surface) ? 'place' : 'organization';
  return undefined;
}

/** Heads that make "<head> of <…>" a body less surely: "Union of Soviet Socialist Republics", "Company of Heroes". */
const NOT_OF_HEADS = new Set(['Union', 'Company', 'Group', 'Network']);

/**
 * Whether a name's head word is an organisation's: its last word ("Brazilian Cycling
 * Confederation"), or the word before its first "of" ("Canadian League of Rights", "Department
 * of Natural Resources and Mines", "University of Berlin").
 */
function organisationHead(surface: string): boolean {
  const words = surface.split(/\s+/u);
  if (ORG_HEADS.has(words[words.length - 1]!.replace(/\.$/u, ''))) return true;
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1]! : '';
  return ORG_HEADS.has(head) && !NOT_OF_HEADS.has(head);
}

/** First words of a place's name: "River Mersey", "Lake Taupo", "Loch Ness". */
const PLACE_FIRST = new Set(['River', 'Lake', 'Loch']);
/** First words of a place's name before its "of": "Port of Liverpool", "Bay of Biscay", "Isle of Man". */
const PLACE_OF = new Set(['Port', 'Bay', 'Gulf', 'Isle', 'Strait', 'Straits', 'Sea']);
/** Last words of a place's name a person's never ends with: "Clarence Dock", "Canary Wharf". */
const PLACE_LAST = new Set(['Dock', 'Docks', 'Wharf', 'Quay', 'Pier', 'Marina', 'Harbour', 'Harbor']);

/**
 * Whether a name of two or more words says it is a place by its first or last word, the way
 * waters and the places beside them are named: "River Mersey", "Port of Liverpool", "Salisbury
 * Dock". Not when an organisation's word ends it ("Lake Forest College", checked first), nor a
 * team's plural ("Sacramento River Cats").
 */
function waterside(surface: string): boolean {
  const words = surface.split(/\s+/u);
  const first = words[0]!;
  // "River Cats", "Lake Monsters": a plural after it names a team.
  const plural = words.slice(1).some((w) => lexiconTags(w.toLowerCase())[0] === 'NNS');
  return (
    (PLACE_FIRST.has(first) && !plural) ||
    (PLACE_OF.has(first) && words[1] === 'of') ||
    PLACE_LAST.has(words[words.length - 1]!)
  );
}

/** The types each surface got from the tagger in this article, as counts per type. */
function typesBySurface(mentions: readonly NamedMention[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const m of mentions) {
    const counts = out.get(m.surface) ?? [0, 0, 0, 0];
    counts[TYPE_NAMES.indexOf(m.type)]!++;
    out.set(m.surface, counts);
  }
  return out;
}

/** A part's type: what the article calls it elsewhere, else a known country or region, else the gazetteer's only type. */
function knownType(part: string, knownAs: Map<string, number[]>, model: NerModel): number | undefined {
  const counts = knownAs.get(part);
  if (counts) return counts.indexOf(Math.max(...counts));
  if (PLACE_CANONICAL.has(part)) return 2;
  const mask = model.resources.gazetteer.entries.get(entryKey([part]));
  if (mask === undefined) return undefined;
  for (let t = 0; t < 4; t++) if (mask === 1 << t) return t;
  return undefined;
}
