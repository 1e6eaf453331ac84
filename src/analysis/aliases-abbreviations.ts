import { PLACE_CANONICAL } from './lexicon/places.js';
import { nameKey } from './name-key.js';
import type { Candidate, Evidence, NameType } from './aliases.js';

/** The names one thing goes by, joined: aliases.ts's union-find. */
export interface Unions {
  union(a: string, b: string): void;
}
type BySurface = ReadonlyMap<string, { readonly evidence: Evidence }>;

/** Two to six capitals, with optional dots and a plural s: "BBC", "U.S.", "MPs". */
export const isAcronym = (s: string): boolean => /^(?:\p{Lu}\.?){2,6}s?$/u.test(s) && /\p{Lu}.*\p{Lu}/u.test(s);

/** Words that do not count in an acronym's initials ("Bank of England" → BoE/BE). */
export const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', '&']);

/**
 * "US Central Command (Centcom)": a name defined in parentheses right after another, when it
 * can abbreviate it. A place or anything else in brackets after a name is not its alias:
 * "Andy Roddick (US)", "Marcus Di Rollo (Edinburgh)" in a team list. An alias defined for two
 * different names ("BSA" for two associations in a long document) is left to neither.
 */
export function joinDefinedAliases(
  candidates: readonly Candidate[],
  text: string,
  bySurface: BySurface,
  sets: Unions,
): void {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const definitions = new Map<string, Candidate[]>();
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k]!,
      b = sorted[k + 1]!;
    if (
      b.words.length === 1 &&
      /^\s*\($/.test(text.slice(a.end, b.start)) &&
      text[b.end] === ')' &&
      !PLACE_CANONICAL.has(b.surface) &&
      abbreviates(b.surface, a.surface)
    ) {
      const list = definitions.get(b.surface);
      if (list) list.push(a);
      else definitions.set(b.surface, [a]);
    }
  }
  for (const [alias, fulls] of definitions) {
    // "Office for National Statistics" and "The Office of National Statistics" are one name.
    const spelled = (a: Candidate) =>
      a.words
        .filter((w) => !MINOR_WORDS.has(w.toLowerCase()))
        .map(nameKey)
        .join(' ');
    if (new Set(fulls.map(spelled)).size > 1) continue;
    for (const a of fulls) {
      sets.union(a.surface, alias);
      // The alias takes its type from the full name, whatever its own context suggested.
      const ab = bySurface.get(alias)!;
      const aa = bySurface.get(a.surface)!;
      for (const t of Object.keys(aa.evidence) as NameType[]) ab.evidence[t] += aa.evidence[t];
    }
  }
}

/** The initials of a name with an "of" in it, that "of" as an "O": "Department of Justice" → "DOJ". */
export function initialsWithOf(words: readonly string[]): string | undefined {
  if (!words.includes('of')) return undefined;
  return words
    .filter((w) => w === 'of' || !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** Acronyms spelling a longer name's initials: "Securities and Exchange Commission" → "SEC". */
export function joinAcronyms(
  surfaces: readonly string[],
  byInitials: ReadonlyMap<string, readonly string[]>,
  sets: Unions,
): void {
  for (const s of surfaces) {
    // A country's letters are the country's ("USA" is not "University of St Andrews").
    if (!isAcronym(s) || PLACE_CANONICAL.has(s)) continue;
    const letters = s.replace(/[.s]$|\./g, '');
    const matches = byInitials.get(letters) ?? [];
    if (matches.length === 1) sets.union(matches[0]!, s);
  }
}

/**
 * Whether `short` can abbreviate `long` (the test of Schwartz and Hearst, 2003): its letters and
 * digits appear in `long` in the same order, the first of them at the start of a word.
 * "Centcom" for "US Central Command", "FSA" for "Food Standards Agency"; not "US" for "Andy Roddick".
 */
export function abbreviates(short: string, long: string): boolean {
  const s = short.toLowerCase(),
    l = long.toLowerCase();
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  let first = 0;
  while (first < s.length && !isWordChar(s[first])) first++;
  if (first === s.length || s.length >= l.length) return false;
  let li = l.length - 1;
  for (let si = s.length - 1; si >= first; si--) {
    const c = s[si]!;
    if (!isWordChar(c)) continue;
    // The first letter must start a word of the long form; the others may be anywhere.
    while (li >= 0 && (l[li] !== c || (si === first && isWordChar(l[li - 1])))) li--;
    if (li < 0) return false;
    li--;
  }
  return true;
}

export function initials(words: readonly string[]): string {
  return words
    .filter((w) => !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}
