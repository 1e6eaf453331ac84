import { bestType, type Candidate } from './aliases.js';
import { ORG_ENDS, OF_HEADS } from './name-evidence.js';
import { isCommonWord, lexiconTags } from './lexicon/common-words.js';
import { organisationSpan } from './name-spans.js';
import { CITIES } from './lexicon/cities.js';
import { PLACE_CANONICAL } from './lexicon/places.js';

/**
 * An institution named "<Head> of <Name>" that the tagger cut at its "of" (issue 10): "[University
 * of] [Berlin]", "[Oakland Athletics of] Major League Baseball", "Church of [England]", "the
 * [University of California], [San Diego]". The name's own head word ("University", "Church",
 * "Department") says the whole is one body; joinOrganisationNames (name-evidence.ts) then joins
 * "<Head>" and " of <Name>" once both are candidates.
 */

/** Lower-case words that join a name's parts but never end a name. */
const LINKS = new Set(['of', 'for', 'the', 'and', 'on', 'at']);
/** A capitalised word of a body's name: "Church", "Australian", "Anglican". */
const NAME_WORD = /^\p{Lu}[\p{Ll}’'-]*\p{Ll}$/u;
/** The "<Head> of " (or "for", "of the") right before a candidate, its head one of up to three capitalised words. */
const HEAD_BEFORE = /(?<![\p{L}\p{N}’'-])((?:\p{Lu}[\p{L}’'-]* ){0,2}\p{Lu}\p{Ll}+) (?:of|for|of the) $/u;

/**
 * The candidates with the tagger's cuts at an "of" repaired: a trailing "of" (or "for", "the",
 * "and") is dropped from a name, and an organisation's head word written right before "of" and a
 * candidate (but found by nothing) becomes a candidate of its own, so that the two are joined.
 */
export function institutionHeads(text: string, candidates: readonly Candidate[], occupied: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  let lastEnd = 0;
  for (const c of sorted) {
    const trimmed = withoutTrailingLink(text, c);
    if (!trimmed) continue;
    const head = headBefore(text, trimmed, Math.max(lastEnd, out[out.length - 1]?.end ?? 0), occupied);
    if (head) out.push(head);
    out.push(trimmed);
    lastEnd = Math.max(lastEnd, trimmed.end);
  }
  const missed = missedHeads(text, out, occupied);
  return missed.length ? [...out, ...missed].sort((a, b) => a.start - b.start) : out;
}

/** Tags of words that link and never begin a body's name: "The", "In", "And", "Its". */
const LINKING_TAGS = new Set(['DT', 'IN', 'CC', 'PRP', 'PRP$', 'WDT', 'WP', 'WRB', 'TO']);
/** A body's head word, then "of", "for" or "on" and capitalised words: "Center on Poverty and Inequality". */
const HEAD_THEN_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])(?:${[...ORG_ENDS, ...OF_HEADS].join('|')}) (?:of|for|on)(?: the)? \\p{Lu}[\\p{L}'’-]*(?: (?:(?:and|of|for|&) )?\\p{Lu}[\\p{L}'’-]*)*`,
  'gu',
);

/** Every head word (letters only) is found from the link after it: " of ", " for ", " on ". */
const LINK = / (?:of|for|on) /gu;
const HEAD_AT = new RegExp(HEAD_THEN_NAME.source, 'uy');
const HEADS: ReadonlySet<string> = new Set([...ORG_ENDS, ...OF_HEADS]);

/**
 * HEAD_THEN_NAME's matches in `text`, in order and never overlapping, as `text.matchAll` gives
 * them, but tried only where a link word follows a head word: the pattern's alternation of heads
 * behind a lookbehind, tried at each of a long document's characters, cost ~0.3 s on 5 MB.
 */
function* headsThenNames(text: string): Generator<RegExpExecArray> {
  let after = 0;
  for (const link of text.matchAll(LINK)) {
    let start = link.index;
    while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
    if (start < after || start === link.index || !HEADS.has(text.slice(start, link.index))) continue;
    HEAD_AT.lastIndex = start;
    const m = HEAD_AT.exec(text);
    if (!m) continue;
    after = start + m[0].length;
    yield m;
  }
}

/**
 * "Stanford University's Center on Poverty and Inequality", "The Council on Rural Affairs": a
 * body's head word followed by its "on"/"for"/"of" name, where the tagger found nothing at all. The
 * head becomes a candidate, and joinOrganisationNames (withOrgTail) adds the rest of the name;
 * not where the tagger found a part of that rest ("the Church of Our Lady of [Compassion]").
 */
function missedHeads(text: string, candidates: readonly Candidate[], occupied: Uint8Array): Candidate[] {
  const found: Candidate[] = [];
  for (const m of headsThenNames(text)) {
    const start = m.index,
      end = start + m[0].indexOf(' ');
    const reach = start + m[0].length;
    if (occupied.subarray(start, reach).some((x) => x)) continue;
    if (candidates.some((c) => c.start < reach && start < c.end)) continue;
    found.push(organisationSpan(text, wordsBefore(text, start, candidates, occupied), end));
  }
  return found;
}

/** "University of" → "University": a name ends in a word of its own, never in "of". */
function withoutTrailingLink(text: string, c: Candidate): Candidate | undefined {
  let n = c.words.length;
  while (n > 0 && LINKS.has(c.words[n - 1]!)) n--;
  if (n === c.words.length) return c;
  if (n === 0) return undefined;
  const end = c.start + c.surface.replace(/(?:\s+\p{Ll}+)+\s*$/u, '').length;
  if (end <= c.start) return undefined;
  const surface = text.slice(c.start, end);
  return { ...c, end, surface, words: c.words.slice(0, n) };
}

/** "Church" of "Church of England": the head word before "of", when nothing found it. */
function headBefore(text: string, c: Candidate, notBefore: number, occupied: Uint8Array): Candidate | undefined {
  const from = Math.max(notBefore, c.start - 60);
  const m = HEAD_BEFORE.exec(text.slice(from, c.start));
  if (!m) return undefined;
  const words = m[1]!.split(' ');
  const head = words[words.length - 1]!;
  if (!(ORG_ENDS.has(head) || OF_HEADS.has(head)) || !words.every((w) => NAME_WORD.test(w))) return undefined;
  // Words before the head that are ordinary words are no part of the body's name ("Former Church").
  let k = 0;
  while (k < words.length - 1 && isCommonWord(words[k]!)) k++;
  const end = from + m.index + m[1]!.length;
  const start = end - words.slice(k).join(' ').length;
  if (occupied.subarray(start, end).some((x) => x)) return undefined;
  return organisationSpan(text, start, end);
}

/** The places a university's campus may be named by. */
const campusPlace = (s: string) => CITIES.has(s) || PLACE_CANONICAL.has(s);
const CAMPUS = /^, (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})(?=[,.;:)]|$)/u;

/**
 * "University of California, San Diego": a university named with its campus after a comma, when
 * the campus is a known city or a place candidate. Runs after the "of" names are joined.
 */
export function universityCampuses(text: string, candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const c = sorted[k]!;
    if (c.words[0] !== 'University' || c.words[1] !== 'of' || bestType(c.evidence) !== 'organization') {
      out.push(c);
      continue;
    }
    const m = CAMPUS.exec(text.slice(c.end, c.end + 40));
    const next = sorted[k + 1];
    const campus = m?.[1];
    const end = campus ? c.end + 2 + campus.length : c.end;
    const nextIsCampus = next !== undefined && next.start === c.end + 2 && next.end === end;
    const nextInside = next !== undefined && next.start < end;
    if (
      !campus ||
      (nextInside && !nextIsCampus) ||
      !(campusPlace(campus) || (nextIsCampus && bestType(next.evidence) === 'place'))
    ) {
      out.push(c);
      continue;
    }
    out.push(organisationSpan(text, c.start, end));
    if (nextIsCampus) k++;
  }
  return out;
}

/** A capitalised word right before `at`, and what comes before it. */
const WORD_BEFORE = /(?:^|(\S*)\s)(\p{Lu}[\p{L}’'-]*) $/u;

/**
 * Where a body's name the tagger missed begins: up to three capitalised words before its head
 * ("the August [National Association] of Purchasing Management"), not a date, a candidate, a word
 * that links ("The", "In") or an ordinary word opening a sentence.
 */
function wordsBefore(text: string, at: number, candidates: readonly Candidate[], occupied: Uint8Array): number {
  let start = at;
  for (let k = 0; k < 3; k++) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (!m) break;
    const word = m[2]!;
    const from = start - word.length - 1;
    const opens = m[1] === undefined || /[.!?:"“”]$/u.test(m[1]);
    if (LINKING_TAGS.has(lexiconTags(word.toLowerCase())[0] ?? '') || (opens && isCommonWord(word))) break;
    if (occupied.subarray(from, start).some((x) => x) || candidates.some((c) => c.start < start && from < c.end)) break;
    start = from;
  }
  return start;
}
