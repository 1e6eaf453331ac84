import type { Evidence } from './aliases.js';
import { ORG_KINDS } from './name-context.js';
import { isCommonWord } from './lexicon/common-words.js';
import { isWholeWordAt } from './occurrences.js';
import { push } from './name-short-forms.js';

/**
 * A firm that bears a person's name, written bare before that person is named in full (issue 10):
 * "Ford recalled 240,000 SUVs … Ford said … Bill Ford, the executive chairman", "Ferrero, the
 * Italian maker of Nutella, … Giovanni Ferrero", "Dyson will move its head office … Sir James
 * Dyson", "Dell Technologies … Dell said … Michael Dell". News names a person in full before it
 * calls him by his surname; a bare word before his full name, read as a firm there (by the tagger,
 * by the words around it, or a firm's name that begins with it comes first), is the firm, not him.
 */

interface Entry {
  readonly evidence: Evidence;
  readonly words: readonly string[];
  readonly firstAt: number;
}

/** "X, the Italian maker of", "X, a British company that": a kind of body in apposition. */
const KIND_AFTER = new RegExp(
  String.raw`^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:${[...ORG_KINDS, 'group', 'chain', 'brand'].join('|')})(?=[,;:)]|\s+(?:of|that|which|behind|based|whose|known|founded|best)\b)`,
  'u',
);
/** "X will move its head office", "X recalled its cars": a subject a person is not ("his", "her"). Not "X said its". */
const ITS_AFTER = /^\s+(?!(?:said|says|told|added|is|was)\b)(?:\p{Ll}+\s+){1,2}its\b/u;

const AFTER_ARTICLE = /(?:^|[^\p{L}])(?:the|a|an|The|A|An)\s$/u;

/** How many of a word's occurrences before its person's full name are read: the first few decide. */
const OCCURRENCES_READ = 8;

/**
 * Whether one of the first whole-word occurrences of `word` in [from, limit) passes `test`
 * (limit: the person's full name; a long document's text is not read to its end for each name).
 */
function someOccurrence(text: string, word: string, from: number, limit: number, test: (at: number) => boolean) {
  let read = 0;
  for (let at = text.indexOf(word, from); at >= 0 && at < limit; at = text.indexOf(word, at + 1)) {
    if (!isWholeWordAt(text, at, word.length)) continue;
    if (test(at)) return true;
    if (++read === OCCURRENCES_READ) return false;
  }
  return false;
}

/** A firm's cue after the word: "X, the Italian maker of", "X will move its …". */
function firmCueAt(text: string, word: string, at: number): boolean {
  const after = text.slice(at + word.length, at + word.length + 60);
  return KIND_AFTER.test(after) || ITS_AFTER.test(after);
}

const looksPersonal = (words: readonly string[]): boolean =>
  words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));

/**
 * The one-word surfaces that are such firms. Each one's evidence is made an organisation's (its
 * votes moved there, and a cue's weight more), so the bare surname's vote for the person its full
 * name is (entity-types.ts) does not outweigh it; aliases.ts then keeps it from that person.
 */
export function firmsBeforeFounders(
  surfaces: readonly string[],
  bySurface: ReadonlyMap<string, Entry>,
  people: (s: string) => readonly string[],
  text: string,
  cueWeight: number,
): Set<string> {
  const firms = new Set<string>();
  // The body starts after the first line, the title: a headline calls anyone by the surname.
  const body = text.indexOf('\n') + 1;
  // Organisations of more than one word, by their first word ("Dell" → "Dell Technologies").
  const bodiesByFirst = new Map<string, string[]>();
  for (const s of surfaces) {
    const e = bySurface.get(s)!;
    if (e.words.length > 1 && e.evidence.organization > Math.max(e.evidence.person, e.evidence.place))
      push(bodiesByFirst, e.words[0]!, s);
  }
  for (const s of surfaces) {
    const e = bySurface.get(s)!;
    if (e.words.length !== 1) continue;
    const full = people(s);
    if (full.length === 0 || !/^\p{Lu}\p{Ll}+$/u.test(s) || isCommonWord(s)) continue;
    const named = full.filter((m) => {
      const me = bySurface.get(m)!;
      return looksPersonal(me.words) && me.evidence.person > 0 && me.firstAt > e.firstAt;
    });
    if (named.length === 0) continue;
    // Where the person is first named in full (a full name in the title: named first).
    const limit = Math.min(...named.map((m) => bySurface.get(m)!.firstAt));
    if (limit < body) continue;
    // "Mozilla Foundation" and "Mozilla Corporation": which body the word is stays unclear.
    const firmNames = bodiesByFirst.get(s) ?? [];
    if (firmNames.length > 1) continue;
    // Written in the body before the full name, not after an article ("the Tomlinson report"
    // names a report after the man, not a firm).
    const bareAt = (at: number) => !AFTER_ARTICLE.test(text.slice(Math.max(0, at - 5), at));
    if (!someOccurrence(text, s, Math.max(body, e.firstAt), limit, bareAt)) continue;
    const readAsFirm = e.evidence.organization > e.evidence.person && e.evidence.person === 0;
    const afterFirm = firmNames.some((b) => bySurface.get(b)!.firstAt < limit);
    if (!readAsFirm && !afterFirm && !someOccurrence(text, s, e.firstAt, limit, (at) => firmCueAt(text, s, at)))
      continue;
    const ev = e.evidence;
    ev.organization += ev.person + ev.place + ev.other + cueWeight;
    ev.person = ev.place = ev.other = 0;
    firms.add(s);
  }
  return firms;
}
