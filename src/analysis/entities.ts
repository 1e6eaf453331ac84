import type { Article, Span } from '../load/article.js';
import type { Entity, Mention } from './types.js';
import { groupNames, nameKey, noEvidence, type Candidate, type NameGroup } from './aliases.js';
import { recogniseNames, type NamedMention } from './ner/recognise.js';
import type { NerModel } from './ner/model.js';
import type { TextToken } from './tokenizer/tokenize.js';
import { loadShippedModel } from './ner/model.js';
import { slug, uniqueId } from './ids.js';
import { FNV_OFFSET, FNV_PRIME, hashRange } from './ner/features/hashing.js';
import { CUE_WEIGHT, typeGroup } from './entity-types.js';
import { cleanCandidates, uninverted } from './name-cleanup.js';
import { referencePublishers } from './references.js';
import { repairNameSpans } from './name-spans.js';
import { wholeNameRuns } from './name-runs.js';
import { institutionHeads, universityCampuses } from './name-heads.js';
import { cuedOrganisations } from './name-cued.js';
import { alternativeNames } from './name-alternatives.js';
import { caseVariants } from './name-variants.js';
import { splitGluedNames } from './name-splits.js';
import {
  lastWordsOfPeople,
  creditCandidates,
  joinOrganisationNames,
  listedCandidates,
  lowerCaseWords,
  replaceMetaLine,
  surnames,
  weakness,
  withoutWeak,
} from './name-evidence.js';
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export interface FindNamesOptions {
  /** The article cut by `tokenize(text, blocks)`, when the caller has it already. */
  readonly nerSentences?: readonly (readonly TextToken[])[];
  /** Called now and then with the recogniser's progress (sentences tagged, over both passes). */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * A long document in parts (runs of whole blocks), each recognised as a document of its own:
   * only one part's tokens and features are in memory at a time. Without it, one part.
   */
  readonly parts?: readonly (readonly Span[])[];
  /**
   * What `recogniseNames` found in each part, when the caller has it already (the parts were
   * recognised in other threads: analysis/in-parts.ts). One list per part, in the order of `parts`.
   */
  readonly recognised?: readonly (readonly NamedMention[])[];
  /** Every word the text writes in lower case (name-evidence.ts `lowerCaseWords`), when the caller has it already. */
  readonly lowerWords?: ReadonlySet<string>;
}

/**
 * Finds the people, organisations, places and other names the article uses. The trained tagger
 * finds them (see ner/); once the article's names are known, every whole-word occurrence of each
 * one is a mention (so "Centcom" inside a quote counts too, whatever the tagger said there),
 * longest names first so "US" inside "US Central Command" is not a second entity.
 */
export function findNamedEntities(
  article: Article,
  taken: readonly Span[] = [],
  model?: NerModel,
  options: FindNamesOptions = {},
): Entity[] {
  const blocks = article.blocks.map((b) => ({ start: b.start, end: b.end }));
  const occupiedByDates = new Uint8Array(article.text.length);
  for (const s of taken) occupiedByDates.fill(1, s.start, s.end);
  const parts = options.parts ?? [blocks];
  // Each part's mentions become candidates at once, so a long document never holds both.
  const candidates: Candidate[] = [];
  const given = options.lowerWords;
  const lowerWords = given ? () => given : lowerCaseWords(article.text);
  parts.forEach((part, k) => {
    const recognised =
      options.recognised?.[k] ??
      recogniseNames(article.text, part, model, {
        sentences: parts.length === 1 ? options.nerSentences : undefined,
        onProgress:
          options.onProgress && ((done, total) => options.onProgress!(k * total + done, parts.length * total)),
      });
    for (const m of recognised) {
      if (anySet(occupiedByDates, m.start, m.end)) continue;
      const evidence = noEvidence();
      evidence[m.type] += 1;
      // A clear cue in the words around a mention outweighs the tagger's guess at that mention.
      if (m.cue) evidence[m.cue] += CUE_WEIGHT;
      candidates.push({
        start: m.start,
        end: m.end,
        surface: m.surface,
        words: m.words,
        evidence,
        weak: weakness(m, lowerWords, article.text),
      });
    }
  });
  const strong = withoutWeak(candidates);
  const runs = wholeNameRuns(
    article.text,
    [
      ...strong,
      ...listedCandidates(article.text, strong, occupiedByDates),
      ...cuedOrganisations(article.text, strong, occupiedByDates, lowerWords),
    ],
    article.blocks,
    occupiedByDates,
  );
  const credited = splitGluedNames(
    article.text,
    creditCandidates(article.text, repairNameSpans(article.text, runs, occupiedByDates)),
  );
  const found = universityCampuses(
    article.text,
    joinOrganisationNames(institutionHeads(article.text, credited, occupiedByDates), article.text, occupiedByDates),
  );
  const groups = groupNames(
    replaceMetaLine(
      article,
      alternativeNames(article.text, referencePublishers(article.text, cleanCandidates(article.text, found))),
    ),
    article.text,
  );
  const owner = new Map<string, number>();
  groups.forEach((g, k) => g.surfaces.forEach((s) => owner.set(s, k)));
  // A bare surname anywhere in the article is the one person it names in full with it
  // ("Mr. Bashir" after "Omar Hassan al-Bashir"), when no other name owns it.
  for (const [surname, k] of surnames(groups)) if (!owner.has(surname)) owner.set(surname, k);
  // "OKCupid" in a reference title is the "OkCupid" of the prose.
  for (const [variant, known] of caseVariants(article.text, owner.keys()))
    if (!owner.has(variant)) owner.set(variant, owner.get(known)!);
  const { mentions, written } = placeMentions(article.text, taken, owner, groups.length);

  const used = new Set<string>();
  const entities: Entity[] = [];
  const personWords = lastWordsOfPeople(groups);
  const nerModel = model ?? loadShippedModel();
  groups.forEach((g, k) => {
    const ms = mentions[k]!.sort((a, b) => a.start - b.start);
    if (ms.length === 0) return;
    const usedSurfaces = written[k]!;
    const shown = displayName({ ...g, canonical: null }, usedSurfaces);
    const { type, keep } = typeGroup(article.text, g, shown, ms, personWords, nerModel);
    if (!keep) return;
    const canonical = type === 'place' ? g.canonical : null;
    const name = canonical ?? shown;
    const id = uniqueId(`${type}:${slug(name)}`, used);
    entities.push({
      id,
      name,
      type,
      aliases: g.surfaces.filter((s) => s !== name && usedSurfaces.has(s) && nameKey(s) !== nameKey(name)),
      mentions: ms,
    });
  });
  return entities;
}

/**
 * Each group's mentions: every whole-word occurrence of a surface it owns, longest surfaces first,
 * not inside one placed before (nor a date); and the surfaces its mentions are written with. (The
 * occurrences in `allOccurrences`' order, as lists: no object per occurrence.)
 */
function placeMentions(text: string, taken: readonly Span[], owner: ReadonlyMap<string, number>, groups: number) {
  const mentions = Array.from({ length: groups }, () => [] as Mention[]);
  const written = Array.from({ length: groups }, () => new Set<string>());
  const occupied = new Uint8Array(text.length);
  for (const s of taken) occupied.fill(1, s.start, s.end);
  const surfaces = [...owner.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const starts = occurrenceStarts(text, occurrenceIndex(surfaces));
  for (let i = 0; i < surfaces.length; i++) {
    const at = starts[i] ?? [];
    const k = owner.get(surfaces[i]!)!;
    const before = mentions[k]!.length;
    for (let j = 0; j < at.length; j++) {
      const end = at[j]! + surfaces[i]!.length;
      if (anySet(occupied, at[j]!, end)) continue;
      occupied.fill(1, at[j]!, end);
      mentions[k]!.push({ start: at[j]!, end });
    }
    if (mentions[k]!.length > before) written[k]!.add(surfaces[i]!);
  }
  return { mentions, written };
}

/**
 * The fullest name the article uses, or for a known place the gazetteer's name ("United States"
 * for an article that only says "US" and "America"): a reader recognises it at once.
 */
function displayName(g: NameGroup, used: ReadonlySet<string>): string {
  if (g.canonical) return g.canonical;
  return (
    [...g.surfaces]
      .filter((s) => used.has(s))
      // "Jamie Zawinski" before a reference list's "Zawinski, Jamie".
      // "Palestinian" before "Palestinians".
      .sort(
        (a, b) =>
          inverted(a) - inverted(b) ||
          wordCount(b) - wordCount(a) ||
          pluralOf(a, used) - pluralOf(b, used) ||
          b.length - a.length,
      )[0] ?? g.surfaces[0]!
  );
}

/** Whether any of marks[start, end) is set. */
function anySet(marks: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (marks[k]) return true;
  return false;
}

const pluralOf = (s: string, used: ReadonlySet<string>) => (s.endsWith('s') && used.has(s.slice(0, -1)) ? 1 : 0);
const wordCount = (s: string) => s.split(/[\s-]+/).length;
const inverted = (s: string) => (uninverted(s) !== s ? 1 : 0);

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
function occurrenceStarts(text: string, index: OccurrenceIndex): (number[] | undefined)[] {
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

/** Starts of every case-sensitive occurrence not preceded or followed by a letter or digit. */
export function wholeWordOccurrences(text: string, surface: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    const before = text[at - 1];
    const after = text[at + surface.length];
    if (
      (before === undefined || !LETTER_OR_DIGIT.test(before)) &&
      (after === undefined || !LETTER_OR_DIGIT.test(after)) &&
      !insideDotted(text, at, at + surface.length)
    )
      out.push(at);
  }
  return out;
}
