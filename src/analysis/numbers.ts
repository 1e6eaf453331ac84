import type { Span } from '../load/article.js';
import type { NumberMention } from './types.js';
import { hasTag, type Word, type Words } from './words/read-words.js';
import { lexiconTags } from './lexicon/common-words.js';
import { SMALL, TENS } from './number-words.js';
import { isLabelFigure } from './number-context.js';

export { SMALL, TENS } from './number-words.js';

const SCALE: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  tn: 1e12,
  dozen: 12,
};
const CURRENCY: Record<string, string> = { $: 'dollars', '£': 'pounds', '€': 'euros', '¥': 'yen' };

/** How many words after a figure to look through for what it counts ("165 rocket and drone strikes"). */
const UNIT_WINDOW = 4;
/** The word right after a hyphen: "year" of "-year-old". */
const JOINED_WORD = /^-(\p{L}+)/u;
/** Words that introduce the counted thing after "of" ("two of his guards"). */
const PARTITIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'the', 'these', 'those', 'my', 'your']);

const SMALL_WORDS = Object.keys(SMALL)
  .filter((w) => w !== 'one')
  .join('|');
const TENS_WORDS = Object.keys(TENS).join('|');
const SCALE_WORDS = 'hundred|thousand|million|billion|trillion';
const ONES = Object.keys(SMALL).slice(0, 9).join('|');

/**
 * Units written against the figure, as tech and science pages do: "12GB", "2.3GHz", "3.5mm",
 * "60fps", "1080p", "4K". (Not "4G" or "3D": names of things, not quantities.)
 */
const GLUED_UNITS = 'GB|MB|TB|KB|Gbps|Mbps|GHz|MHz|kHz|Hz|mm|cm|km|kg|mg|ml|mph|kph|fps|FPS|mAh|kWh|kW|MW|GW|p|K|M|B';
/** Capital scales, read as such only after a currency sign ("$163M", "$2B"); "3M" is a name. */
const CAPITAL_SCALE: Record<string, string> = { K: 'k', M: 'm', B: 'bn' };

/**
 * Figures: an optional currency sign, digits with thousands commas and decimals, an optional
 * scale ("bn", " million") and an optional percent. Not preceded by a letter ("G8", "F-16").
 */
const FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}.,]|\\p{L}-|\\d-)([$£€¥])?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?` +
    `(?:\\s?(bn|tn|mn|m|k)(?![\\p{L}\\p{N}])|\\s(${SCALE_WORDS})\\b|(${GLUED_UNITS})(?![\\p{L}\\p{N}]))?` +
    `(\\s?%|\\s(?:per ?cent|percent)\\b)?(?![\\p{L}\\p{N}]|-\\d|[.,]\\d)`,
  'gu',
);

/**
 * Spelled-out counts: "two", "twenty-five", "three million". A bare "one" is left out on
 * purpose: in news text it is nearly always a pronoun or determiner ("one man", "no one").
 */
const WORDS = new RegExp(
  `\\b(?:(?:${TENS_WORDS})(?:-(?:${ONES}))?|${SMALL_WORDS}|(?:one|a)(?=\\s(?:${SCALE_WORDS})\\b))(?:\\s(?:${SCALE_WORDS}))*\\b`,
  'giu',
);

/** Numbers in `text`, or only in `range` of it (a part of a long document, with that part's tokens). */
export function findNumbers(
  text: string,
  toks: Words,
  exclude: readonly Span[],
  range: Span = { start: 0, end: text.length },
): NumberMention[] {
  const out: NumberMention[] = [];
  // Characters of excluded spans (names, dates), then of figures found: marked once, so each
  // check is as long as the number, however many names the text has.
  // Only the range's characters are marked (every match lies within it): a long document in
  // parts needs no mark arrays as long as the whole text for each part.
  const base = range.start;
  const size = range.end - range.start;
  const excluded = new Uint8Array(size);
  // An indexed loop: each part reads every excluded span of the document (hundreds of thousands),
  // and a for-of there made an iterator result per span per part (~65 MB for the 5 MB document).
  for (let k = 0; k < exclude.length; k++) {
    const x = exclude[k]!;
    if (x.end > range.start && x.start < range.end)
      excluded.fill(1, Math.max(x.start, base) - base, Math.min(x.end, range.end) - base);
  }
  const anyIn = (marks: Uint8Array, s: number, e: number) => {
    for (let k = s; k < e; k++) if (marks[k - base]) return true;
    return false;
  };
  const overlapsExcluded = (s: number, e: number) => anyIn(excluded, s, e);
  const figures = new Uint8Array(size);
  // Whether the word at an offset is the first of its sentence ("Nearly 200" opens one).
  const opensSentence = (at: number): boolean => {
    const t = toks.tokenAt(at);
    return t !== undefined && toks.sentences[t.sentence]?.first === t.i;
  };

  for (const m of matchesIn(text, FIGURE, range)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsExcluded(start, end)) continue;
    const [, currency, int = '', frac, shortScale, longScale, glued, percent] = m;
    let value = Number(int.replace(/,/g, '') + (frac ? `.${frac}` : ''));
    if ((glued === 'M' || glued === 'B') && !currency) continue;
    const scale = shortScale ?? longScale ?? (glued ? CAPITAL_SCALE[glued] : undefined);
    if (scale) value *= SCALE[scale.toLowerCase()] ?? 1;
    const unit = percent ? '%' : currency ? CURRENCY[currency]! : glued && !scale ? glued : unitAfter(toks, end);
    if (!currency && !percent && !scale && !glued && isLabelFigure(text, start, end, unit !== null, opensSentence))
      continue;
    out.push({ start, end, value: Number.isFinite(value) ? value : null, unit });
    figures.fill(1, start - base, end - base);
  }

  for (const m of matchesIn(text, WORDS, range)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsExcluded(start, end) || anyIn(figures, start, end)) continue;
    // "a million" only counts when followed by something counted; "a" alone never does.
    if (/^a\s/i.test(m[0]) && !unitAfter(toks, end)) continue;
    out.push({ start, end, value: wordsValue(m[0]), unit: unitAfter(toks, end) });
  }
  return out.sort((a, b) => a.start - b.start);
}

function wordsValue(s: string): number | null {
  let total = 0;
  for (const part of s.toLowerCase().split(/\s+/)) {
    if (part === 'a') total = 1;
    else if (SCALE[part]) total = (total || 1) * SCALE[part]!;
    else {
      const [tens = '', ones] = part.split('-');
      const v = (TENS[tens] ?? SMALL[tens] ?? 0) + (ones ? (SMALL[ones] ?? 0) : 0);
      total += v;
    }
  }
  return total || null;
}

/**
 * What a number counts: the head of the noun phrase right after it ("2,500 troops",
 * "165 rocket and drone strikes" → "strikes", "two of his guards" → "guards"), or null.
 */
function unitAfter(toks: Words, end: number): string | null {
  const { tokens, text } = toks;
  // "26-year-old", "three-year deal": the word joined to the number is what it counts. The
  // tokenizer keeps a hyphenated word whole, so the word is read from the text.
  if (text[end] === '-') return JOINED_WORD.exec(text.slice(end, end + 64))?.[1]?.toLowerCase() ?? null;
  let k = end;
  while (k < text.length && /[\s-]/.test(text[k]!) && k - end < 2) k++;
  const first = toks.tokenAt(k);
  if (!first || first.start < end) return null;
  let i = first.i;
  const sentence = first.sentence;
  // Partitive: "two of his guards".
  if (first.lower === 'of' && PARTITIVE_DETERMINERS.has(tokens[i + 1]?.lower ?? '')) i += 2;
  let head: Word | null = null;
  for (let n = 0; n < UNIT_WINDOW && i < tokens.length; n++, i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) break;
    const isNoun =
      hasTag(t, 'Noun') &&
      !(['Pronoun', 'Date', 'Numeral', 'Preposition', 'Conjunction', 'Verb'] as const).some((g) => hasTag(t, g));
    const isModifier =
      hasTag(t, 'Adjective') ||
      (hasTag(t, 'Acronym') && hasTag(t, 'ProperNoun')) ||
      hasTag(t, 'Acronym') ||
      t.lower === 'and' ||
      t.lower === 'or';
    const isVerbAsNoun = hasTag(t, 'Infinitive') && /^\p{Ll}/u.test(t.text) && n > 0; // "drone" in "rocket and drone strikes"
    // A plural read as a verb ("strikes" in "rocket and drone strikes"): after a noun it is the head.
    const pluralAfterNoun =
      head !== null && hasTag(t, 'PresentTense') && /s$/.test(t.lower) && lexiconTags(t.lower).includes('NNS');
    if (pluralAfterNoun) {
      head = t;
      break;
    }
    if (isNoun && /^\p{Ll}/u.test(t.text)) head = t;
    else if (!isModifier && !isVerbAsNoun && !(hasTag(t, 'Noun') && /^\p{Lu}/u.test(t.text) && n === 0)) break;
    if (hasTag(t, 'Plural') || (isNoun && /s$/.test(t.lower) && !hasTag(t, 'Singular'))) break;
    // Only punctuation-free runs belong to one noun phrase.
    if (!/^[\s-]*$/.test(t.post)) break;
  }
  return head ? head.lower.replace(/['’]s$/, '') : null;
}

/** The matches of a global pattern that start and end within `range` of the text. */
function* matchesIn(text: string, pattern: RegExp, range: Span): Generator<RegExpExecArray> {
  if (range.start === 0 && range.end === text.length) {
    yield* text.matchAll(pattern);
    return;
  }
  const re = new RegExp(pattern.source, pattern.flags);
  re.lastIndex = range.start;
  for (let m = re.exec(text); m && m.index < range.end; m = re.exec(text)) {
    if (m.index + m[0].length <= range.end) yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}
