// The command's entry point (dist/cli.js), kept small: it compiles dist/start.cjs, the part of
// lede that draws the first page, with the V8 code cache `npm run build` made for it
// (code-cache.ts), and runs it. Without a usable cache the script is compiled from its source.
// Built-in modules are required, not imported: an ES module facade for each costs start-up time.
import { createRequire } from 'node:module';
import type { Script } from 'node:vm';
import { scriptId, unpackCache, wrapScript } from './code-cache.js';

// dist/cli.js's first two lines (scripts/bundle.mjs: LAUNCHER) are read by /bin/sh, which starts node
// with glibc's malloc set up, as the process starts, the only time glibc reads its settings:
// blocks of 128 kB and more are mapped and unmapped on their own, never kept in an arena. Without
// it glibc raises that threshold (up to 32 MB) the first time such a block is freed, and the
// threads' arenas then keep tens of MB that the analysis freed: the 5 MB document's peak RSS
// 342 → 305 MB, its RSS once analysed 200 → 136 MB (bench-during, medians of 2 at load ~14), the
// analysis's CPU unchanged. The setting is not passed on to the programs lede starts (a browser).
// (`node dist/cli.js` runs the same code without the setting; outside glibc the variable means nothing.)
// The same line starts node with two V8 flags (issue 14):
// - `--max-semi-space-size=2` (MB): the reader's young generation grows to V8's 16 MB semi-spaces
//   (32 MB resident) as the first page of a long text is laid out, and never shrinks, so the whole
//   analysis holds it on top of its own threads' heaps. Capped, the 5 MB document's peak RSS fell
//   ~25 MB (bench-during, helper forced: 354-357 → 323-329 MB); the reader's CPU per key rose
//   ~0.7 ms (mean on a core per press, 4.2 → 4.9 ms), for more, smaller scavenges. The analysis
//   threads set their own young generation (analysis/in-worker.ts resourceLimits).
// - `--no-parallel-scavenge`: a scavenge is done by the thread whose garbage it is. In parallel,
//   the reader's scavenges post work to V8's platform threads, which run 10 nicer while an
//   analysis runs (thread-priority.ts) and are busy with the analysis's garbage, and wait for any
//   piece one of them took. With the smaller young generation the reader scavenges ~8x as often.
// Started by those lines: V8 has their flags, and takes only the code cache made with the same.
const launched = process.env.LEDE_MALLOC === 'set';
if (launched) {
  delete process.env.LEDE_MALLOC;
  delete process.env.MALLOC_MMAP_THRESHOLD_;
}

const require = createRequire(import.meta.url);
const { readFileSync } = require('node:fs') as typeof import('node:fs');
const vm = require('node:vm') as typeof import('node:vm');
const { fileURLToPath } = require('node:url') as typeof import('node:url');
const { dirname } = require('node:path') as typeof import('node:path');

const startUrl = new URL('./start.cjs', import.meta.url);
const file = fileURLToPath(startUrl);
const source = readFileSync(file, 'utf8');
const id = scriptId(source);

/** V8's data for this script, or undefined (none, stale, damaged, or turned off with LEDE_CODE_CACHE=0). */
function cachedData(): Buffer | undefined {
  if (!id || process.env.LEDE_CODE_CACHE === '0') return undefined;
  try {
    const { createHash } = require('node:crypto') as typeof import('node:crypto');
    const file = new URL(launched ? './start.launched.cache' : './start.cache', import.meta.url);
    return unpackCache(readFileSync(file), id, createHash);
  } catch {
    return undefined;
  }
}

const script: Script = new vm.Script(wrapScript(source), { filename: file, cachedData: cachedData() });
// LEDE_CODE_CACHE=report says whether V8 took the cache (for the tests and anyone measuring).
if (process.env.LEDE_CODE_CACHE === 'report')
  process.stderr.write(`lede: code cache ${script.cachedDataRejected === false ? 'used' : 'not used'}\n`);
const run = script.runInThisContext() as (...args: unknown[]) => void;
const module = { exports: {} };
const load = (specifier: string) => import(new URL(specifier, startUrl).href);
run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file), load);
