/**
 * Trains the part-of-speech tagger on CoNLL-2003's POS column (Penn Treebank tags) with the same
 * averaged perceptron as the entity recogniser, and writes models/pos.bin.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConllPos } from '../analysis/ner/conll.js';
import { beamDecode, freeTags } from '../analysis/ner/decode.js';
import { sentenceFeatures, type DocumentFacts, type Resources } from '../analysis/ner/features.js';
import { TableWeights, serializeModel } from '../analysis/ner/model.js';
import { trainPerceptron, type Instance } from '../analysis/ner/train.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = resolve(ROOT, '../shared/data/conll2003');
const NONE: Resources = { gazetteer: { entries: new Map(), maxLength: 0 }, lowerVocabulary: new Set() };
const NO_DOC: DocumentFacts = { capitalisedMidSentence: new Set(), lowerCase: new Set() };

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => Number(args[args.indexOf(name) + 1] ?? fallback) || fallback;
const beam = args.includes('--beam') ? opt('--beam', 1) : 1;
const epochs = args.includes('--epochs') ? opt('--epochs', 8) : 8;
const read = (name: string) => parseConllPos(readFileSync(join(DATA, `${name}.txt`), 'utf8')).flat();
const train = read('train'), valid = read('valid'), test = read('test');
const tagNames = [...new Set(train.flatMap((s) => s.pos))].sort();
const index = new Map(tagNames.map((t, i) => [t, i]));
const tags = freeTags(tagNames.length);
const instances = (sents: typeof train): Instance[] =>
  sents.map((s) => ({ features: sentenceFeatures(s.words, NONE, NO_DOC), gold: Uint8Array.from(s.pos, (p) => index.get(p) ?? index.get('NN')!) }));
const accuracy = (w: TableWeights, data: Instance[]) => {
  let right = 0, all = 0;
  const t0 = performance.now();
  for (const x of data) {
    const { tags: got } = beamDecode(x.features, w, beam, undefined, tags);
    got.forEach((t, i) => { right += t === x.gold[i] ? 1 : 0; all++; });
  }
  return { accuracy: right / all, tokensPerSecond: Math.round(all / ((performance.now() - t0) / 1000)) };
};
const trainX = instances(train), validX = instances(valid), testX = instances(test);
const t0 = performance.now();
const trained = trainPerceptron(trainX, {
  epochs, beam, seed: 20032, prune: Number(process.env.PRUNE ?? 1e-3), tags,
  onEpoch: (epoch, w) => {
    const r = accuracy(new TableWeights(w.keys, w.values), validX);
    process.stderr.write(`epoch ${epoch}: valid accuracy ${(r.accuracy * 100).toFixed(2)} (${w.keys.length} features)\n`);
    return r.accuracy;
  },
});
const w = new TableWeights(trained.weights.keys, trained.weights.values);
const testResult = accuracy(w, testX);
process.stderr.write(`kept epoch ${trained.epoch}; test accuracy ${(testResult.accuracy * 100).toFixed(2)}, ${testResult.tokensPerSecond} tokens/s; ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
const out = resolve(args.includes('--out') ? args[args.indexOf('--out') + 1]! : join(ROOT, 'models/pos.bin'));
const bytes = serializeModel({
  info: { format: 1, tags: tagNames, beam, epochs: [trained.epoch], seed: 20032, trainedOn: 'CoNLL-2003 English train.txt, POS column (epoch chosen on valid.txt)' },
  passes: [trained.weights],
  gazetteer: { entries: new Map(), maxLength: 0 },
  lowerVocabulary: new Set(),
});
writeFileSync(`${out}.tmp`, bytes);
renameSync(`${out}.tmp`, out);
process.stderr.write(`wrote ${out} (${(bytes.length / 1e6).toFixed(1)} MB)\n`);
