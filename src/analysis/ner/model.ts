import { existsSync, readFileSync } from 'node:fs';
import { TAG_COUNT, TAGS, tagType } from './conll.js';
import { beamDecode, type Weights } from './decode.js';
import { FastTagger } from './fast-decode.js';
import { IntTable, type IntTableParts } from './int-table.js';
import { factsOf, passCountsOf } from './features/document-facts.js';
import type { Gazetteer, Resources } from './features/resources.js';
import { clearWordTableCaches, featuresOf, sentenceParts } from './features/sentence-features.js';
import { clearWordInfoCache } from './features/word-info.js';

/** One pass's averaged weights: a row of TAG_COUNT per feature key, keys sorted ascending. */
export interface PassWeights {
  readonly keys: Uint32Array;
  readonly values: Float32Array;
}

export interface NerModel {
  readonly beam: number;
  /** First pass, then (optionally) the second pass that also sees the first pass's labels. */
  readonly passes: readonly Weights[];
  readonly resources: Resources;
  readonly info: ModelInfo;
}

/** What the model file says about itself (written by `npm run train`). */
export interface ModelInfo {
  readonly format: 1;
  readonly tags: readonly string[];
  readonly beam: number;
  readonly epochs: readonly number[];
  readonly seed: number;
  readonly trainedOn: string;
  readonly valid?: Record<string, number>;
  /** Whether the model was trained with head-run features (features/head-runs.ts); older files were not. */
  readonly headRuns?: boolean;
  /** Whether head runs include runs with no head word (features/head-runs.ts). */
  readonly headlessRuns?: boolean;
}

const MAGIC = 'LEDENER1';

/** Lookup from feature key to row (see IntTable), built once when the model loads. */
export class TableWeights implements Weights {
  private readonly table: IntTable;

  /** With `table` (another thread's, shared), the lookup is that table; with `shared`, it is built in shared memory. */
  constructor(
    keys: Uint32Array,
    readonly values: Float32Array | Float64Array,
    table?: IntTableParts,
    shared = false,
  ) {
    this.table = new IntTable(table ?? keys, undefined, shared);
  }

  row(key: number): number {
    return this.table.get(key);
  }

  tableParts(): IntTableParts {
    return this.table.parts();
  }
}

/**
 * One FastTagger per set of loaded weights, kept while the model is. Only for TableWeights,
 * which nothing changes once built (weights still being trained are never cached).
 */
let taggers = new WeakMap<Weights, FastTagger | null>();

/**
 * Gives back what tagging left in this thread: each pass's FastTagger (its tables by word, up to
 * 7.4 MB a pass) and the words' features (word-info.ts, and what the word tables' caches hold of
 * them: sentence-features.ts). A thread that has tagged its last
 * document calls it before other work (analysis/in-parts.ts, once every part's names are in);
 * tagging again builds them afresh, and the tags are the same.
 */
export function releaseTaggingMemory(): void {
  taggers = new WeakMap();
  clearWordInfoCache();
  clearWordTableCaches();
}
function taggerFor(w: Weights, resources: Resources): FastTagger | undefined {
  if (!(w instanceof TableWeights)) return undefined;
  let t = taggers.get(w);
  if (t === undefined || (t && t.resources !== resources)) taggers.set(w, (t = FastTagger.for(w, resources)));
  return t ?? undefined;
}

/** Progress is told after every this many sentences (of either pass). */
const PROGRESS_EVERY = 256;

/**
 * Tags every sentence of one document (sentences of CoNLL-like word forms) with BIO tag indices.
 * `onProgress` is told now and then how many sentences have been tagged, over both passes.
 */
export function tagDocument(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  onProgress?: (done: number, total: number) => void,
): Uint8Array[] {
  const passes = model.passes.length < 2 ? 1 : 2;
  const total = sentences.length * passes;
  const tick = onProgress ? (done: number) => done % PROGRESS_EVERY === 0 && onProgress(done, total) : () => {};
  const { resources } = model;
  // What both passes read of each sentence is worked out once; each pass's weights are summed
  // with the lookups it repeats kept (see FastTagger): the tags are exactly the same.
  const parts = sentences.map((words) => sentenceParts(words, resources));
  const facts = factsOf(parts.map((p) => ({ infos: p.infos, headline: p.allCaps || p.titleCase })));
  const fast = model.passes.map((w) => taggerFor(w, resources));
  /** Tags every sentence with one pass of the model; the second pass also sees the first's types. */
  const decodePass = (k: 0 | 1, pass?: (s: number) => Parameters<typeof featuresOf>[3]) =>
    parts.map((p, s) => {
      tick(k * sentences.length + s);
      const tagger = fast[k];
      const tags = tagger?.tag(p, facts, pass?.(s), model.beam);
      if (tags) return tags;
      return beamDecode(featuresOf(p, resources, facts, pass?.(s)), model.passes[k]!, model.beam).tags;
    });
  const first = decodePass(0);
  if (passes < 2) {
    onProgress?.(total, total);
    return first;
  }
  const types = first.map(typesOf);
  const counts = passCountsOf(
    parts.map((p) => p.infos),
    types,
  );
  const second = decodePass(1, (s) => ({ counts, types: types[s]! }));
  onProgress?.(total, total);
  return second;
}

/** Each token's entity type (−1 for none) from its tag: a typed array, not an iterator's garbage. */
function typesOf(tags: Uint8Array): Int8Array {
  const out = new Int8Array(tags.length);
  for (let i = 0; i < tags.length; i++) out[i] = tagType(tags[i]!);
  return out;
}

export interface ModelParts {
  readonly info: ModelInfo;
  readonly passes: readonly PassWeights[];
  readonly gazetteer: Gazetteer;
  readonly lexicon?: Gazetteer;
  readonly lowerVocabulary: ReadonlySet<number>;
  readonly words?: ReadonlyMap<number, number>;
}

/** The model file: magic, a JSON header, then little-endian arrays (keys, weights, gazetteer, vocabulary). */
export function serializeModel(parts: ModelParts): Buffer {
  const gazKeys = Uint32Array.from([...parts.gazetteer.entries.keys()].sort((a, b) => a - b));
  const gazMasks = Uint8Array.from(gazKeys, (k) => parts.gazetteer.entries.get(k)!);
  const vocab = Uint32Array.from([...parts.lowerVocabulary].sort((a, b) => a - b));
  const lexEntries = parts.lexicon?.entries ?? new Map<number, number>();
  const lexKeys = Uint32Array.from([...lexEntries.keys()].sort((a, b) => a - b));
  // Lexicon masks take two bytes each once there are more than 8 categories (`lexiconMaskBytes`).
  const wide = [...lexEntries.values()].some((m) => m > 0xff);
  const lexMaskValues = Array.from(lexKeys, (k) => lexEntries.get(k)!);
  const lexMasks = wide ? Uint16Array.from(lexMaskValues) : Uint8Array.from(lexMaskValues);
  const wordEntries = parts.words ?? new Map<number, number>();
  const wordKeys = Uint32Array.from([...wordEntries.keys()].sort((a, b) => a - b));
  const wordValues = Uint32Array.from(wordKeys, (k) => wordEntries.get(k)!);
  const header = {
    ...parts.info,
    passes: parts.passes.map((p) => p.keys.length),
    gazetteer: gazKeys.length,
    gazetteerMaxLength: parts.gazetteer.maxLength,
    lowerVocabulary: vocab.length,
    lexicon: lexKeys.length,
    lexiconMaxLength: parts.lexicon?.maxLength ?? 0,
    ...(wide ? { lexiconMaskBytes: 2 } : {}),
    ...(wordKeys.length ? { words: wordKeys.length } : {}),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (n: number) => (4 - (n % 4)) % 4;
  const chunks: Buffer[] = [Buffer.from(MAGIC, 'latin1'), u32(json.length), json, Buffer.alloc(pad(json.length))];
  for (const p of parts.passes) chunks.push(bytes(p.keys), bytes(p.values));
  chunks.push(bytes(gazKeys), bytes(vocab), bytes(lexKeys), bytes(gazMasks), bytes(lexMasks));
  // Word keys and values come last, 4-byte aligned (older files end before them).
  const written = chunks.reduce((n, c) => n + c.length, 0);
  if (wordKeys.length) chunks.push(Buffer.alloc(pad(written)), bytes(wordKeys), bytes(wordValues));
  return Buffer.concat(chunks);
}

/**
 * The model in `buf`. Over shared memory (`shareShippedModel`) the arrays are views of it rather
 * than copies, the weights' lookup tables are built in shared memory too, or (`tables`) are
 * those another thread built.
 */
export function deserializeModel(buf: Buffer, tables?: readonly IntTableParts[]): NerModel {
  const shared = buf.buffer instanceof SharedArrayBuffer;
  if (buf.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a lede NER model');
  const jsonLength = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + jsonLength)) as ModelInfo & {
    passes: number[];
    gazetteer: number;
    gazetteerMaxLength: number;
    lowerVocabulary: number;
    lexicon?: number;
    lexiconMaxLength?: number;
    lexiconMaskBytes?: 1 | 2;
    words?: number;
  };
  let at = 12 + jsonLength + ((4 - (jsonLength % 4)) % 4);
  // Copy into aligned typed arrays (a Buffer slice may be unaligned).
  const take = <A>(Ctor: { new (n: number): A; BYTES_PER_ELEMENT: number }, n: number): A => {
    const bytesLength = n * Ctor.BYTES_PER_ELEMENT;
    if (shared && (buf.byteOffset + at) % Ctor.BYTES_PER_ELEMENT === 0) {
      // Shared memory nothing writes to: a view, not a copy.
      const View = Ctor as unknown as new (b: ArrayBufferLike, at: number, n: number) => A;
      const view = new View(buf.buffer, buf.byteOffset + at, n);
      at += bytesLength;
      return view;
    }
    const out = new Ctor(n);
    new Uint8Array((out as unknown as Uint8Array).buffer).set(buf.subarray(at, at + bytesLength));
    at += bytesLength;
    return out;
  };
  const tagCount = header.tags?.length ?? TAG_COUNT;
  const passes = header.passes.map((rows, k) => {
    const keys = take(Uint32Array, rows);
    const values = take(Float32Array, rows * tagCount);
    return new TableWeights(keys, values, tables?.[k], shared);
  });
  const gazKeys = take(Uint32Array, header.gazetteer);
  const vocab = take(Uint32Array, header.lowerVocabulary);
  const lexKeys = take(Uint32Array, header.lexicon ?? 0);
  const masks = take(Uint8Array, header.gazetteer);
  const lexMasks: ArrayLike<number> =
    header.lexiconMaskBytes === 2 ? take(Uint16Array, header.lexicon ?? 0) : take(Uint8Array, header.lexicon ?? 0);
  at += (4 - (at % 4)) % 4;
  const wordKeys = take(Uint32Array, header.words ?? 0);
  const wordValues = take(Uint32Array, header.words ?? 0);
  const words = new Map<number, number>();
  wordKeys.forEach((k, i) => words.set(k, wordValues[i]!));
  const entries = new Map<number, number>();
  gazKeys.forEach((k, i) => entries.set(k, masks[i]!));
  const lexicon = new Map<number, number>();
  lexKeys.forEach((k, i) => lexicon.set(k, lexMasks[i]!));
  const {
    passes: _p,
    gazetteer: _g,
    gazetteerMaxLength,
    lowerVocabulary: _l,
    lexicon: _x,
    lexiconMaxLength,
    lexiconMaskBytes: _m,
    words: _w,
    ...info
  } = header;
  return {
    beam: header.beam,
    passes,
    resources: {
      gazetteer: { entries, maxLength: gazetteerMaxLength },
      lowerVocabulary: new Set(vocab),
      ...(lexicon.size ? { lexicon: { entries: lexicon, maxLength: lexiconMaxLength ?? 1 } } : {}),
      ...(words.size ? { words } : {}),
      ...(info.headRuns ? { headRuns: true } : {}),
      ...(info.headRuns && info.headlessRuns ? { headlessRuns: true } : {}),
    },
    info: { ...info, tags: info.tags ?? TAGS },
  };
}

/** The model shipped with lede, loaded once on first use. */
/**
 * models/ner.bin in the package: the nearest `models/` above this module, which is three levels
 * up in dist/analysis/ner/ (tsc) and two or one in the bundle's dist/chunks/ or dist/ (esbuild).
 */
export const MODEL_URL = findUp('models/ner.bin');

function findUp(path: string): URL {
  for (let dir = new URL('./', import.meta.url), k = 0; k < 5; k++, dir = new URL('../', dir)) {
    const candidate = new URL(path, dir);
    if (existsSync(candidate)) return candidate;
  }
  return new URL(`../../../${path}`, import.meta.url);
}
let shipped: NerModel | null = null;
export function loadShippedModel(): NerModel {
  return (shipped ??= deserializeModel(readFileSync(MODEL_URL)));
}

/** The shipped model as threads share it: the file's bytes and each pass's lookup table, in shared memory. */
export interface SharedModel {
  readonly file: Uint8Array;
  readonly tables: readonly IntTableParts[];
}
let shared: SharedModel | null = null;

/**
 * The shipped model in shared memory, for other threads to use (`adoptSharedModel`) rather than
 * each read and build its own copy; from now on it is this thread's shipped model too.
 */
export function shareShippedModel(): SharedModel {
  if (shared) return shared;
  const bytes = readFileSync(MODEL_URL);
  const file = new Uint8Array(new SharedArrayBuffer(bytes.length));
  file.set(bytes);
  const model = deserializeModel(Buffer.from(file.buffer, 0, file.length));
  shipped = model;
  shared = { file, tables: model.passes.map((p) => (p as TableWeights).tableParts()) };
  return shared;
}

/** Makes another thread's shared model (`shareShippedModel`) this thread's shipped model. */
export function adoptSharedModel(model: SharedModel): void {
  const { file, tables } = model;
  shipped = deserializeModel(Buffer.from(file.buffer, file.byteOffset, file.byteLength), tables);
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

function bytes(a: Uint32Array | Float32Array | Uint16Array | Uint8Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}
