import { writtenAs, type TextToken } from './tokenizer/tokenize.js';
import { PEOPLE_ADJECTIVES } from './lexicon/places.js';
import { OCCUPATIONS } from './lexicon/occupations.js';
import { isCommonWord, lexiconTags } from './lexicon/common-words.js';
import { givenNameSex } from './lexicon/given-names.js';

export type CueType = 'person' | 'organization' | 'place' | 'other';

/**
 * Words Title Case leaves in lower case: they neither count for nor against a sentence being
 * written in Title Case.
 */
const MINOR = new Set(
  'a an the and or nor but of to in on at by for as with from into via vs per de la le du des von van'.split(' '),
);
/** A sentence (or a quoted title) is in Title Case when at least this share of its other words is capitalised. */
const TITLE_CASE_SHARE = 0.8;
/** …and it has at least this many such words besides the first: "Birth of Chaos" is a heading, "Mr Smith" is not judged. */
const TITLE_CASE_MIN_WORDS = 2;

const LETTER = /\p{L}/u;
const UPPER_FIRST = /^[^\p{L}]*\p{Lu}/u;
const QUOTE_MARK = /^["“”‘’'`]+$/u;

/**
 * For each token of a sentence, whether it stands in Title Case text: a heading, a headline, a
 * reference to a work ("“Brendan Eich Steps Down as Mozilla CEO”"). There a capital letter says
 * nothing about a name, so what the tagger finds in it is weak evidence.
 */
export function titleCaseTokens(text: string, tokens: readonly TextToken[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  if (
    inTitleCase(text, tokens, 0, tokens.length) &&
    !proseWithNames(text, tokens) &&
    !signOff(text, tokens) &&
    !dateline(text, tokens)
  )
    return out.fill(1);
  // A quoted stretch of the sentence on its own: the title of an article, a book, a headline.
  let open = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (!QUOTE_MARK.test(writtenAs(text, tokens[k]!))) continue;
    if (open < 0) open = k;
    else {
      if (inTitleCase(text, tokens, open + 1, k)) out.fill(1, open + 1, k);
      open = -1;
    }
  }
  return out;
}

function inTitleCase(text: string, tokens: readonly TextToken[], from: number, to: number): boolean {
  let counted = 0;
  let capitalised = 0;
  let first = true;
  for (let k = from; k < to; k++) {
    const written = writtenAs(text, tokens[k]!);
    if (!LETTER.test(written)) continue;
    if (first) {
      first = false;
      continue;
    }
    if (MINOR.has(written.toLowerCase())) continue;
    counted++;
    if (UPPER_FIRST.test(written)) capitalised++;
  }
  return counted >= TITLE_CASE_MIN_WORDS && capitalised >= TITLE_CASE_SHARE * counted;
}

/** Lower-case words (not minor ones) that make a sentence ending in a full stop prose, however many names it lists. */
const PROSE_MIN_LOWER = 2;

/**
 * "Among the accused were Altria Group, RJ Reynolds Tobacco, Lorillard Tobacco and Liggett
 * Group.": a sentence of running prose that lists names has most words capitalised, but its own
 * words ("accused", "were") are in lower case and it ends in a full stop, which no headline does.
 */
function proseWithNames(text: string, tokens: readonly TextToken[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last || !/^[.!?]$/u.test(writtenAs(text, last))) return false;
  let lower = 0;
  let verb = false;
  for (let k = firstWordIndex(tokens) + 1; k < tokens.length; k++) {
    const written = writtenAs(text, tokens[k]!);
    if (!/^\p{Ll}/u.test(written) || MINOR.has(written)) continue;
    lower++;
    verb ||= lexiconTags(written).some((t) => FINITE_VERB.has(t));
  }
  // "Martin Luther King Jr. spoke in Washington in 1963.", "Boris Johnson met Emmanuel Macron in
  // Paris.": names around one verb in lower case, which Title Case would have capitalised.
  return lower >= PROSE_MIN_LOWER || (lower === 1 && verb);
}

/** A verb's past or present tense, as the lexicon may read it: "spoke", "designed", "wins". */
const FINITE_VERB: ReadonlySet<string> = new Set(['VBD', 'VBZ']);

/** A wire story's sign-off: "-- Maria Lentz, Chicago Grains Desk", "(Reporting by Maria Lentz; Editing by …)". */
const SIGN_OFF =
  /^(?:--|—|–)[ \t]*\p{Lu}|^\(?(?:(?:Additional[ \t]+)?[Rr]eporting|Writing|Editing|Edited|Compiled)[ \t]+by[ \t]+\p{Lu}/u;

/**
 * Whether a sentence is a sign-off that credits the reporters and the desk. Its words are names
 * and so capitalised, but it is no headline: a capital letter there still says "name".
 */
function signOff(text: string, tokens: readonly TextToken[]): boolean {
  const first = tokens[0];
  return first !== undefined && SIGN_OFF.test(text.slice(first.start, first.start + 40));
}

/**
 * A news agency's dateline, the place a story was filed from, in capitals at a paragraph's start:
 * "FARMINGTON HILLS, Mich.", "SAN DIEGO (AP) —", "LA CORUNA, Spain (Reuters) -". The words are
 * capitalised because datelines are, and the place is a name, not a headline's word.
 */
const DATELINE_PLACE = String.raw`\p{Lu}{2,}(?:[ .'-]\p{Lu}{2,})*\.?`;
const DATELINE_REGION = String.raw`,[ \t]+\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*)?`;
const DATELINE_AGENCY = String.raw`[ \t]+\((?:AP|Reuters|AFP|UPI|dpa)\)`;
const DATELINE = new RegExp(
  `^${DATELINE_PLACE}(?:${DATELINE_REGION})?(?:${DATELINE_AGENCY})?(?:[ \\t]*[-—–]|[ \\t]*$)`,
  'u',
);

/** A dateline that leaves no doubt: its place has its region after it or the agency's name. */
const DATELINE_CUE = new RegExp(
  `^${DATELINE_PLACE}(?:${DATELINE_REGION}(?:${DATELINE_AGENCY})?|${DATELINE_AGENCY})[ \\t]*[-—–]`,
  'u',
);

function dateline(text: string, tokens: readonly TextToken[]): boolean {
  const first = tokens[0];
  if (first === undefined || (first.start > 0 && text[first.start - 1] !== '\n')) return false;
  return DATELINE.test(text.slice(first.start, tokens[tokens.length - 1]!.end));
}

/** Index of the sentence's first word (the first token with a letter or digit), or -1. */
export function firstWordIndex(tokens: readonly TextToken[]): number {
  return tokens.findIndex((t) => /[\p{L}\p{N}]/u.test(t.form));
}

const HONORIFIC_BEFORE =
  /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Sir|Dame|Rev|Sen|Senator|Rep|Gov|Governor|President|President-elect|Vice President|Prime Minister|Chancellor|Judge|Justice|Mayor|Pope|Cardinal|Bishop|Archbishop|Rabbi|Imam|Sheikh|Ayatollah|Admiral|Colonel|Sheriff|King|Queen|Prince|Princess|Lord|Lady|Sgt|Capt|Gen|Col|Lt)\.?\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}$/u;
/** "X, 75," "X, 45, said": an age in apposition; "the Obama administration"; "X, MD", "X, PhD": a degree after a name. */
const PERSON_AFTER =
  /^(?:(?:['’]s)?\s+administration\b|,\s+\d{1,3}(?:,|\s+(?:said|says|told|who|and|was|is|has)\b)|,?\s+(?:MD|M\.D\.|PhD|Ph\.D\.|DDS|RN|MPH|Jr\.?|Sr\.?)\b)/u;
/**
 * "X, the former secretary of state,", "X, the company's chief executive,", "X, a singer from
 * Leeds": a role only a person holds, in apposition, closed by a comma or going on with "of",
 * "from"…. Not when a verb follows the role ("Tesco, the chief executive said", "by the United
 * States, the home secretary considered"): the role is someone else's, the subject of a new clause.
 */
const ROLE_AFTER = new RegExp(
  String.raw`^,\s+(?:the|a|an|his|her)\s+(?:(?!(?:of|and|in|for|at|to|with|which|that|who)\b)[\p{L}'\u2019-]+\s+){0,3}(?:${[
    'chief executive',
    ...'secretary minister chancellor senator congressman congresswoman governor mayor founder co-founder chairman chairwoman'.split(
      ' ',
    ),
    ...OCCUPATIONS,
  ].join('|')})(?=[,.;:)]|\s+(?:of|for|at|in|from|to|with|and|who|since|until)\b)`,
  'u',
);
/**
 * "his sons Guido, Tomas and Ana Lind", "her husband Rawiri": a word for a relative right before
 * a name, or before the list the name is in, says a person (written in lower case: "Sons of
 * Anarchy" is a title).
 */
const KIN_BEFORE =
  /(?:^|[^\p{L}])(?:sons?|daughters?|wife|husband|widow|widower|brothers?|sisters?|father|mother|parents|uncle|aunt|nephew|niece|cousins?|grand(?:son|daughter|father|mother)s?|step(?:son|daughter)s?|fianc[eé]e?|children|siblings),?\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:,\s+|,?\s+and\s+))*$/u;
/** "until Pezuela recognised he was losing": what a mind does, then "he" or "she", says a person. */
const MIND_AFTER =
  /^\s+(?:knew|thought|felt|reali[sz]ed|recogni[sz]ed|feared|hoped|remembered|recalled|suspected|sensed)\s+(?:that\s+)?(?:he|she)\b/u;
/** What an organisation has and a person does not: "Uber's chief executive", "Amazon-owned", "X shares". */
const ORG_AFTER =
  /^(?:['’]s?\s+(?:chief executive|chief executives|CEO|CFO|CTO|founder|co-founder|founders|employees|staff|workers|shares|stock|headquarters|subsidiary|parent company|board of directors|app|apps|website|platform|users|customers|stores|shareholders|investors|servers)\b|[-‐‑](?:owned|operated)\b|\s+(?:magazine|newspaper|news agency|website|blog|broadcaster|Inc|Corp|Ltd|LLC|plc|spokesman|spokeswoman|spokesperson)\b)/u;
/**
 * "Lululemon founder Chip Wilson", "Peloton boss Barry McCarthy": a firm's officer named after it,
 * without "'s". Not a founder who bears the firm's name ("Dyson founder James Dyson"): the bare
 * name is then also his surname, and which is meant is unclear.
 */
const OFFICER_AFTER =
  /^\s+(?:chief executive|CEO|CFO|CTO|founder|co-founder|boss|chairman|chairwoman)\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)/u;
const officerAfter = (after: string, name: string): boolean => {
  const person = OFFICER_AFTER.exec(after)?.[1];
  return !!person && !person.endsWith(name.slice(name.lastIndexOf(' ') + 1));
};
/** "a professor at Stanford", "the founder of Fortescue", "posted on Reddit", "a report by Politico", "shared with Quanta". */
const ORG_BEFORE =
  /(?:\b(?:professor|professors|researcher|researchers|scientist|scientists|student|students|graduate|engineer|engineers|analyst|analysts|economist|lecturer|employee|employees|executive|executives|staff|director|dean|fellow|intern|founder|co-founder|founders|chairman|chairwoman|owner|owners|boss|chief executive|CEO)\s+(?:at|of|with|for)\s+|\b(?:posted|posting|posts|wrote|writing|published|tweeted|shared|reported|live-streamed|streamed)\s+(?:on|to)\s+|\b(?:a|an|the)\s+(?:report|story|article|investigation|analysis|survey|poll)\s+(?:by|from|in)\s+|\bworks?\s+(?:at|for)\s+|\b(?:acquired by|bought by)\s+)(?:the\s+)?$/iu;
/**
 * "Seattle-based", "the city of X", "X, a city in …". Not a compound noun the place word begins
 * ("Kevin Washington, a city council member", "Jane Ruiz, a state senator"): the word after it
 * must end the phrase or start what tells where or which the place is.
 */
const PLACE_AFTER =
  /^(?:[-‐‑]based\b|,\s+(?:a|the)\s+(?:city|town|village|state|province|region)(?=[\s,.;:)—–-]*$|[,.;:)—–]|\s+(?:in|of|on|near|north|south|east|west|outside|along|that|which|where|whose|with|and|known|famous|best|once|founded|located|home|just|about|some)\b))/u;
const PLACE_BEFORE = /\b(?:city|town|village|state|province|suburb|county)\s+of\s+$/iu;
/** "QGIS 2.8", "LibreOffice 4.2.3": a name with a release's dotted number is software, a product. */
const VERSION_AFTER = /^ v?\d+(?:\.\d+)+(?![\d.,]*\s*(?:%|percent|per cent|million|billion|trillion|m\b|bn\b))/u;

/**
 * A pattern that must match up to the end of its text (a final `$`, no `|` outside a group), as a
 * lookbehind from that end: `$(?<=…)`. The same strings match; a `$`-anchored pattern is tried
 * from every position of the text, this one only where `$` holds, so it costs one match instead of
 * one per character (most of `typeCue`'s time on a long document). A group that can capture only
 * one thing in a match (RUN_BEFORE's words) captures the same.
 */
export function fromTheEnd(re: RegExp): RegExp {
  const body = re.source.slice(0, -1);
  let depth = 0;
  let inClass = false;
  for (let k = 0; k < body.length; k++) {
    const c = body[k];
    if (c === '\\') k++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) throw new Error(`fromTheEnd: an alternative at the top of /${re.source}/`);
  }
  if (!re.source.endsWith('$') || body.endsWith('\\') || re.flags.includes('g') || re.flags.includes('y'))
    throw new Error(`fromTheEnd: /${re.source}/ is not anchored at its end only`);
  return new RegExp(`$(?<=${body})`, re.flags);
}
/**
 * The patterns above that look back from a name, each tried once from the name's start
 * (not HONORIFIC_BEFORE: measured over a long document's names, it is no faster read backwards).
 */
const KIN_END = fromTheEnd(KIN_BEFORE);
/**
 * "founded by Walt Disney", "a company started by Henry Ford": one who founds a firm, named with a
 * given name, is a person, though the firm bears the name (the tagger, seeing "Walt Disney Co."
 * elsewhere, reads the man as the firm). Not "founded by Sony" (no given name), nor "set up by
 * Stanford University students" (an ordinary word in it).
 */
const FOUNDER_END = fromTheEnd(/\b(?:(?:co-)?founded|started|created|set up|established) by\s+$/u);
export const foundedBy = (before: string, name: string): boolean => {
  const words = name.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    !!givenNameSex(words[0]!) &&
    words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isCommonWord(w)) &&
    FOUNDER_END.test(before)
  );
};
const ORG_END = fromTheEnd(ORG_BEFORE);
const PLACE_END = fromTheEnd(PLACE_BEFORE);

/**
 * The type the words right around one occurrence of a name leave no doubt about, or undefined:
 * a title, an age, a relative or a mind says a person, what a company owns or how one is
 * written about says an organisation, "-based" says a place.
 */
export function typeCue(text: string, start: number, end: number): CueType | undefined {
  const after = text.slice(end, end + 48);
  const before = text.slice(Math.max(0, start - 48), start);
  // PLACE_BEFORE and ORG_BEFORE end in a preposition (or "the") and white space: unless the last
  // word before the name is one, neither can match, and the costly patterns are not run.
  const last = lastWordBefore(before);
  if (PLACE_AFTER.test(after) || (last === 'of' && PLACE_END.test(before))) return 'place';
  // "SAN DIEGO (AP) —", "LA CORUNA, Spain -": the paragraph's dateline is a place.
  if ((start === 0 || text[start - 1] === '\n') && DATELINE_CUE.test(text.slice(start, start + 80))) return 'place';
  // "the Yugoslav news agency": an adjective of a people says what the agency is, not its name.
  if (ORG_AFTER.test(after) && !PEOPLE_ADJECTIVES.has(text.slice(start, end))) return 'organization';
  if (officerAfter(after, text.slice(start, end)) && !PEOPLE_ADJECTIVES.has(text.slice(start, end)))
    return 'organization';
  if (VERSION_AFTER.test(after)) return 'other';
  if (PERSON_AFTER.test(after) || HONORIFIC_BEFORE.test(before) || ROLE_AFTER.test(after)) return 'person';
  if (MIND_AFTER.test(after) || KIN_END.test(before) || foundedBy(before, text.slice(start, end))) return 'person';
  // "the rapper Drake", "midfielder Donato": an occupation right before the name.
  if (last !== undefined && OCCUPATIONS.has(last)) return 'person';
  // "sportswear firm Umbro", "the charity Oxfam": the kind of body, right before its name.
  if (last !== undefined && ORG_KINDS.has(last)) return 'organization';
  // "a lecturer at London's Imperial College": the role is at what the name owns; "founder of
  // Jewish human rights group …": a people's adjective is no body's name.
  if (
    last !== undefined &&
    ORG_BEFORE_LAST.has(last) &&
    ORG_END.test(before) &&
    !/^['’]s\b/u.test(after) &&
    !PEOPLE_ADJECTIVES.has(text.slice(start, end))
  )
    return 'organization';
  return undefined;
}

/** Nouns for a kind of organisation: a name right after one is one ("UK sportswear firm Umbro"). */
export const ORG_KINDS: ReadonlySet<string> = new Set(
  'firm firms company companies manufacturer maker retailer supermarket carmaker automaker airline bank lender insurer brokerage consultancy charity conglomerate startup start-up broadcaster newspaper tabloid wholesaler distributor studio label franchise subsidiary watchdog regulator'.split(
    ' ',
  ),
);

/** The words ORG_BEFORE can end with (before its white space). */
const ORG_BEFORE_LAST: ReadonlySet<string> = new Set([
  'at',
  'of',
  'with',
  'for',
  'on',
  'to',
  'by',
  'from',
  'in',
  'the',
]);
const SPACE = /\s/u;

/**
 * The last run of characters other than white space in `s`, in lower case, when white space
 * follows it (undefined when `s` does not end in white space or has nothing else).
 */
function lastWordBefore(s: string): string | undefined {
  let end = s.length;
  while (end > 0 && SPACE.test(s[end - 1]!)) end--;
  if (end === s.length || end === 0) return undefined;
  let from = end;
  while (from > 0 && !SPACE.test(s[from - 1]!)) from--;
  return s.slice(from, end).toLowerCase();
}
