/**
 * Mixing recogniser models trained alike but with different seeds (the order the sentences are
 * seen in): each pass's weights become the mean of the models' weights, a feature missing from a
 * model counting as 0 there ("parameter mixing", McDonald, Hall and Mann, 2010). One retrain moves
 * wikigold's development part and single test sentences by about ±0.01 (README, "How entities
 * are found"); the mean of a few seeds is steadier than any one of them.
 *
 * `npm run train -- --seeds 20031,2,3` trains one model per seed and mixes them in memory;
 * `node build/tools/mix-ner.js --out FILE a.bin b.bin …` mixes model files trained with `--seed`.
 * Both go through `mixModels` over the files' bytes, so both give the same file, bit for bit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TAG_COUNT } from '../analysis/ner/conll.js';
import { deserializeModel, serializeModel, type ModelInfo, type PassWeights } from '../analysis/ner/model.js';

interface FileParts {
  readonly header: ModelInfo & { passes: number[] } & Record<string, unknown>;
  readonly passes: PassWeights[];
  /** The bytes after the weights: gazetteer, vocabulary, lexicon, word classes. */
  readonly rest: Buffer;
}

/** The header and the pass weights of a model file (see serializeModel for the layout). */
function passesOf(buf: Buffer): FileParts {
  const jsonLength = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + jsonLength)) as FileParts['header'];
  let at = 12 + jsonLength + ((4 - (jsonLength % 4)) % 4);
  const tagCount = header.tags?.length ?? TAG_COUNT;
  const passes = header.passes.map((rows) => {
    const keys = new Uint32Array(rows);
    new Uint8Array(keys.buffer).set(buf.subarray(at, at + rows * 4));
    at += rows * 4;
    const values = new Float32Array(rows * tagCount);
    new Uint8Array(values.buffer).set(buf.subarray(at, at + rows * tagCount * 4));
    at += rows * tagCount * 4;
    return { keys, values };
  });
  return { header, passes, rest: buf.subarray(at) };
}

/**
 * Mixed weights are rounded to whole multiples of this: a mean over several models is otherwise
 * no longer a set of float32 weights that sum exactly in any order (ner/exact-sums.ts), and the
 * fast tagger would decline the model. 2^-20 is far below any weight that moves a decision.
 */
const GRID = 2 ** 20;

/** The mean of several passes' weights over the union of their keys (kept sorted), on GRID. */
export function meanWeights(passes: readonly PassWeights[], tagCount: number = TAG_COUNT): PassWeights {
  const union = new Set<number>();
  for (const p of passes) for (const k of p.keys) union.add(k);
  const keys = Uint32Array.from(union).sort();
  const row = new Map<number, number>();
  keys.forEach((k, i) => row.set(k, i));
  const sums = new Float64Array(keys.length * tagCount);
  for (const p of passes)
    p.keys.forEach((k, i) => {
      const o = row.get(k)! * tagCount;
      for (let t = 0; t < tagCount; t++) sums[o + t]! += p.values[i * tagCount + t]!;
    });
  return { keys, values: Float32Array.from(sums, (s) => Math.round((s / passes.length) * GRID) / GRID) };
}

/** Model files trained on the same data and lists with different seeds, mixed into one file. */
export function mixModels(files: readonly Buffer[]): Buffer {
  if (files.length === 0) throw new Error('no models to mix');
  const parts = files.map(passesOf);
  const first = parts[0]!.header;
  // Everything but the weights must be the same in every file: the same data, lists and options.
  const same = ({ header: h, rest }: FileParts) =>
    ['headRuns', 'headlessRuns', 'beam', 'gazetteerMaxLength', 'lexiconMaxLength'].every(
      (k) => JSON.stringify(h[k]) === JSON.stringify(first[k]),
    ) &&
    h.passes.length === first.passes.length &&
    rest.equals(parts[0]!.rest);
  if (!parts.every(same)) throw new Error('models trained on different data or options');
  const tagCount = first.tags?.length ?? TAG_COUNT;
  const passes = first.passes.map((_, k) =>
    meanWeights(
      parts.map((p) => p.passes[k]!),
      tagCount,
    ),
  );
  const { resources, info } = deserializeModel(files[0]!);
  const { valid: _valid, ...rest } = info;
  const mixedInfo = {
    ...rest,
    seeds: parts.map((p) => p.header.seed),
    epochs: parts.flatMap((p) => p.header.epochs),
  } as ModelInfo;
  return serializeModel({
    info: mixedInfo,
    passes,
    gazetteer: resources.gazetteer,
    lowerVocabulary: resources.lowerVocabulary,
    ...(resources.lexicon ? { lexicon: resources.lexicon } : {}),
    ...(resources.words ? { words: resources.words } : {}),
  });
}

function main(): void {
  const args = process.argv.slice(2);
  const o = args.indexOf('--out');
  if (o < 0 || !args[o + 1]) {
    process.stderr.write('usage: node build/tools/mix-ner.js --out FILE MODEL.bin MODEL.bin …\n');
    process.exit(1);
  }
  const out = resolve(args[o + 1]!);
  const inputs = args.filter((_, i) => i !== o && i !== o + 1);
  writeFileSync(out, mixModels(inputs.map((f) => readFileSync(f))));
  process.stderr.write(`wrote ${out}, the mean of ${inputs.length} models\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
