// A long document's analysis alone, as the reader runs it (analysis/in-worker.ts: the worker
// thread, its helpers, the packed result read back), without the terminal: wall time, the CPU of
// every thread, the process's peak RSS (VmHWM, sampled too, with the progress it was at), and a
// hash of the analysis, to compare two builds' memory and time and check that they agree.
//
//   node scripts/analysis-probe.mjs [--dist DIR] [--until-entities] [FILE]
//
// --until-entities stops once the entities are posted (the sidebar's path: its CPU and VmHWM).
// FILE defaults to the bench's long document (npm run bench builds it). LEDE_ANALYSIS_HELPERS=n
// fixes the number of helper threads (else the worker judges the load, as in the reader).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const at = args.indexOf('--dist');
const dist = resolve(at >= 0 ? args.splice(at, 2)[1] : 'dist');
const until = args.indexOf('--until-entities');
const untilEntities = until >= 0 && args.splice(until, 1).length > 0;
const file = args[0] ?? join(tmpdir(), 'lede-bench/long.txt');
const { parsePlainText } = await import(pathToFileURL(join(dist, 'load/parse-text.js')).href);
const { analyseInWorker } = await import(pathToFileURL(join(dist, 'analysis/in-worker.js')).href);

const mb = (key) => {
  const m = readFileSync('/proc/self/status', 'utf8').match(new RegExp(`${key}:\\s+(\\d+)`));
  return m ? Math.round(Number(m[1]) / 1024) : null;
};
const article = parsePlainText(readFileSync(file, 'utf8'), file);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const before = mb('VmRSS');
let progress = 0;
/** When the entities came ahead of the rest (a long document's, since session 14), and their hash. */
let early = null;
let peak = { rss: 0, progress: 0 };
const sampler = setInterval(() => {
  const rss = mb('VmRSS') ?? 0;
  if (rss > peak.rss) peak = { rss, progress };
}, 100);
analyseInWorker(article, pathToFileURL(join(dist, 'analysis-worker.js'))).subscribe((e) => {
  if (e.type === 'progress') return void (progress = e.done / e.total);
  if (e.type === 'entities') {
    early = {
      seconds: +((performance.now() - t0) / 1000).toFixed(1),
      sha256: createHash('sha256').update(JSON.stringify(e.entities)).digest('hex').slice(0, 16),
    };
    if (!untilEntities) return;
  }
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpu0);
  const out = {
    outcome: e.type,
    seconds: +((performance.now() - t0) / 1000).toFixed(1),
    cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(1),
    rssBeforeMb: before,
    vmHwmMb: mb('VmHWM'),
    sampledPeak: { mb: peak.rss, atProgress: peak.progress },
    entities: e.analysis?.entities.length,
    entitiesAhead: early && {
      ...early,
      same:
        e.analysis &&
        early.sha256 === createHash('sha256').update(JSON.stringify(e.analysis.entities)).digest('hex').slice(0, 16),
    },
    sha256: e.analysis && createHash('sha256').update(JSON.stringify(e.analysis)).digest('hex').slice(0, 16),
    load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  };
  console.log(JSON.stringify(out));
  process.exit(e.type === 'done' || e.type === 'entities' ? 0 : 1);
});
