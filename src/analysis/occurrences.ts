import { FNV_OFFSET, FNV_PRIME, hashRange } from './ner/features/hashing.js';

/** Every start of each surface in the text (overlapping, as `indexOf` from each one plus one), one search per first four characters. */
export function everyOccurrence(text: string, surfaces: ReadonlySet<string>): Map<string, number[]> {
  const out = new Map([...surfaces].map((s) => [s, [] as number[]]));
  const byPrefix = new Map<string, string[]>();
  for (const s of surfaces) byPrefix.set(s.slice(0, 4), [...(byPrefix.get(s.slice(0, 4)) ?? []), s]);
  for (const [prefix, list] of byPrefix)
    for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1))
      for (const s of list) if (text.startsWith(s, at)) out.get(s)!.push(at);
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a UTF-16 code unit is a letter or digit (a lone surrogate is not), by table. */
const unitClass = new Uint8Array(0x10000);
function isLetterOrDigitUnit(c: number): boolean {
  let k = unitClass[c]!;
  if (k === 0) unitClass[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/**
 * Surfaces prepared for `allOccurrences`: each surface by a hash of its first run of letters and
 * digits. For a fixed list searched in every article (the name lists), made once and kept.
 */
export interface OccurrenceIndex {
  readonly surfaces: readonly string[];
  /** By the hash of a first run (`hashRange`), the surfaces whose first run hashes to it. */
  readonly byFirstRun: ReadonlyMap<number, FirstRunSurfaces>;
  /**
   * One bit per value of a first run's hash (its low bits): a run of the text whose bit is clear
   * starts no surface and is skipped without a lookup (most runs of a long text).
   */
  readonly firstRunBits: Uint32Array;
  /** The surfaces that do not start with a letter or digit (rare): searched for on their own. */
  readonly apart: readonly number[];
}

/**
 * The surfaces whose first run hashes to one value. Those with a second run ("New York" of "New")
 * by the hash of their text up to its end ("New York"), so that the text's "New Delhi" is compared
 * with none of a long document's hundreds of "New …" names; the rest ("New", "U." of "U") one by
 * one. The hashes only narrow the search: every surface tried is compared with the text in full,
 * so two runs with one hash cost a comparison, never a wrong occurrence.
 */
interface FirstRunSurfaces {
  readonly alone: number[];
  readonly bySecondRun: Map<number, number[]>;
}

const FIRST_RUN_BITS = 1 << 20;

/**
 * Where the second run of letters and digits of s ends, the first run ending at `from`: past what
 * is not a letter or digit, then past the run. -1 when none starts before `limit`. A surface
 * found at a place in the text ends its second run where the text's does (if the surface ends
 * with the run, the text's must end there too for the place to be a whole word).
 */
function secondRunEnd(s: string, from: number, limit: number): number {
  let k = from;
  while (k < limit && !isLetterOrDigitUnit(s.charCodeAt(k))) k++;
  if (k >= limit) return -1;
  while (k < limit && isLetterOrDigitUnit(s.charCodeAt(k))) k++;
  return k;
}

export function occurrenceIndex(surfaces: readonly string[]): OccurrenceIndex {
  const byFirstRun = new Map<number, FirstRunSurfaces>();
  const firstRunBits = new Uint32Array(FIRST_RUN_BITS >>> 5);
  const apart: number[] = [];
  surfaces.forEach((surface, k) => {
    let e = 0;
    while (e < surface.length && isLetterOrDigitUnit(surface.charCodeAt(e))) e++;
    if (e === 0) {
      apart.push(k);
      return;
    }
    const h = hashRange(surface, 0, e);
    firstRunBits[(h & (FIRST_RUN_BITS - 1)) >>> 5]! |= 1 << (h & 31);
    let entry = byFirstRun.get(h);
    if (!entry) byFirstRun.set(h, (entry = { alone: [], bySecondRun: new Map() }));
    const second = secondRunEnd(surface, e, surface.length);
    if (second < 0) entry.alone.push(k);
    else {
      const h2 = hashRange(surface, e, second, h);
      const list = entry.bySecondRun.get(h2);
      if (list) list.push(k);
      else entry.bySecondRun.set(h2, [k]);
    }
  });
  return { surfaces, byFirstRun, firstRunBits, apart };
}

/**
 * Every whole-word occurrence of every surface, in the order `surfaces` are given and by start
 * within each: exactly what calling `wholeWordOccurrences` for each surface in turn gives, in one
 * pass over the text instead of one per surface (a long document has tens of thousands).
 *
 * A whole-word occurrence starts a run of letters and digits, and that run is exactly the
 * surface's own first run ("U" of "U.S.", "Central" of "Central Command"): so each run of the
 * text need only be compared with the surfaces whose first run hashes as it does (and those with
 * a second run, by the hash of the text up to the end of its own second run: FirstRunSurfaces).
 */
export function allOccurrences(
  text: string,
  surfacesOrIndex: readonly string[] | OccurrenceIndex,
): { surface: string; start: number }[] {
  const index = 'byFirstRun' in surfacesOrIndex ? surfacesOrIndex : occurrenceIndex(surfacesOrIndex);
  const out: { surface: string; start: number }[] = [];
  occurrenceStarts(text, index).forEach((starts, k) => {
    for (const start of starts ?? []) out.push({ surface: index.surfaces[k]!, start });
  });
  return out;
}

/** Each surface's whole-word occurrences, by start (undefined for none): `allOccurrences` as lists. */
export function occurrenceStarts(text: string, index: OccurrenceIndex): (number[] | undefined)[] {
  const { surfaces, byFirstRun, firstRunBits } = index;
  // Only the surfaces found get a list (a name list has thousands, most found nowhere).
  const found: (number[] | undefined)[] = new Array(surfaces.length);
  for (const k of index.apart) found[k] = wholeWordOccurrences(text, surfaces[k]!);
  const n = text.length;
  for (let i = 0; i < n;) {
    let c = text.charCodeAt(i);
    if (!isLetterOrDigitUnit(c)) {
      i++;
      continue;
    }
    let h = Math.imul((FNV_OFFSET | 0) ^ c, FNV_PRIME);
    let j = i + 1;
    for (; j < n; j++) {
      c = text.charCodeAt(j);
      if (!isLetterOrDigitUnit(c)) break;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    const entry = firstRunBits[(h & (FIRST_RUN_BITS - 1)) >>> 5]! & (1 << (h & 31)) ? byFirstRun.get(h) : undefined;
    if (entry) {
      if (entry.alone.length) tryEach(text, surfaces, entry.alone, i, found);
      const second = entry.bySecondRun.size ? secondRunEnd(text, j, n) : -1;
      const list = second < 0 ? undefined : entry.bySecondRun.get(hashRange(text, j, second, h));
      if (list) tryEach(text, surfaces, list, i, found);
    }
    i = j;
  }
  return found;
}

/** Records `at` for each of the listed surfaces that occurs there as a whole word. */
function tryEach(
  text: string,
  surfaces: readonly string[],
  list: readonly number[],
  at: number,
  found: (number[] | undefined)[],
): void {
  for (const k of list) {
    const surface = surfaces[k]!;
    if (!text.startsWith(surface, at)) continue;
    const end = at + surface.length;
    if (end < text.length && isLetterOrDigitUnit(text.charCodeAt(end))) continue;
    if (insideDotted(text, at, end)) continue;
    (found[k] ??= []).push(at);
  }
}

/**
 * Whether text[start, end) is one part of a dotted name, a domain or an identifier: "Arduino" of
 * "Arduino.org", "FM" of "FastMail.FM". A name that ends in a dot ("U.S.") is judged by its start alone.
 */
function insideDotted(text: string, start: number, end: number): boolean {
  const dotBefore = text.charCodeAt(start - 1) === 46 && start >= 2 && isLetterOrDigitUnit(text.charCodeAt(start - 2));
  const dotAfter =
    text.charCodeAt(end - 1) !== 46 && text.charCodeAt(end) === 46 && isLetterOrDigitUnit(text.charCodeAt(end + 1));
  return dotBefore || dotAfter;
}

/** Whether text[at, at + length) is neither preceded nor followed by a letter or digit. */
export function isWholeWordAt(text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  const after = text[at + length];
  return (
    (before === undefined || !LETTER_OR_DIGIT.test(before)) && (after === undefined || !LETTER_OR_DIGIT.test(after))
  );
}

/** Starts of every case-sensitive occurrence not preceded or followed by a letter or digit. */
export function wholeWordOccurrences(text: string, surface: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1))
    if (isWholeWordAt(text, at, surface.length) && !insideDotted(text, at, at + surface.length)) out.push(at);
  return out;
}
