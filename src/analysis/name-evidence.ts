import type { Article } from '../load/article.js';
import { bestType, nameKey, noEvidence, type Candidate, type NameGroup } from './aliases.js';
import { allOccurrences, everyOccurrence, occurrenceIndex, type OccurrenceIndex } from './occurrences.js';
import { CUE_WEIGHT, listedType } from './entity-types.js';
import { isCommonWord } from './lexicon/common-words.js';
import { CITIES } from './lexicon/cities.js';
import { NOT_NAMES, ORGANIZATIONS, PRODUCTS } from './lexicon/organizations.js';
import { PLACE_CANONICAL } from './lexicon/places.js';
import { NAME_PARTICLES } from './lexicon/titles.js';
import { SENTENCE_WORDS, SUFFIXED_ADVERB } from './lexicon/sentence-words.js';
import { organisationSpan } from './name-spans.js';
import type { NamedMention } from './ner/recognise.js';
import { formsOfOnePerson, withoutGeneration } from './name-short-forms.js';

/** Lower-case words a name may hold: "Bank of England", "Harakat al Nujaba". */
const NAME_LINKS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'du', 'la', ...NAME_PARTICLES]);
const CAPITAL = /^\p{Lu}/u;
/** Capitalised words that open a sentence or a name without being part of it. */
const OPENERS = new Set([
  'The',
  'A',
  'An',
  'At',
  'On',
  'In',
  'By',
  'For',
  'From',
  'With',
  'And',
  'But',
  'Like',
  'As',
  'Via',
]);

const known = (surface: string): boolean => listedType(surface) !== undefined || PLACE_CANONICAL.has(surface);

/**
 * Where a capital letter proves little: in Title Case text (a headline, a heading, a quoted
 * title), or as the first word of a sentence or of a quotation ("'Look, if you …'") when it is an
 * ordinary English word ("Additionally", "Fares have risen", "Infinitely charming") or the article
 * writes it in lower case elsewhere ("Antibiotics should …").
 */
export function weakness(m: NamedMention, lowerWords: () => ReadonlySet<string>, text?: string): Candidate['weak'] {
  if (m.titleCase) return 'title';
  const word = m.words[0]!;
  const first = m.initial || (text !== undefined && opensQuotation(text, m.start));
  // "Antibiotics should …": a plural of an ordinary word counts as one.
  if (!first || m.words.length !== 1 || known(m.surface)) return undefined;
  const ordinary =
    ordinaryWord(word) ||
    (/\p{Ll}s$/u.test(word) && ordinaryWord(word.slice(0, -1))) ||
    SUFFIXED_ADVERB.test(word) ||
    lowerWords().has(word.toLowerCase());
  if (ordinary) return 'initial';
  return undefined;
}

/** An ordinary English word: one wink-lexicon knows as no proper noun, or a literary opener ("Circa"). */
const ordinaryWord = (word: string): boolean => isCommonWord(word) || SENTENCE_WORDS.has(word.toLowerCase());

/** Whether text at `start` opens a quotation: right after an opening quote mark that follows a space or a line's start. */
function opensQuotation(text: string, start: number): boolean {
  return /(?:^|[\s(])['‘"“]$/u.test(text.slice(Math.max(0, start - 2), start));
}

/** Words that could all be a name's: none an ordinary English word ("Miklos Vajna", not "Steps Down"). */
function nameLike(words: readonly string[]): boolean {
  return words.every(
    (w) => NAME_LINKS.has(w) || (CAPITAL.test(w) && !ordinaryWord(w.replace(/['’]s$/u, '')) && !NOT_NAMES.has(w)),
  );
}

/**
 * The candidates a reader can trust: a name found where a capital letter proves little is kept
 * only when the article uses it in running prose too, when a name list knows it, or (in Title
 * Case) when none of its words is an ordinary word.
 */
export function withoutWeak(candidates: readonly Candidate[]): Candidate[] {
  const keys = new Map<string, string>(); // nameKey by surface: a long document repeats its names
  const key = (s: string) => keys.get(s) ?? keys.set(s, nameKey(s)).get(s)!;
  const strong = new Set<string>();
  const nameWords = new Set<string>(); // "Brown said": a sentence-initial surname of a person named in full
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.weak) continue;
    strong.add(key(c.surface));
    if (c.words.length > 1) for (const w of c.words) nameWords.add(w);
  }
  return candidates.filter(
    (c) =>
      !c.weak ||
      strong.has(key(c.surface)) ||
      known(c.surface) ||
      (c.weak === 'initial' && nameWords.has(c.surface)) ||
      (c.weak === 'title' && nameLike(c.words)),
  );
}

/** Listed names (name lists) that are no ordinary word, as one array: searched for in every article. */
let listed: OccurrenceIndex | null = null;

/**
 * Names the lists know that the tagger missed ("posted on Reddit", "Hackaday has run"), each
 * occurrence a candidate of the listed type, when it stands alone (not inside a longer
 * capitalised name) and is not an ordinary word.
 */
export function listedCandidates(text: string, candidates: readonly Candidate[], occupied: Uint8Array): Candidate[] {
  listed ??= occurrenceIndex(
    [...ORGANIZATIONS, ...PRODUCTS, ...CITIES].filter((n) => /\s/u.test(n) || !isCommonWord(n)),
  );
  const surfaces = new Set(candidates.map((c) => c.surface));
  const taken = new Uint8Array(text.length);
  for (const c of candidates) taken.fill(1, c.start, c.end);
  const out: Candidate[] = [];
  // Searched for with the one index of every listed name; the article's own candidates left out.
  for (const { surface, start } of allOccurrences(text, listed)) {
    if (surfaces.has(surface)) continue;
    const end = start + surface.length;
    if (taken.subarray(start, end).some((x) => x) || occupied.subarray(start, end).some((x) => x)) continue;
    // Part of a longer name: "Amazon Web Services", "Tesla Motors", "New York Times Co".
    const preceding = /(^|\S+)(\s+)(\S+)\s$/u.exec(text.slice(Math.max(0, start - 40), start));
    const before = preceding?.[3];
    const opensSentence = !preceding || /[.!?:"“”]$/u.test(preceding[1]!) || preceding[2]!.includes('\n');
    if (before && CAPITAL.test(before) && !OPENERS.has(before) && !opensSentence && !/[.!?:"“”]$/u.test(before))
      continue;
    const after = /^\s(\S+)/u.exec(text.slice(end, end + 30))?.[1]?.replace(/[,.;:!?’'"”)]+$/u, '');
    if (after && CAPITAL.test(after) && !NOT_NAMES.has(after)) continue;
    const evidence = noEvidence();
    evidence[listedType(surface)!] += CUE_WEIGHT;
    out.push({ start, end, surface, words: surface.split(/\s+/u), evidence });
    taken.fill(1, start, end);
  }
  return out;
}

/** One name each, from the line under the title: who wrote it (people) and where it appeared (an organisation). */
export function replaceMetaLine(article: Article, candidates: readonly Candidate[]): Candidate[] {
  const block = article.blocks.find((b) => b.kind === 'meta');
  if (!block) return [...candidates];
  const out = candidates.filter((c) => c.end <= block.start || c.start >= block.end);
  const { text } = article;
  const add = (start: number, surface: string, type: 'person' | 'organization') => {
    const evidence = noEvidence();
    evidence[type] += CUE_WEIGHT;
    out.push({ start, end: start + surface.length, surface, words: surface.split(/\s+/u), evidence });
  };
  let at = block.start;
  for (const segment of text.slice(block.start, block.end).split(' · ')) {
    const start = at;
    at += segment.length + 3;
    if (segment === article.meta?.siteName?.trim()) {
      const site = segment.replace(/^the\s+/u, '');
      if (site.split(/\s+/u).length <= 5 && CAPITAL.test(site) && !/[|:]/u.test(site))
        add(start + segment.length - site.length, site, 'organization');
    } else if (segment === article.meta?.byline?.trim()) {
      for (const m of segment.matchAll(/[^,&]+/gu)) {
        for (const part of m[0].split(/\s+and\s+/u)) {
          const person = part.trim().replace(/^by\s+/iu, '');
          if (!/^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){1,3}$/u.test(person)) continue;
          add(start + m.index! + m[0].indexOf(person), person, 'person');
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A place or a listed company or product: never a given name. */
function knownPlaceOrBody(word: string): boolean {
  return PLACE_CANONICAL.has(word) || CITIES.has(word) || ORGANIZATIONS.has(word) || PRODUCTS.has(word);
}

/**
 * The last words of the people the article names in full ("Bashir" of "Omar Hassan al-Bashir"),
 * and their given names ("Marta" of "Marta Ruiz").
 */
export function lastWordsOfPeople(groups: readonly NameGroup[]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) {
    if (g.type !== 'person') continue;
    for (const s of g.surfaces) {
      const words = s.split(/\s+/u);
      if (words.length < 2) continue;
      const last = words[words.length - 1]!;
      out.add(last);
      // "Kennedy" of "Robert F. Kennedy Jr.".
      const core = withoutGeneration(words);
      if (core !== words) out.add(core[core.length - 1]!);
      // A given name too ("Tom" of "Tom Wells" and "Tom Harris": a person, though which is unclear),
      // unless an ordinary word, a place ("Paris Hilton") or a known company or product ("Google"
      // of "Google Doc", which the tagger may take for a person's full name).
      const first = words[0]!;
      if (/^\p{Lu}\p{Ll}+$/u.test(first) && !isCommonWord(first) && !knownPlaceOrBody(first)) out.add(first);
      const particle = /^(\p{Ll}+)[-‐‑](\p{Lu}.*)$/u.exec(last);
      if (particle && NAME_PARTICLES.has(particle[1]!)) out.add(particle[2]!);
    }
  }
  return out;
}

/**
 * Surnames that name exactly one person of the article, with that person's group index: the last
 * word of a full name (without a particle: "Bashir" of "al-Bashir"), when it is no ordinary word
 * and no other group's name ends with it.
 */
export function surnames(groups: readonly NameGroup[]): Map<string, number> {
  return formsOfOnePerson(groups, (words) => {
    if (words.length < 2) return [];
    const core = withoutGeneration(words);
    let last = core[core.length - 1]!;
    const particle = /^(\p{Ll}+)[-‐‑](\p{Lu}.*)$/u.exec(last);
    if (particle && NAME_PARTICLES.has(particle[1]!)) last = particle[2]!;
    return !/^\p{Lu}\p{Ll}/u.test(last) || isCommonWord(last) || known(last) ? [] : [last];
  });
}

/** Words that end an organisation's name, and may be joined to the words before them by "of", "for", "on", "and". */
export const ORG_ENDS: ReadonlySet<string> = new Set([
  ...'Office Commission Committee Department Ministry Administration Agency Bureau Center Centre Institute Council Campaign Coalition Alliance Foundation Fund Society Association Union League Federation Court Board Authority Service Trust Project'.split(
    ' ',
  ),
]);
/**
 * Heads of a body named "<Head> of <Name>" ("University of Berlin", "Church of England", "Bank of
 * America"), joined to their "of" or "for" name only: never to a name after "and".
 */
export const OF_HEADS: ReadonlySet<string> = new Set(
  'University College School Academy Bank Church Museum Library Hospital Conservatory Observatory Chamber Institution'.split(
    ' ',
  ),
);
const endsInHead = (c: Candidate, link: string | undefined) =>
  ORG_ENDS.has(c.words[c.words.length - 1]!) || (link !== 'and' && OF_HEADS.has(c.words[c.words.length - 1]!));
/** Heads of a government body named after its country: "New Zealand Department of Conservation". */
const STATE_BODIES = new Set(['Department', 'Ministry', 'Office', 'Bureau', 'Agency', 'Police', 'Army', 'Navy']);

/**
 * An organisation's full name the tagger cut in two or more: "Campaign for Nuclear Disarmament",
 * "Center on Poverty and Inequality", "US Patent and Trademark Office", "New Zealand Department of
 * Conservation". Neighbouring candidates are joined when only "of", "for", "on" or "and" lies
 * between and the name so made ends, or its first part ends, in an organisation's head word.
 */
export function joinOrganisationNames(
  candidates: readonly Candidate[],
  text: string,
  occupied?: Uint8Array,
): Candidate[] {
  const out: Candidate[] = [];
  let joined = false;
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    const gap = last ? text.slice(last.end, c.start) : '';
    const link = /^ (of|for|on|and|of the) $/u.exec(gap)?.[1];
    const lastHead = last && endsInHead(last, link);
    const head = ORG_ENDS.has(c.words[c.words.length - 1]!);
    const join =
      last &&
      ((link && link !== 'and' && (lastHead || (head && last.words.length > 1 && !personLike(last)))) ||
        (link === 'and' && (joined || (head && last.words.length > 1 && !lastHead && !personLike(last)))));
    if (!join) {
      out.push(c);
      joined = false;
      continue;
    }
    const evidence = noEvidence();
    evidence.organization += CUE_WEIGHT;
    out[out.length - 1] = {
      start: last.start,
      end: c.end,
      surface: text.slice(last.start, c.end),
      words: [...last.words, ...(link ? link.split(' ') : []), ...c.words],
      evidence,
    };
    joined = true;
  }
  for (let k = 0; k < out.length; k++) out[k] = withOrgTail(out[k]!, out[k + 1], text, occupied);
  // The country before a government body: "New Zealand Department of Conservation", wherever
  // the body's name follows a country's (the tagger may have found it only once).
  const bodies = new Set(out.filter((c) => STATE_BODIES.has(c.words[0]!)).map((c) => c.surface));
  const extra: Candidate[] = [];
  for (const [surface, starts] of everyOccurrence(text, bodies))
    for (const at of starts) {
      const c = placeBefore(at, surface, text);
      if (c) extra.push(c);
    }
  if (!extra.length) return out;
  const covered = (c: Candidate) => extra.some((e) => e.start <= c.start && c.end <= e.end);
  return [...out.filter((c) => !covered(c)), ...extra].sort((a, b) => a.start - b.start);
}

/** "Gerhard Schroeder and European Commission": what the tagger read as a person is no part of a body's name. */
const personLike = (c: Candidate) => bestType(c.evidence) === 'person';

/** Capitalised words, with "and", "of", "for" or "&" between them: what may end an organisation's name. */
const TAIL = /^ (?:(?:of|for|on)(?: the)?|and) (\p{Lu}[\p{L}'’-]*(?: (?:(?:and|of|for|&) )?\p{Lu}[\p{L}'’-]*)*)/u;

/**
 * "Council" + " on Foreign Relations", "Center for Health" + " and Human Rights": the rest of an
 * organisation's name the tagger did not find at all. After a head word ("Council", "Center")
 * "of", "for" or "on" may follow; after a name already joined by one of them, "and". Not over
 * another name ("the Ministry of Defence and Mr Smith") nor a date ("the Council on Monday").
 */
function withOrgTail(c: Candidate, next: Candidate | undefined, text: string, occupied?: Uint8Array): Candidate {
  const headLast = endsInHead(c, 'of');
  const linked = c.words.some((w) => ORG_ENDS.has(w)) && c.words.some((w) => w === 'of' || w === 'for' || w === 'on');
  if (!headLast && !linked) return c;
  const m = TAIL.exec(text.slice(c.end, c.end + 80));
  if (!m || (m[0].startsWith(' and') ? !linked || headLast : !headLast)) return c;
  const end = c.end + m[0].length;
  if (next && next.start < end) return c;
  if (occupied?.subarray(c.end, end).some((x) => x)) return c;
  return organisationSpan(text, c.start, end);
}

/** "New Zealand Department of Conservation" for a body named at `at` right after a country. */
function placeBefore(at: number, surface: string, text: string): Candidate | undefined {
  const words = /((?:\p{Lu}[\p{L}.]*\s){1,3})$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  if (!words) return undefined;
  const parts = words.trim().split(/\s+/u);
  for (let k = 0; k < parts.length; k++) {
    const place = parts.slice(k).join(' ');
    if (!PLACE_CANONICAL.has(place)) continue;
    const start = at - place.length - 1;
    const evidence = noEvidence();
    evidence.organization += CUE_WEIGHT;
    const end = at + surface.length;
    return { start, end, surface: text.slice(start, end), words: text.slice(start, end).split(/\s+/u), evidence };
  }
  return undefined;
}

/** A word written in lower case (a run that starts a word with a small letter). */
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}'’-]*/gu;

/** Every word the text writes in lower case, made once per article when first asked for. */
export function lowerCaseWords(text: string): () => ReadonlySet<string> {
  let words: Set<string> | null = null;
  return () => (words ??= new Set(text.match(LOWER_CASE_WORD) ?? []));
}

/**
 * The lower-case words (as `lowerCaseWords` finds them in the whole text) that start within
 * text[from, to), each once; null when a word could run across `from` (the character before it
 * could be part of one), where the stretches would not add up to the whole text's words.
 */
export function lowerCaseWordsIn(text: string, from: number, to: number): string[] | null {
  if (from > 0 && /[\p{L}\p{M}'’-]/u.test(text[from - 1]!)) return null;
  const re = new RegExp(LOWER_CASE_WORD.source, 'gu');
  re.lastIndex = from;
  const words = new Set<string>();
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) words.add(m[0]);
  return [...words];
}

/** A photo credit: "Photograph: JANE DOE/REUTERS/Alamy", "Credit Ashraf Shazly/Agence France-Presse — Getty Images", "(Ellen M. Banner / The Seattle Times)". */
const CREDIT =
  /(?:\b(?:Photograph|Photo|Picture|Image|Illustration|Credit)s?:?[ \t]+|\()((?:\p{Lu}[\p{L}'’.-]*[ \t]){1,3}\p{Lu}[\p{L}'’.-]*)[ \t]?\/[ \t]?((?:\p{Lu}[\p{L}&'’.-]*(?:[ \t]?(?:\/|—|–|-)[ \t]?|[ \t])?)+)/gu;

/**
 * The people and agencies of photo credits: the photographer is a person, every name after a
 * slash (or a dash) an organisation. They replace whatever the tagger made of the credit.
 */
export function creditCandidates(text: string, candidates: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, surface: string, type: 'person' | 'organization') => {
    const evidence = noEvidence();
    evidence[type] += CUE_WEIGHT;
    found.push({ start, end: start + surface.length, surface, words: surface.split(/\s+/u), evidence });
  };
  for (const m of text.matchAll(CREDIT)) {
    const personAt = m.index! + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - m[2]!.length - 3);
    add(personAt, m[1]!, 'person');
    const orgsAt = m.index! + m[0].length - m[2]!.length;
    for (const part of m[2]!.matchAll(/[^/—–]+/gu)) {
      const name = part[0].trim().replace(/^[-\s]+|[-\s]+$/gu, '');
      if (!/^\p{Lu}/u.test(name)) continue;
      add(orgsAt + part.index! + part[0].indexOf(name), name, 'organization');
    }
  }
  if (!found.length) return [...candidates];
  const covered = new Uint8Array(text.length);
  for (const f of found) covered.fill(1, f.start, f.end);
  return [...candidates.filter((c) => !covered.subarray(c.start, c.end).some((x) => x)), ...found].sort(
    (a, b) => a.start - b.start,
  );
}
