/**
 * `npm run train`: trains the entity recogniser and writes models/ner.bin.
 * Learns from CoNLL-2003's train.txt and the training part of wikigold (its documents repeated
 * WIKIGOLD_WEIGHT times), keeps the epoch that scores best on the mean of CoNLL-2003's valid.txt
 * and wikigold's development part (see `splitWikigold`); test.txt is never looked at. Word classes
 * come from unlabelled text (src/tools/word-classes.ts). Fixed seed, fixed order: the same data
 * gives the same file, bit for bit.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll, scoreConll, splitWikigold, type ConllDocument } from '../analysis/ner/conll.js';
import { beamDecode } from '../analysis/ner/decode.js';
import { documentFacts } from '../analysis/ner/features/document-facts.js';
import { hashString } from '../analysis/ner/features/hashing.js';
import { wordCapBucket, type Gazetteer, type Resources } from '../analysis/ner/features/resources.js';
import { sentenceFeatures } from '../analysis/ner/features/sentence-features.js';
import {
  TableWeights,
  deserializeModel,
  serializeModel,
  tagDocument,
  type ModelInfo,
  type NerModel,
  type PassWeights,
} from '../analysis/ner/model.js';
import {
  buildGazetteer,
  documentInstances,
  lowerVocabulary,
  trainPerceptron,
  withTitleCaseCopies,
  type Instance,
  type Trained,
} from '../analysis/ner/train.js';
import { buildLexicon } from './lexicon.js';
import { mixModels } from './mix-ner.js';
import { buildWordClasses, unlabelledText } from './word-classes.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DATA = resolve(ROOT, '../shared/data');
export const DEFAULT_DATA = join(SHARED_DATA, 'conll2003');
export const DEFAULT_WIKIGOLD = join(SHARED_DATA, 'wikigold/wikigold.public.conll');

export const TRAINING = { epochs: 10, beam: 4, seed: 20031, folds: 5, prune: 1e-3 } as const;
/** How many times each wikigold training document is seen per epoch (CoNLL-2003's once). */
export const WIKIGOLD_WEIGHT = 3;
/** A Title Case copy of every this many training sentences (see `withTitleCaseCopies`). */
export const TITLE_CASE_EVERY = 8;

/** A word the unlabelled text writes in lower case four times in five or more inside sentences. */
function ordinaryWord(words: ReadonlyMap<number, number>, word: string): boolean {
  const v = words.get(hashString(word.toLowerCase()));
  const bucket = v === undefined ? 0 : wordCapBucket(v);
  return bucket === 1 || bucket === 2;
}

const log = (s: string) => process.stderr.write(`${s}\n`);
const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

export function readConllSet(dir: string, name: 'train' | 'valid' | 'test'): ConllDocument[] {
  return parseConll(readFileSync(join(dir, `${name}.txt`), 'utf8'));
}

function modelOf(passes: readonly PassWeights[], resources: Resources, beam: number, info: ModelInfo): NerModel {
  return { beam, passes: passes.map((p) => new TableWeights(p.keys, p.values)), resources, info };
}

/** micro F1 of a model over documents. */
export function evaluate(model: NerModel, docs: readonly ConllDocument[]) {
  const gold: Uint8Array[] = [],
    predicted: Uint8Array[] = [];
  for (const doc of docs) {
    const tags = tagDocument(
      model,
      doc.map((s) => s.words),
    );
    doc.forEach((s, i) => {
      gold.push(s.tags);
      predicted.push(tags[i]!);
    });
  }
  return scoreConll(gold, predicted);
}

/** First-pass tags of a document under one model and gazetteer. */
function firstPassTags(weights: PassWeights, resources: Resources, beam: number, doc: ConllDocument): Uint8Array[] {
  const w = new TableWeights(weights.keys, weights.values);
  const facts = documentFacts(doc.map((s) => s.words));
  return doc.map((s) => beamDecode(sentenceFeatures(s.words, resources, facts), w, beam).tags);
}

export interface TrainRun {
  readonly model: Buffer;
  readonly info: ModelInfo;
}

/** What `trainModel` is told, beyond the data. */
export interface TrainOptions {
  epochs: number;
  beam: number;
  seed: number;
  folds: number;
  prune: number;
  passes: 1 | 2;
  lexicon?: Gazetteer;
  /** Word classes from unlabelled text (see word-classes.ts). */
  words?: ReadonlyMap<number, number>;
  /** How many times each training document is seen per epoch (1 for all when omitted). */
  repeats?: readonly number[];
  /** A second development set: epochs are then chosen on the mean of both micro F1s. */
  development?: readonly ConllDocument[];
  /** What the model file says it was trained on. */
  trainedOn?: string;
  /** A Title Case copy of every this many sentences (see `withTitleCaseCopies`); 0 for none. */
  titleCaseEvery?: number;
  /** Head-run features (features/head-runs.ts). */
  headRuns?: boolean;
  /** With head runs, keys for runs with no head word too. */
  headlessRuns?: boolean;
}

/** The resources the model ships with, and each fold's, whose gazetteer leaves that fold out. */
interface TrainingResources {
  readonly vocabulary: ReadonlySet<number>;
  readonly gazetteer: Gazetteer;
  readonly extra: Pick<Resources, 'lexicon' | 'words' | 'headRuns' | 'headlessRuns'>;
  readonly full: Resources;
  readonly folds: readonly Resources[];
}

/**
 * Out of fold: each training document sees a gazetteer built from the other folds only, so the
 * model does not learn to trust matches that are perfect only on its own training text.
 */
function trainingResources(train: readonly ConllDocument[], opts: TrainOptions): TrainingResources {
  const vocabulary = lowerVocabulary(train);
  const gazetteer = buildGazetteer(train);
  const { lexicon, words } = opts;
  const extra = {
    ...(lexicon ? { lexicon } : {}),
    ...(words ? { words } : {}),
    ...(opts.headRuns ? { headRuns: true } : {}),
    ...(opts.headRuns && opts.headlessRuns ? { headlessRuns: true } : {}),
  };
  const full: Resources = { gazetteer, lowerVocabulary: vocabulary, ...extra };
  const folds: Resources[] = [];
  for (let k = 0; k < opts.folds; k++) {
    const foldGazetteer: Gazetteer = buildGazetteer(train.filter((_, d) => d % opts.folds !== k));
    folds.push({ gazetteer: foldGazetteer, lowerVocabulary: vocabulary, ...extra });
  }
  return { vocabulary, gazetteer, extra, full, folds };
}

interface Scores {
  readonly valid: number;
  readonly development: number | undefined;
  readonly mean: number;
}

/** micro F1 on valid.txt and the development set (if any) of a model made of these passes. */
function scoresOf(passes: PassWeights[], full: Resources, valid: readonly ConllDocument[], opts: TrainOptions): Scores {
  const model = modelOf(passes, full, opts.beam, {} as ModelInfo);
  const v = evaluate(model, valid).micro.f1;
  const dev = opts.development ? evaluate(model, opts.development).micro.f1 : undefined;
  return { valid: v, development: dev, mean: dev === undefined ? v : (v + dev) / 2 };
}

/** Trains one pass, logging each epoch's score under `validate` (which then chooses the epoch). */
function trainPass(
  instances: Instance[],
  name: string,
  opts: TrainOptions,
  validate?: (w: PassWeights) => number,
): Trained {
  const { epochs, beam, seed, prune } = opts;
  const t = performance.now();
  const trained = trainPerceptron(instances, {
    epochs,
    beam,
    seed,
    prune,
    onEpoch: validate
      ? (epoch, w) => {
          const f1 = validate(w);
          log(`  ${name} epoch ${epoch}: valid F1 ${(f1 * 100).toFixed(2)} (${w.keys.length} features, ${seconds(t)})`);
          return f1;
        }
      : undefined,
  });
  log(`${name}: kept epoch ${trained.epoch} (${seconds(t)})`);
  return trained;
}

/** First-pass labels for the training text, each fold tagged by a model that never saw it. */
function outOfFoldLabels(
  train: readonly ConllDocument[],
  pass1Docs: readonly Instance[][],
  resources: TrainingResources,
  opts: TrainOptions,
): Uint8Array[][] {
  const { folds, beam } = opts;
  const oof: Uint8Array[][] = new Array(train.length);
  for (let k = 0; k < folds; k++) {
    const inFold = (d: number) => d % folds === k;
    const instances = pass1Docs.filter((_, d) => !inFold(d)).flat();
    const m = trainPass(instances, `fold ${k + 1}/${folds}`, opts);
    train.forEach((doc, d) => {
      if (inFold(d)) oof[d] = firstPassTags(m.weights, resources.folds[k]!, beam, doc);
    });
  }
  return oof;
}

function modelInfo(opts: TrainOptions, chosen: number[], final: Scores): ModelInfo {
  return {
    format: 1,
    tags: ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'],
    beam: opts.beam,
    epochs: chosen,
    seed: opts.seed,
    ...(opts.headRuns ? { headRuns: true } : {}),
    ...(opts.headRuns && opts.headlessRuns ? { headlessRuns: true } : {}),
    trainedOn: opts.trainedOn ?? 'CoNLL-2003 English train.txt (epochs chosen on valid.txt)',
    valid: {
      microF1: Number(final.valid.toFixed(4)),
      ...(final.development !== undefined ? { developmentMicroF1: Number(final.development.toFixed(4)) } : {}),
    },
  };
}

export function trainModel(
  train: readonly ConllDocument[],
  valid: readonly ConllDocument[],
  opts: TrainOptions,
): TrainRun {
  const t0 = performance.now();
  train = train.map((doc) => withTitleCaseCopies(doc, opts.titleCaseEvery ?? 0));
  const resources = trainingResources(train, opts);
  const { full, folds: foldResources } = resources;
  const repeat = <X>(d: number, xs: X[]): X[] => {
    const k = opts.repeats?.[d] ?? 1;
    return k === 1 ? xs : Array.from({ length: k }, () => xs).flat();
  };
  const foldOf = (d: number) => d % opts.folds;
  const pass1Docs = train.map((doc, d) => repeat(d, documentInstances(doc, foldResources[foldOf(d)]!)));
  const pass1 = pass1Docs.flat();
  log(`features built (${pass1.length} sentences) in ${seconds(t0)}`);

  const scores = (passes: PassWeights[]) => scoresOf(passes, full, valid, opts);
  const validScore = (passes: PassWeights[]) => {
    const s = scores(passes);
    if (s.development !== undefined)
      log(`    valid F1 ${(s.valid * 100).toFixed(2)}, development F1 ${(s.development * 100).toFixed(2)}`);
    return s.mean;
  };

  const first = trainPass(pass1, 'pass 1', opts, (w) => validScore([w]));
  const passes: PassWeights[] = [first.weights];
  const chosen = [first.epoch];
  let final = scores(passes);
  if (opts.passes === 2) {
    const oof = outOfFoldLabels(train, pass1Docs, resources, opts);
    const pass2 = train.flatMap((doc, d) => repeat(d, documentInstances(doc, foldResources[foldOf(d)]!, oof[d])));
    const second = trainPass(pass2, 'pass 2', opts, (w) => validScore([first.weights, w]));
    passes.push(second.weights);
    chosen.push(second.epoch);
    final = scores(passes);
  }
  const info = modelInfo(opts, chosen, final);
  log(
    `trained in ${seconds(t0)}; valid micro F1 ${(final.valid * 100).toFixed(2)}` +
      (final.development !== undefined ? `, development ${(final.development * 100).toFixed(2)}` : ''),
  );
  return {
    model: serializeModel({
      info,
      passes,
      gazetteer: resources.gazetteer,
      lowerVocabulary: resources.vocabulary,
      ...resources.extra,
    }),
    info,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const data = resolve(value('--data') ?? DEFAULT_DATA);
  const out = resolve(value('--out') ?? join(ROOT, 'models/ner.bin'));
  if (!existsSync(join(data, 'train.txt'))) {
    process.stderr.write(
      `lede train: no CoNLL-2003 data at ${data} (expected train.txt and valid.txt; see README, "Retraining")\n`,
    );
    process.exit(1);
  }
  const epochs = Number(value('--epochs') ?? TRAINING.epochs);
  const beam = Number(value('--beam') ?? TRAINING.beam);
  const passes = (Number(value('--passes') ?? 2) === 1 ? 1 : 2) as 1 | 2;
  const seed = Number(value('--seed') ?? TRAINING.seed);
  const conllTrain = readConllSet(data, 'train');
  const valid = readConllSet(data, 'valid');
  const wikigoldFile = resolve(value('--wikigold') ?? DEFAULT_WIKIGOLD);
  const weight = Number(value('--wikigold-weight') ?? WIKIGOLD_WEIGHT);
  const wikigold =
    args.includes('--no-wikigold') || !existsSync(wikigoldFile)
      ? undefined
      : splitWikigold(parseConll(readFileSync(wikigoldFile, 'utf8')));
  if (!wikigold && !args.includes('--no-wikigold')) log(`no wikigold at ${wikigoldFile}: CoNLL-2003 only`);
  const train = [...conllTrain, ...(wikigold?.train ?? [])];
  const repeats = train.map((_, d) => (d < conllTrain.length ? 1 : weight));
  let words: Map<number, number> | undefined;
  if (!args.includes('--no-words')) {
    const t = performance.now();
    const text = await unlabelledText(resolve(value('--unlabelled') ?? SHARED_DATA));
    const labelledText = args.includes('--conll-text') ? train : (wikigold?.train ?? []);
    const sentences = [...text.sentences, ...labelledText.flatMap((doc) => doc.map((s) => s.words))];
    words = buildWordClasses(sentences);
    log(
      `word classes: ${words.size} words from ${[...text.sources, labelledText === train ? 'the training text' : wikigold ? 'wikigold training text' : ''].filter(Boolean).join(', ')} ` +
        `(${sentences.length} sentences, ${seconds(t)})`,
    );
  }
  const lexicon = args.includes('--no-lexicon')
    ? undefined
    : await buildLexicon({
        // The shipped model uses the lists up to the programming languages; `--more-lists` adds the
        // regions, languages and people's names (better on wikigold, worse on analysis tests: README).
        extra: args.includes('--base-lexicon') ? false : args.includes('--more-lists') ? true : 'first',
        people: !args.includes('--no-people-names'),
        wordnet: args.includes('--wordnet'),
        ordinary: words ? (w) => ordinaryWord(words!, w) : undefined,
      });
  if (lexicon)
    log(`lexicon: ${lexicon.entries.size} names, cities, countries, regions, companies, brands and languages`);
  const seeds = value('--seeds')?.split(',').map(Number) ?? [seed];
  const runs = seeds.map((s) =>
    trainModel(train, valid, {
      ...TRAINING,
      seed: s,
      epochs,
      beam,
      passes,
      lexicon,
      words,
      repeats,
      titleCaseEvery: Number(value('--title-case-every') ?? TITLE_CASE_EVERY),
      headRuns: args.includes('--head-runs') || args.includes('--headless-runs'),
      headlessRuns: args.includes('--headless-runs'),
      development: wikigold?.development,
      trainedOn: wikigold
        ? `CoNLL-2003 English train.txt and wikigold's training part (weight ${weight}); epochs chosen on valid.txt and wikigold's development part`
        : undefined,
    }),
  );
  const model = runs.length === 1 ? runs[0]!.model : mixModels(runs.map((r) => r.model));
  if (runs.length > 1) {
    const mixed = deserializeModel(model);
    const dev = wikigold ? `, development ${(evaluate(mixed, wikigold.development).micro.f1 * 100).toFixed(2)}` : '';
    log(
      `mean of seeds ${seeds.join(', ')}: valid micro F1 ${(evaluate(mixed, valid).micro.f1 * 100).toFixed(2)}${dev}`,
    );
  }
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.tmp`;
  writeFileSync(tmp, model);
  renameSync(tmp, out);
  log(`wrote ${out} (${(model.length / 1e6).toFixed(1)} MB)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
