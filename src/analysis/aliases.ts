import type { Span } from '../load/article.js';
import { PLACE_CANONICAL } from './lexicon/places.js';
import { isCommonWord } from './lexicon/common-words.js';
import { uninverted } from './name-cleanup.js';
import { givenNameVariants, namesEndWith, namesStartWith, withoutParticle } from './name-variants.js';
import { firmSurname, firstWordOfBody, joinNameForms } from './name-forms.js';
import { joinShortForms, push } from './name-short-forms.js';
import { joinClipped } from './name-clipped.js';
import { joinTitledSurnames } from './name-titled-surnames.js';
import { nameKey } from './name-key.js';
import { firmsBeforeFounders } from './name-founders.js';
import { joinNicknames } from './name-nicknames.js';
import { initials, initialsWithOf, joinAcronyms, joinDefinedAliases } from './aliases-abbreviations.js';
import { ORGANIZATIONS } from './lexicon/organizations.js';

export type NameType = 'person' | 'organization' | 'place' | 'other';
export type Evidence = Record<NameType, number>;
const NAME_TYPES: readonly NameType[] = ['person', 'organization', 'place', 'other'];
export const noEvidence = (): Evidence => ({ person: 0, organization: 0, place: 0, other: 0 });

/** One occurrence of a name in the text, with what the recogniser says it is. */
export interface Candidate extends Span {
  readonly surface: string;
  /** The surface split into words, as they were tokenised. */
  readonly words: readonly string[];
  readonly evidence: Evidence;
  /** Found where a capital letter proves little (see `weakness` in name-evidence.ts). */
  readonly weak?: 'title' | 'initial';
  /** The longer name this one was found inside, of which it is a short form ("Menatep" of "Group Menatep"). */
  readonly within?: string;
}

/** The names the article uses for one thing, and what all their contexts say it is. */
export interface NameGroup {
  readonly surfaces: readonly string[];
  readonly type: NameType;
  /** The gazetteer's name when it is a known place ("United States" for "US"). */
  readonly canonical: string | null;
  readonly evidence: Evidence;
}

/** Evidence below this, summed over every occurrence, is not enough to call something a name. */
const MIN_EVIDENCE = 1;
/** Organisation evidence this strong (an org word ends the name) keeps a full name from taking a person's surname. */
const HEAD_EVIDENCE = 3;

/** Words after a firm's own name in its fuller name: "Quanta Magazine", "Cisco Systems", "Apple Inc". */
const FIRM_SUFFIXES = new Set(
  'Magazine Online Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. LLC plc PLC Group Company News Media Holdings Technologies Systems Networks Labs Motors Airlines Entertainment Studios Software'.split(
    ' ',
  ),
);

export { nameKey };

/**
 * Groups the article's capitalised names into entities. Two surfaces are one entity when they
 * spell the same key, are aliases of one country, one is defined in parentheses right after the
 * other, one is the other's initials, or one is the first or last part of a person's full name.
 */
export function groupNames(candidates: readonly Candidate[], text: string): NameGroup[] {
  const bySurface = surfaceEntries(candidates);
  const surfaces = [...bySurface.keys()];
  const sets = new DisjointSets(surfaces);
  joinSameKey(surfaces, sets);
  for (const c of candidates) if (c.within && bySurface.has(c.within)) sets.union(c.within, c.surface);
  joinPlurals(surfaces, bySurface, sets);
  joinDefinedAliases(candidates, text, bySurface, sets);
  const index = indexMultiWord(surfaces, bySurface);
  joinAcronyms(surfaces, index.byInitials, sets);
  // "Ford recalled …" before "Bill Ford": the firm, kept from the person (name-founders.ts).
  const byLast = (s: string) => (index.byLastWord.get(s) ?? []).map((m) => m.s);
  const firms = firmsBeforeFounders(surfaces, bySurface, byLast, text, HEAD_EVIDENCE);
  // Before partial names: "Okafor" is then the surname of one person, not of two.
  joinNameForms(surfaces, bySurface, sets, text);
  joinGivenNameVariants(surfaces, bySurface, sets);
  joinPartialNames(surfaces, bySurface, index, sets, firms);
  joinTitledSurnames(surfaces, bySurface, sets, text);
  joinShortForms(surfaces, bySurface, sets, text);
  joinClipped(surfaces, bySurface, sets, text);
  joinNicknames(surfaces, bySurface, sets, (s) => bestType(bySurface.get(s)!.evidence));
  return nameGroups(surfaces, bySurface, sets);
}

/** What all the occurrences of one surface say: their evidence summed, its words, where it first occurs. */
interface SurfaceEntry {
  evidence: Evidence;
  words: readonly string[];
  firstAt: number;
}
type BySurface = ReadonlyMap<string, SurfaceEntry>;

function surfaceEntries(candidates: readonly Candidate[]): Map<string, SurfaceEntry> {
  const bySurface = new Map<string, SurfaceEntry>();
  for (const c of candidates) {
    let entry = bySurface.get(c.surface);
    if (!entry) bySurface.set(c.surface, (entry = { evidence: noEvidence(), words: c.words, firstAt: c.start }));
    // (The four types by name: a list of an object's keys per candidate was most of this loop's time.)
    for (const k of NAME_TYPES) entry.evidence[k] += c.evidence[k];
  }
  return bySurface;
}

/** Union-find over surfaces: each set is the names of one thing. */
class DisjointSets {
  private readonly parent: Map<string, string>;
  constructor(surfaces: readonly string[]) {
    this.parent = new Map(surfaces.map((s) => [s, s]));
  }
  find(s: string): string {
    const { parent } = this;
    let r = s;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(s, r);
    return r;
  }
  union(a: string, b: string): void {
    const ra = this.find(a),
      rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Same key, or the same country under another name. */
function joinSameKey(surfaces: readonly string[], sets: DisjointSets): void {
  const byKey = new Map<string, string>();
  for (const s of surfaces) {
    const key = PLACE_CANONICAL.has(s) ? `place:${PLACE_CANONICAL.get(s)}` : nameKey(headFirst(uninverted(s)));
    const seen = byKey.get(key);
    if (seen) sets.union(seen, s);
    else byKey.set(key, s);
  }
}

/** "Palestinians" and "Palestinian", "Republicans" and "Republican": a people's or a party's name and its plural, both `other`. */
function joinPlurals(surfaces: readonly string[], bySurface: BySurface, sets: DisjointSets): void {
  const other = (s: string) => bySurface.has(s) && bestType(bySurface.get(s)!.evidence) === 'other';
  for (const s of surfaces)
    if (/^\p{Lu}\p{Ll}+s$/u.test(s) && other(s) && other(s.slice(0, -1))) sets.union(s.slice(0, -1), s);
}

/**
 * Multi-word names by their initials, first word and last word, so each lookup is one map access
 * (a long document has tens of thousands of names).
 */
interface MultiWordIndex {
  readonly byInitials: ReadonlyMap<string, string[]>;
  readonly byFirstWord: ReadonlyMap<string, Named[]>;
  readonly byLastWord: ReadonlyMap<string, Named[]>;
}
type Named = { readonly s: string; readonly e: SurfaceEntry }; // a surface with its entry: no lookup per full name tried

function indexMultiWord(surfaces: readonly string[], bySurface: BySurface): MultiWordIndex {
  const multi = surfaces.filter((s) => bySurface.get(s)!.words.length > 1);
  const byInitials = new Map<string, string[]>();
  const byFirstWord = new Map<string, Named[]>();
  const byLastWord = new Map<string, Named[]>();
  for (const m of multi) {
    const named = { s: m, e: bySurface.get(m)! };
    const words = named.e.words;
    push(byInitials, initials(words), m);
    const withOf = initialsWithOf(words); // "DOJ" of "Department of Justice"
    if (withOf) push(byInitials, withOf, m);
    push(byFirstWord, words[0]!, named);
    push(byLastWord, words[words.length - 1]!, named);
    const bare = withoutParticle(words[words.length - 1]!) ?? firmSurname(words);
    if (bare) push(byLastWord, bare, named);
  }
  return { byInitials, byFirstWord, byLastWord };
}

/** Partial names: "Biden" after "Joe Biden", "Central Command" after "US Central Command". */
function joinPartialNames(
  surfaces: readonly string[],
  bySurface: BySurface,
  { byFirstWord, byLastWord }: MultiWordIndex,
  sets: DisjointSets,
  firms: ReadonlySet<string>,
): void {
  // Each surface's type, worked out once: no evidence changes while the partial names are joined.
  const types = new Map<string, NameType>();
  const typeOf = (s: string) => {
    let t = types.get(s);
    if (t === undefined) types.set(s, (t = bestType(bySurface.get(s)!.evidence)));
    return t;
  };
  for (const s of surfaces) {
    const words = bySurface.get(s)!.words;
    if (PLACE_CANONICAL.has(s)) continue;
    const byFirst = byFirstWord.get(words[0]!) ?? [];
    const byLast = byLastWord.get(words[words.length - 1]!) ?? [];
    if (!byFirst.length && !byLast.length) continue;
    const isFull = ({ s: m, e: entry }: Named) => {
      const mw = entry.words;
      if (mw.length <= words.length || m === s) return false;
      const bare = withoutParticle(mw[mw.length - 1]!);
      const isPart =
        firmSurname(mw) === s || // "Disney" of "Walt Disney Co."
        namesStartWith(mw, words) ||
        namesEndWith(mw, words) ||
        (!!bare && namesEndWith([...mw.slice(0, -1), bare], words));
      if (!isPart) return false;
      const full = entry.evidence;
      const unknown = NAME_TYPES.every((t) => full[t] === 0);
      // A full name nothing classified takes its type from the part ("Phillips Idowu" … "Phillips").
      // A part that is clearly a person ("Mr Schrempp") joins a full name that is not clearly something else.
      const partIsPerson = typeOf(s) === 'person' && typeOf(m) !== 'place' && full.organization < HEAD_EVIDENCE;
      // A person's full name is no part of an organisation's ("Doris Duke" of "Doris Duke
      // Foundation"); a firm's own name is the short form of its legal name ("Quanta Magazine").
      const orgPart =
        typeOf(m) === 'organization' &&
        typeOf(s) !== 'person' &&
        (words.length > 1 ||
          firmSurname(mw) === s ||
          (namesStartWith(mw, words) &&
            (mw.slice(words.length).every((w) => FIRM_SUFFIXES.has(w)) || firstWordOfBody(s, typeOf(s), mw))));
      // A listed company alone ("Google") begins its firm's name ("Google Inc"), not a product's ("Google Doc").
      if (!/\s/u.test(s) && ORGANIZATIONS.has(s) && namesStartWith(mw, words)) return orgPart;
      return typeOf(m) === 'person' || orgPart || unknown || partIsPerson;
    };
    // A lone word read only as an organisation, which a firm's name and a person's both hold
    // ("Ford" of "Ford Motor Co." and "Henry Ford"), is the firm's: the person is not in the running.
    // Not when other bodies' names begin with it too ("Mozilla Foundation", "Mozilla Corporation").
    const firmFirst =
      words.length === 1 &&
      typeOf(s) === 'organization' &&
      bySurface.get(s)!.evidence.person === 0 &&
      byFirst.filter((m) => typeOf(m.s) === 'organization').length <= 1;
    const firmFull = (m: Named) => typeOf(m.s) === 'organization' && isFull(m);
    const fits = (m: Named) =>
      isFull(m) &&
      !(firms.has(s) && typeOf(m.s) === 'person') &&
      !(firmFirst && typeOf(m.s) === 'person' && (byFirst.some(firmFull) || byLast.some(firmFull)));
    // Only when the part is unambiguous (two Smiths stay apart): the search stops at a second set.
    let full: string | undefined;
    const differs = (m: Named) => fits(m) && sets.find(m.s) !== sets.find((full ??= m.s));
    if (!byFirst.some(differs) && !byLast.some(differs) && full !== undefined) sets.union(full, s);
  }
}

/** "Dave Hyatt" and "David Hyatt", "Hanna Levintova" and "Levintova, Hannah": one person. */
function joinGivenNameVariants(surfaces: readonly string[], bySurface: BySurface, sets: DisjointSets): void {
  const people = surfaces.filter((s) => {
    const e = bySurface.get(s)!.evidence;
    return bestType(e) === 'person' && e.person > 0 && looksLikePersonName(uninverted(s).split(' '));
  });
  for (const [a, b] of givenNameVariants(people.map((s) => uninverted(s).split(' '))))
    sets.union(people[a]!, people[b]!);
}

/** One group per set of surfaces, typed by all their evidence (left out when there is too little). */
function nameGroups(surfaces: readonly string[], bySurface: BySurface, sets: DisjointSets): NameGroup[] {
  const groups = new Map<string, string[]>();
  for (const s of surfaces) push(groups, sets.find(s), s);
  const out: NameGroup[] = [];
  for (const members of groups.values()) {
    const evidence = groupEvidence(members, bySurface);
    const type = bestType(evidence);
    const strongest = Math.max(...NAME_TYPES.map((t) => evidence[t]));
    // A multi-word capitalised name with no clue at all is most often an organisation in news text.
    const multiword = members.some((s) => bySurface.get(s)!.words.length > 1);
    if (strongest < MIN_EVIDENCE && !multiword) continue;
    // With no clue at all, two or three plain capitalised words are most often a person's name
    // ("Jurgen Schrempp"); anything else (longer, all capitals, a plural) an organisation.
    const fallback: NameType = members.some((s) => looksLikePersonName(bySurface.get(s)!.words))
      ? 'person'
      : 'organization';
    const place = members.map((s) => PLACE_CANONICAL.get(s)).find(Boolean) ?? null;
    members.sort((a, b) => bySurface.get(a)!.firstAt - bySurface.get(b)!.firstAt);
    out.push({
      surfaces: members,
      type: strongest < MIN_EVIDENCE ? fallback : type,
      canonical: type === 'place' ? place : null,
      evidence,
    });
  }
  return out;
}

/**
 * All the group's evidence summed, where a bare surname's votes go to the person its full name
 * in the group is ("Hamilton" after "Margaret Hamilton"): alone, the tagger has only the word to
 * go on (a Scottish club, a city), while the full name came with its context.
 */
function groupEvidence(members: readonly string[], bySurface: BySurface): Evidence {
  const evidence = noEvidence();
  const surnamesOfPeople = new Set<string>();
  for (const s of members) {
    const { words, evidence: e } = bySurface.get(s)!;
    // A person's name by its look too: "MG Rover" is a firm, whatever the tagger said there.
    if (looksLikePersonName(words) && bestType(e) === 'person' && e.person > 0)
      surnamesOfPeople.add(words[words.length - 1]!);
  }
  for (const s of members) {
    const e = bySurface.get(s)!.evidence;
    if (surnamesOfPeople.has(s)) evidence.person += NAME_TYPES.reduce((n, t) => n + e[t], 0);
    else for (const k of NAME_TYPES) evidence[k] += e[k];
  }
  return evidence;
}

/**
 * The type most of the evidence points to; ties go to the earlier of person, organisation, place,
 * other; with no evidence at all, `fallback`.
 */
export function bestType(e: Evidence, fallback: NameType = 'organization'): NameType {
  let best: NameType = 'organization';
  for (const t of NAME_TYPES) if (e[t] > e[best] || (e[t] === e[best] && e[t] > 0 && t === 'person')) best = t;
  return e[best] > 0 ? best : fallback;
}

function looksLikePersonName(words: readonly string[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && !/s$/.test(w) && !isCommonWord(w))
  );
}

/** Bodies named either way round: "Department of State" is the "State Department". */
const BODY_HEADS = new Set(['Department', 'Ministry', 'Office', 'Bureau', 'Agency', 'Commission']);

/** "Department of State" → "State Department", "Ministry of Defence" → "Defence Ministry"; any other name as it is. */
function headFirst(s: string): string {
  const m = /^(?:the\s+)?(\p{Lu}\p{L}+) of (?:the )?(\p{Lu}[\p{L}-]+)$/u.exec(s);
  return m && BODY_HEADS.has(m[1]!) ? `${m[2]} ${m[1]}` : s;
}
