import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TAGS, bioSpans, parseConll, scoreConll, type ConllDocument } from '../../src/analysis/ner/conll.js';
import { beamDecode, type Weights } from '../../src/analysis/ner/decode.js';
import { documentFacts } from '../../src/analysis/ner/features/document-facts.js';
import type { Resources } from '../../src/analysis/ner/features/resources.js';
import { sentenceFeatures } from '../../src/analysis/ner/features/sentence-features.js';
import {
  MODEL_URL,
  TableWeights,
  deserializeModel,
  loadShippedModel,
  serializeModel,
  tagDocument,
  type ModelInfo,
  type NerModel,
  type PassWeights,
} from '../../src/analysis/ner/model.js';
import { recogniseNames, type NamedMention } from '../../src/analysis/ner/recognise.js';
import {
  PerceptronWeights,
  buildGazetteer,
  documentInstances,
  lowerVocabulary,
  trainPerceptron,
} from '../../src/analysis/ner/train.js';
import { evaluate, readConllSet, trainModel } from '../../src/tools/train-ner.js';

/** A small invented corpus in CoNLL-2003 format (no Reuters text): 4 documents, 64 sentences. */
const FIXTURE = new URL('../fixtures/ner-train.conll', import.meta.url);
const fixtureDocs = (): ConllDocument[] => parseConll(readFileSync(FIXTURE, 'utf8'));

/** Tag index of a tag name ("B-PER"), and tag names of a sequence, for readable expectations. */
const tag = (name: string): number => {
  const i = (TAGS as readonly string[]).indexOf(name);
  if (i < 0) throw new Error(`no tag ${name}`);
  return i;
};
const tags = (...names: string[]): Uint8Array => Uint8Array.from(names, tag);
const names = (seq: ArrayLike<number>): string[] => Array.from(seq, (t) => TAGS[t]!);

const emptyResources = (docs: readonly ConllDocument[]): Resources => ({
  gazetteer: { entries: new Map(), maxLength: 8 },
  lowerVocabulary: lowerVocabulary(docs),
});

/** Decodes every sentence of the documents with one pass's weights and scores it against gold. */
function decodeAll(docs: readonly ConllDocument[], resources: Resources, weights: Weights, beam: number) {
  const gold: Uint8Array[] = [];
  const predicted: Uint8Array[] = [];
  for (const doc of docs) {
    for (const x of documentInstances(doc, resources)) {
      gold.push(x.gold);
      predicted.push(beamDecode(x.features, weights, beam).tags);
    }
  }
  return { gold, predicted, score: scoreConll(gold, predicted) };
}

/** Share of gold tokens tagged O: what always answering O scores as token accuracy. */
function majorityBaseline(docs: readonly ConllDocument[]): number {
  let o = 0;
  let total = 0;
  for (const doc of docs)
    for (const s of doc) {
      for (const t of s.tags) if (t === 0) o++;
      total += s.tags.length;
    }
  return o / total;
}

describe('CoNLL files and scoring (conll.ts)', () => {
  it('reads IOB1 into BIO: B- only between adjacent same-type entities, every entity starts with B-', () => {
    const content = [
      '-DOCSTART- -X- -X- O',
      '',
      'The DT I-NP O',
      'German JJ I-NP I-MISC',
      'Grand NNP I-NP B-MISC',
      'Prix NNP I-NP I-MISC',
      'was VBD I-VP O',
      'won VBN I-VP O',
      'by IN I-PP O',
      'Spanish JJ I-NP I-MISC',
      'driver NN I-NP O',
      'Maria NNP I-NP I-PER',
      'Lopez NNP I-NP I-PER',
      '. . O O',
      '',
      'Nordic NNP I-NP I-ORG',
      'Rail NNP I-NP I-ORG',
      'Oslo NNP I-NP I-LOC',
      '',
      '',
      '-DOCSTART- -X- -X- O',
      '',
      'BERGEN NNP I-NP I-LOC',
      '1996-03-04 CD I-NP O',
      '',
    ].join('\n');
    const docs = parseConll(content);
    expect(docs).toHaveLength(2);
    expect(docs[0]).toHaveLength(2);
    expect(docs[1]).toHaveLength(1);
    const [first, second] = docs[0]!;
    expect(first!.words).toEqual([
      'The',
      'German',
      'Grand',
      'Prix',
      'was',
      'won',
      'by',
      'Spanish',
      'driver',
      'Maria',
      'Lopez',
      '.',
    ]);
    expect(names(first!.tags)).toEqual([
      'O',
      'B-MISC',
      'B-MISC',
      'I-MISC',
      'O',
      'O',
      'O',
      'B-MISC',
      'O',
      'B-PER',
      'I-PER',
      'O',
    ]);
    // A change of type starts a new entity without any B- in the file.
    expect(names(second!.tags)).toEqual(['B-ORG', 'I-ORG', 'B-LOC']);
    expect(docs[1]![0]!.words).toEqual(['BERGEN', '1996-03-04']);
    expect(names(docs[1]![0]!.tags)).toEqual(['B-LOC', 'O']);
    // The two adjacent MISC entities stay two entities.
    expect(bioSpans(first!.tags).map((s) => first!.words.slice(s.start, s.end).join(' '))).toEqual([
      'German',
      'Grand Prix',
      'Spanish',
      'Maria Lopez',
    ]);
  });

  it('rejects a tag outside the four CoNLL types', () => {
    expect(() => parseConll('Lisbon NNP I-NP I-GPE\n')).toThrow(/I-GPE/);
  });

  it('reads the fixture: four documents, every type present, O the majority', () => {
    const docs = fixtureDocs();
    expect(docs).toHaveLength(4);
    const sentences = docs.flat();
    expect(sentences.length).toBeGreaterThanOrEqual(60);
    const types = new Set(sentences.flatMap((s) => bioSpans(s.tags).map((x) => x.type)));
    expect([...types].sort()).toEqual([0, 1, 2, 3]);
    expect(majorityBaseline(docs)).toBeGreaterThan(0.5);
    expect(majorityBaseline(docs)).toBeLessThan(0.9);
  });

  it('bioSpans: a stray I-X starts an entity, a change of type ends one, the last one closes at the end', () => {
    const seq = tags('I-PER', 'I-PER', 'O', 'B-LOC', 'I-ORG', 'I-ORG', 'B-LOC', 'B-LOC', 'I-LOC', 'O', 'I-MISC');
    expect(bioSpans(seq)).toEqual([
      { start: 0, end: 2, type: 0 },
      { start: 3, end: 4, type: 2 },
      { start: 4, end: 6, type: 1 },
      { start: 6, end: 7, type: 2 },
      { start: 7, end: 9, type: 2 },
      { start: 10, end: 11, type: 3 },
    ]);
    expect(bioSpans(tags('O', 'O'))).toEqual([]);
    expect(bioSpans(new Uint8Array(0))).toEqual([]);
  });

  it('scoreConll: exact span and type, a partial span counts as both a false positive and a false negative', () => {
    const gold = [
      tags('B-PER', 'I-PER', 'O', 'B-LOC', 'O'), // Maria Lopez visited Lisbon .
      tags('O', 'B-ORG', 'I-ORG', 'O', 'O'), // The Green Party said Monday
      tags('B-LOC', 'O', 'B-PER'), // Lisbon welcomed Lopez
    ];
    const predicted = [
      tags('B-PER', 'O', 'O', 'B-LOC', 'O'), // "Maria" only: fp PER + fn PER; Lisbon: tp LOC
      tags('O', 'B-ORG', 'I-ORG', 'O', 'B-MISC'), // tp ORG, fp MISC
      tags('B-ORG', 'O', 'B-PER'), // right span, wrong type: fp ORG + fn LOC; tp PER
    ];
    const s = scoreConll(gold, predicted);
    expect(s.micro).toMatchObject({ tp: 3, fp: 3, fn: 2 });
    expect(s.micro.precision).toBeCloseTo(3 / 6, 12);
    expect(s.micro.recall).toBeCloseTo(3 / 5, 12);
    expect(s.micro.f1).toBeCloseTo((2 * 0.5 * 0.6) / 1.1, 12);
    expect(s.microPerOrgLoc).toMatchObject({ tp: 3, fp: 2, fn: 2 });
    expect(s.microPerOrgLoc.f1).toBeCloseTo(0.6, 12);
    expect(s.perType.PER).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(s.perType.LOC).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(s.perType.LOC.f1).toBeCloseTo(2 / 3, 12);
    expect(s.perType.ORG).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(s.perType.ORG.f1).toBeCloseTo(2 / 3, 12);
    expect(s.perType.MISC).toEqual({ tp: 0, fp: 1, fn: 0, precision: 0, recall: 0, f1: 0 });
    expect(s.tokenAccuracy).toBeCloseTo(10 / 13, 12);
  });

  it('scoreConll: a perfect prediction scores 1, an empty one 0', () => {
    const gold = [tags('B-PER', 'I-PER', 'O', 'B-LOC')];
    expect(scoreConll(gold, gold).micro).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(scoreConll(gold, [tags('O', 'O', 'O', 'O')]).micro).toEqual({
      tp: 0,
      fp: 0,
      fn: 2,
      precision: 0,
      recall: 0,
      f1: 0,
    });
  });
});

describe('training on a small corpus', () => {
  it('learns its training data well above the always-O baseline; untrained weights do not', () => {
    const docs = fixtureDocs();
    const resources = emptyResources(docs);
    const baseline = majorityBaseline(docs);

    const untrained = decodeAll(docs, resources, new PerceptronWeights(), 4);
    expect(untrained.score.tokenAccuracy).toBeLessThanOrEqual(baseline + 1e-12);
    expect(untrained.score.micro.tp).toBe(0);

    const t0 = performance.now();
    const instances = docs.flatMap((doc) => documentInstances(doc, resources));
    const trained = trainPerceptron(instances, { epochs: 5, beam: 4, seed: 1 });
    const elapsed = performance.now() - t0;
    expect(trained.epoch).toBe(5);
    expect(trained.weights.keys.length).toBeGreaterThan(0);
    expect(trained.weights.values.length).toBe(trained.weights.keys.length * TAGS.length);
    // Keys come out sorted ascending (the model format relies on it).
    expect(trained.weights.keys.every((k, i, a) => i === 0 || a[i - 1]! < k)).toBe(true);

    const { score } = decodeAll(docs, resources, new TableWeights(trained.weights.keys, trained.weights.values), 4);
    expect(score.tokenAccuracy).toBeGreaterThanOrEqual(baseline + (1 - baseline) / 2);
    expect(score.micro.f1).toBeGreaterThanOrEqual(0.8);
    expect(elapsed).toBeLessThan(5000);
  });

  it('is deterministic: the same seed gives the same weights, bit for bit', () => {
    const docs = fixtureDocs();
    const resources = emptyResources(docs);
    const instances = docs.flatMap((doc) => documentInstances(doc, resources));
    const a = trainPerceptron(instances, { epochs: 3, beam: 4, seed: 1 }).weights;
    const b = trainPerceptron(instances, { epochs: 3, beam: 4, seed: 1 }).weights;
    expect(Buffer.from(a.keys.buffer).equals(Buffer.from(b.keys.buffer))).toBe(true);
    expect(Buffer.from(a.values.buffer).equals(Buffer.from(b.values.buffer))).toBe(true);
  });
});

describe('trainModel (npm run train) on the fixture', () => {
  // trainModel reports progress on stderr; keep the test output quiet.
  beforeEach(() => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const opts = { epochs: 2, beam: 4, folds: 2, prune: 0, passes: 2 } as const;
  const split = () => {
    const docs = fixtureDocs();
    return { train: docs.slice(0, 3), valid: docs.slice(3) };
  };
  /** The pass weights of a model file, as bytes (the header, which records the seed, left out). */
  const weightBytes = (file: Buffer): Buffer[] =>
    deserializeModel(file).passes.map((p) => Buffer.from((p as TableWeights).values.buffer as ArrayBuffer));

  it('writes the same file, byte for byte, for the same seed; another seed trains other weights', () => {
    const { train, valid } = split();
    const a = trainModel(train, valid, { ...opts, seed: 7 });
    const b = trainModel(train, valid, { ...opts, seed: 7 });
    expect(a.model.equals(b.model)).toBe(true);
    expect(a.info).toEqual(b.info);
    expect(a.info).toMatchObject({ format: 1, beam: 4, seed: 7, tags: [...TAGS] });
    expect(a.info.epochs).toHaveLength(2);

    const model = deserializeModel(a.model);
    expect(model.passes).toHaveLength(2);
    expect(model.info).toEqual(a.info);

    const c = trainModel(train, valid, { ...opts, seed: 8 });
    expect(c.model.equals(a.model)).toBe(false);
    expect(weightBytes(c.model)).not.toEqual(weightBytes(a.model));
  });

  it('trains a one-pass model too', () => {
    const { train, valid } = split();
    const run = trainModel(train, valid, { ...opts, passes: 1, seed: 7 });
    const model = deserializeModel(run.model);
    expect(model.passes).toHaveLength(1);
    expect(run.info.epochs).toHaveLength(1);
    expect(evaluate(model, train).micro.f1).toBeGreaterThan(0.5);
  });
});

describe('model file round trip', () => {
  it('serializeModel → deserializeModel tags exactly like the model in memory (two passes, gazetteer)', () => {
    const docs = fixtureDocs();
    const beam = 4;
    const resources: Resources = { gazetteer: buildGazetteer(docs), lowerVocabulary: lowerVocabulary(docs) };
    expect(resources.gazetteer.entries.size).toBeGreaterThan(0);

    const pass1 = trainPerceptron(
      docs.flatMap((doc) => documentInstances(doc, resources)),
      { epochs: 2, beam, seed: 3 },
    ).weights;
    const firstPass = (doc: ConllDocument) => {
      const w = new TableWeights(pass1.keys, pass1.values);
      const facts = documentFacts(doc.map((s) => s.words));
      return doc.map((s) => beamDecode(sentenceFeatures(s.words, resources, facts), w, beam).tags);
    };
    const pass2 = trainPerceptron(
      docs.flatMap((doc) => documentInstances(doc, resources, firstPass(doc))),
      { epochs: 2, beam, seed: 3 },
    ).weights;
    const passes: PassWeights[] = [pass1, pass2];

    const info: ModelInfo = {
      format: 1,
      tags: [...TAGS],
      beam,
      epochs: [2, 2],
      seed: 3,
      trainedOn: 'test fixture',
      valid: { microF1: 0.5 },
    };
    const inMemory: NerModel = { beam, passes: passes.map((p) => new TableWeights(p.keys, p.values)), resources, info };

    const file = serializeModel({
      info,
      passes,
      gazetteer: resources.gazetteer,
      lowerVocabulary: resources.lowerVocabulary,
    });
    expect(file.toString('latin1', 0, 8)).toBe('LEDENER1');
    const loaded = deserializeModel(file);

    expect(loaded.beam).toBe(beam);
    expect(loaded.info).toEqual(info);
    expect(loaded.passes).toHaveLength(2);
    expect(new Map(loaded.resources.gazetteer.entries)).toEqual(new Map(resources.gazetteer.entries));
    expect(loaded.resources.gazetteer.maxLength).toBe(resources.gazetteer.maxLength);
    expect(new Set(loaded.resources.lowerVocabulary)).toEqual(new Set(resources.lowerVocabulary));
    passes.forEach((p, i) =>
      expect(Array.from((loaded.passes[i] as TableWeights).values)).toEqual(Array.from(p.values)),
    );

    let entities = 0;
    for (const doc of docs) {
      const sentences = doc.map((s) => s.words);
      const expected = tagDocument(inMemory, sentences).map(names);
      expect(tagDocument(loaded, sentences).map(names)).toEqual(expected);
      entities += expected.flat().filter((t) => t !== 'O').length;
    }
    expect(entities).toBeGreaterThan(0);
    // Serialising is a pure function of its parts.
    expect(
      serializeModel({
        info,
        passes,
        gazetteer: resources.gazetteer,
        lowerVocabulary: resources.lowerVocabulary,
      }).equals(file),
    ).toBe(true);
  });

  it('refuses a file that is not a model', () => {
    expect(() => deserializeModel(Buffer.from('NOTAMODELxxxxxxxxxxxx'))).toThrow(/not a lede NER model/);
  });
});

describe('the shipped model (models/ner.bin)', () => {
  it('is at most 20 MB and loads, once', () => {
    expect(statSync(MODEL_URL).size).toBeLessThanOrEqual(20 * 1024 * 1024);
    const model = deserializeModel(readFileSync(MODEL_URL));
    expect(model.passes.length).toBeGreaterThanOrEqual(1);
    expect(model.info.format).toBe(1);
    expect(model.info.tags).toEqual([...TAGS]);
    expect(loadShippedModel()).toBe(loadShippedModel());
  });

  /** The article is one paragraph. */
  const recognise = (text: string): NamedMention[] => {
    const found = recogniseNames(text, [{ start: 0, end: text.length }]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
    return found;
  };
  const brief = (found: readonly NamedMention[]) =>
    found.map((m) => ({ type: m.type, surface: m.surface, start: m.start, end: m.end }));

  it('finds the people and the place of a plain sentence, with their characters', () => {
    const text = 'Angela Merkel met Emmanuel Macron in Paris on Tuesday.';
    expect(brief(recognise(text))).toEqual([
      { type: 'person', surface: 'Angela Merkel', start: 0, end: 13 },
      { type: 'person', surface: 'Emmanuel Macron', start: 18, end: 33 },
      { type: 'place', surface: 'Paris', start: 37, end: 42 },
    ]);
  });

  it('leaves the possessive outside the name', () => {
    for (const text of [
      'Germany’s economy shrank in the third quarter.',
      "Germany's economy shrank in the third quarter.",
    ]) {
      expect(brief(recognise(text))).toEqual([{ type: 'place', surface: 'Germany', start: 0, end: 7 }]);
    }
  });

  it('splits the country out of a hyphenated word', () => {
    const text = 'Fighters from the Iran-backed militia attacked a base.';
    const start = text.indexOf('Iran');
    expect(brief(recognise(text))).toEqual([{ type: 'place', surface: 'Iran', start, end: start + 4 }]);
  });

  it('keeps a name and its bracketed short form apart', () => {
    const text = 'A spokesman for US Central Command (Centcom) said the strike was lawful.';
    const long = text.indexOf('US Central Command');
    const short = text.indexOf('Centcom');
    expect(brief(recognise(text))).toEqual([
      { type: 'organization', surface: 'US Central Command', start: long, end: long + 18 },
      { type: 'organization', surface: 'Centcom', start: short, end: short + 7 },
    ]);
  });

  it('tells a company, a group, a person and places apart', () => {
    const text =
      'Microsoft said on Monday it would cut jobs in Seattle. The United Nations said Kofi Annan would visit Baghdad.';
    expect(recognise(text).map((m) => [m.type, m.surface])).toEqual([
      ['organization', 'Microsoft'],
      ['place', 'Seattle'],
      ['organization', 'United Nations'],
      ['person', 'Kofi Annan'],
      ['place', 'Baghdad'],
    ]);
  });
});

const CONLL_TEST = new URL('../../../shared/data/conll2003/test.txt', import.meta.url);
const conllPresent = existsSync(CONLL_TEST);
if (!conllPresent) console.warn(`skipping CoNLL-2003 evaluation: ${fileURLToPath(CONLL_TEST)} not found`);

describe('CoNLL-2003 test set', () => {
  it.skipIf(!conllPresent)(
    'the shipped model scores micro F1 ≥ 0.86 over PER, ORG, LOC and MISC on test.txt',
    () => {
      const docs = readConllSet(fileURLToPath(new URL('.', CONLL_TEST)), 'test');
      expect(docs.length).toBeGreaterThan(200);
      const score = evaluate(loadShippedModel(), docs);
      expect(score.micro.tp + score.micro.fn).toBeGreaterThan(5000);
      expect(score.micro.f1).toBeGreaterThanOrEqual(0.86);
    },
    60_000,
  );
});
