/**
 * An analysis in a compact form for the trip from its worker thread to the reader: every span in
 * flat Int32Arrays (transferred, not copied), the few strings in one JSON text. Posting the
 * analysis of a 5 MB document as objects cost the reader's thread 100–300 ms of structured-clone
 * reading (hundreds of thousands of small objects) in the middle of its keys; this is read back
 * in a fraction of that. `unpack(pack(a))` is `a` exactly.
 */
import type { Analysis, Entity, EntityType } from './types.js';

type Spans = readonly { readonly start: number; readonly end: number }[];

export interface PackedAnalysis {
  /** The strings: title, section titles, the entities' ids, names, types and aliases, the quotes' speakers and verbs, the numbers' units, the dates' values. */
  readonly json: string;
  /** Start and end of each section, paragraph, sentence, quote, number, date, and entity mention, in that order. */
  readonly spans: Int32Array;
  /** How many mentions each entity has. */
  readonly mentionCounts: Int32Array;
  /** Each number's value (0 where it has none) … */
  readonly values: Float64Array;
  /** … and 1 where it has one. */
  readonly hasValue: Uint8Array;
}

interface Strings {
  readonly title: string;
  readonly sectionTitles: (string | null)[];
  readonly entities: [string, string, EntityType, readonly string[]][];
  readonly quotes: [string | null, string | null, string | null][];
  readonly units: (string | null)[];
  readonly dateValues: (string | null)[];
  /** How many sections, paragraphs, sentences, quotes, numbers and dates there are. */
  readonly counts: number[];
}

/** The analysis (without its text) in compact form; `transferList` lists what postMessage may move. */
export function pack(a: Omit<Analysis, 'text'>): { packed: PackedAnalysis; transferList: ArrayBuffer[] } {
  const lists: Spans[] = [a.sections, a.paragraphs, a.sentences, a.quotes, a.numbers, a.dates];
  let total = 0;
  for (const l of lists) total += l.length;
  for (const e of a.entities) total += e.mentions.length;
  const spans = new Int32Array(2 * total);
  let at = 0;
  const put = (l: Spans) => {
    for (const s of l) {
      spans[at++] = s.start;
      spans[at++] = s.end;
    }
  };
  lists.forEach(put);
  for (const e of a.entities) put(e.mentions);
  const values = new Float64Array(a.numbers.length);
  const hasValue = new Uint8Array(a.numbers.length);
  a.numbers.forEach((n, k) => {
    if (n.value !== null) {
      values[k] = n.value;
      hasValue[k] = 1;
    }
  });
  const strings: Strings = {
    title: a.title,
    sectionTitles: a.sections.map((s) => s.title),
    entities: a.entities.map((e) => [e.id, e.name, e.type, e.aliases]),
    quotes: a.quotes.map((q) => [q.speaker, q.speakerEntity, q.verb]),
    units: a.numbers.map((n) => n.unit),
    dateValues: a.dates.map((d) => d.value),
    counts: lists.map((l) => l.length),
  };
  const mentionCounts = Int32Array.from(a.entities, (e) => e.mentions.length);
  return {
    packed: { json: JSON.stringify(strings), spans, mentionCounts, values, hasValue },
    transferList: [spans.buffer, mentionCounts.buffer, values.buffer, hasValue.buffer] as ArrayBuffer[],
  };
}

/** The analysis `pack` was given, and its text. */
export function unpack(p: PackedAnalysis, text: string): Analysis {
  const s = JSON.parse(p.json) as Strings;
  const { spans } = p;
  let at = 0;
  const take = <T>(n: number, make: (start: number, end: number, k: number) => T): T[] => {
    const out = new Array<T>(n);
    for (let k = 0; k < n; k++, at += 2) out[k] = make(spans[at]!, spans[at + 1]!, k);
    return out;
  };
  const [sections, paragraphs, sentences, quotes, numbers, dates] = s.counts as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const span = (start: number, end: number) => ({ start, end });
  // Read in the order packed: the lists, then the entities' mentions.
  const sectionList = take(sections, (start, end, k) => ({ start, end, title: s.sectionTitles[k]! }));
  const paragraphList = take(paragraphs, span);
  const sentenceList = take(sentences, span);
  const quoteList = take(quotes, (start, end, k) => {
    const [speaker, speakerEntity, verb] = s.quotes[k]!;
    return { start, end, speaker, speakerEntity, verb };
  });
  const numberList = take(numbers, (start, end, k) => ({
    start,
    end,
    value: p.hasValue[k] ? p.values[k]! : null,
    unit: s.units[k]!,
  }));
  const dateList = take(dates, (start, end, k) => ({ start, end, value: s.dateValues[k]! }));
  const entities = s.entities.map(([id, name, type, aliases], k): Entity => ({
    id,
    name,
    type,
    aliases,
    mentions: take(p.mentionCounts[k]!, span),
  }));
  // The keys in the order `analyze` gives them.
  return {
    title: s.title,
    text,
    sections: sectionList,
    paragraphs: paragraphList,
    sentences: sentenceList,
    entities,
    quotes: quoteList,
    numbers: numberList,
    dates: dateList,
  };
}

/**
 * The entities alone, packed as `pack` packs an analysis's (the same arrays, the same strings):
 * sent ahead of the rest of the analysis (in-parts.ts `onEntities`), and read back by the
 * reader's thread as cheaply as the whole analysis is.
 */
export function packEntities(entities: readonly Entity[]): { packed: PackedAnalysis; transferList: ArrayBuffer[] } {
  return pack({ title: '', sections: [], paragraphs: [], sentences: [], entities, quotes: [], numbers: [], dates: [] });
}

/** The entities `packEntities` was given. */
export function unpackEntities(p: PackedAnalysis): readonly Entity[] {
  return unpack(p, '').entities;
}
