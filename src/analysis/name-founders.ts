import type { Evidence } from './aliases.js';
import { ORG_KINDS } from './name-context.js';
import { isCommonWord } from './lexicon/common-words.js';
import { wholeWordOccurrences } from './occurrences.js';

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

/** Whether some whole-word occurrence of `word` is followed by a firm's cue. */
function firmCue(text: string, word: string): boolean {
  return wholeWordOccurrences(text, word).some((at) => {
    const after = text.slice(at + word.length, at + word.length + 60);
    return KIND_AFTER.test(after) || ITS_AFTER.test(after);
  });
}

/**
 * Whether the body (the text after its first line, the title: a headline calls anyone by the
 * surname) writes the word before any of the full names, other than after an article ("the
 * Tomlinson report" names a report after the man, not a firm).
 */
function bareBeforeFullName(text: string, word: string, fullNames: readonly string[]): boolean {
  const body = text.indexOf('\n') + 1;
  const bare = wholeWordOccurrences(text, word).find(
    (at) => at >= body && !/(?:^|[^\p{L}])(?:the|a|an|The|A|An)\s$/u.test(text.slice(Math.max(0, at - 5), at)),
  );
  if (bare === undefined) return false;
  return fullNames.every((m) => (wholeWordOccurrences(text, m).find((at) => at >= body) ?? Infinity) > bare);
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
  const bodies = surfaces.filter((s) => {
    const e = bySurface.get(s)!;
    return e.words.length > 1 && e.evidence.organization > Math.max(e.evidence.person, e.evidence.place);
  });
  for (const s of surfaces) {
    const e = bySurface.get(s)!;
    if (e.words.length !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(s) || isCommonWord(s)) continue;
    const named = people(s).filter((m) => {
      const me = bySurface.get(m)!;
      return looksPersonal(me.words) && me.evidence.person > 0 && me.firstAt > e.firstAt;
    });
    if (named.length === 0 || !bareBeforeFullName(text, s, named)) continue;
    // "Mozilla Foundation" and "Mozilla Corporation": which body the word is stays unclear.
    const firmNames = bodies.filter((b) => b.startsWith(`${s} `));
    if (firmNames.length > 1) continue;
    const readAsFirm = e.evidence.organization > e.evidence.person && e.evidence.person === 0;
    const first = Math.min(...named.map((m) => bySurface.get(m)!.firstAt));
    const afterFirm = firmNames.some((b) => bySurface.get(b)!.firstAt < first);
    if (!readAsFirm && !afterFirm && !firmCue(text, s)) continue;
    const ev = e.evidence;
    ev.organization += ev.person + ev.place + ev.other + cueWeight;
    ev.person = ev.place = ev.other = 0;
    firms.add(s);
  }
  return firms;
}
