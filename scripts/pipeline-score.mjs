// The whole analysis (the `analyze` that `lede --json` runs) scored on CoNLL-format documents,
// mention by mention against their own gold labels. Shared by scripts/wikigold-pipeline.mjs's
// scores: wikigold's development documents and any CoNLL-format file of news (CoNLL-2003's
// Reuters articles).
//
// Each document is turned back into text:
// - Detokenising: tokens are joined with one space, except none before , . ; : ! ? ) ] } % …,
//   before a clitic ('s ' n't 're 've 'll 'd 'm), and none after ( [ { $; a straight " or ' token
//   opens and closes in turn (no space after an opening one, none before a closing one).
// - Paragraphs: CoNLL files keep sentences but not paragraphs, so the sentences of a document run
//   on as one paragraph; a sentence that does not end like one (. ! ? or a closing mark after one)
//   is a heading, dateline or list entry and stands as a paragraph of its own. With `titleFirst`
//   the first sentence is the article's title (a news headline); without it there is no title.
// Every token's characters are recorded, so each of lede's mentions maps back to a token span
// when its ends fall on token ends; a mention that cuts a token counts as spurious.
//
// Types: lede's person / organisation / place are PER / ORG / LOC; `other` is scored as MISC but
// kept out of the micro figure (lede's sidebar shows people, organisations and places; MISC is a
// mixed class of nationalities, events and works that lede's `other` only partly is).
// A gold MISC mention that lede calls a person is a spurious PER: it counts against precision.
//
// Halves: the documents in order, counted from 0; A is the even ones, B the odd.
// Errors are looked at on A only; B is the check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const LEDE_TYPE = { person: 'PER', organization: 'ORG', place: 'LOC', other: 'MISC' };
const MICRO_TYPES = new Set(['PER', 'ORG', 'LOC']);

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', '...', "n't"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);
const CLITIC = /^'(s|re|ve|ll|d|m)$/i;
const ENDS_SENTENCE = /[.!?]["')\]]*$|^["')\]]$/;

/**
 * One document's text and the characters of each of its tokens.
 * @param {readonly {words: readonly string[]}[]} sentences
 * @param {{titleFirst?: boolean}} [options] titleFirst: the first sentence is a paragraph of its own (the title)
 */
export function detokenize(sentences, { titleFirst = false } = {}) {
  const paragraphs = [];
  const tokens = []; // per sentence: [start, end) within the document text
  let text = '';
  let afterFragment = false;
  for (const s of sentences) {
    const last = s.words[s.words.length - 1] ?? '';
    const fragment = !ENDS_SENTENCE.test(last) || (titleFirst && !text);
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
function predictedSpans(analysis, tokens, doc) {
  const words = doc.map((s) => s.words);
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
      const a = starts.get(m.start);
      let b = ends.get(m.end);
      // "Lear Corp." at a sentence's end: CoNLL files split the full stop off an abbreviation
      // there ("Corp ."), and a lone "." token is never in a gold name: the name ends before it.
      if (a && b && b[1] > a[1] && words[b[0]][b[1]] === '.' && tokens[b[0]][b[1] - 1][1] === m.end - 1)
        b = [b[0], b[1] - 1];
      if (a && b && a[0] === b[0] && a[1] <= b[1]) out.set(`${a[0]}:${a[1]}:${b[1] + 1}`, type);
      else {
        // The words the mention cuts into, as the text writes them: "Iran" of "Iran-backed".
        const from = analysis.text.lastIndexOf(' ', m.start) + 1;
        const to = analysis.text.indexOf(' ', m.end);
        cut.push({ type, start: m.start, end: m.end, within: analysis.text.slice(from, to < 0 ? undefined : to) });
      }
    }
  }
  return { out, cut };
}

const emptyCounts = () => Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));

/** Precision, recall and F1 (four decimals) of tp/fp/fn counts. */
export function finish(c) {
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
  const { out: pred, cut } = predictedSpans(analysis, tokens, doc);
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
    errors.push({ kind: 'span', type: c.type, text: `(cuts a token) ${c.within}` });
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
 * The whole analysis on `documents` (parsed CoNLL documents), scored: {documents, micro, perType,
 * halves, errors?}. `root` is the project (its dist/ is imported); `source` names the articles.
 */
export async function scorePipeline(documents, { root, source, titleFirst = false, collectErrors = false }) {
  const { bioSpans } = await import(join(root, 'dist/analysis/ner/conll.js'));
  const { analyze } = await import(join(root, 'dist/analysis/analyze.js'));
  const { assemble } = await import(join(root, 'dist/load/parse-text.js'));
  const recogniser = collectErrors ? await recogniserAlone(root, bioSpans) : () => new Map();
  const all = emptyCounts();
  const halves = { a: emptyCounts(), b: emptyCounts() };
  const errors = { a: [], b: [] };
  documents.forEach((doc, i) => {
    const { text, tokens, paragraphs } = detokenize(doc, { titleFirst });
    const raws = paragraphs.map((start, k) => ({
      kind: titleFirst && k === 0 ? 'title' : 'paragraph',
      level: 0,
      content: text.slice(start, k + 1 < paragraphs.length ? paragraphs[k + 1] - 2 : text.length),
    }));
    const article = assemble(raws, `${source}-${i}`);
    if (article.text !== text) throw new Error(`${source} document ${i}: the rebuilt text does not line up`);
    const half = i % 2 === 0 ? 'a' : 'b';
    const docCounts = emptyCounts();
    const analysis = analyze(article);
    const errs = scoreDocument(doc, analysis, tokens, bioSpans, docCounts);
    for (const t of TYPES)
      for (const k of ['tp', 'fp', 'fn']) {
        all[t][k] += docCounts[t][k];
        halves[half][t][k] += docCounts[t][k];
      }
    if (collectErrors) errors[half].push(...explained(doc, i, analysis, tokens, errs, recogniser(doc), bioSpans));
  });
  const result = {
    documents: documents.length,
    ...summarise(all),
    halves: { a: summarise(halves.a), b: summarise(halves.b) },
  };
  return collectErrors ? { ...result, errors } : result;
}

/** What the recogniser alone says of a document (on its own tokens), as gold-like spans. */
async function recogniserAlone(root, bioSpans) {
  const { deserializeModel, tagDocument, MODEL_URL } = await import(join(root, 'dist/analysis/ner/model.js'));
  const model = deserializeModel(readFileSync(MODEL_URL));
  return (doc) => {
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

/**
 * A document's errors with what the recogniser alone said of the same span (an error it did not
 * make is one the rules added), and the gold mentions the rules lost or won against it.
 */
function explained(doc, i, analysis, tokens, errs, alone, bioSpans) {
  const out = [];
  const gold = goldSpans(doc, bioSpans);
  const { out: pred } = predictedSpans(analysis, tokens, doc);
  for (const [k, type] of gold) {
    const [si, a, b] = k.split(':').map(Number);
    const text = doc[si].words.slice(a, b).join(' ');
    if (alone.get(k) === type && pred.get(k) !== type)
      out.push({ doc: i, kind: 'lost by the rules', gold: type, type: pred.get(k), text });
    if (alone.get(k) !== type && pred.get(k) === type)
      out.push({ doc: i, kind: 'won by the rules', gold: type, recogniser: alone.get(k) ?? 'O', text });
  }
  for (const e of errs) {
    const said = e.key === undefined ? undefined : (alone.get(e.key) ?? 'O');
    out.push({ doc: i, ...e, recogniser: said });
  }
  return out;
}
