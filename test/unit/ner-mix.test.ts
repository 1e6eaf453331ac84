import { describe, expect, it } from 'vitest';
import { deserializeModel, serializeModel, type ModelInfo, type PassWeights } from '../../src/analysis/ner/model.js';
import { TAG_COUNT } from '../../src/analysis/ner/conll.js';
import { meanWeights, mixModels } from '../../src/tools/mix-ner.js';

// Mixing models trained with different seeds (`npm run train -- --seeds …`): each weight is the
// mean over the models, a feature one model lacks counting as 0 there.
const row = (...v: number[]) => [...v, ...new Array<number>(TAG_COUNT - v.length).fill(0)];
const pass = (rows: Record<number, number[]>): PassWeights => {
  const keys = Uint32Array.from(Object.keys(rows).map(Number)).sort();
  return { keys, values: Float32Array.from([...keys].flatMap((k) => rows[k]!)) };
};
const info = (seed: number): ModelInfo => ({
  format: 1,
  tags: ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'],
  beam: 4,
  epochs: [seed],
  seed,
  trainedOn: 'test',
});
const file = (seed: number, p: PassWeights) =>
  serializeModel({
    info: info(seed),
    passes: [p],
    gazetteer: { entries: new Map([[7, 1]]), maxLength: 1 },
    lowerVocabulary: new Set([9]),
  });

describe('mixing models of several seeds', () => {
  it('averages each weight over the union of the features', () => {
    const m = meanWeights([pass({ 1: row(2, 4), 5: row(1) }), pass({ 1: row(0, 2), 3: row(0, 0, 6) })]);
    expect([...m.keys]).toEqual([1, 3, 5]);
    expect([...m.values.subarray(0, 3)]).toEqual([1, 3, 0]);
    expect([...m.values.subarray(TAG_COUNT, TAG_COUNT + 3)]).toEqual([0, 0, 3]);
    expect(m.values[2 * TAG_COUNT]).toBe(0.5);
  });

  it('writes one model that says which seeds it mixes, and refuses models of different data', () => {
    const mixed = deserializeModel(mixModels([file(1, pass({ 1: row(2) })), file(2, pass({ 1: row(4) }))]));
    expect(mixed.info).toMatchObject({ seeds: [1, 2], epochs: [1, 2] });
    expect(mixed.passes[0]!.row(1)).toBe(0);
    expect(mixed.resources.gazetteer.entries.get(7)).toBe(1);
    const other = serializeModel({
      info: info(3),
      passes: [pass({ 1: row(1) })],
      gazetteer: { entries: new Map([[8, 1]]), maxLength: 1 },
      lowerVocabulary: new Set([9]),
    });
    expect(() => mixModels([file(1, pass({ 1: row(2) })), other])).toThrow(/different data/);
  });
});
