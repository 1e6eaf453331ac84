/**
 * Run features: every word of a run of capitalised words (joined by "of", "and", "&" …) learns what
 * the run's head word says it is: "Brazilian Cycling Confederation" and "Ontario Liberal Party"
 * end in an organisation's head, "Battle of Vilcapugio" opens with an event's. A word two or
 * more places from the head is told too, which the context window (two either side) cannot do.
 */
import { NAME_JOINERS, ORGANIZATION_HEADS, OTHER_HEADS, PLACE_HEADS } from '../../lexicon/head-words.js';
import { hashString, mixSigned } from './hashing.js';
import { T } from './templates.js';
import type { WordInfo } from './word-info.js';

/** Kind of head by word hash: 1 organisation, 2 place, 3 other. */
const HEADS = new Map<number, number>();
for (const [kind, list] of [ORGANIZATION_HEADS, PLACE_HEADS, OTHER_HEADS].entries())
  for (const w of list) HEADS.set(hashString(w), kind + 1);
const JOINERS = new Set(NAME_JOINERS.map(hashString));
const OF = hashString('of');
const FOR = hashString('for');
const AND = hashString('and');
const COMMA = hashString(',');
const ORGANIZATION = 1;
/** Runs longer than this (a Title Case headline) say nothing. */
const MAX_RUN = 8;

/** Role of a word in its run, in the key: the head at the end, another word of such a run, the same at the start. */
const LAST_HEAD = 0,
  BEFORE_HEAD = 1,
  FIRST_HEAD = 2,
  AFTER_HEAD = 3;

/**
 * Roles in a run with no head word at either end (`headless`): "Islamic State", "Pink Floyd".
 * Such a run of two to four words is most often one name; its words are told their place in it
 * and its length, so a model that learns to trust heads does not learn to cut headless runs short.
 */
const HEADLESS_FIRST = 4,
  HEADLESS_INSIDE = 5,
  HEADLESS_LAST = 6;
const MAX_HEADLESS = 4;

/**
 * Adds each word's run keys to `out` (as `gazetteerMatches` adds its keys): nothing for a word in
 * no such run. With `headless`, runs of two to four words without a head word get keys too.
 */
export function addHeadRunKeys(infos: readonly WordInfo[], out: (number[] | undefined)[], headless = false): void {
  const n = infos.length;
  const add = (i: number, role: number, kind: number) => (out[i] ??= []).push(mixSigned(T.HeadRun * 8 + role, kind));
  let i = 0;
  while (i < n) {
    if (!infos[i]!.capitalised) {
      i++;
      continue;
    }
    // The run: capitalised words, and joiners between two of them.
    let end = i + 1;
    while (end < n) {
      if (infos[end]!.capitalised) end++;
      else if (JOINERS.has(infos[end]!.hash) && end + 1 < n && infos[end + 1]!.capitalised) end += 2;
      else break;
    }
    if (HEADS.get(infos[i]!.hash) === ORGANIZATION && (infos[i + 1]?.hash === OF || infos[i + 1]?.hash === FOR))
      end = listedEnd(infos, end);
    const length = end - i;
    if (length >= 2 && length <= MAX_RUN && !headRun(infos, i, end, add) && headless && length <= MAX_HEADLESS) {
      // The run's length, and whether it opens the sentence (where its first word may be no name).
      const kind = length + (i === 0 ? 8 : 0);
      add(i, HEADLESS_FIRST, kind);
      for (let k = i + 1; k < end - 1; k++) add(k, HEADLESS_INSIDE, kind);
      add(end - 1, HEADLESS_LAST, kind);
    }
    i = end;
  }
}

/** Adds the keys of a run [i, end) that ends in a head word or opens with one; false for neither. */
function headRun(
  infos: readonly WordInfo[],
  i: number,
  end: number,
  add: (i: number, role: number, kind: number) => void,
): boolean {
  const last = HEADS.get(infos[end - 1]!.hash);
  if (last !== undefined) {
    add(end - 1, LAST_HEAD, last);
    for (let k = i; k < end - 1; k++) add(k, BEFORE_HEAD, last);
    return true;
  }
  const first = HEADS.get(infos[i]!.hash);
  if (first !== undefined && (infos[i + 1]!.hash === OF || (first === ORGANIZATION && infos[i + 1]!.hash === FOR))) {
    add(i, FIRST_HEAD, first);
    for (let k = i + 1; k < end; k++) add(k, AFTER_HEAD, first);
    return true;
  }
  return false;
}

/**
 * "Ministry of Economy, Trade and Industry", "Department for Environment, Food and Rural Affairs":
 * after "Ministry of Economy", a list of capitalised words that closes with "and …" belongs to the
 * name. Gives the end of that list, or `end` when none follows.
 */
function listedEnd(infos: readonly WordInfo[], end: number): number {
  const n = infos.length;
  let j = end;
  while (j + 1 < n && infos[j]!.hash === COMMA && infos[j + 1]!.capitalised) {
    j += 2;
    let joined = false;
    while (j < n) {
      if (infos[j]!.capitalised) j++;
      else if (infos[j]!.hash === AND && j + 1 < n && infos[j + 1]!.capitalised) {
        j += 2;
        joined = true;
      } else break;
    }
    if (joined) return j;
  }
  return end;
}
