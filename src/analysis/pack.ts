/**
 * An analysis in a compact form for the trip from its worker thread to the reader: every span in
 * flat Int32Arrays (transferred, not copied), the few strings in JSON texts. Posting the
 * analysis of a 5 MB document as objects cost the reader's thread 100–300 ms of structured-clone
 * reading (hundreds of thousands of small objects) in the middle of its keys; this is read back
 * in a fraction of that, and in steps of well under a millisecond with the reader's keys taken
 * in between (`unpackSteps`, `inTurns`). `unpack(pack(a))` is `a` exactly.
 */
import type { Analysis, Entity, EntityType } from './types.js';

type Spans = readonly { readonly start: number; readonly end: number }[];

export interface PackedAnalysis {
  /** The strings of the analysis as a whole: title, section titles, how many of each list there are (`Header`). */
  readonly json: string;
  /**
   * The strings of its items, CHUNK items to a JSON text, each list's in turn: the quotes' speakers
   * and verbs, the numbers' units, the dates' values, the entities' ids, names, types and aliases.
   * Read back a chunk at a time (`unpackSteps`), so no one step parses them all.
   */
  readonly chunks: readonly string[];
  /** Start and end of each section, paragraph, sentence, quote, number, date, and entity mention, in that order. */
  readonly spans: Int32Array;
  /** How many mentions each entity has. */
  readonly mentionCounts: Int32Array;
  /** Each number's value (0 where it has none) … */
  readonly values: Float64Array;
  /** … and 1 where it has one. */
  readonly hasValue: Uint8Array;
}

interface Header {
  readonly title: string;
  readonly sectionTitles: (string | null)[];
  /** How many sections, paragraphs, sentences, quotes, numbers, dates and entities there are. */
  readonly counts: number[];
}

type QuoteStrings = [string | null, string | null, string | null];
type EntityStrings = [string, string, EntityType, readonly string[]];

/** Items to a chunk of strings, and spans to a step of reading them back: a step is well under a millisecond. */
const CHUNK = 2048;
const SPAN_STEP = 8192;

/** `items` in JSON texts of CHUNK items each. */
function chunked<T>(items: readonly T[], strings: (item: T) => unknown): string[] {
  const out: string[] = [];
  for (let k = 0; k < items.length; k += CHUNK) out.push(JSON.stringify(items.slice(k, k + CHUNK).map(strings)));
  return out;
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
  const header: Header = {
    title: a.title,
    sectionTitles: a.sections.map((s) => s.title),
    counts: [...lists.map((l) => l.length), a.entities.length],
  };
  const chunks = [
    ...chunked(a.quotes, (q): QuoteStrings => [q.speaker, q.speakerEntity, q.verb]),
    ...chunked(a.numbers, (n) => n.unit),
    ...chunked(a.dates, (d) => d.value),
    ...chunked(a.entities, (e): EntityStrings => [e.id, e.name, e.type, e.aliases]),
  ];
  const mentionCounts = Int32Array.from(a.entities, (e) => e.mentions.length);
  return {
    packed: { json: JSON.stringify(header), chunks, spans, mentionCounts, values, hasValue },
    transferList: [spans.buffer, mentionCounts.buffer, values.buffer, hasValue.buffer] as ArrayBuffer[],
  };
}

/** The analysis `pack` was given, and its text. */
export function unpack(p: PackedAnalysis, text: string): Analysis {
  return finish(unpackSteps(p, text));
}

/**
 * `unpack`, a step at a time: each `next()` reads back one chunk of strings or one slice of spans
 * (a fraction of a millisecond), so the reader's thread can take a key between two steps
 * (`inTurns`) instead of waiting for a book's hundreds of thousands of objects at once.
 */
export function* unpackSteps(p: PackedAnalysis, text: string): Generator<void, Analysis> {
  const header = JSON.parse(p.json) as Header;
  const { spans } = p;
  let at = 0;
  let chunk = 0;
  /** The next `n` items, each made from its span, its index and its strings (read a chunk at a time when `strings`). */
  function* take<T, S = never>(
    n: number,
    make: (start: number, end: number, k: number, strings: S) => T,
    strings = false,
  ): Generator<void, T[]> {
    const out = new Array<T>(n);
    let these: S[] = [];
    for (let k = 0; k < n; k++, at += 2) {
      if (strings && k % CHUNK === 0) {
        if (k > 0) yield;
        these = JSON.parse(p.chunks[chunk++]!) as S[];
      } else if (!strings && k > 0 && k % SPAN_STEP === 0) yield;
      out[k] = make(spans[at]!, spans[at + 1]!, k, these[k % CHUNK]!);
    }
    return out;
  }
  const [sections, paragraphs, sentences, quotes, numbers, dates, entityCount] = header.counts as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const span = (start: number, end: number) => ({ start, end });
  // Read in the order packed: the lists, then the entities' mentions.
  const sectionList = yield* take(sections, (start, end, k) => ({ start, end, title: header.sectionTitles[k]! }));
  yield;
  const paragraphList = yield* take(paragraphs, span);
  yield;
  const sentenceList = yield* take(sentences, span);
  yield;
  const quoteList = yield* take(
    quotes,
    (start, end, _k, [speaker, speakerEntity, verb]: QuoteStrings) => ({ start, end, speaker, speakerEntity, verb }),
    true,
  );
  yield;
  const numberList = yield* take(
    numbers,
    (start, end, k, unit: string | null) => ({ start, end, value: p.hasValue[k] ? p.values[k]! : null, unit }),
    true,
  );
  yield;
  const dateList = yield* take(dates, (start, end, _k, value: string | null) => ({ start, end, value }), true);
  const entities = new Array<Entity>(entityCount);
  let these: EntityStrings[] = [];
  for (let k = 0; k < entityCount; k++) {
    if (k % CHUNK === 0) {
      yield;
      these = JSON.parse(p.chunks[chunk++]!) as EntityStrings[];
    }
    const [id, name, type, aliases] = these[k % CHUNK]!;
    const count = p.mentionCounts[k]!;
    const mentions = new Array<{ start: number; end: number }>(count);
    for (let m = 0; m < count; m++, at += 2) mentions[m] = { start: spans[at]!, end: spans[at + 1]! };
    entities[k] = { id, name, type, aliases, mentions };
  }
  // The keys in the order `analyze` gives them.
  return {
    title: header.title,
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

/** `unpackEntities`, a step at a time (as `unpackSteps`). */
export function* unpackEntitiesSteps(p: PackedAnalysis): Generator<void, readonly Entity[]> {
  return (yield* unpackSteps(p, '')).entities;
}

/** What `steps` comes to, all at once. */
function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A turn of the event loop takes this long of the steps at most (a key waits for no more). */
const TURN_MS = 2;

/**
 * What `steps` comes to, its steps run TURN_MS at a time with a turn of the event loop between
 * (setImmediate: after the poll for input, so a key that came meanwhile is read first).
 */
export function inTurns<T>(steps: Generator<void, T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const turn = () => {
      try {
        const until = performance.now() + TURN_MS;
        for (;;) {
          const step = steps.next();
          if (step.done) return resolve(step.value);
          if (performance.now() >= until) break;
        }
        setImmediate(turn);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    setImmediate(turn);
  });
}
