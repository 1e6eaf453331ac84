import type { Evidence } from './aliases.js';
import { nameKey } from './name-key.js';
import { isCommonWord } from './lexicon/common-words.js';
import { PLACE_CANONICAL } from './lexicon/places.js';
import { CITIES } from './lexicon/cities.js';
import { ORGANIZATIONS } from './lexicon/organizations.js';
import { NAME_PARTICLES } from './lexicon/titles.js';
import { PLACE_HEADS } from './lexicon/head-words.js';
import { formsOfOnePerson, push, strongest, withoutGeneration, type Sets } from './name-short-forms.js';

/**
 * Two full names of one thing that differ by a word the other leaves out, which the partial-name
 * rule of aliases.ts cannot join (neither is the first or last part of the other), so a short form
 * after both ("Microsoft", "Smith") would be left to neither (issue 10):
 * - a firm under two legal forms: "Microsoft Corp." and "Microsoft Corporation", "Ford Motor Co."
 *   and "Ford Motor Company"; or with and without its domain's ending: "Amazon.com Inc." and "Amazon";
 * - a person with and without a middle initial or middle name: "John F. Smith" and "John Smith",
 *   "Mary Ann Jones" and "Mary Jones", "Robert S. Mueller III" and "Robert Mueller".
 * Each only when one thing fits: "John F. Smith" and "John G. Smith" beside "John Smith" leave
 * "John Smith" to neither.
 */

interface Entry {
  readonly evidence: Evidence;
  readonly words: readonly string[];
}

/** A firm's legal form as the last word of its name. */
const LEGAL_FORMS: ReadonlySet<string> = new Set(
  'Inc Inc. Incorporated Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited LLC L.L.C. plc PLC Plc AG SA S.A. GmbH NV N.V. SpA LP L.P.'.split(
    ' ',
  ),
);

/** Joins the surfaces of each key when they are more than one. */
function joinEach(groups: ReadonlyMap<string, string[]>, sets: Sets): void {
  for (const members of groups.values()) for (const s of members.slice(1)) sets.union(members[0]!, s);
}

/** "Microsoft Corp." and "Microsoft Corporation": the same words before a legal form, neither a person's name. */
function joinLegalForms(surfaces: readonly string[], bySurface: ReadonlyMap<string, Entry>, sets: Sets): void {
  const byStem = new Map<string, string[]>();
  for (const s of surfaces) {
    const { words, evidence } = bySurface.get(s)!;
    if (words.length < 2 || !LEGAL_FORMS.has(words[words.length - 1]!) || strongest(evidence, 'person')) continue;
    const stem = words.slice(words[0] === 'The' ? 1 : 0, -1);
    if (stem.length) push(byStem, nameKey(stem.join(' ')), s);
  }
  joinEach(byStem, sets);
  // "Amazon.com Inc." or "Amazon.com" and "Amazon": a firm with and without its domain's ending.
  const byDomain = new Map<string, string[]>();
  for (const s of surfaces) {
    const { words, evidence } = bySurface.get(s)!;
    const bare = /^(\p{Lu}[\p{L}\p{N}-]*)\.com$/u.exec(words[0]!)?.[1];
    const legal = words.length === 1 || (words.length === 2 && LEGAL_FORMS.has(words[1]!));
    if (bare && legal && !strongest(evidence, 'person')) push(byDomain, bare, s);
  }
  if (!byDomain.size) return;
  // Not a place ("Amazon" the river is the tagger's guess; a known place is kept) or a person's surname.
  const surnames = new Set<string>();
  for (const s of surfaces) if (bySurface.get(s)!.words.length > 1) surnames.add(s.slice(s.lastIndexOf(' ') + 1));
  for (const s of surfaces) {
    if (!byDomain.has(s) || PLACE_CANONICAL.has(s) || CITIES.has(s)) continue;
    if (!strongest(bySurface.get(s)!.evidence, 'person') || !surnames.has(s)) push(byDomain, s, s);
  }
  joinEach(byDomain, sets);
}

/** A middle initial ("F.", "F") or a capitalised middle name; a given name or a surname. */
const MIDDLE = /^(?:\p{Lu}\.?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
const personWords = (e: Entry): readonly string[] | undefined => {
  const words = withoutGeneration(e.words);
  const named =
    words.length >= 2 &&
    words.length <= 4 &&
    NAME_WORD.test(words[0]!) &&
    NAME_WORD.test(words[words.length - 1]!) &&
    words.slice(1, -1).every((w) => MIDDLE.test(w));
  return named && strongest(e.evidence, 'person') ? words : undefined;
};

/**
 * "John F. Smith" and "John Smith": a person's given name and surname with middle names or
 * initials between them in one of the two, when that shorter name has one such longer partner.
 */
function joinMiddleNames(surfaces: readonly string[], bySurface: ReadonlyMap<string, Entry>, sets: Sets): void {
  const byEnds = new Map<string, string[]>();
  for (const s of surfaces) {
    const words = personWords(bySurface.get(s)!);
    if (words && words.length > 2) push(byEnds, `${words[0]} ${words[words.length - 1]}`, s);
  }
  if (!byEnds.size) return;
  for (const s of surfaces) {
    const words = personWords(bySurface.get(s)!);
    if (!words || words.length !== 2) continue;
    const longer = byEnds.get(words.join(' '));
    if (!longer) continue;
    const roots = new Set(longer.map((m) => sets.find(m)));
    if (roots.size === 1) sets.union(longer[0]!, s);
  }
}

const PLACE_HEAD_WORDS: ReadonlySet<string> = new Set(PLACE_HEADS);

/**
 * "Ninety Mile beach" beside "Ninety Mile Beach": UK and Australian papers write a place's kind in
 * lower case, so the tagger's name stops before it; where the article also writes the whole name
 * with a capital, the shorter is its short form (and takes its type).
 */
function joinLowerCaseHeads(
  surfaces: readonly string[],
  bySurface: ReadonlyMap<string, Entry>,
  sets: Sets,
  text: string,
): void {
  // Each name's short form and " beach", " river"…, then where the text writes each of those
  // words found in one pass, not one search of the whole text per name (a long document has
  // hundreds of such names). No union changes what is looked up here: the same unions, in order.
  const pairs: (readonly [string, string, string])[] = [];
  for (const s of surfaces) {
    const words = bySurface.get(s)!.words;
    const head = words[words.length - 1]!;
    if (words.length < 2 || !PLACE_HEAD_WORDS.has(head)) continue;
    const short = words.slice(0, -1).join(' ');
    if (!bySurface.has(short) || short.includes('The ')) continue;
    pairs.push([s, short, ` ${head.toLowerCase()}`]);
  }
  if (!pairs.length) return;
  const tailAt = afterSpaces(text, new Set(pairs.map((p) => p[2])));
  for (const [s, short, tail] of pairs) {
    // The first place the text writes `${short}${tail}` (as `indexOf` finds it).
    const found = tailAt.get(tail)?.find((q) => q >= short.length && text.startsWith(short, q - short.length));
    if (found !== undefined && !/[\p{L}\p{N}]/u.test(text.charAt(found + tail.length))) sets.union(s, short);
  }
}

/** Every start of each of `tails` (each a space and a word) in `text`, in order: one pass. */
function afterSpaces(text: string, tails: ReadonlySet<string>): Map<string, number[]> {
  const byNext = new Map<number, string[]>();
  for (const t of tails) {
    const list = byNext.get(t.charCodeAt(1));
    if (list) list.push(t);
    else byNext.set(t.charCodeAt(1), [t]);
  }
  const out = new Map<string, number[]>();
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
    const list = byNext.get(text.charCodeAt(at + 1));
    if (!list) continue;
    for (const t of list) {
      if (!text.startsWith(t, at)) continue;
      const starts = out.get(t);
      if (starts) starts.push(at);
      else out.set(t, [at]);
    }
  }
  return out;
}

/** Joins full names of one thing written with and without a word (in `sets`, by surface). */
export function joinNameForms(
  surfaces: readonly string[],
  bySurface: ReadonlyMap<string, Entry>,
  sets: Sets,
  text: string,
): void {
  joinLegalForms(surfaces, bySurface, sets);
  joinMiddleNames(surfaces, bySurface, sets);
  joinLowerCaseHeads(surfaces, bySurface, sets, text);
}

/** Last words of a firm's or a party's full name, whose first word alone is it: "Riggs Bank", "Labour Party". */
const FIRM_HEADS: ReadonlySet<string> = new Set(
  'Inc Corp Corporation Co Company Ltd Limited plc PLC LLC Group Bank Holdings Industries Party Brothers Airlines Airways Motors Systems Technologies Communications'.split(
    ' ',
  ),
);

/**
 * Whether `word`, an organisation's name of one word, is the short form of the firm or party named
 * in full by `full`, its first word: "Goldman" of "Goldman Sachs Group Inc.", "JPMorgan" of "JPMorgan Chase & Co.", "Riggs" of "Riggs
 * Bank", "Labour" of "Labour Party". Not a body of another kind ("Southampton" of "Southampton
 * Oceanography Centre", "Mozilla" of "Mozilla Foundation"), an ordinary word ("General" of
 * "General Motors Corp."), a place, an acronym ("EU" of "EU Commission") or anything the tagger
 * did not read as an organisation. The caller joins it only when one such firm is named.
 */
export function firstWordOfBody(word: string, type: string, full: readonly string[]): boolean {
  const head = full[full.length - 1]!.replace(/\.$/u, '');
  const place = PLACE_CANONICAL.has(word) || CITIES.has(word);
  // A listed company's name is a firm's without a head word: "Goldman" of "Goldman Sachs".
  const firm = FIRM_HEADS.has(head) || ORGANIZATIONS.has(full.join(' '));
  // A word with a lower-case letter after its capitals ("JPMorgan"), not an acronym ("EU").
  const named = /^\p{Lu}+\p{Ll}/u.test(word);
  return type === 'organization' && firm && named && !isCommonWord(word) && !place;
}

/**
 * A surname with its particles, as the text writes it after the full name: "van Gogh" of "Vincent
 * van Gogh", "von der Leyen" of "Ursula von der Leyen", and capitalised at a sentence's start ("Van
 * Gogh"). Without them the bare surname rule marks only "Gogh", and "Ms. von der Leyen" became a
 * mention "der Leyen". Each form with its person's group index, when one person has it.
 */
export function particleSurnames(
  groups: readonly { type: string; surfaces: readonly string[] }[],
): Map<string, number> {
  return formsOfOnePerson(groups, (words) => {
    const last = words.length - 1;
    let p = last;
    while (p - 1 >= 1 && NAME_PARTICLES.has(words[p - 1]!)) p--;
    if (p === last || !/^\p{Lu}/u.test(words[last]!)) return [];
    const form = words.slice(p).join(' ');
    return [form, form.charAt(0).toUpperCase() + form.slice(1)];
  });
}

/**
 * The surname of a firm named after a person, its short form: "Disney" of "The Walt Disney Co.",
 * "Schwab" of "Charles Schwab Corp." (two names that are no ordinary words, a legal form), or undefined.
 */
export function firmSurname(words: readonly string[]): string | undefined {
  const stem = words.slice(words[0] === 'The' ? 1 : 0, -1);
  if (words.length < 3 || !LEGAL_FORMS.has(words[words.length - 1]!) || stem.length !== 2) return undefined;
  const [given, surname] = stem as [string, string];
  const named = [given, surname].every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isCommonWord(w));
  return named && !PLACE_CANONICAL.has(surname) && !CITIES.has(surname) ? surname : undefined;
}
