import { noEvidence, type Candidate } from './aliases.js';
import { isCommonWord } from './lexicon/common-words.js';
import { PLACE_CANONICAL } from './lexicon/places.js';

/**
 * Acronyms written with full stops, as the New York Times, the Wall Street Journal and the New
 * Yorker write them (issue 10): "the F.B.I.", "a C.I.A. spokesman", "The N.F.L. fined the team".
 * The recogniser, trained on Reuters ("FBI", "CIA"), finds some and misses most, and a name it
 * never finds has no mention at all. Each such acronym is a candidate organisation (a place for a
 * state's or a city's letters: "N.Y.", "D.C.", "L.A."), unless a candidate already covers it, so
 * every occurrence becomes a mention and "F.B.I." groups with "FBI" and its full name.
 * Not: a person's initials ("J.K. Rowling", "George H.W. Bush"), degrees ("M.D.", "M.B.A."),
 * times and eras ("A.M.", "B.C."), "O.K.".
 */

/** Two to five capitals, each with its full stop. */
const DOTTED = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,5}(?![\p{L}\p{N}])/gu;

/** Dotted capitals that name no organisation. */
const NOT_BODIES: ReadonlySet<string> = new Set(
  'A.M. P.M. B.C. A.D. B.C.E. C.E. O.K. P.S. M.D. M.B.A. B.A. B.S. M.A. M.S. J.D. D.D.S. R.N. M.P.H. I.Q. T.V. R.I.P. R.S.V.P. E.T. P.T. C.T. M.T.'.split(
    ' ',
  ),
);

/** US states' and cities' letters, which are places: "Albany, N.Y.", "Washington, D.C.". */
const PLACE_LETTERS: ReadonlySet<string> = new Set(
  'N.Y. N.J. D.C. L.A. N.C. S.C. N.H. N.M. N.D. S.D. R.I. W.V. N.Y.C. S.F. U.A.E.'.split(' '),
);

/** A capitalised word that is not an ordinary word: a surname after a person's initials. */
const nameWord = (w: string | undefined): boolean => !!w && /^\p{Lu}\p{Ll}/u.test(w) && !isCommonWord(w);

/** The dotted acronyms of the text that no candidate covers, as candidates. */
export function dottedAcronyms(text: string, candidates: readonly Candidate[], occupied: Uint8Array): Candidate[] {
  let covered: Uint8Array | null = null;
  const out: Candidate[] = [];
  for (const m of text.matchAll(DOTTED)) {
    const surface = m[0];
    const start = m.index,
      end = start + surface.length;
    if (NOT_BODIES.has(surface)) continue;
    const before = /(\p{L}+)[\s(]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
    const after = /^[\s)]+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1];
    // "J.K. Rowling", "George H.W. Bush", "Alan John Percivale (A.J.P.) Taylor": a person's initials beside a name.
    if (nameWord(after) || nameWord(before)) continue;
    if (!covered) {
      covered = new Uint8Array(text.length);
      for (const c of candidates) covered.fill(1, c.start, c.end);
    }
    if (covered.subarray(start, end).some((x) => x) || occupied.subarray(start, end).some((x) => x)) continue;
    const evidence = noEvidence();
    evidence[PLACE_LETTERS.has(surface) || PLACE_CANONICAL.has(surface) ? 'place' : 'organization'] = 1;
    out.push({ start, end, surface, words: [surface], evidence });
  }
  return out;
}
