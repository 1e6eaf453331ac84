import { noEvidence, type Candidate } from './aliases.js';
import { CUE_WEIGHT } from './entity-types.js';
import { isCommonWord } from './lexicon/common-words.js';
import { NOT_NAMES } from './lexicon/organizations.js';
import { PLACE_CANONICAL } from './lexicon/places.js';
import { TITLES } from './lexicon/titles.js';
import { ORG_KINDS } from './name-context.js';

/**
 * Organisations the recogniser missed that the words before them name as one (issue 10): "UK
 * sportswear firm Umbro has posted …", "according to data analysis firm 1010data", "the rescue
 * charity Kestrel Trust". A noun for a kind of business or body right before a capitalised name
 * is the writer saying what the name is. Each such name is a candidate organisation (and so every
 * other occurrence of it a mention), unless a candidate already covers it.
 */

const KINDS = [...ORG_KINDS].join('|');
/** The kind, then one to three capitalised words (a digit may open one: "1010data"). */
const CUED = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${KINDS}) ((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}&’'-]*)(?: (?:&|\\p{Lu}[\\p{L}\\p{N}&’'-]*)){0,3})(?![\\p{L}\\p{N}])`,
  'gu',
);
const HAS_LETTER = /\p{L}/u;
/** Words that may follow a kind without naming it: "the firm Monday said", "firm In", "company CEO". */
const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** The organisations named by the kind of body before them, that no candidate covers. */
export function cuedOrganisations(
  text: string,
  candidates: readonly Candidate[],
  occupied: Uint8Array,
  lowerWords: () => ReadonlySet<string>,
): Candidate[] {
  let covered: Uint8Array | null = null;
  const out: Candidate[] = [];
  for (const m of text.matchAll(CUED)) {
    const name = trimmed(m[1]!);
    if (!name || !HAS_LETTER.test(name)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + name.length;
    if (!covered) {
      covered = new Uint8Array(text.length);
      for (const c of candidates) covered.fill(1, c.start, c.end);
    }
    if (covered.subarray(start, end).some((x) => x) || occupied.subarray(start, end).some((x) => x)) continue;
    // A one-word name the article also writes in lower case is an ordinary word ("the firm Reform").
    if (!name.includes(' ') && lowerWords().has(name.toLowerCase())) continue;
    if (PLACE_CANONICAL.has(name)) continue;
    covered.fill(1, start, end);
    out.push({
      start,
      end,
      surface: name,
      words: name.split(' '),
      evidence: { ...noEvidence(), organization: CUE_WEIGHT },
    });
  }
  for (const m of text.matchAll(OFFICER_AFTER)) {
    const name = m[1]!;
    const end = m.index + name.length;
    if (!covered) {
      covered = new Uint8Array(text.length);
      for (const c of candidates) covered.fill(1, c.start, c.end);
    }
    if (covered.subarray(m.index, end).some((x) => x) || occupied.subarray(m.index, end).some((x) => x)) continue;
    // Not an ordinary word ("Former boss …"), nor the founder's own surname ("Dyson founder James Dyson").
    if (isCommonWord(name) || lowerWords().has(name.toLowerCase()) || m[2]!.endsWith(` ${name}`)) continue;
    covered.fill(1, m.index, end);
    out.push({
      start: m.index,
      end,
      surface: name,
      words: [name],
      evidence: { ...noEvidence(), organization: CUE_WEIGHT },
    });
  }
  return out;
}

/**
 * "Peloton boss Barry McCarthy", "Lululemon founder Chip Wilson": one capitalised word, then a
 * firm officer's role and a person's name, where the tagger read no name in the word.
 */
const OFFICER_AFTER =
  /(?<![\p{L}\p{N}’'-])(\p{Lu}[\p{L}\p{N}]+) (?:boss|founder|co-founder|chief executive|CEO|chairman|chairwoman) (\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,2})/gu;

/** The name without the words that cannot be part of it: a title, a month or day, a word never a name. */
function trimmed(run: string): string | undefined {
  const words = run.split(' ');
  let n = 0;
  while (n < words.length && !TITLES.has(words[n]!) && !NOT_NAMES.has(words[n]!) && !CALENDAR.test(words[n]!)) n++;
  while (n > 0 && words[n - 1] === '&') n--;
  if (n === 0) return undefined;
  return words
    .slice(0, n)
    .join(' ')
    .replace(/[’']s?$/u, '');
}
