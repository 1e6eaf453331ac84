import type { Span } from '../load/article.js';
import type { Entity } from './types.js';
import { slug, uniqueId } from './ids.js';

const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
// "May" alone is too often a name or a verb: it only counts with a day, a year or a cue word.
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
const MONTH_ALONE = '(?:January|February|March|April|June|July|August|September|October|November|December)';
const ORD = '(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]\\d{2}|20\\d{2})';
const ZONE = '(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|local time)';
const PERIOD =
  '(?:week|month|year|weekend|summer|winter|spring|autumn|fall|season|quarter|decade|century|night|morning|afternoon|evening)';
const PERIODS = '(?:weeks|months|years|weekends|summers|winters|seasons|quarters|decades|centuries|nights|days)';
const RELATIVE =
  '(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]revious|[Cc]oming|[Pp]ast|[Ee]arlier this|[Ll]ater this|[Ee]arly|[Ll]ate)';
const COUNT =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|several|few|a few|a couple of)';
/** How many periods, when there are several: "18 months", "five years", "a few weeks". */
const MANY =
  '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|[Aa] few|[Aa] couple of)';
const DAY_PART = '(?:morning|afternoon|evening|night)';
const EDGE_OF = '(?:end|start|beginning|middle|turn|first half|second half)';

/**
 * Words one of which is in every match of a pattern (see `needing`): a month's first three
 * letters ("Sep" of "Sept", "September"), a day's name, a year.
 */
const MONTH_PREFIX = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/u;
const A_MONTH = new RegExp(MONTH_ALONE, 'u');
const A_DAY = new RegExp(DAY, 'u');
const A_YEAR = new RegExp(YEAR, 'u');
const A_DIGIT = /\d/u;

/**
 * For some patterns, what every match of theirs contains (each of these must match somewhere in
 * the text, with the pattern's own flags): a text without one of them is not searched with the
 * pattern, which cannot match there. Only saves time: the matches are the same.
 */
const NEEDS = new Map<RegExp, readonly RegExp[]>();
function needing(needs: readonly RegExp[], pattern: RegExp): RegExp {
  NEEDS.set(pattern, needs);
  return pattern;
}

/**
 * Date and time expressions, most specific first; overlaps keep the longest match.
 * Lookarounds stand in for \b so that "’s" after a day still ends it (the possessive is left
 * outside, as it is for names).
 */
const PATTERNS: readonly RegExp[] = [
  // 28 January 2024, Friday 4 January, 1st of May
  needing(
    [A_DIGIT, MONTH_PREFIX],
    new RegExp(`(?:${DAY},?\\s+)?\\b\\d{1,2}${ORD}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?(?![\\p{L}])`, 'gu'),
  ),
  // January 28, 2024
  needing(
    [A_DIGIT, MONTH_PREFIX],
    new RegExp(`(?:${DAY},?\\s+)?\\b${MONTH}\\s+\\d{1,2}${ORD}(?:,?\\s+${YEAR})?(?![\\p{L}\\p{N}])`, 'gu'),
  ),
  // 6 to 9 January, 4-6 March 2005
  needing(
    [A_DIGIT, MONTH_PREFIX],
    new RegExp(
      `\\b\\d{1,2}${ORD}\\s*(?:[-–]|\\s+to\\s+)\\s*\\d{1,2}${ORD}\\s+${MONTH}(?:,?\\s+${YEAR})?(?![\\p{L}])`,
      'gu',
    ),
  ),
  // January 2024, summer 2006, Christmas 2004
  needing(
    [A_YEAR],
    new RegExp(`\\b(?:${MONTH}|[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|Christmas)\\s+${YEAR}\\b`, 'gu'),
  ),
  // October last year, March this year
  needing([A_MONTH], new RegExp(`\\b${MONTH_ALONE}\\s+(?:last|next|this)\\s+year\\b`, 'gu')),
  // July to September, between October and December
  needing(
    [A_MONTH],
    new RegExp(
      `\\b(?:[Bb]etween\\s+${MONTH_ALONE}\\s+and|${MONTH_ALONE}\\s+(?:to|-|–))\\s+${MONTH_ALONE}(?:\\s+${YEAR})?\\b`,
      'gu',
    ),
  ),
  // last Friday, Wednesday, Sunday night
  needing(
    [A_DAY],
    new RegExp(
      `(?:\\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly on|[Ll]ate on)\\s+)?\\b${DAY}(?:\\s+${DAY_PART})?(?![\\p{L}])`,
      'gu',
    ),
  ),
  // in January, last December
  needing([A_MONTH], new RegExp(`(?:\\b${RELATIVE}\\s+)?\\b${MONTH_ALONE}(?![\\p{L}])`, 'gu')),
  needing([/May/u], new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate)\\s*May\\b`, 'gu')),
  // mid-May, mid-2005, mid-1990s
  needing(
    [/[Mm]id-/u],
    new RegExp(`\\b[Mm]id-(?:${MONTH_ALONE}|May|${YEAR}|(?:1[89]|20)\\d0s)(?![\\p{L}\\p{N}])`, 'gu'),
  ),
  // 21:30, 18:30 GMT, 10.30pm, 9am, 0900 GMT
  new RegExp(
    `(?<![\\p{L}\\p{N}:.,])\\d{1,2}:\\d{2}(?:\\s?(?:am|pm|a\\.m\\.|p\\.m\\.))?(?:\\s${ZONE})?(?![\\p{N}])`,
    'gu',
  ),
  new RegExp(
    `(?<![\\p{L}\\p{N}:.,])\\d{1,2}(?:\\.\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?:\\s${ZONE})?(?![\\p{L}])`,
    'gu',
  ),
  new RegExp(`(?<![\\p{L}\\p{N}:.,])(?:[01]\\d|2[0-3])[0-5]\\d\\s(?:GMT|BST|UTC)\\b`, 'gu'),
  // last month, this year, earlier this week, the past year, next three years, the coming months
  new RegExp(`\\b${RELATIVE}\\s+${PERIOD}\\b`, 'gu'),
  new RegExp(
    `\\b(?:[Tt]he\\s+)?(?:[Pp]ast|[Ll]ast|[Nn]ext|[Pp]revious|[Cc]oming|[Ff]ollowing)\\s+(?:${MANY}\\s+${PERIODS}|${PERIODS}|${PERIOD})\\b`,
    'gu',
  ),
  // early next year, late last season
  new RegExp(`\\b(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\\s+(?:next|last|this)\\s+${PERIOD}\\b`, 'gu'),
  // the weekend, the summer
  new RegExp(`\\b[Tt]he\\s+(?:weekend|summer|winter|autumn)\\b`, 'gu'),
  // the end of 2005, the start of the year, the middle of March, the end of last season
  new RegExp(
    `\\b(?:[Tt]he\\s+)?${EDGE_OF}\\s+of\\s+(?:${YEAR}|${MONTH_ALONE}(?:\\s+${YEAR})?|(?:the|this|last|next)\\s+(?:${PERIOD}|day))\\b`,
    'gu',
  ),
  // the fourth quarter, first quarter of 2005
  needing(
    [/quarter/u],
    new RegExp(
      `\\b(?:[Tt]he\\s+)?(?:first|second|third|fourth|final|last|previous)\\s+quarter(?:\\s+of\\s+(?:${YEAR}|(?:last|next|this)\\s+year))?\\b`,
      'gu',
    ),
  ),
  needing(
    [/New Year|Christmas|Boxing Day|Easter|Ramadan|Hanukkah|Diwali/u],
    new RegExp(
      `\\b(?:${RELATIVE}\\s+)?(?:New Year(?:['’]s (?:Day|Eve))?|Christmas(?: Day| Eve)?|Boxing Day|Easter(?: Sunday| Monday)?|Ramadan|Hanukkah|Diwali)(?![\\p{L}])`,
      'gu',
    ),
  ),
  new RegExp(`\\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Mm]idnight|[Nn]oon)\\b`, 'gu'),
  // two weeks ago, A year earlier (a span of time on its own, "three months", stays a number)
  needing(
    [/ago|earlier|later/iu],
    new RegExp(
      `\\b${COUNT}\\s+(?:days|weeks|months|years|decades|day|week|month|year|decade)\\s+(?:ago|earlier|later)\\b`,
      'giu',
    ),
  ),
  // the 1990s, 2004-05, the 20th century
  new RegExp(`\\b(?:1[89]|20)\\d0s\\b`, 'gu'),
  // (not "20th Century Fox": a capitalised word after it makes it a name)
  needing(
    [/[Cc]entury/u],
    new RegExp(`\\b(?:[Tt]he\\s+)?\\d{1,2}(?:st|nd|rd|th)\\s+[Cc]entury\\b(?!\\s+\\p{Lu})`, 'gu'),
  ),
  // A bare 19xx/20xx is read as a year: in news text that is far likelier than a count of
  // exactly that many things. Money, percentages and thousands-commas are excluded, and so are
  // dimensions ("a resolution of 1800 x 1920").
  new RegExp(
    `(?<![\\p{L}\\p{N}$£€¥.,-]|\\d\\s?[x×]\\s?)${YEAR}(?:[-/]\\d{2})?(?![\\p{L}\\p{N}%]|[.,]\\d|\\s?(?:bn|m|k|million|billion|per ?cent)\\b|\\s?[x×]\\s?\\d)`,
    'gu',
  ),
];

/**
 * Every date or time expression in `text`, sorted, without overlaps: where two matches overlap
 * the longer one is kept (the earlier one on a tie). `searchAll` runs every pattern over the text,
 * even one that cannot match there (see NEEDS): the same spans, for tests.
 */
export function findDateSpans(text: string, searchAll = false): Span[] {
  const found: Span[] = [];
  for (const re of PATTERNS) {
    const needs = searchAll ? undefined : NEEDS.get(re);
    if (needs && !needs.every((n) => n.test(text))) continue;
    for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length });
  }
  // Longest first, then earliest; drop anything overlapping a kept span (marked character by
  // character: every span is short, so this is linear in the text).
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: Span[] = [];
  for (const s of found) {
    let free = true;
    for (let k = s.start; k < s.end && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, s.start, s.end);
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** One date entity per distinct expression ("Wednesday" twice is one entity with two mentions). */
export function dateEntities(text: string, spans: readonly Span[], used: Set<string>): Entity[] {
  const byKey = new Map<string, { name: string; mentions: Span[] }>();
  for (const s of spans) {
    const surface = text.slice(s.start, s.end);
    const key = surface.toLowerCase().replace(/\s+/g, ' ');
    const entry = byKey.get(key) ?? { name: surface, mentions: [] };
    entry.mentions.push({ start: s.start, end: s.end });
    byKey.set(key, entry);
  }
  return [...byKey.values()].map(({ name, mentions }) => ({
    id: uniqueId(`date:${slug(name)}`, used),
    name,
    type: 'date' as const,
    aliases: [],
    mentions,
  }));
}
