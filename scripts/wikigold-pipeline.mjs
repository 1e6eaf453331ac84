#!/usr/bin/env node
// The whole analysis (the `analyze` that `lede --json` runs) scored on wikigold's development
// documents, mention by mention against wikigold's own gold labels.
//
// Each development document (the fixed split of splitWikigold) is turned back into text:
// - Detokenising: tokens are joined with one space, except none before , . ; : ! ? ) ] } % …,
//   before a clitic ('s ' n't 're 've 'll 'd 'm), and none after ( [ { $; a straight " or ' token
//   opens and closes in turn (no space after an opening one, none before a closing one).
// - Paragraphs: wikigold keeps sentences but not paragraphs, so the sentences of a document run
//   on as one paragraph; a sentence that does not end like one (. ! ? or a closing mark after one)
//   is a heading or list entry in the article and stands as a paragraph of its own. There is no
//   title block (wikigold has none): the text starts with the article's first sentence.
// Every token's characters are recorded, so each of lede's mentions maps back to a token span
// when its ends fall on token ends; a mention that cuts a token counts as spurious.
//
// Types: lede's person / organisation / place are PER / ORG / LOC; `other` is scored as MISC but
// kept out of the micro figure (lede's sidebar shows people, organisations and places; wikigold's
// MISC is a mixed class of nationalities, events and works that lede's `other` only partly is).
// A gold MISC mention that lede calls a person is a spurious PER: it counts against precision.
//
// Halves: the development documents in file order, counted from 0; A is the even ones, B the odd.
// Errors are looked at on A only; B is the check.
//
// Usage: node scripts/wikigold-pipeline.mjs [--json] [--errors A|B]   (after `npm run build`)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WIKIGOLD = join(ROOT, '../shared/data/wikigold/wikigold.public.conll');
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const LEDE_TYPE = { person: 'PER', organization: 'ORG', place: 'LOC', other: 'MISC' };
const MICRO_TYPES = new Set(['PER', 'ORG', 'LOC']);

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', '...', "n't"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);
const CLITIC = /^'(s|re|ve|ll|d|m)$/i;
const ENDS_SENTENCE = /[.!?]["')\]]*$|^["')\]]$/;

/**
 * One document's text and the characters of each of its tokens.
 * @param {readonly {words: readonly string[]}[]} sentences
 */
export function detokenize(sentences) {
  const paragraphs = [];
  const tokens = []; // per sentence: [start, end) within the document text
  let text = '';
  let afterFragment = false;
  for (const s of sentences) {
    const last = s.words[s.words.length - 1] ?? '';
    const fragment = !ENDS_SENTENCE.test(last);
    if (!text) paragraphs.push(0);
    else if (fragment || afterFragment) {
      text += '\n\n';
      paragraphs.push(text.length);
    } else text += ' ';
    afterFragment = fragment;
    const spans = [];
    const open = { '"': false, "'": false };
    let glue = true; // no space before the sentence's first token
    s.words.forEach((w) => {
      let before = !glue;
      let after = true;
      if (w === '"' || w === "'") {
        if (open[w]) before = false;
        else after = false;
        open[w] = !open[w];
      } else if (NO_SPACE_BEFORE.has(w) || CLITIC.test(w)) before = false;
      if (NO_SPACE_AFTER.has(w)) after = false;
      if (before) text += ' ';
      spans.push([text.length, text.length + w.length]);
      text += w;
      glue = !after;
    });
    tokens.push(spans);
  }
  return { text, tokens, paragraphs };
}

/** Gold spans of a document as `sentence:start:end` → type, from BIO tag indices. */
function goldSpans(doc, bioSpans) {
  const out = new Map();
  doc.forEach((s, si) => {
    for (const sp of bioSpans(s.tags)) out.set(`${si}:${sp.start}:${sp.end}`, TYPES[sp.type]);
  });
  return out;
}

/** lede's mentions as token spans: `sentence:start:end` → type, plus those that cut a token. */
function predictedSpans(analysis, tokens) {
  const starts = new Map(),
    ends = new Map();
  tokens.forEach((spans, si) =>
    spans.forEach(([a, b], ti) => {
      starts.set(a, [si, ti]);
      ends.set(b, [si, ti]);
    }),
  );
  const out = new Map();
  const cut = [];
  for (const e of analysis.entities) {
    const type = LEDE_TYPE[e.type];
    if (!type) continue;
    for (const m of e.mentions) {
      const a = starts.get(m.start),
        b = ends.get(m.end);
      if (a && b && a[0] === b[0] && a[1] <= b[1]) out.set(`${a[0]}:${a[1]}:${b[1] + 1}`, type);
      else cut.push({ type, start: m.start, end: m.end });
    }
  }
  return { out, cut };
}

const emptyCounts = () => Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));

function finish(c) {
  const precision = c.tp / (c.tp + c.fp || 1),
    recall = c.tp / (c.tp + c.fn || 1);
  const r4 = (x) => Math.round(x * 10000) / 10000;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: r4(precision), recall: r4(recall), f1: r4(f1), tp: c.tp, fp: c.fp, fn: c.fn };
}

function summarise(counts) {
  const micro = { tp: 0, fp: 0, fn: 0 };
  for (const t of MICRO_TYPES) for (const k of ['tp', 'fp', 'fn']) micro[k] += counts[t][k];
  return { micro: finish(micro), perType: Object.fromEntries(TYPES.map((t) => [t, finish(counts[t])])) };
}

/**
 * Scores one document; adds to `counts` and returns its errors, each with the words involved.
 * Error classes: missed (no mention touches the gold span's tokens), spurious (the mention
 * touches no gold span), type (same span, other type), span (overlapping but not equal).
 */
function scoreDocument(doc, analysis, tokens, bioSpans, counts) {
  const gold = goldSpans(doc, bioSpans);
  const { out: pred, cut } = predictedSpans(analysis, tokens);
  const errors = [];
  const words = (k) => {
    const [si, a, b] = k.split(':').map(Number);
    return doc[si].words.slice(a, b).join(' ');
  };
  const overlapping = (k, other) => {
    const [si, a, b] = k.split(':').map(Number);
    return [...other.keys()].filter((o) => {
      const [sj, c, d] = o.split(':').map(Number);
      return sj === si && c < b && a < d;
    });
  };
  for (const [k, type] of pred) {
    const g = gold.get(k);
    if (g === type) counts[type].tp++;
    else {
      counts[type].fp++;
      if (g) errors.push({ kind: 'type', gold: g, type, text: words(k), key: k });
      else {
        const o = overlapping(k, gold);
        errors.push(
          o.length
            ? {
                kind: 'span',
                type,
                text: words(k),
                key: k,
                gold: o.map((x) => `${words(x)}/${gold.get(x)}`).join(' | '),
              }
            : { kind: 'spurious', type, text: words(k), key: k },
        );
      }
    }
  }
  for (const c of cut) {
    counts[c.type].fp++;
    errors.push({ kind: 'span', type: c.type, text: `(cuts a token) ${c.start}-${c.end}` });
  }
  for (const [k, type] of gold) {
    if (pred.get(k) === type) continue;
    counts[type].fn++;
    if (pred.has(k)) continue; // already told as a wrong type
    const o = overlapping(k, pred);
    if (!o.length) errors.push({ kind: 'missed', gold: type, text: words(k), key: k });
    else if (!o.some((x) => errors.some((e) => e.kind === 'span' && e.text === words(x))))
      errors.push({ kind: 'span', gold: type, text: words(k), type: o.map((x) => pred.get(x)).join() });
  }
  return errors;
}

/**
 * The whole-pipeline score on wikigold's development part: {available, micro, perType, halves}.
 * `dist` is the built project (dist/); `analyze` its analysis function.
 */
export async function wikigoldPipeline({ root = ROOT, file = WIKIGOLD, collectErrors = false } = {}) {
  if (!existsSync(file)) return { available: false, reason: `${file} is missing` };
  const { parseConll, splitWikigold, bioSpans } = await import(join(root, 'dist/analysis/ner/conll.js'));
  const { analyze } = await import(join(root, 'dist/analysis/analyze.js'));
  const { assemble } = await import(join(root, 'dist/load/parse-text.js'));
  const { development } = splitWikigold(parseConll(readFileSync(file, 'utf8')));
  // With the errors, what the recogniser alone said of the same span (on wikigold's own tokens):
  // an error it did not make is one the rules added.
  let recogniser = () => new Map();
  if (collectErrors) {
    const { deserializeModel, tagDocument, MODEL_URL } = await import(join(root, 'dist/analysis/ner/model.js'));
    const model = deserializeModel(readFileSync(MODEL_URL));
    recogniser = (doc) => {
      const tags = tagDocument(
        model,
        doc.map((s) => s.words),
      );
      return goldSpans(
        doc.map((s, i) => ({ ...s, tags: tags[i] })),
        bioSpans,
      );
    };
  }
  const all = emptyCounts();
  const halves = { a: emptyCounts(), b: emptyCounts() };
  const errors = { a: [], b: [] };
  development.forEach((doc, i) => {
    const { text, tokens, paragraphs } = detokenize(doc);
    const raws = paragraphs.map((start, k) => ({
      kind: 'paragraph',
      level: 0,
      content: text.slice(start, k + 1 < paragraphs.length ? paragraphs[k + 1] - 2 : text.length),
    }));
    const article = assemble(raws, `wikigold-dev-${i}`);
    if (article.text !== text) throw new Error(`wikigold document ${i}: the rebuilt text does not line up`);
    const half = i % 2 === 0 ? 'a' : 'b';
    const docCounts = emptyCounts();
    const analysis = analyze(article);
    const errs = scoreDocument(doc, analysis, tokens, bioSpans, docCounts);
    for (const t of TYPES)
      for (const k of ['tp', 'fp', 'fn']) {
        all[t][k] += docCounts[t][k];
        halves[half][t][k] += docCounts[t][k];
      }
    if (collectErrors) {
      const alone = recogniser(doc);
      // Gold mentions the recogniser alone had right and the whole analysis has not: lost by the rules.
      const gold = goldSpans(doc, bioSpans);
      const { out: pred } = predictedSpans(analysis, tokens);
      for (const [k, type] of gold) {
        const words = doc[Number(k.split(':')[0])].words.slice(Number(k.split(':')[1]), Number(k.split(':')[2]));
        if (alone.get(k) === type && pred.get(k) !== type)
          errors[half].push({
            doc: i,
            kind: 'lost by the rules',
            gold: type,
            type: pred.get(k),
            text: words.join(' '),
          });
        if (alone.get(k) !== type && pred.get(k) === type)
          errors[half].push({
            doc: i,
            kind: 'won by the rules',
            gold: type,
            recogniser: alone.get(k) ?? 'O',
            text: words.join(' '),
          });
      }
      for (const e of errs) {
        const said = e.key === undefined ? undefined : (alone.get(e.key) ?? 'O');
        errors[half].push({ doc: i, ...e, recogniser: said });
      }
    }
  });
  const result = {
    available: true,
    documents: development.length,
    ...summarise(all),
    halves: { a: summarise(halves.a), b: summarise(halves.b) },
  };
  return collectErrors ? { ...result, errors } : result;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2);
  const which = args.includes('--errors') ? args[args.indexOf('--errors') + 1]?.toLowerCase() : undefined;
  if (which !== undefined && which !== 'a' && which !== 'b') {
    console.error('wikigold-pipeline: --errors takes A or B');
    process.exit(1);
  }
  if (!existsSync(join(ROOT, 'dist/analysis/analyze.js'))) {
    console.error('dist/analysis/analyze.js is missing: run `npm run build` first');
    process.exit(1);
  }
  const r = await wikigoldPipeline({ collectErrors: which !== undefined });
  if (!r.available) {
    console.error(`wikigold-pipeline: ${r.reason}`);
    process.exit(1);
  }
  if (args.includes('--json')) {
    const { errors, ...rest } = r;
    console.log(JSON.stringify(which ? { ...rest, errors: errors[which] } : rest, null, 2));
  } else {
    const f = (s) =>
      `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
    for (const [name, part] of [
      ['all', r],
      ['half A', r.halves.a],
      ['half B', r.halves.b],
    ]) {
      console.log(`${name.padEnd(7)} micro PER/ORG/LOC ${f(part.micro)}`);
      for (const t of TYPES) console.log(`        ${t.padEnd(17)} ${f(part.perType[t])}`);
    }
    if (which) {
      const errs = r.errors[which];
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
  }
}
