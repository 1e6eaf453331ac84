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
if (process.env.LEDE_MALLOC === 'set') {
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
    return unpackCache(readFileSync(new URL('./start.cache', import.meta.url)), id, createHash);
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
