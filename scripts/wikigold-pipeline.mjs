#!/usr/bin/env node
// The whole analysis (the `analyze` that `lede --json` runs) scored mention by mention on
// CoNLL-format documents (scripts/pipeline-score.mjs: how the text is rebuilt and scored):
// - wikigold's development documents (the fixed split of splitWikigold), no title;
// - with --conll PATH, any CoNLL-format file of news articles, such as CoNLL-2003's Reuters
//   valid.txt: each document's first sentence is its headline (the title). Documents that are
//   mostly tables (sport results, market prices: fewer than half of their lines look like a
//   sentence) are left out and counted.
// Halves: the documents scored, counted from 0; A is the even ones, B the odd. Errors are looked
// at on A only; B is the check.
//
// Usage: node scripts/wikigold-pipeline.mjs [--conll PATH] [--json] [--errors A|B]
//        (after `npm run build`)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TYPES, scorePipeline } from './pipeline-score.mjs';

export { detokenize } from './pipeline-score.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WIKIGOLD = join(ROOT, '../shared/data/wikigold/wikigold.public.conll');
export const CONLL_VALID = join(ROOT, '../shared/data/conll2003/valid.txt');

/** The whole-pipeline score on wikigold's development part: {available, micro, perType, halves}. */
export async function wikigoldPipeline({ root = ROOT, file = WIKIGOLD, collectErrors = false } = {}) {
  if (!existsSync(file)) return { available: false, reason: `${file} is missing` };
  const { parseConll, splitWikigold } = await import(join(root, 'dist/analysis/ner/conll.js'));
  const { development } = splitWikigold(parseConll(readFileSync(file, 'utf8')));
  const r = await scorePipeline(development, { root, source: 'wikigold-dev', collectErrors });
  return { available: true, ...r };
}

/** A line that reads as prose: it ends like a sentence and has three words in lower case. */
const ENDS_SENTENCE = /[.!?]["')\]]*$|^["')\]]$/;
const isSentence = (words) =>
  ENDS_SENTENCE.test(words[words.length - 1] ?? '') && words.filter((w) => /^[a-z]+$/.test(w)).length >= 3;

/** A document most of whose lines are not sentences: a table of results or prices. */
export const isTable = (doc) => doc.filter((s) => isSentence(s.words)).length * 2 < doc.length;

/**
 * The whole-pipeline score on a CoNLL-format file of news articles (headline first):
 * {available, documents, tables, micro, perType, halves}; `tables` documents were left out.
 */
export async function conllPipeline({ root = ROOT, file = CONLL_VALID, collectErrors = false } = {}) {
  if (!existsSync(file)) return { available: false, reason: `${file} is missing` };
  const { parseConll } = await import(join(root, 'dist/analysis/ner/conll.js'));
  const docs = parseConll(readFileSync(file, 'utf8'));
  const prose = docs.filter((d) => !isTable(d));
  const r = await scorePipeline(prose, { root, source: 'conll', titleFirst: true, collectErrors });
  return { available: true, ...r, tables: docs.length - prose.length };
}

/** Errors of one half counted by class: kind, and what the recogniser alone said. */
function classCounts(errs) {
  const counts = new Map();
  for (const e of errs) {
    // A span error told from lede's side names the gold mentions it overlaps: not part of its class.
    const gold = e.kind === 'span' && e.gold?.includes('/') ? undefined : e.gold;
    const k = `${e.kind}${gold ? ` gold ${gold}` : ''}${e.type ? ` lede ${e.type}` : ''}${e.recogniser ? ` (recogniser alone: ${e.recogniser})` : ''}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => y[1] - x[1]);
}

/** A score as text: a heading, then all, half A and half B (or that it was skipped, and why). */
export function printPipeline(r, heading, name = 'pipeline') {
  if (!r.available) return console.log(`${name}: skipped: ${r.reason}`);
  const f = (s) =>
    `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  console.log(heading);
  for (const [part, score] of [
    ['all', r],
    ['half A', r.halves.a],
    ['half B', r.halves.b],
  ]) {
    console.log(`  ${part.padEnd(7)} micro PER/ORG/LOC ${f(score.micro)}`);
    for (const t of TYPES) console.log(`          ${t.padEnd(17)} ${f(score.perType[t])}`);
  }
}

function printReport(r, which) {
  printPipeline(r, `${r.documents} documents${r.tables === undefined ? '' : ` (${r.tables} tables left out)`}`);
  if (!which) return;
  const errs = r.errors[which];
  console.log('\nclasses:');
  for (const [k, n] of classCounts(errs)) console.log(`  ${String(n).padStart(4)}  ${k}`);
  const byKind = {};
  for (const e of errs) (byKind[e.kind] ??= []).push(e);
  for (const [kind, list] of Object.entries(byKind)) {
    console.log(`\n${kind}: ${list.length}`);
    for (const e of list)
      console.log(
        `  [${e.doc}] ${e.text}  ${e.gold ? `gold ${e.gold}` : ''} ${e.type ? `lede ${e.type}` : ''}` +
          (e.recogniser === undefined ? '' : ` (recogniser alone: ${e.recogniser})`),
      );
  }
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2);
  const fail = (message) => {
    console.error(`wikigold-pipeline: ${message}`);
    process.exit(1);
  };
  const which = args.includes('--errors') ? args[args.indexOf('--errors') + 1]?.toLowerCase() : undefined;
  if (which !== undefined && which !== 'a' && which !== 'b') fail('--errors takes A or B');
  const conll = args.includes('--conll') ? args[args.indexOf('--conll') + 1] : undefined;
  if (args.includes('--conll') && (conll === undefined || conll.startsWith('--'))) fail('--conll needs a file');
  if (!existsSync(join(ROOT, 'dist/analysis/analyze.js')))
    fail('dist/analysis/analyze.js is missing: run `npm run build` first');
  const options = { collectErrors: which !== undefined };
  let r;
  try {
    r = conll === undefined ? await wikigoldPipeline(options) : await conllPipeline({ ...options, file: conll });
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  if (!r.available) fail(r.reason);
  if (args.includes('--json')) {
    const { errors, ...rest } = r;
    console.log(JSON.stringify(which ? { ...rest, errors: errors[which] } : rest, null, 2));
  } else printReport(r, which);
}
