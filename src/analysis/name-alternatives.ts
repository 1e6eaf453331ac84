import type { Candidate } from './aliases.js';
import { isAcronym, abbreviates } from './aliases-abbreviations.js';

/**
 * A name given together with another name for the same thing (issue 10): "New Zealand – or
 * Aotearoa as it is called by Māori", "the Central Business District or “CBD”", "Ellen Gille,
 * née Fetter", "Lagos, also known as Eko". The other name becomes a candidate with the first's
 * evidence, bound to it (`within`), so every occurrence of either is one entity's.
 */

// Characters beyond Latin-1 are written as \u escapes inside String.raw (the regular expressions
// read them alike): scripts/bundle.mjs escapes all others so that a thread's copy of the code is
// a one-byte string (4.5 MB, not 9), and cannot escape a raw template's.
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'\u2019-]*(?: \p{Lu}[\p{L}\p{M}'\u2019-]*){0,2}`;
/** "– or Aotearoa as it is called", ", or Eko, as locals know it". */
const OR_AS = new RegExp(
  String.raw`^(?: \u2013| \u2014|,)? or (${NAME}),? as (?:it|he|she|they|locals|residents|[\p{Ll}]+s) (?:is |are |was |were )?(?:called|known|know it|call it)\b`,
  'u',
);
/** "or “CBD”", "(or CBD)": a short form in quotation marks or brackets after "or". */
const OR_SHORT = /^(?: –| —|,)? \(?or [“"‘]?(\p{Lu}[\p{Lu}\p{N}.&]+)[”"’]?\)?/u;
/** ", also known as Eko", " (also known as Eko)", " (aka Eko)". */
const KNOWN_AS = new RegExp(
  String.raw`^(?:,| \(| \u2013| \u2014) ?(?:also known as|better known as|aka|a\.k\.a\.) [\u201c"]?(${NAME})`,
  'u',
);
/**
 * A nickname in quotation marks: ", known to everyone as “Bobby,”", ", nicknamed “Red”", ", who
 * was called “Doc” by his players": only in quotation marks, which say the word is a name given.
 */
const NICKNAME = new RegExp(
  String.raw`^, (?:who (?:is|was) )?(?:(?:known|called)(?: to [\p{Ll}\u2019' ]{2,30}?)? as|nicknamed|dubbed|called) [\u201c"](${NAME})[,.]?[\u201d"]`,
  'u',
);
/** ", née Fetter", " (née Fetter)": the surname a person was born with. */
const NEE = /^(?:,| \() ?(?:née|nee) (\p{Lu}[\p{L}'’-]+)/u;

/** The candidates with each other name given beside one added, bound to it. */
export function alternativeNames(text: string, candidates: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const c of candidates) {
    const after = text.slice(c.end, c.end + 90);
    let m = OR_AS.exec(after) ?? KNOWN_AS.exec(after) ?? NICKNAME.exec(after);
    let name = m?.[1];
    if (!name) {
      m = OR_SHORT.exec(after);
      name =
        m && isAcronym(m[1]!.replace(/\.$/u, '')) && abbreviates(m[1]!, c.surface)
          ? m[1]!.replace(/\.$/u, '')
          : undefined;
    }
    if (!name) {
      m = NEE.exec(after);
      // "Ellen Gille, née Fetter": the born surname is the person's as much as the married one.
      name = m && c.words.length >= 2 ? m[1] : undefined;
    }
    if (!m || !name || name === c.surface) continue;
    const start = c.end + m.index + m[0].indexOf(name);
    if (text.slice(start, start + name.length) !== name) continue;
    extra.push({
      start,
      end: start + name.length,
      surface: name,
      words: name.split(' '),
      evidence: { ...c.evidence },
      within: c.surface,
    });
  }
  if (!extra.length) return [...candidates];
  const taken = extra.map((e) => [e.start, e.end] as const);
  const kept = candidates.filter((c) => !taken.some(([s, e]) => c.start < e && s < c.end));
  return [...kept, ...extra].sort((a, b) => a.start - b.start);
}
