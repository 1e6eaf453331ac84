import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { sumsAreExact } from '../../src/analysis/ner/fast-decode.js';
import { IntTable } from '../../src/analysis/ner/int-table.js';
import {
  deserializeModel,
  loadShippedModel,
  MODEL_URL,
  releaseTaggingMemory,
  shareShippedModel,
  type TableWeights,
  tagDocument,
  type NerModel,
} from '../../src/analysis/ner/model.js';
import type { Weights } from '../../src/analysis/ner/decode.js';
import { wordInfo } from '../../src/analysis/ner/features/word-info.js';
import { tokenize } from '../../src/analysis/tokenizer/tokenize.js';
import { parsePlainText } from '../../src/load/parse-text.js';

const SEED = new URL('../../seeds/us-drone-strike-baghdad.txt', import.meta.url);

/** The same weights behind a plain object: tagDocument then decodes with beamDecode over featuresOf. */
const plain = (w: Weights): Weights => ({ row: (key) => w.row(key), values: w.values });

/** A document with what each feature of the fast path reads: headlines, capitals, repeats, one-word sentences. */
function sentences(): string[][] {
  const article = parsePlainText(readFileSync(SEED, 'utf8'), 'seed.txt');
  const extra = [
    'Netscape Founder Steps Down as Chief of the Mozilla Foundation',
    'BREAKING: PRESIDENT BIDEN MEETS NATO LEADERS IN BRUSSELS',
    'Thunderbird.',
    '“We are leaving,” said Dr. Ada Lovelace of the Royal Society in London on Tuesday.',
    'Mozilla Corporation and Mozilla Foundation both moved to Mountain View, California.',
  ].join('\n\n');
  const text = `${article.text}\n\n${extra}`;
  const doc = parsePlainText(text, 'doc.txt');
  return tokenize(doc.text, doc.blocks).map((s) => s.map((t) => t.form));
}

describe('tagging with the loaded model (fast-decode.ts)', () => {
  it('gives exactly the tags beamDecode gives over featuresOf, in both passes', () => {
    const model = loadShippedModel();
    const slow: NerModel = { ...model, passes: model.passes.map(plain) };
    const doc = sentences();
    const fast = tagDocument(model, doc);
    const reference = tagDocument(slow, doc);
    expect(fast.map((t) => Array.from(t))).toEqual(reference.map((t) => Array.from(t)));
    // Not a document of O alone: names were found.
    expect(fast.some((t) => t.some((x) => x > 0))).toBe(true);
  });

  it('is used only for weights whose float64 sums cannot depend on the order', () => {
    expect(sumsAreExact(loadShippedModel().passes[0]!.values)).toBe(true);
    expect(sumsAreExact(Float32Array.of(0.5, -1.25, 3, 0))).toBe(true);
    // 2^-40 and 2^20: a sum of the two needs more than 53 bits.
    expect(sumsAreExact(Float32Array.of(2 ** -40, 2 ** 20))).toBe(false);
    expect(sumsAreExact(Float64Array.of(0.1))).toBe(false);
    expect(sumsAreExact(Float32Array.of(Number.NaN))).toBe(false);
    expect(sumsAreExact(Float32Array.of(1e-45))).toBe(true);
    expect(sumsAreExact(Float32Array.of(1e-45, 1))).toBe(false);
    // Float32 and float64 arrays of the same values agree.
    const mixed = Float32Array.of(0.375, -(2 ** -20), 17.5, 2 ** -30, 40);
    expect(sumsAreExact(mixed)).toBe(sumsAreExact(Float64Array.from(mixed)));
    expect(sumsAreExact(Float32Array.of(2 ** -30, 40))).toBe(sumsAreExact(Float64Array.of(2 ** -30, 40)));
  });
});

describe('IntTable', () => {
  it('finds every key it holds and no other, keys above 2^31 included; a repeated key keeps its first value', () => {
    const keys = Uint32Array.from({ length: 5000 }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) >>> 0) | 1);
    const table = new IntTable([...keys, keys[7]!], [...keys.map((_, i) => i * 3), 99]);
    keys.forEach((k, i) => expect(table.get(k)).toBe(i * 3));
    expect(keys.some((k) => k > 2 ** 31)).toBe(true);
    let absent = 0;
    for (let i = 0; i < 5000; i++) if (table.get((Math.imul(i + 1, 0x85ebca6b) >>> 0) & ~1) === -1) absent++;
    expect(absent).toBe(5000);
    expect(new IntTable([], []).get(0)).toBe(-1);
    expect(new IntTable([0, 42]).get(0)).toBe(0);
    expect(new IntTable([0, 42]).get(42)).toBe(1);
  });
});

describe('the model shared between threads (model.ts, int-table.ts)', () => {
  it('gives the same tags as the model read from its file, from views of shared memory, its tables not built again', () => {
    const own = deserializeModel(readFileSync(MODEL_URL));
    const shared = shareShippedModel();
    expect(shared.file.buffer).toBeInstanceOf(SharedArrayBuffer);
    // What another thread does with it (adoptSharedModel): the same bytes, the same tables.
    const other = deserializeModel(Buffer.from(shared.file.buffer), shared.tables);
    const weights = other.passes as TableWeights[];
    expect(weights[0]!.values.buffer).toBe(shared.file.buffer);
    weights.forEach((w, k) => expect(w.tableParts().slots).toBe(shared.tables[k]!.slots));
    expect(shared.tables[0]!.slots.buffer).toBeInstanceOf(SharedArrayBuffer);
    const doc = sentences();
    const want = tagDocument(own, doc).map((t) => Array.from(t));
    expect(tagDocument(other, doc).map((t) => Array.from(t))).toEqual(want);
    expect(tagDocument(loadShippedModel(), doc).map((t) => Array.from(t))).toEqual(want);
    expect((loadShippedModel().passes[0] as TableWeights).values.buffer).toBe(shared.file.buffer);
  });

  it('a table given the parts of a shared one finds the same keys', () => {
    const keys = Uint32Array.from({ length: 3000 }, (_, i) => (Math.imul(i + 7, 0x9e3779b1) >>> 0) | 1);
    const built = new IntTable(keys, undefined, true);
    const again = new IntTable(built.parts());
    keys.forEach((k, i) => expect(again.get(k)).toBe(i));
    expect(again.get(2)).toBe(-1);
    expect(() => new IntTable({ ...built.parts(), size: 10 })).toThrow(RangeError);
  });
});

describe('what tagging keeps in a thread (word-info.ts cache, FastTagger tables)', () => {
  it('gives the same tags after releaseTaggingMemory and across a refill of the word cache', () => {
    const model = loadShippedModel();
    const slow: NerModel = { ...model, passes: model.passes.map(plain) };
    const doc = sentences();
    const reference = tagDocument(slow, doc).map((t) => Array.from(t));
    releaseTaggingMemory();
    expect(tagDocument(model, doc).map((t) => Array.from(t))).toEqual(reference);
    // More distinct words than the cache keeps (16,000): it empties and numbers words from 0
    // again while the same document is tagged, and the words after that get slots that other
    // words held before it.
    const filler = Array.from({ length: 900 }, (_, s) =>
      Array.from({ length: 20 }, (_, k) => `Zq${(s * 20 + k).toString(36)}`).concat('.'),
    );
    const long = [...doc, ...filler, ...doc];
    // (A document's own facts are features too: its tags are the reference's for the same document.)
    const tags = tagDocument(model, long).map((t) => Array.from(t));
    expect(tags).toEqual(tagDocument(slow, long).map((t) => Array.from(t)));
    expect(tags.flat().some((x) => x > 0)).toBe(true);
  }, 60_000);
});

describe('releaseTaggingMemory gives back what tagging held', () => {
  it('lets the words’ features go: none is kept by a word table’s cache', async () => {
    v8.setFlagsFromString('--expose-gc');
    const collect = vm.runInNewContext('gc') as () => void;
    const model = loadShippedModel();
    const word = 'Zqxvelt';
    tagDocument(model, [['Mr', word, 'left', 'Kabul', '.']]);
    const info = new WeakRef(wordInfo(word));
    releaseTaggingMemory();
    // A WeakRef's target is kept to the end of the job that made it.
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    expect(info.deref()).toBeUndefined();
  });
});
