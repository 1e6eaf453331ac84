import { type Article, type Block, type Span, isBodyBlock } from '../load/article.js';
import { hasTag, type Word } from './words/read-words.js';
import { AFTER_QUOTE_VERBS, SPEECH_VERBS } from './lexicon/speech.js';

/** A quotation span before attribution; `open` when it runs on to the next paragraph. */
export interface RawQuote extends Span {
  readonly paragraph: number;
  readonly open: boolean;
  /** It continues an unclosed quote from the previous paragraph. */
  readonly continues: boolean;
  /** A block quotation without marks, or an entry of the list it introduces: the whole block. */
  readonly whole?: boolean;
}

/** A paragraph that ends in a colon (and perhaps a reference mark: "According to X:[41]"). */
export const INTRODUCES = /:(?:\s*\[\d+\])*\s*$/u;
/** The bullet or number an item's text opens with. */
const BULLET = /^\s*(?:[•·◦▪‣*–-]|\d+[.)])\s+/u;

/** Single-quoted text shorter than this is a scare quote or an apostrophe, not a quotation. */
const MIN_SINGLE_QUOTE_CHARS = 3;
const DASH_GAP = /^\s+[-–—]\s+$|^\s*[—–]\s*$/;

/** Index of the first span in `spans` (sorted by start) that starts at or after `offset`. */
export function firstAtOrAfter(spans: readonly Span[], offset: number): number {
  let lo = 0,
    hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A speech verb used as a verb (not "the claims", not "a call"). */
export function isSpeechVerb(words: readonly Word[], i: number): boolean {
  const t = words[i]!;
  if (t.lower === 'put' || t.lower === 'puts') return putsIt(words, i);
  if (!SPEECH_VERBS.has(t.lower)) return false;
  const prev = words[i - 1];
  if (prev && (hasTag(prev, 'Determiner') || hasTag(prev, 'Possessive') || hasTag(prev, 'Adjective'))) return false;
  // "Her answer, when asked about it, was blunt:": a participle after "when" tells of being
  // spoken to, not of speaking.
  if (prev && /^(?:when|if|unless|until)$/u.test(prev.lower) && /(?:ed|^told)$/u.test(t.lower)) return false;
  // "As the report states: “…”": a verb form the tagger read as a plural noun, right before the colon.
  if (hasTag(t, 'Verb') || /(?:ed|ing)$|^(?:said|says|told)$/.test(t.lower) || /^\s*:/u.test(t.post)) return true;
  // "the company claims its prices …": a present form the tagger read as a plural noun, before
  // the clause it reports. (Not before "that": "X claims that Y filed for “Arduino”" quotes a
  // word of Y's story, as often as not.)
  // ("Prices have risen, Haddad notes, and “…”": one after a name and before a comma, an aside.)
  if (/s$/u.test(t.lower) && /^\p{Lu}\p{Ll}/u.test(prev?.text ?? '') && /^\s+$/u.test(prev!.post) && /^,/u.test(t.post))
    return true;
  const next = words[i + 1];
  return (
    /s$/u.test(t.lower) &&
    !!next &&
    next.lower !== 'that' &&
    (hasTag(next, 'Determiner') || hasTag(next, 'Possessive') || hasTag(next, 'Pronoun'))
  );
}

/** How one "puts it": "X put it this way:", "as X put it bluntly,". */
const PUT_IT_MANNER = new Set([
  'this',
  'bluntly',
  'simply',
  'succinctly',
  'best',
  'plainly',
  'mildly',
  'well',
  'another',
]);

/**
 * "As Bettina Kral put it, “…”", "X put it this way: “…”", "“…,” as X puts it.": "put it" says
 * something when a clause break or a word for the manner follows it (not "put it on the table").
 */
function putsIt(words: readonly Word[], i: number): boolean {
  const it = words[i + 1];
  if (it?.lower !== 'it') return false;
  // ("put it more bluntly:", "put it most simply")
  const manner =
    words[i + 2] && /^(?:more|most|even|rather|very)$/u.test(words[i + 2]!.lower) ? words[i + 3] : words[i + 2];
  return (
    /^\s*[,:.;—–]/u.test(it.post) || !manner || PUT_IT_MANNER.has(manner.lower) || /^\p{Ll}+ly$/u.test(manner.text)
  );
}

/** A speech verb, or one that attributes a quotation it follows ("“…,” one reply began"). */
export function isSpeechVerbAfter(words: readonly Word[], i: number): boolean {
  const t = words[i]!;
  const prev = words[i - 1];
  // "“…,” the lawsuit states.": a present form the tagger read as a plural noun, ending the
  // attribution after the quotation.
  const endsIt =
    SPEECH_VERBS.has(t.lower) &&
    /^\p{Ll}+s$/u.test(t.text) &&
    /^\s*[.!?,]/u.test(t.post) &&
    !!prev &&
    hasTag(prev, 'Noun') &&
    !hasTag(prev, 'Possessive');
  if (!AFTER_QUOTE_VERBS.has(t.lower)) return endsIt || isSpeechVerb(words, i);
  return !prev || !(hasTag(prev, 'Determiner') || hasTag(prev, 'Possessive') || hasTag(prev, 'Adjective'));
}

/** Drops words between paired dashes and inside parentheses: asides are never the subject. */
export function dropParentheticals(words: readonly Word[]): Word[] {
  const out: Word[] = [];
  let inDash = false;
  let depth = 0;
  let opened = -1;
  words.forEach((t, i) => {
    depth += (t.pre.match(/\(/g) ?? []).length;
    if (!inDash && depth === 0) out.push(t);
    depth = Math.max(0, depth - (t.post.match(/\)/g) ?? []).length);
    if (DASH_GAP.test(t.post)) {
      inDash = !inDash;
      if (inDash) opened = i;
    }
  });
  // A dash that no second one closes before the verb opens the clause the verb is in, not an
  // aside: "agencies which cost £1.8bn a year - cash he says which “…”" is "he"'s.
  if (inDash && opened < words.length - 1 && depth === 0) return words.slice(opened + 1);
  return out;
}

/**
 * Quotation spans per paragraph: curly double quotes, straight double quotes (pairStraight),
 * and curly single quotes when they enclose more than a word and are not apostrophes. An opening
 * mark with no closing mark in its paragraph runs to the paragraph's end (the convention for a
 * quotation that goes on in the next paragraph, which then opens with a mark of its own).
 */
export function findQuoteSpans(article: Article): RawQuote[] {
  const { text } = article;
  const out: RawQuote[] = [];
  let previousOpen = false;
  // Inside the list a block quotation ending in a colon introduces ("Specifically, we will:").
  let quotedList = false;
  article.blocks.forEach((b, paragraph) => {
    const headline = b.kind === 'title' || b.kind === 'heading';
    if (!isBodyBlock(b) && !headline) {
      quotedList = false;
      return;
    }
    const whole = wholeBlock(text, b, quotedList);
    quotedList = !!whole && (b.kind === 'item' || INTRODUCES.test(text.slice(b.start, b.end)));
    if (whole) {
      out.push({ ...whole, paragraph, open: false, continues: b.kind === 'item', whole: true });
      previousOpen = false;
      return;
    }
    const spans: { start: number; end: number; open: boolean; continues?: boolean }[] = [];
    // Characters of the paragraph inside a quotation found so far.
    const inside = new Uint8Array(b.end - b.start);
    const add = (start: number, end: number, open: boolean, continues = false) => {
      spans.push({ start, end, open, continues });
      inside.fill(1, start - b.start, end - b.start);
    };
    const taken = (i: number) => inside[i - b.start] === 1;
    // Curly double.
    for (let i = b.start; i < b.end; i++) {
      if (text[i] !== '“') continue;
      let close = -1;
      for (let j = i + 1; j < b.end && close < 0; j++) if (text[j] === '”') close = j;
      if (close >= 0) {
        add(i, close + 1, false);
        i = close;
      } else {
        add(i, b.end, true);
        break;
      }
    }
    // Straight double: an opening mark before another opening mark is a quotation that goes on
    // in a new paragraph of the source, run together into one here ("…country. "Gordon …").
    for (const p of pairStraight(text, b, taken)) {
      if (p.open && p.end === b.end && p.start !== b.start && !/\s/.test(text[p.start - 1] ?? '')) continue;
      add(p.start, p.end, p.open, p.continues);
    }
    // Curly single, outside double quotes. A closing mark is a ’ not followed by a letter (not an
    // apostrophe) nor preceded by a space; the next one from each offset is found in one pass
    // back over the paragraph.
    let firstSingle = b.start;
    while (firstSingle < b.end && text[firstSingle] !== '‘') firstSingle++;
    const nextClose = firstSingle < b.end ? new Int32Array(b.end - b.start + 1).fill(-1) : null;
    if (nextClose) {
      for (let j = b.end - 1; j > b.start; j--) {
        const closes = text[j] === '’' && !/\p{L}/u.test(text[j + 1] ?? '') && !/\s/.test(text[j - 1]!);
        nextClose[j - b.start] = closes ? j : nextClose[j + 1 - b.start]!;
      }
    }
    for (let i = nextClose ? firstSingle : b.end; i < b.end; i++) {
      if (text[i] !== '‘' || taken(i) || !/^$|[\s(“—–-]/.test(text[i - 1] ?? '')) continue;
      const close = nextClose![i + 1 - b.start]!;
      if (close - i - 1 >= MIN_SINGLE_QUOTE_CHARS) {
        add(i, close + 1, false);
        i = close;
      }
    }
    // A headline quotes in straight single marks ("Minister warns of 'a long winter'"): an
    // opening ' after a space, a closing ' before a space or punctuation, never inside a word.
    if (headline)
      for (const m of text.slice(b.start, b.end).matchAll(/(?<=^|[\s(:])'([^'\n]{3,}?)'(?=$|[\s),.:;!?])/gu)) {
        const start = b.start + m.index!;
        if (/\S$/u.test(m[1]!) && /^\S/u.test(m[1]!) && !taken(start)) add(start, start + m[0].length, false);
      }
    spans.sort((x, y) => x.start - y.start);
    spans.forEach((s, k) => {
      const continues = (k === 0 && previousOpen && s.start === b.start) || (s.continues ?? false);
      out.push({ ...s, paragraph, continues });
    });
    previousOpen = spans.length > 0 && spans[spans.length - 1]!.open;
  });
  return out;
}

/**
 * Pairs a block's straight double quotation marks in order, reading each as opening (after a
 * space, before a word), closing (after a word, before a space or punctuation) or either. An
 * opening mark where a closing one is due ends the quotation before it (left open) and starts
 * one that continues it; a closing mark where an opening one is due closes nothing and is
 * dropped; the last quotation, if unclosed, runs to the block's end.
 */
function pairStraight(
  text: string,
  b: Span,
  taken: (i: number) => boolean,
): { start: number; end: number; open: boolean; continues: boolean }[] {
  const out: { start: number; end: number; open: boolean; continues: boolean }[] = [];
  let from = -1;
  let continues = false;
  for (let i = b.start; i < b.end; i++) {
    if (text[i] !== '"' || taken(i)) continue;
    const before = i === b.start ? ' ' : text[i - 1]!;
    const after = i + 1 === b.end ? ' ' : text[i + 1]!;
    const opens = /[\s([{—–-]/u.test(before) && !/\s/u.test(after);
    const closes = !/\s/u.test(before) && /[\s.,;:!?)}\]—–-]/u.test(after);
    if (from < 0) {
      if (closes && !opens) continue;
      from = i;
    } else if (opens && !closes) {
      let end = i;
      while (end > from + 1 && /\s/u.test(text[end - 1]!)) end--;
      out.push({ start: from, end, open: true, continues });
      from = i;
      continues = true;
    } else {
      out.push({ start: from, end: i + 1, open: false, continues });
      from = -1;
      continues = false;
    }
  }
  if (from >= 0) out.push({ start: from, end: b.end, open: true, continues });
  return out;
}

/**
 * A block quotation (HTML's blockquote) with no quotation marks in it is a quotation as a whole,
 * and so is each entry of a list right after one that ends in a colon: the span of its text
 * without the bullet.
 */
function wholeBlock(text: string, b: Block, inQuotedList: boolean): Span | undefined {
  if (b.kind !== 'quote' && !(b.kind === 'item' && inQuotedList)) return undefined;
  const body = text.slice(b.start, b.end);
  if (/["“”]/u.test(body) || !/\p{L}/u.test(body)) return undefined;
  const lead = BULLET.exec(body)?.[0].length ?? /^\s*/u.exec(body)![0].length;
  const trail = /\s*$/u.exec(body)![0].length;
  return { start: b.start + lead, end: b.end - trail };
}
