#!/usr/bin/env node
// Scores the built analyser: the entity recogniser on the CoNLL-2003 test set and on wikigold's
// development part (exact spans, as conlleval scores them), the whole analysis on the seed article
// and on the development gold pages against their hand-made annotations, and speed.
// It also runs the whole analysis on wikigold's development part and on CoNLL-2003's valid.txt
// articles (scripts/wikigold-pipeline.mjs).
// Usage: node scripts/eval.mjs [--json] [--gold-dir DIR]   (after `npm run build`; writes nothing)
//        node scripts/eval.mjs [--json] --conll-file PATH  scores the recogniser (and, as `pipeline`,
//        the whole analysis) on any CoNLL-format file (token … tag per line, IOB1 or BIO, -DOCSTART-
//        lines between documents) and nothing else.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFiles } from './corpus.mjs';
import { scoreAnalysis, summaryLine } from './score-lib.mjs';
import { CONLL_VALID, conllPipeline, printPipeline, wikigoldPipeline } from './wikigold-pipeline.mjs';
import { finish, scorePipeline } from './pipeline-score.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = join(ROOT, 'seeds/us-drone-strike-baghdad.txt');
const GOLD = join(ROOT, 'test/fixtures/seed.gold.json');
const CORPUS = join(ROOT, '../shared/data/bbc-news');
const CONLL = join(ROOT, '../shared/data/conll2003');
const WIKIGOLD = join(ROOT, '../shared/data/wikigold/wikigold.public.conll');
const PAGES = join(ROOT, '../shared/data/readability-pages');
/** Articles sampled from the corpus for the speed figure: enough to be stable, quick to run. */
const SAMPLE_SIZE = 200;
/** Runs of the seed to time; the first is reported on its own (it pays for the JIT), the rest as a median. */
const SEED_RUNS = 21;

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) fail(`${name} needs a value`);
  return v;
};
const conllFile = option('--conll-file');
const goldDir = resolve(option('--gold-dir') ?? join(ROOT, 'test/fixtures/gold'));

/** Micro precision, recall and F1 over every type of a per-type score. */
function allTypes(perType) {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const t of Object.values(perType)) for (const k of ['tp', 'fp', 'fn']) c[k] += t[k];
  return finish(c);
}

function fail(message) {
  console.error(`eval: ${message}`);
  process.exit(1);
}
const built = join(ROOT, 'dist/analysis/analyze.js');
if (!existsSync(built)) {
  console.error('dist/analysis/analyze.js is missing: run `npm run build` first');
  process.exit(1);
}
const { parseConll, scoreConll, splitWikigold } = await import(join(ROOT, 'dist/analysis/ner/conll.js'));
const { deserializeModel, tagDocument, MODEL_URL } = await import(join(ROOT, 'dist/analysis/ner/model.js'));

if (conllFile !== undefined) {
  // Only the recogniser on the given file: how held-back sets are measured.
  let docs;
  try {
    docs = parseConll(readFileSync(conllFile, 'utf8'));
  } catch (e) {
    fail(`${conllFile}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!docs.length) fail(`${conllFile}: no sentences in CoNLL format`);
  const r = scoreDocuments(deserializeModel(readFileSync(MODEL_URL)), docs);
  // Beside it, what a reader sees: the whole analysis on the same documents (wikigold's way: text
  // rebuilt from the tokens, no title), its micro over all four types as well as PER/ORG/LOC.
  const whole = await scorePipeline(docs, { root: ROOT, source: 'conll-file' });
  const pipeline = { micro: allTypes(whole.perType), microPerOrgLoc: whole.micro, perType: whole.perType };
  const out = {
    conllFile: {
      file: conllFile,
      micro: r.micro,
      perType: r.perType,
      tokens: r.tokens,
      documents: docs.length,
      pipeline,
    },
  };
  if (asJson) console.log(JSON.stringify(out, null, 2));
  else {
    console.log(
      `${conllFile} (${docs.length} documents, ${r.sentences} sentences, ${r.tokens} tokens): exact spans, as conlleval\n`,
    );
    printConll(r);
    const f = (s) => `P ${s.precision.toFixed(4)}  R ${s.recall.toFixed(4)}  F1 ${s.f1.toFixed(4)}`;
    console.log(`\nthe whole analysis (as lede --json), micro all types ${f(pipeline.micro)}`);
    console.log(`  PER/ORG/LOC ${f(pipeline.microPerOrgLoc)}`);
  }
  process.exit(0);
}
const { analyze } = await import(join(ROOT, 'dist/analysis/analyze.js'));
const { parsePlainText } = await import(join(ROOT, 'dist/load/parse-text.js'));

const article = parsePlainText(readFileSync(SEED, 'utf8'), SEED);
const gold = JSON.parse(readFileSync(GOLD, 'utf8'));
// Modules and the model are loaded first: the figures are the analysis itself.
const { loadShippedModel } = await import(join(ROOT, 'dist/analysis/ner/model.js'));
loadShippedModel();
const seedTimes = [];
let analysis;
for (let k = 0; k < SEED_RUNS; k++) {
  const t0 = performance.now();
  analysis = analyze(article);
  seedTimes.push(performance.now() - t0);
}
const firstMs = seedTimes[0];
const seedMs = [...seedTimes.slice(1)].sort((a, b) => a - b)[(SEED_RUNS - 1) >> 1];
const score = scoreAnalysis(gold, analysis);

const conll = await conllScores();
const wikigold = wikigoldScores();
const pipeline = await wikigoldPipeline({ root: ROOT, file: WIKIGOLD });
const news = await conllPipeline({ root: ROOT, file: CONLL_VALID });
const goldPages = await goldScores();
const corpus = corpusSpeed();
const result = {
  conll: conll.available
    ? { micro: conll.micro, microPerOrgLoc: conll.microPerOrgLoc, perType: conll.perType }
    : { available: false, reason: conll.reason },
  wikigold,
  wikigoldPipeline: pipeline.available
    ? { micro: pipeline.micro, perType: pipeline.perType, halves: pipeline.halves }
    : { available: false, reason: pipeline.reason },
  conllPipeline: news.available
    ? { micro: news.micro, perType: news.perType, halves: news.halves, documents: news.documents, tables: news.tables }
    : { available: false, reason: news.reason },
  gold: goldPages,
  seed: {
    file: 'seeds/us-drone-strike-baghdad.txt',
    ms: round(seedMs),
    firstMs: round(firstMs),
    score,
    summary: summaryLine(score),
  },
  tokensPerSecond: conll.available ? conll.tokensPerSecond : null,
  corpus,
};

if (asJson) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const pct = (x) => x.toFixed(3);
  if (conll.available) {
    console.log(
      `CoNLL-2003 English test set (${conll.sentences} sentences, ${conll.tokens} tokens): exact spans, as conlleval\n`,
    );
    printConll(conll);
    console.log(
      `  ${'speed'.padEnd(16)} ${conll.tokensPerSecond} tokens/s (tagging, both passes, one core; model loaded in ${conll.loadMs} ms)\n`,
    );
  } else {
    console.log(`CoNLL-2003: skipped: ${conll.reason}\n`);
  }
  if (wikigold.available) {
    console.log(
      `wikigold, development part (${wikigold.documents} documents, ${wikigold.tokens} tokens): exact spans\n`,
    );
    printConll(wikigold);
    console.log('');
  } else console.log(`wikigold: skipped: ${wikigold.reason}\n`);
  printPipeline(
    pipeline,
    `wikigold, development part, the whole analysis (${pipeline.documents} documents; MISC is lede's ` +
      '`other`, left out of the micro; scripts/wikigold-pipeline.mjs)',
    'wikigold pipeline',
  );
  console.log('');
  printPipeline(
    news,
    `CoNLL-2003 valid.txt's articles, the whole analysis (${news.documents} documents, ${news.tables} ` +
      'tables left out; the headline is the title; scripts/wikigold-pipeline.mjs --conll)',
    'CoNLL-2003 pipeline',
  );
  console.log('');
  if (goldPages.available) {
    const m = goldPages.micro;
    console.log(`development gold pages (${goldPages.dir}): the whole analysis\n`);
    for (const f of goldPages.files) console.log(`  ${f.file.padEnd(16)} ${f.summary ?? `skipped: ${f.skipped}`}`);
    console.log(
      `  ${'micro'.padEnd(16)} entity mentions P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}   ` +
        `grouped ${goldPages.grouped.count}/${goldPages.grouped.total}   ` +
        `quotes ${goldPages.quotes.found}/${goldPages.quotes.total}, speakers ${goldPages.quotes.speakersRight}\n`,
    );
  } else console.log(`development gold pages: skipped: ${goldPages.reason}\n`);
  const rows = [
    [
      'entity mentions',
      `P ${pct(score.entities.precision)}  R ${pct(score.entities.recall)}  F1 ${pct(score.entities.f1)}`,
      `tp ${score.entities.tp}, fp ${score.entities.fp}, fn ${score.entities.fn}`,
    ],
    [
      'entities grouped',
      `${score.grouped.count}/${score.grouped.total}`,
      score.grouped.misgrouped.length ? `not: ${score.grouped.misgrouped.join(', ')}` : '',
    ],
    [
      'dates',
      `found ${score.dates.found}/${score.dates.total}`,
      `precision ${pct(score.dates.precision)} (${score.dates.right}/${score.dates.predicted})`,
    ],
    [
      'numbers',
      `found ${score.numbers.found}/${score.numbers.total}`,
      `precision ${pct(score.numbers.precision)} (${score.numbers.right}/${score.numbers.predicted})`,
    ],
    [
      'quotes',
      `found ${score.quotes.found}/${score.quotes.total}`,
      `speakers right ${score.quotes.speakersRight}, extra ${score.quotes.extra}`,
    ],
    [
      'seed time',
      `${seedMs.toFixed(1)} ms`,
      `median of ${SEED_RUNS - 1} runs once warm; the first run after loading took ${firstMs.toFixed(0)} ms`,
    ],
    corpus.available
      ? [
          'corpus speed',
          `${corpus.wordsPerSecond} words/s`,
          `${corpus.articles} bbc-news articles, ${corpus.words} words, ${corpus.ms} ms, ${corpus.errors} errors`,
        ]
      : ['corpus speed', 'skipped', `${CORPUS} is missing`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  const v = Math.max(...rows.map((r) => r[1].length));
  console.log('lede analysis: seed article vs test/fixtures/seed.gold.json\n');
  for (const [a, b, c] of rows) console.log(`  ${a.padEnd(w)}  ${b.padEnd(v)}  ${c}`);
  console.log(`\n${summaryLine(score)}`);
}

/** The recogniser's exact-span scores over CoNLL documents, each tagged as one document. */
function scoreDocuments(model, docs) {
  const gold = [],
    predicted = [];
  let tokens = 0,
    sentences = 0;
  // One warm-up document, so the speed figure is steady-state tagging.
  tagDocument(
    model,
    docs[0].map((s) => s.words),
  );
  const t1 = performance.now();
  for (const doc of docs) {
    const tags = tagDocument(
      model,
      doc.map((s) => s.words),
    );
    doc.forEach((s, i) => {
      gold.push(s.tags);
      predicted.push(tags[i]);
      tokens += s.words.length;
      sentences++;
    });
  }
  const seconds = (performance.now() - t1) / 1000;
  const r = scoreConll(gold, predicted);
  const clean = (x) => ({
    precision: round4(x.precision),
    recall: round4(x.recall),
    f1: round4(x.f1),
    tp: x.tp,
    fp: x.fp,
    fn: x.fn,
  });
  return {
    micro: clean(r.micro),
    microPerOrgLoc: clean(r.microPerOrgLoc),
    perType: Object.fromEntries(Object.entries(r.perType).map(([k, v]) => [k, clean(v)])),
    tokensPerSecond: Math.round(tokens / seconds),
    tokens,
    sentences,
  };
}

function printConll(r, microName) {
  const pct = (x) => x.toFixed(3);
  const line = (name, s) =>
    `  ${name.padEnd(16)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  for (const [name, s] of Object.entries(r.perType)) console.log(line(name, s));
  if (microName) return console.log(line(`${microName}, PER/ORG/LOC`, r.micro));
  console.log(line('micro, all four', r.micro));
  console.log(line('micro, PER/ORG/LOC', r.microPerOrgLoc));
}

/** The shipped recogniser on CoNLL-2003's test set, when ../shared/data is there. */
async function conllScores() {
  const test = join(CONLL, 'test.txt');
  if (!existsSync(test))
    return {
      available: false,
      reason: `${test} is missing (the CoNLL-2003 data lives in ../shared/data, outside the project)`,
    };
  const t0 = performance.now();
  const model = deserializeModel(readFileSync(MODEL_URL));
  const loadMs = Math.round(performance.now() - t0);
  const docs = parseConll(readFileSync(test, 'utf8'));
  return { available: true, ...scoreDocuments(model, docs), loadMs };
}

/** The shipped recogniser on wikigold's development part (the fixed split of splitWikigold). */
function wikigoldScores() {
  if (!existsSync(WIKIGOLD)) return { available: false, reason: `${WIKIGOLD} is missing` };
  const { development } = splitWikigold(parseConll(readFileSync(WIKIGOLD, 'utf8')));
  const r = scoreDocuments(deserializeModel(readFileSync(MODEL_URL)), development);
  return {
    available: true,
    documents: development.length,
    sentences: r.sentences,
    tokens: r.tokens,
    micro: r.micro,
    microPerOrgLoc: r.microPerOrgLoc,
    perType: r.perType,
  };
}

/** The whole analysis on each development gold page, opened with lede's loader as `lede --json` does. */
async function goldScores() {
  if (!existsSync(goldDir)) return { available: false, reason: `${goldDir} is missing` };
  if (!existsSync(PAGES)) return { available: false, reason: `${PAGES} is missing` };
  const files = readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort();
  if (!files.length) return { available: false, reason: `no *.gold.json in ${goldDir}` };
  const { readArticleFile } = await import(join(ROOT, 'dist/load/read-input.js'));
  const perFile = [];
  const sum = { tp: 0, fp: 0, fn: 0, grouped: 0, entities: 0, quotes: 0, quotesFound: 0, speakers: 0 };
  for (const f of files) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
    const page = join(PAGES, gold.article);
    if (!existsSync(page)) {
      perFile.push({ file: f, skipped: `${page} is missing` });
      continue;
    }
    const s = scoreAnalysis(gold, analyze(await readArticleFile(page)));
    sum.tp += s.entities.tp;
    sum.fp += s.entities.fp;
    sum.fn += s.entities.fn;
    sum.grouped += s.grouped.count;
    sum.entities += s.grouped.total;
    sum.quotes += s.quotes.total;
    sum.quotesFound += s.quotes.found;
    sum.speakers += s.quotes.speakersRight;
    perFile.push({
      file: basename(f, '.gold.json'),
      summary: summaryLine(s),
      entities: s.entities,
      misgrouped: s.grouped.misgrouped,
    });
  }
  const precision = sum.tp / (sum.tp + sum.fp || 1),
    recall = sum.tp / (sum.tp + sum.fn || 1);
  return {
    available: true,
    dir: goldDir,
    micro: {
      precision: round4(precision),
      recall: round4(recall),
      f1: round4(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
      tp: sum.tp,
      fp: sum.fp,
      fn: sum.fn,
    },
    grouped: { count: sum.grouped, total: sum.entities },
    quotes: { found: sum.quotesFound, total: sum.quotes, speakersRight: sum.speakers },
    files: perFile,
  };
}

function round4(x) {
  return Math.round(x * 10000) / 10000;
}

/** Words per second over an evenly spaced sample of the bbc-news corpus, if it is there. */
function corpusSpeed() {
  if (!existsSync(CORPUS)) return { available: false, path: CORPUS };
  const files = corpusFiles(CORPUS);
  const step = Math.max(1, Math.floor(files.length / SAMPLE_SIZE));
  const sample = files.filter((_, i) => i % step === 0).slice(0, SAMPLE_SIZE);
  let words = 0,
    ms = 0,
    errors = 0,
    articles = 0;
  for (const f of sample) {
    let a;
    try {
      a = parsePlainText(readFileSync(f, 'utf8'), f);
    } catch {
      continue; // empty files are a loading matter, not an analysis one
    }
    articles++;
    words += a.text.split(/\s+/).filter(Boolean).length;
    const start = performance.now();
    try {
      analyze(a);
    } catch (e) {
      errors++;
      if (!asJson) console.error(`error on ${f}: ${e instanceof Error ? e.message : e}`);
    }
    ms += performance.now() - start;
  }
  return {
    available: true,
    path: CORPUS,
    articles,
    words,
    ms: Math.round(ms),
    wordsPerSecond: Math.round((words / ms) * 1000),
    errors,
  };
}

function round(x) {
  return Math.round(x * 10) / 10;
}
