import { bestType, noEvidence, type Candidate } from './aliases.js';
import { initials, initialsWithOf, MINOR_WORDS } from './aliases-abbreviations.js';

/**
 * An acronym the article uses without defining it in parentheses, whose letters are the initials
 * of a name it gives in full (issue 10): "The World Health Organization warned … WHO officials
 * said". The recogniser misses many (most of all one that spells a word: "WHO"), and a name it
 * never finds has no mention at all. Each such acronym of three to six capitals is a candidate of
 * the full name's type, so it groups with the full name (aliases.ts `joinAcronyms`). Not in a
 * line of capitals (a headline in capitals spells words, not initials), nor where a candidate
 * already covers it.
 */

/** The initials of a name of two or more words, minor words left out: "World Health Organization" → "WHO". */
function initialsOf(words: readonly string[]): string | undefined {
  const major = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  if (major.length < 3 || major.length > 6 || !major.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return undefined;
  return initials(words);
}

/** The acronyms of full names the text writes without parentheses, that no candidate covers, as candidates. */
export function initialisms(text: string, candidates: readonly Candidate[], occupied: Uint8Array): Candidate[] {
  const byLetters = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.words.length <= 2 || c.evidence.person !== 0) continue;
    const letters = initialsOf(c.words);
    if (letters) byLetters.set(letters, c);
    // "ODOT" of "Ohio Department of Transportation", "DOJ" of "Department of Justice": its "of" too.
    const withOf = initialsOf(c.words) && initialsWithOf(c.words);
    if (withOf && !byLetters.has(withOf)) byLetters.set(withOf, c);
  }
  if (!byLetters.size) return [];
  const covered = new Uint8Array(text.length);
  for (const c of candidates) covered.fill(1, c.start, c.end);
  const out: Candidate[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{3,6}(?![\p{L}\p{N}])/gu)) {
    const full = byLetters.get(m[0]);
    const start = m.index,
      end = start + m[0].length;
    if (!full || covered.subarray(start, end).some((x) => x) || occupied.subarray(start, end).some((x) => x)) continue;
    // In running text: a word in lower case just before or after it, on its line.
    const before = text
      .slice(Math.max(0, start - 20), start)
      .split('\n')
      .pop()!;
    const around = before + ' ' + text.slice(end, end + 20).split('\n')[0]!;
    if (!/(?:^|\s)\p{Ll}+(?:\s|$)/u.test(around.replace(/[^\p{L}\s]/gu, ' '))) continue;
    const evidence = noEvidence();
    evidence[bestType(full.evidence)] = 1;
    // (`within`: grouped with the full name though its plain initials differ, as "ODOT" from "ODT".)
    const within = initials(full.words) === m[0] ? undefined : full.surface;
    out.push({ start, end, surface: m[0], words: [m[0]], evidence, ...(within ? { within } : {}) });
  }
  return out;
}
