/**
 * A long document's names, part by part, as the coordinating analysis thread keeps them until all
 * parts are read and the names are grouped (analysis/in-parts.ts). A part's mentions travel and
 * wait as flat records (five 32-bit numbers a mention) over tables of their surfaces and word
 * lists, not as objects: a helper's answer is copied as one typed array instead of one object per
 * mention (each made again here), and the 5 MB document's 65,000 mentions wait in ~1.3 MB instead
 * of ~5 MB of objects the garbage collector marks at every full collection of the names step.
 * They are made objects again, the same keys in the same order with the same values, just before
 * the grouping (`unpackNames`).
 */
import { type NamedMention, type NamedType, recogniseNames } from './ner/recognise.js';
import { loadShippedModel, type NerModel } from './ner/model.js';
import type { Part } from './parts.js';
import { lowerCaseWordsScanned } from './words/lower-case-words.js';

/**
 * One part's names, and the words it writes in lower case (null when they cannot be told apart
 * from the next part's: name-evidence.ts `lowerCaseWordsIn`). What tells a name that opens a
 * sentence from an ordinary word is every lower-case word of the whole document: gathered part
 * by part, alongside the recogniser, rather than by a pass over the whole text while every other
 * thread waits.
 */
export interface PartNames {
  /** Packed, in the thread that found them: a helper sends one typed array. */
  readonly names: PackedNames;
  readonly lowerWords: string[] | null;
}

/**
 * A part's names task (analysis/in-parts.ts), here rather than there so that a thread that does
 * only these (src/app/names-helper.ts) loads the recogniser without the rest of the analysis.
 */
export function namesOfPart(text: string, part: Part, model: NerModel = loadShippedModel()): PartNames {
  return {
    names: packNames(recogniseNames(text, part.blocks, model)),
    lowerWords: lowerCaseWordsScanned(text, part.start, part.end),
  };
}

/** One part's mentions, packed. */
export interface PackedNames {
  /**
   * RECORD numbers a mention, in the part's order: start, end, what it is (`kindOf`), and the
   * indexes of its surface in `surfaces` and of its words in `lists`. A mention kept as it is
   * (`odd`) has a record of zeros.
   */
  readonly records: Int32Array;
  readonly surfaces: readonly string[];
  readonly lists: readonly (readonly string[])[];
  /** Mentions with keys of another kind (or values no record holds), kept as they are, by their place in the part. */
  readonly odd: readonly (readonly [number, NamedMention])[];
}

const RECORD = 5;
const TYPES: readonly NamedType[] = ['person', 'organization', 'place', 'other'];
/** The three kinds of mention the recogniser makes, by their keys in order. */
const SHAPES = ['start,end,type,surface,words', 'start,end,type,surface,words,titleCase,initial'];
const CUED = `${SHAPES[1]},cue`;

/** A flag's value as two bits: absent or undefined 0, false 1, true 2; -1 for anything else. */
const flag = (v: unknown): number => (v === undefined ? 0 : v === false ? 1 : v === true ? 2 : -1);
const unflag = (bits: number): boolean | undefined => (bits === 0 ? undefined : bits === 2);

/**
 * What a mention is, in one number: its type (2 bits), titleCase and initial (2 bits each), its cue
 * (3 bits: none, or a type + 1) and its shape (which keys it has: 0, 1 or 2 for CUED); -1 when no
 * record can hold it.
 */
function kindOf(m: NamedMention): number {
  const keys = Object.keys(m).join(',');
  const shape = keys === SHAPES[0] ? 0 : keys === SHAPES[1] ? 1 : keys === CUED ? 2 : -1;
  const type = TYPES.indexOf(m.type);
  const titleCase = flag(m.titleCase);
  const initial = flag(m.initial);
  const cue = m.cue === undefined ? 0 : TYPES.indexOf(m.cue) + 1;
  const whole = (n: number) => Number.isInteger(n) && n >= 0 && n <= 0x7fffffff;
  if (shape < 0 || type < 0 || titleCase < 0 || initial < 0 || cue < 0 || !whole(m.start) || !whole(m.end)) return -1;
  return type | (titleCase << 2) | (initial << 4) | (cue << 6) | (shape << 9);
}

/** A part's mentions packed (in the thread that found them, before they are sent or kept). */
export function packNames(names: readonly NamedMention[]): PackedNames {
  const records = new Int32Array(names.length * RECORD);
  const surfaces: string[] = [];
  const lists: (readonly string[])[] = [];
  const surfaceAt = new Map<string, number>();
  const listAt = new Map<string, number>();
  const odd: [number, NamedMention][] = [];
  names.forEach((m, k) => {
    const kind = kindOf(m);
    if (kind < 0) return void odd.push([k, m]);
    let s = surfaceAt.get(m.surface);
    if (s === undefined) surfaceAt.set(m.surface, (s = surfaces.push(m.surface) - 1));
    const key = listKey(m.words);
    let w = listAt.get(key);
    if (w === undefined) listAt.set(key, (w = lists.push(m.words) - 1));
    records.set([m.start, m.end, kind, s, w], k * RECORD);
  });
  return { records, surfaces, lists, odd };
}

/** A list of words as one string (its length first: no separator need be absent from the words). */
const listKey = (words: readonly string[]): string => `${words.length}\n${words.join('\n')}`;

/** A part's mentions made objects again, each with the keys it had, in their order, and their values. */
export function unpackNames(packed: PackedNames): NamedMention[] {
  const { records, surfaces, lists, odd } = packed;
  const out: NamedMention[] = new Array<NamedMention>(records.length / RECORD);
  for (let k = 0, at = 0; at < records.length; k++, at += RECORD) {
    const start = records[at]!;
    const end = records[at + 1]!;
    const kind = records[at + 2]!;
    const surface = surfaces[records[at + 3]!]!;
    const words = lists[records[at + 4]!]!;
    const type = TYPES[kind & 3]!;
    const shape = kind >> 9;
    if (shape === 0) out[k] = { start, end, type, surface, words };
    else {
      const titleCase = unflag((kind >> 2) & 3);
      const initial = unflag((kind >> 4) & 3);
      if (shape === 1) out[k] = { start, end, type, surface, words, titleCase, initial };
      else {
        const cueBits = (kind >> 6) & 7;
        const cue = cueBits === 0 ? undefined : TYPES[cueBits - 1];
        out[k] = { start, end, type, surface, words, titleCase, initial, cue };
      }
    }
  }
  for (const [k, m] of odd) out[k] = m;
  return out;
}

/**
 * The document's names as they come in, part by part: each part's records made to point into one
 * table of surfaces and one of word lists for the whole document (a name a long document uses a
 * thousand times is one string and one list, however many parts and threads found it), and each
 * part's lower-case words put at once into the document's set. `finish` hands that set over
 * (undefined if a part could not tell) once every part is in, and lets go of what the gathering
 * held to find each string's place (the coordinating thread keeps reading parts' words and
 * putting the result together for seconds after its names are grouped).
 */
export function namesGathering(): {
  keep: (names: PackedNames, lowerWords: readonly string[] | null) => PackedNames;
  finish: () => Set<string> | undefined;
} {
  // The tables each kept part points into: the gathering lets go of them when finished, the parts
  // kept keep them.
  let surfaces: string[] = [];
  let lists: (readonly string[])[] = [];
  const surfaceAt = new Map<string, number>();
  const listAt = new Map<string, number>();
  let lower = new Set<string>();
  let told = true;
  const surfaceIndex = (s: string): number => {
    let i = surfaceAt.get(s);
    if (i === undefined) surfaceAt.set(s, (i = surfaces.push(s) - 1));
    return i;
  };
  const listIndex = (words: readonly string[]): number => {
    const key = listKey(words);
    let i = listAt.get(key);
    if (i === undefined) listAt.set(key, (i = lists.push(words) - 1));
    return i;
  };
  const keep = (names: PackedNames, lowerWords: readonly string[] | null): PackedNames => {
    const s = names.surfaces.map(surfaceIndex);
    const w = names.lists.map(listIndex);
    const records = names.records;
    // A mention kept as it is has a record of zeros: its indexes are not remapped (nor read).
    const odd = new Set(names.odd.map(([k]) => k));
    for (let k = 0, at = 0; at < records.length; k++, at += RECORD) {
      if (odd.has(k)) continue;
      records[at + 3] = s[records[at + 3]!]!;
      records[at + 4] = w[records[at + 4]!]!;
    }
    const kept = names.odd.map(
      ([k, m]) =>
        [
          k,
          Object.assign(m, { surface: surfaces[surfaceIndex(m.surface)]!, words: lists[listIndex(m.words)]! }),
        ] as const,
    );
    if (lowerWords === null) told = false;
    else for (const word of lowerWords) lower.add(word);
    return { records, surfaces, lists, odd: kept };
  };
  const finish = (): Set<string> | undefined => {
    const words = told ? lower : undefined;
    surfaceAt.clear();
    listAt.clear();
    surfaces = [];
    lists = [];
    lower = new Set();
    return words;
  };
  return { keep, finish };
}
