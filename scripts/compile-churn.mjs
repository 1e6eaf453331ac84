// How often V8 compiles the analysis's functions with TurboFan, and why it throws the code away,
// until the entities are posted (issue 14: the sidebar's path): `analysis-probe.mjs
// --until-entities` run with --trace-opt --trace-deopt (worker threads inherit them), each line
// read back. A function has one SharedFunctionInfo per thread (isolate), so the counts are per
// function and thread: "scores 7+6" is compiled 7 times in one thread and 6 in the other.
//
//   node [FLAGS] scripts/compile-churn.mjs [--dist DIR] [--top N] [FILE]
//
// Node's and V8's flags given to this script are given to the probe (to compare, say,
// --interrupt-budget=N with the default).
// LEDE_ANALYSIS_HELPERS defaults to 1 here (the probe's helper count otherwise follows the load).
// "took" times are TurboFan's own (prepare, execute on a V8 thread, finalize) in wall ms: under
// load they include waiting for a core, so compare counts, and CPU-s with the probe alone.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const top = args.indexOf('--top');
const n = top >= 0 ? Number(args.splice(top, 2)[1]) : 25;
const probe = fileURLToPath(new URL('analysis-probe.mjs', import.meta.url));
const run = spawnSync(
  process.execPath,
  [...process.execArgv, '--trace-opt', '--trace-deopt', probe, '--until-entities', ...args],
  {
    env: { LEDE_ANALYSIS_HELPERS: '1', ...process.env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  },
);
const lines = run.stdout.split('\n');

/** Per function name: per SharedFunctionInfo (thread), its compiles, OSR compiles, ms and deopts. */
const fns = new Map();
const of = (name, sfi) => {
  const key = name || '(anonymous)';
  if (!fns.has(key)) fns.set(key, new Map());
  const bySfi = fns.get(key);
  if (!bySfi.has(sfi)) bySfi.set(sfi, { compiles: 0, osr: 0, ms: 0, deopts: 0 });
  return bySfi.get(sfi);
};
const reasons = new Map();
const fnReasons = new Map();
let result = null;
for (const line of lines) {
  let m =
    /^\[completed compiling 0x\w+ <JSFunction (\S*) ?\(sfi = (0x\w+)\)>.*?took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(
      line,
    );
  if (m) {
    const f = of(m[1], m[2]);
    f.compiles++;
    if (line.includes(' OSR ')) f.osr++;
    f.ms += Number(m[3]) + Number(m[4]) + Number(m[5]);
    continue;
  }
  m = /^\[bailout \(kind: ([\w-]+), reason: ([^)]*)\).*?<JSFunction (\S*) ?\(sfi = (0x\w+)\)/.exec(line);
  if (m) {
    of(m[3], m[4]).deopts++;
    const reason = `${m[1] === 'deopt-eager' ? '' : `${m[1]}: `}${m[2]}`;
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    const key = m[3] || '(anonymous)';
    if (!fnReasons.has(key)) fnReasons.set(key, new Map());
    fnReasons.get(key).set(reason, (fnReasons.get(key).get(reason) ?? 0) + 1);
    continue;
  }
  if (line.startsWith('{')) result = line;
}
if (run.status !== 0 || !result) {
  console.error(run.stderr.slice(-2000));
  process.exit(1);
}
const all = [...fns.values()].flatMap((bySfi) => [...bySfi.values()]);
const sum = (list, k) => list.reduce((s, f) => s + f[k], 0);
const compiled = all.filter((f) => f.compiles > 0);
console.log(`probe: ${result}`);
console.log(
  `functions × threads compiled: ${compiled.length}, compiles: ${sum(all, 'compiles')} (${sum(all, 'osr')} OSR), ` +
    `beyond the first: ${sum(all, 'compiles') - compiled.length}, deopts: ${sum(all, 'deopts')}, TurboFan ms: ${Math.round(sum(all, 'ms'))}`,
);
console.log(
  'deopts by reason:',
  [...reasons]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([r, k]) => `${r} ${k}`)
    .join('; '),
);
const anonymous = [...(fns.get('(anonymous)')?.values() ?? [])];
console.log(
  `anonymous functions (each thread's counted apart): ${anonymous.length}, compiles ${sum(anonymous, 'compiles')}, ` +
    `deopts ${sum(anonymous, 'deopts')}, ${Math.round(sum(anonymous, 'ms'))} ms`,
);
fns.delete('(anonymous)');
const rows = [...fns].map(([name, bySfi]) => {
  const list = [...bySfi.values()];
  return { name, list, compiles: sum(list, 'compiles'), ms: sum(list, 'ms') };
});
rows.sort((a, b) => b.compiles - a.compiles || b.ms - a.ms);
for (const r of rows.slice(0, n)) {
  const per = (k) => r.list.map((f) => f[k]).join('+');
  const why = [...(fnReasons.get(r.name) ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 3);
  console.log(
    `${r.name.padEnd(28)} compiles ${per('compiles').padEnd(8)} OSR ${per('osr').padEnd(6)} deopts ${per('deopts').padEnd(6)}` +
      ` ${String(Math.round(r.ms)).padStart(5)} ms  ${why.map(([w, k]) => `${w} ${k}`).join('; ')}`,
  );
}
