// Analysis words per second of CPU time, on one fixed body of text, in one process: for comparing
// two builds back to back on a busy machine (CPU time, not wall time, so other processes matter
// less; still interleave the two builds' runs).
//
//   node scripts/analysis-speed.mjs [--dist DIR] [--runs N] [--every K | --file FILE]
//
// The text: every K-th article (default 3) of ../shared/data/bbc-news, each analysed as its own
// article (as lede opens one); or one FILE read as plain text (e.g. the bench's long document). One warm-up pass, then N timed passes (default 5); prints one JSON
// line with each pass's words/s of CPU time (user + system) and the median.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusFiles } from './corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const dist = resolve(opt('--dist', join(ROOT, 'dist')));
const runs = Number(opt('--runs', '5'));
const every = Number(opt('--every', '3'));
const load = (p) => import(pathToFileURL(join(dist, p)).href);
const { analyze } = await load('analysis/analyze.js');
const { parsePlainText } = await load('load/parse-text.js');
const { loadShippedModel } = await load('analysis/ner/model.js');
loadShippedModel();

const corpus = join(ROOT, '../shared/data/bbc-news');
const one = opt('--file', null);
const files = one ? [one] : corpusFiles(corpus).filter((_, i) => i % every === 0);
const articles = [];
for (const f of files) {
  try {
    articles.push(parsePlainText(readFileSync(f, 'utf8'), f));
  } catch {
    // an empty file is a loading matter
  }
}
const words = articles.reduce((n, a) => n + (a.text.match(/\S+/g) ?? []).length, 0);

const pass = () => {
  const before = process.cpuUsage();
  for (const a of articles) analyze(a);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
};
pass();
const rates = [];
for (let i = 0; i < runs; i++) rates.push(Math.round(words / pass()));
const sorted = [...rates].sort((a, b) => a - b);
console.log(
  JSON.stringify({ dist, articles: articles.length, words, rates, median: sorted[Math.floor(sorted.length / 2)] }),
);
