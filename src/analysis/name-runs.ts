import type { Block } from '../load/article.js';
import { noEvidence, type Candidate, type Evidence } from './aliases.js';
import { CUE_WEIGHT } from './entity-types.js';
import { isCommonWord, lexiconTags } from './lexicon/common-words.js';
import { ORG_ENDS } from './name-evidence.js';
import { fromTheEnd } from './name-context.js';
import { FIRM_WORDS } from './name-spans.js';
import { ORGANIZATION_HEADS, PLACE_HEADS } from './lexicon/head-words.js';
import { endsInDottedLegalForm, NOT_NAMES } from './lexicon/organizations.js';
import { PLACE_CANONICAL } from './lexicon/places.js';
import { CITIES } from './lexicon/cities.js';
import { TITLES } from './lexicon/titles.js';

/**
 * A name the recogniser cut short inside a run of capitalised words in running prose (issue 10):
 * "someone named Man [Haron Monis]", "rescue group Project [Jonah]", "[Ninety Mile] Beach",
 * "[Florida] State", "[Mercer] [Island]-based", "[Fisherman]’s [Terminal]". In the middle of a
 * sentence a capital letter is the writer saying "this word is part of a name", so a capitalised
 * word right beside a name (one space between) belongs to it, unless it is a title ("President"),
 * a word that is never a name alone ("CEO"), a function word, a month or a day, or a known place
 * of its own. Only in paragraphs, quotations and list items, never in headings or tables, and never
 * where the recogniser read Title Case.
 */

const BODY_KINDS = new Set<Block['kind']>(['paragraph', 'quote', 'item']);
const ORG_HEAD_WORDS = new Set([...ORGANIZATION_HEADS, ...ORG_ENDS, ...FIRM_WORDS]);
const PLACE_HEAD_WORDS = new Set(PLACE_HEADS);
/** Tags of words that are never part of a name: "The", "In", "It", "And", "Which". */
const CLOSED_CLASS = new Set(['DT', 'PRP', 'PRP$', 'IN', 'CC', 'WDT', 'WP', 'WP$', 'WRB', 'EX', 'PDT', 'MD', 'TO']);
const CALENDAR = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tonight Yesterday Tomorrow'.split(
    ' ',
  ),
);
/** A word that may be glued to a name: a capital and small letters ("Beach", "Project"). */
const RUN_WORD = /^\p{Lu}\p{Ll}[\p{Ll}\p{N}]*$/u;
const RUN_BEFORE = /(?<![^\s])[\p{Ll}\p{N}](?:\S*[\p{L}\p{N},])? ((?:\p{Lu}\p{L}* ){1,2})$/u;
/** RUN_BEFORE tried once, from the name's start: its group is the one run of words right before the name. */
const RUN_END = fromTheEnd(RUN_BEFORE);
const WORD_AFTER = /^ (\p{Lu}\p{L}*)(?![\p{L}\p{N}'’])/u;

function runWord(w: string): boolean {
  if (!RUN_WORD.test(w) || TITLES.has(w) || NOT_NAMES.has(w) || CALENDAR.has(w)) return false;
  if (PLACE_CANONICAL.has(w) || CITIES.has(w)) return false;
  return !CLOSED_CLASS.has(lexiconTags(w.toLowerCase())[0] ?? '');
}

/** A known place's own name: one more word makes another thing of it ("Florida State", "Wired Italy"). */
const knownPlace = (s: string) => PLACE_CANONICAL.has(s) || CITIES.has(s);

/** What a name so lengthened is: its head word says so ("Beach", "Project"), else what the shorter name was. */
function lengthenedEvidence(c: Candidate, added: readonly string[], last: string): Evidence {
  if (PLACE_HEAD_WORDS.has(last)) return { ...noEvidence(), place: CUE_WEIGHT };
  if (added.some((w) => ORG_HEAD_WORDS.has(w))) return { ...noEvidence(), organization: CUE_WEIGHT };
  return knownPlace(c.surface) ? noEvidence() : c.evidence;
}

function inBody(blocks: readonly Block[], c: Candidate): boolean {
  let lo = 0,
    hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (b.end <= c.start) lo = mid + 1;
    else if (b.start > c.start) hi = mid - 1;
    else return BODY_KINDS.has(b.kind) && c.end <= b.end;
  }
  return false;
}

const free = (marks: Uint8Array, start: number, end: number) => !marks.subarray(start, end).some((x) => x);

/**
 * The candidates with names cut short made whole: a capitalised word before or after a name in
 * running prose joined to it, and two names of one type with only a space between ("Mercer"
 * "Island") or an ordinary word's "’s" ("Fisherman’s Terminal") made one, and a place's name
 * before a body's ("Ontario Liberal Party").
 */
export function wholeNameRuns(
  text: string,
  candidates: readonly Candidate[],
  blocks: readonly Block[],
  occupied: Uint8Array,
): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const taken = new Uint8Array(text.length);
  for (const c of sorted) taken.fill(1, c.start, c.end);
  const out: Candidate[] = [];
  /** Where in `out` the last name of the text so far is (not a short name pushed after it). */
  let lastAt = -1;
  for (const c of sorted) {
    const last = out[lastAt];
    const prose = !c.weak && inBody(blocks, c);
    if (prose && last && !last.weak && joinable(text, last, c)) {
      out[lastAt] = joined(text, last, c);
      continue;
    }
    const whole = prose ? lengthened(text, c, taken, occupied) : c;
    lastAt = out.push(whole) - 1;
    // "Group Menatep" … "Menatep": the name without a head word before it is the same body's
    // short name; after any other word it stays a name of its own ("the Grow Mozilla initiative"
    // is no name of Mozilla's, nor "Wired Italy" of Italy's).
    if (whole.start < c.start) {
      const head = whole.words.slice(0, whole.words.length - c.words.length).some((w) => ORG_HEAD_WORDS.has(w));
      out.push(head && !knownPlace(c.surface) ? { ...c, evidence: whole.evidence, within: whole.surface } : c);
    }
  }
  return out;
}

/** "Mercer" + "Island", "Fisherman" + "’s " + "Terminal": one name of one type. */
function joinable(text: string, a: Candidate, b: Candidate): boolean {
  // Only a gap of one or three units can be a space or an "’s " (most are longer: no string cut).
  if (b.start - a.end !== 1 && b.start - a.end !== 3) return false;
  const gap = text.slice(a.end, b.start);
  const possessive =
    (gap === '’s ' || gap === "'s ") && a.words.length === 1 && lexiconTags(a.surface.toLowerCase()).length > 0;
  if (gap !== ' ' && !possessive) return false;
  // "Huawei Technologies Co." + "Huawei": the legal form's full stop ended the sentence.
  if (endsInDottedLegalForm(a.surface)) return false;
  // "Mercer" + "Island": a lone head word after a name ends that name, whatever was guessed for it.
  if (gap === ' ' && b.words.length === 1 && headType(b.surface)) return true;
  if (gap === ' ' && placeBeforeBody(a, b)) return true;
  // "the Israel Gaza war": two places the lists know are two names.
  if (knownPlace(a.surface) || knownPlace(b.surface)) return false;
  const type = strongest(a.evidence);
  return type !== undefined && type === strongest(b.evidence) && (type === 'place' || type === 'organization');
}

/**
 * "Ontario" + "Liberal Party", "West Virginia" + "Intercollegiate Athletic Conference": a known
 * place's name right before a body's name of two words or more that ends in a body's head word
 * is the start of that body's name (a reader never sees the place apart there).
 */
const placeBeforeBody = (a: Candidate, b: Candidate): boolean =>
  (knownPlace(a.surface) && b.words.length >= 2 && ORG_HEAD_WORDS.has(b.words[b.words.length - 1]!)) ||
  ((knownPlace(a.surface) || strongest(a.evidence) === 'place') && headBeforeOf(b.words));

/** "Journal of Medicine", "Academy of Sciences": a head word before "of" ("New England" + it is one body's name). */
const headBeforeOf = (words: readonly string[]): boolean =>
  words.length >= 3 && words[1] === 'of' && ORG_HEAD_WORDS.has(words[0]!);

const headType = (w: string): 'place' | 'organization' | undefined =>
  PLACE_HEAD_WORDS.has(w) ? 'place' : ORG_HEAD_WORDS.has(w) ? 'organization' : undefined;

function strongest(e: Evidence): keyof Evidence | undefined {
  const order = (Object.keys(e) as (keyof Evidence)[]).sort((x, y) => e[y] - e[x]);
  return e[order[0]!] > 0 && e[order[0]!] > e[order[1]!] ? order[0] : undefined;
}

function joined(text: string, a: Candidate, b: Candidate): Candidate {
  const surface = text.slice(a.start, b.end);
  const head = b.words.length === 1 ? headType(b.surface) : placeBeforeBody(a, b) ? 'organization' : undefined;
  if (head)
    return {
      start: a.start,
      end: b.end,
      surface,
      words: surface.split(/\s+/u),
      evidence: { ...noEvidence(), [head]: CUE_WEIGHT },
    };
  const evidence = noEvidence();
  for (const k of Object.keys(evidence) as (keyof Evidence)[]) evidence[k] = a.evidence[k] + b.evidence[k];
  return { start: a.start, end: b.end, surface, words: surface.split(/\s+/u), evidence };
}

/**
 * Whether the words may be glued to the name: a person's name takes no ordinary word ("Rhino
 * History", "Pastor John Smith"), unless it is a head word that makes the whole another thing's.
 */
function gluable(c: Candidate, words: readonly string[], introduced = false): boolean {
  if (!words.every(runWord)) return false;
  // "someone named Man Haron Monis": right after "named" or "called", every capitalised word is the name's.
  if (strongest(c.evidence) !== 'person' || introduced) return true;
  return words.every((w) => !isCommonWord(w) || ORG_HEAD_WORDS.has(w) || PLACE_HEAD_WORDS.has(w));
}

/** Up to two capitalised words glued to the name on either side. */
function lengthened(text: string, c: Candidate, taken: Uint8Array, occupied: Uint8Array): Candidate {
  let start = c.start,
    end = c.end;
  const before: string[] = [];
  const after: string[] = [];
  // The run before the name starts right after a word in lower case ("named Man Haron Monis").
  const m = RUN_END.exec(text.slice(Math.max(0, c.start - 60), c.start));
  if (m) {
    const words = m[1]!.trim().split(' ');
    const at = c.start - m[1]!.length;
    const introduced = /(?:^|\s)(?:named|called) $/u.test(text.slice(Math.max(0, at - 8), at));
    if (gluable(c, words, introduced) && free(taken, at, c.start) && free(occupied, at, c.start)) {
      before.push(...words);
      start = at;
    }
  }
  for (let k = 0; k < 2 && !endsInDottedLegalForm(c.surface); k++) {
    const w = WORD_AFTER.exec(text.slice(end, end + 30));
    if (!w || !gluable(c, [w[1]!])) break;
    const to = end + w[0].length;
    if (!free(taken, end + 1, to) || !free(occupied, end + 1, to)) break;
    after.push(w[1]!);
    end = to;
  }
  if (start === c.start && end === c.end) return c;
  const surface = text.slice(start, end);
  const words = surface.split(/\s+/u);
  return {
    start,
    end,
    surface,
    words,
    evidence: lengthenedEvidence(c, [...before, ...after], words[words.length - 1]!),
  };
}
