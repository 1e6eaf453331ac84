import { isCommonWord } from './lexicon/common-words.js';

/**
 * Figures that are not quantities, told from the text around them: what web pages (Wikipedia,
 * blogs, tech sites) put in digits besides counts. Highlight mode marks numbers, so a reader of
 * such a page saw every footnote and version marked.
 */

/** Labels of identifiers: the figure after them is a code, not a count. */
const IDENTIFIER_LABEL = /\b(?:ISBN(?:-1[03])?|ISSN|OCLC|PMID|PMC|DOI|doi|arXiv|LCCN|Bibcode)[:\s]*$/;
/** Words before a version number ("version 2.8", "release 4.1", "v 3"). */
const VERSION_WORD = /\b(?:[Vv]ersions?|[Rr]eleases?|[Vv]er\.|v)\s$/;
/** Words after a version number ("the 2.8 release", "4.1 series"). */
const VERSION_AFTER = /^\s(?:release|version|series|branch|beta|kernel)\b/;
/** Currency codes and abbreviations written before an amount ("Rs 500", "USD 20"). */
const CURRENCY_WORDS = new Set([
  'USD', 'EUR', 'GBP', 'AUD', 'CAD', 'NZD', 'JPY', 'CHF', 'CNY', 'RMB', 'INR', 'HKD', 'SGD', 'ZAR',
  'Rs', 'Rp', 'Dh', 'Sh', 'Tk', 'Ksh', 'Yuan', 'Rupees', 'Euros',
]); // prettier-ignore
/** A word of letters and digits ending right before a figure and one space: "PlayStation", "iPhone". */
const WORD_BEFORE = /([\p{L}][\p{L}\p{N}]*)\s$/u;
/** A line this long or longer is no heading of a contents list. */
const HEADING_CHARS = 120;

/** Whether only a paragraph's start and a bullet come before `start`. */
function paragraphOpening(text: string, start: number): boolean {
  for (let k = start - 1; k >= 0; k--) {
    const c = text[k]!;
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '•' && c !== '·' && c !== '*' && c !== '-' && c !== '–') return false;
  }
  return true;
}

/** Whether a figure joined by a slash is a fraction's numerator or denominator: "2/3", "1/10" (not "2003/4"). */
function isFraction(text: string, start: number, end: number): boolean {
  const figure = text.slice(start, end);
  const [n, d] =
    text[start - 1] === '/'
      ? [/\d+$/.exec(text.slice(Math.max(0, start - 13), start - 1))?.[0], figure]
      : [figure, /^\d+/.exec(text.slice(end + 1, end + 13))?.[0]];
  const [num, den] = [Number(n), Number(d)];
  return num >= 1 && num < den && den <= 10;
}

/**
 * Whether the figure numbers an item of a list run into one line, its predecessor just before:
 * "1. Finland 2. Norway 3. Australia" (a ranking, not the name "Finland 2").
 */
function inlineListItem(text: string, start: number, end: number): boolean {
  if (text[end] !== '.' || text[end + 1] !== ' ') return false;
  const n = Number(text.slice(start, end));
  if (!Number.isInteger(n) || n < 2) return false;
  const lead = text.slice(Math.max(0, start - 48), start);
  const k = lead.lastIndexOf(`${n - 1}. `);
  return k >= 0 && !/\d/.test(lead[k - 1] ?? '') && !lead.slice(k).includes('\n');
}

/**
 * Whether the paragraph's text after a figure that opens it reads as a contents list's heading:
 * a capital or a list's mark first, at most eight words, no sentence's end ("3.2 Firefox Mobile",
 * "4.3 · July 2014"). Only the first HEADING_CHARS characters are read.
 */
function headingAfter(text: string, end: number): boolean {
  const nl = text.indexOf('\n', end);
  const stop = nl < 0 ? text.length : nl;
  if (stop - end >= HEADING_CHARS) return false;
  const rest = text.slice(end, stop);
  return /^ (?:\p{Lu}|[·^|–])/u.test(rest) && rest.split(/\s+/).length <= 8 && !/[.!?]["'”’)]*\s*$/.test(rest);
}

/**
 * Whether the plain figure text[start, end) (no currency sign, scale or percent) is a label, not
 * a quantity:
 * - a footnote marker, "[12]";
 * - a list's or a contents list's number at a paragraph's start: "9. ^ …", "1. The handoff",
 *   "3.2 Firefox Mobile" (a short line that is not a sentence);
 * - an identifier after its label ("ISBN 9781404207196") or a version ("version 2.8", "2.8.x");
 * - a figure joined to another by a slash ("9/11", "24/7"), unless a fraction ("2/3");
 * - the number of a named thing, right after its name: "PlayStation 4", "Windows 10", "Apollo 11",
 *   "Building 24". A capitalised word opening a sentence counts only if it is no ordinary word
 *   ("Nearly 200" is a count), and a currency word keeps its amount ("Rs 500").
 * `hasUnit` says whether a counted noun follows ("Boeing 737 jets" is still a name: the caller
 * asks only when there is none); `opensSentence` whether the word at an offset is its sentence's
 * first (the tokenizer's sentences).
 */
export function isLabelFigure(
  text: string,
  start: number,
  end: number,
  hasUnit: boolean,
  opensSentence: (at: number) => boolean,
): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before === '[' && after === ']') return true;
  if ((before === '/' && /\d/.test(text[start - 2] ?? '')) || (after === '/' && /\d/.test(text[end + 1] ?? '')))
    return !isFraction(text, start, end);
  if (after === '.' && /[xX*]/.test(text[end + 1] ?? '')) return true;
  const lead = text.slice(Math.max(0, start - 24), start);
  if (IDENTIFIER_LABEL.test(lead) || VERSION_WORD.test(lead) || VERSION_AFTER.test(text.slice(end, end + 9)))
    return true;
  if (paragraphOpening(text, start)) {
    if (after === '.' && text[end + 1] === ' ' && end - start <= 3) return true;
    if (headingAfter(text, end)) return true;
  }
  if (hasUnit || inlineListItem(text, start, end)) return false;
  const word = WORD_BEFORE.exec(lead)?.[1];
  if (!word || !/\p{Lu}/u.test(word) || CURRENCY_WORDS.has(word)) return false;
  return !opensSentence(start - 1 - word.length) || !isCommonWord(word);
}
