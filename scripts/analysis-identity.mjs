// The analysis's output, byte for byte, on a fixed set of documents: for changes that must not
// change what lede finds (speed work). Writes `node dist/cli.js --json FILE` for each document into
// a directory, or compares it with a directory written before.
//
//   node scripts/analysis-identity.mjs --write DIR      (before the change, from a built tree)
//   node scripts/analysis-identity.mjs --check DIR      (after: exit 1 and the names that differ)
//   [--cli PATH] runs another build's cli.js
//
// The documents: the seed, the readability pages named in test/fixtures/gold/, and 30 bbc-news
// articles evenly spaced over the corpus (those two need ../shared/data beside the tree).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFiles } from './corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, '../shared/data');
const BBC_SAMPLE = 30;

function documents() {
  const docs = [['seed', join(ROOT, 'seeds/us-drone-strike-baghdad.txt')]];
  const gold = join(ROOT, 'test/fixtures/gold');
  for (const f of readdirSync(gold).sort()) {
    if (!f.endsWith('.gold.json')) continue;
    const name = f.slice(0, -'.gold.json'.length);
    const page = join(DATA, 'readability-pages', name, 'source.html');
    if (existsSync(page)) docs.push([`page-${name}`, page]);
  }
  const corpus = join(DATA, 'bbc-news');
  if (existsSync(corpus)) {
    const files = corpusFiles(corpus).map((f) => [`bbc-${basename(dirname(f))}-${basename(f, '.txt')}`, f]);
    const step = Math.max(1, Math.floor(files.length / BBC_SAMPLE));
    docs.push(...files.filter((_, i) => i % step === 0).slice(0, BBC_SAMPLE));
  }
  return docs;
}

const args = process.argv.slice(2);
const mode = args[0];
const dir = args[1];
const cliAt = args.indexOf('--cli');
const cli = cliAt >= 0 ? args[cliAt + 1] : join(ROOT, 'dist/cli.js');
if ((mode !== '--write' && mode !== '--check') || !dir) {
  console.error('usage: node scripts/analysis-identity.mjs --write|--check DIR [--cli PATH]');
  process.exit(2);
}
if (mode === '--write') mkdirSync(dir, { recursive: true });

const differ = [];
const docs = documents();
for (const [name, file] of docs) {
  const r = spawnSync(process.execPath, [cli, '--json', file], {
    encoding: 'buffer',
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const out = Buffer.concat([r.stdout, Buffer.from(`\n-- exit ${r.status}\n`), r.stderr]);
  const at = join(dir, `${name}.json`);
  if (mode === '--write') writeFileSync(at, out);
  else if (!existsSync(at) || !readFileSync(at).equals(out)) differ.push(name);
}
if (mode === '--write') console.log(`wrote ${docs.length} analyses to ${dir}`);
else if (differ.length) {
  console.error(`${differ.length} of ${docs.length} differ: ${differ.join(' ')}`);
  process.exit(1);
} else console.log(`all ${docs.length} analyses are byte-identical`);
