import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { type Article, type Span, isBodyBlock } from '../load/article.js';
import type { Tokens } from './tokens.js';
import type { Entity } from './types.js';
import { slug, uniqueId } from './ids.js';

const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
// "May" alone is too often a name or a verb: it only counts with a day, a year or a cue word.
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
const MONTH_ALONE = '(?:January|February|March|April|June|July|August|September|October|November|December)';
const ORD = '(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]\\d{2}|20\\d{2})';
const ZONE = '(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|local time)';
const PERIOD = '(?:week|month|year|weekend|summer|winter|spring|autumn|fall|season|quarter|decade|century|night|morning|afternoon|evening)';
const RELATIVE = '(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]revious|[Cc]oming|[Pp]ast|[Ee]arlier this|[Ll]ater this|[Ee]arly|[Ll]ate)';
const COUNT = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|several|few|a few)';

/**
 * Date and time expressions, most specific first; overlaps keep the longest match.
 * Lookarounds stand in for \b so that "’s" after a day still ends it.
 */
const PATTERNS: readonly RegExp[] = [
  // 28 January 2024, Friday 4 January, 1st of May
  new RegExp(`(?:${DAY},?\\s+)?\\b\\d{1,2}${ORD}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?(?![\\p{L}])`, 'gu'),
  // January 28, 2024
  new RegExp(`(?:${DAY},?\\s+)?\\b${MONTH}\\s+\\d{1,2}${ORD}(?:,?\\s+${YEAR})?(?![\\p{L}\\p{N}])`, 'gu'),
  // January 2024
  new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'gu'),
  // last Friday, Wednesday
  new RegExp(`(?:\\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly on|[Ll]ate on)\\s+)?\\b${DAY}(?![\\p{L}])`, 'gu'),
  // in January, last December
  new RegExp(`(?:\\b${RELATIVE}\\s+)?\\b${MONTH_ALONE}(?![\\p{L}])`, 'gu'),
  new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id-)\\s*May\\b`, 'gu'),
  // 21:30, 18:30 GMT, 10.30pm, 9am
  new RegExp(`(?<![\\p{L}\\p{N}:.,])\\d{1,2}:\\d{2}(?:\\s?(?:am|pm|a\\.m\\.|p\\.m\\.))?(?:\\s${ZONE})?(?![\\p{N}])`, 'gu'),
  new RegExp(`(?<![\\p{L}\\p{N}:.,])\\d{1,2}(?:\\.\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?:\\s${ZONE})?(?![\\p{L}])`, 'gu'),
  // last month, this year, earlier this week
  new RegExp(`\\b${RELATIVE}\\s+${PERIOD}\\b`, 'gu'),
  new RegExp(`\\b(?:New Year(?:['’]s (?:Day|Eve))?|Christmas(?: Day| Eve)?|Boxing Day|Easter(?: Sunday| Monday)?|Ramadan|Hanukkah|Diwali)(?![\\p{L}])`, 'gu'),
  new RegExp(`\\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Mm]idnight|[Nn]oon)\\b`, 'gu'),
  new RegExp(`\\b${COUNT}\\s+(?:days|weeks|months|years|decades|day|week|month|year|decade)\\s+(?:ago|earlier|later)\\b`, 'gu'),
  // the 1990s, 2004-05
  new RegExp(`\\b(?:1[89]|20)\\d0s\\b`, 'gu'),
  // A bare 19xx/20xx is read as a year: in news text that is far likelier than a count of
  // exactly that many things. Money, percentages and thousands-commas are excluded.
  new RegExp(`(?<![\\p{L}\\p{N}$£€¥.,-])${YEAR}(?:[-/]\\d{2})?(?![\\p{L}\\p{N}%]|[.,]\\d|\\s?(?:bn|m|k|million|billion|per ?cent)\\b)`, 'gu'),
];

// Registers the plugin on compromise itself, so the tokenizer's parses can answer .dates().
nlp.plugin(datesPlugin);

// Words that compromise-dates leaves on the edges of a match: "at 21:30", "On 4 January,", "(18:30 GMT)".
const EDGE = /^(?:[\s(“"‘']|(?:at|on|in|by|from|since|until|before|after|during|of|to)\s)+|[\s)”"’'.,;:!?]+$/gi;
// A real date or time names a day, month, season, period, festival or a figure; this drops
// compromise-dates' stray matches of function words ("after", a lone "last").
const DATE_WORD = new RegExp(`\\d|${DAY}|${MONTH_ALONE}|\\b(?:${PERIOD}|weekend|today|tomorrow|yesterday|tonight|noon|midnight|christmas|easter|ramadan)s?\\b`, 'i');

// Its common misreadings: "fall" the verb as a season, "a quarter of" a share, rates ("25% a
// year"), a cut-off hyphenated word ("year-earlier"), "Winter Olympics".
const NOT_A_DATE = new RegExp(
  [
    '\\bfall\\b',
    '[,()“”"]',
    '^(?:the |a |an )?quarter$',
    '^a quarter',
    '%',
    '-$',
    '^(?:[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn)$',
    '^(?:every|each|a|per) (?:day|week|month|year)$',
  ].join('|'),
);

/**
 * compromise-dates' date and time expressions, trimmed to the expression itself. It knows
 * phrasings the patterns below do not ("the end of March", "mid-2005", "two weeks from now").
 */
export function compromiseDateSpans(article: Pick<Article, 'text' | 'blocks'>, tokens: Pick<Tokens, 'docs'>): Span[] {
  const out: Span[] = [];
  for (const [index, block] of article.blocks.entries()) {
    const pieces = tokens.docs[index];
    if (!isBodyBlock(block) || !pieces) continue;
    const blockText = article.text.slice(block.start, block.end);
    // Every date kept below contains a date word, so a paragraph without one needs no parse.
    if (!DATE_WORD.test(blockText)) continue;
    for (const { doc, offset } of pieces) {
      const pieceText = blockText.slice(offset, pieces.find((p) => p.offset > offset)?.offset ?? blockText.length);
      let found: { text: string; offset?: { start: number } }[];
      try {
        found = (doc as unknown as { dates(): { json(o: object): unknown } }).dates().json({ offset: true }) as typeof found;
      } catch {
        // compromise-dates throws on some real text (spacetime's "t.isValid is not a function"):
        // the rules below still find this paragraph's dates.
        continue;
      }
      let cursor = 0;
      for (const d of found) {
        const at = pieceText.indexOf(d.text, Math.max(cursor, (d.offset?.start ?? 0) - 2));
        if (at < 0) continue;
        cursor = at + d.text.length;
        const trimmed = d.text.replace(EDGE, '');
        if (!trimmed || !DATE_WORD.test(trimmed) || NOT_A_DATE.test(trimmed)) continue;
        const start = block.start + offset + at + d.text.indexOf(trimmed);
        out.push({ start, end: start + trimmed.length });
      }
    }
  }
  return out;
}

/** Every date or time expression in `text`, sorted, without overlaps; `extra` adds spans found elsewhere. */
export function findDateSpans(text: string, extra: readonly Span[] = []): Span[] {
  const found: Span[] = [...extra];
  for (const re of PATTERNS) for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length });
  // Longest first, then earliest; drop anything overlapping a kept span.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const s of found) if (!kept.some((k) => k.start < s.end && s.start < k.end)) kept.push(s);
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
