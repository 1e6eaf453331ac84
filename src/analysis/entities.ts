import type { Article, Span } from '../load/article.js';
import type { Entity, Mention } from './types.js';
import { groupNames, nameKey, noEvidence, type Candidate, type NameGroup } from './aliases.js';
import { recogniseNames, type NamedMention } from './ner/recognise.js';
import type { NerModel } from './ner/model.js';
import type { TextToken } from './tokenizer/tokenize.js';
import { loadShippedModel } from './ner/model.js';
import { slug, uniqueId } from './ids.js';
import { allOccurrences, occurrenceIndex, occurrenceStarts } from './occurrences.js';
import { CUE_WEIGHT, typeGroup } from './entity-types.js';
import { cleanCandidates, uninverted } from './name-cleanup.js';
import { referencePublishers } from './references.js';
import { repairNameSpans } from './name-spans.js';
import { wholeNameRuns } from './name-runs.js';
import { institutionHeads, universityCampuses } from './name-heads.js';
import { cuedOrganisations } from './name-cued.js';
import { dottedAcronyms } from './name-dotted.js';
import { initialisms } from './name-initialisms.js';
import { possessiveNames, possessiveVenues } from './name-possessive.js';
import { withoutArticle } from './name-article.js';
import { particleSurnames } from './name-forms.js';
import { ordinaryWordSurnames } from './name-common-surnames.js';
import { clippedForms } from './name-clipped.js';
import { alternativeNames } from './name-alternatives.js';
import { nationalEditions } from './name-editions.js';
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
      ...dottedAcronyms(article.text, strong, occupiedByDates),
      ...initialisms(article.text, strong, occupiedByDates),
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
  const groups = groupNames(replaceMetaLine(article, cleaned(article.text, found)), article.text);
  const owner = new Map<string, number>();
  groups.forEach((g, k) => g.surfaces.forEach((s) => owner.set(s, k)));
  // A bare surname anywhere in the article is the one person it names in full with it
  // ("Mr. Bashir" after "Omar Hassan al-Bashir"; "van Gogh" with its particles), when no other name owns it.
  for (const [surname, k] of surnames(groups)) if (!owner.has(surname)) owner.set(surname, k);
  for (const [form, k] of particleSurnames(groups)) if (!owner.has(form)) owner.set(form, k);
  // "King" of "Martin Luther King Jr.", where the text uses the word only as her or his name.
  for (const [form, k] of ordinaryWordSurnames(groups, article.text, lowerWords()))
    if (!owner.has(form)) owner.set(form, k);
  // "the Met" of "Metropolitan Police".
  for (const [form, k] of clippedForms(groups, article.text)) if (!owner.has(form)) owner.set(form, k);
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
 * The candidates with the repairs that read the text around them: a sentence's "A" and a firm's
 * "'s" (name-article.ts, name-possessive.ts), the cleanup of name-cleanup.ts, a reference's
 * publisher, names given together.
 */
function cleaned(text: string, found: readonly Candidate[]): Candidate[] {
  const repaired = possessiveNames(text, possessiveVenues(text, withoutArticle(text, found)), allOccurrences);
  return alternativeNames(text, referencePublishers(text, nationalEditions(cleanCandidates(text, repaired))));
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
