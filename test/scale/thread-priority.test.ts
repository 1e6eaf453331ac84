// The reader's thread keeps its priority while an analysis runs; every other thread of the
// process, V8's garbage-collecting platform threads among them, runs ANALYSIS_NICER below it, and
// is put back afterwards (src/app/thread-priority.ts, issue 14). Linux only: elsewhere a thread
// has no niceness of its own. In test/scale, where each file has its own process, so that the
// test runs on the main thread as the reader does (the unit project runs tests in worker threads).
import { readFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { ANALYSIS_NICER, processThreads, quietOtherThreads, withQuietThreads } from '../../src/app/thread-priority.js';
import type { AnalysisEvent, AnalysisJob } from '../../src/analysis/in-worker.js';

const linux = process.platform === 'linux';

/** CPU time (user + system) of each of this process's threads, in clock ticks. */
function cpuTicks(): Map<number, number> {
  const out = new Map<number, number>();
  for (const { tid } of processThreads()) {
    try {
      const f = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(tid, Number(f[11]) + Number(f[12]));
    } catch {
      // ended meanwhile
    }
  }
  return out;
}

const niceOf = (tid: number) => processThreads().find((t) => t.tid === tid)?.nice;

/** Whether this process may raise a thread's priority back (root, CAP_SYS_NICE or RLIMIT_NICE). */
function mayRaise(): boolean {
  const probe = processThreads().find((t) => t.tid !== process.pid && t.nice < 19);
  if (!probe) return false;
  try {
    setPriority(probe.tid, probe.nice + 1);
    setPriority(probe.tid, probe.nice);
    return true;
  } catch {
    return false;
  }
}

/** A worker that makes garbage as the analysis does (a small nursery, much of it kept a while), lowered as the analysis lowers itself. */
function churn(ms: number): Promise<number> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const os = require('node:os');
    os.setPriority(0, Math.min(19, os.getPriority(0) + ${ANALYSIS_NICER}));
    const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
    const until = Date.now() + workerData;
    let kept = [];
    while (Date.now() < until) {
      for (let i = 0; i < 20000; i++) kept.push({ word: 'w' + i, at: [i, i + 1] });
      if (kept.length > 400000) kept = [];
    }
    parentPort.postMessage(tid);
  `;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, {
      eval: true,
      workerData: ms,
      resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 256 },
    });
    w.once('message', (tid: number) => void w.terminate().then(() => resolve(tid)));
    w.once('error', reject);
  });
}

describe.skipIf(!linux)('thread priority while an analysis runs (Linux)', () => {
  let restore: (() => void) | null = null;
  afterEach(() => {
    restore?.();
    restore = null;
  });

  it('lowers every thread but the reader’s by ANALYSIS_NICER, and puts them back as they were', () => {
    const own = getPriority(0);
    const before = processThreads();
    expect(before.length).toBeGreaterThan(1); // V8's platform threads, libuv's, Node's own
    restore = quietOtherThreads();
    for (const t of processThreads()) {
      if (t.tid === process.pid) expect(t.nice).toBe(own);
      else expect(t.nice).toBeGreaterThanOrEqual(Math.min(19, own + ANALYSIS_NICER));
    }
    restore();
    restore = null;
    expect(getPriority(0)).toBe(own);
    if (!mayRaise()) return; // an unprivileged process cannot raise them back: they stay nicer
    for (const t of before) expect(niceOf(t.tid)).toBe(t.nice);
  });

  it('puts the threads back only when the last of several analyses has ended', () => {
    const own = getPriority(0);
    const target = Math.min(19, own + ANALYSIS_NICER);
    const other = processThreads().find((t) => t.tid !== process.pid && t.nice < target);
    expect(other).toBeDefined();
    const first = quietOtherThreads();
    const second = quietOtherThreads();
    first();
    first(); // ending one twice counts once
    expect(niceOf(other!.tid)).toBeGreaterThanOrEqual(target);
    second();
    if (mayRaise()) expect(niceOf(other!.tid)).toBe(other!.nice);
  });

  it('runs the garbage collection of an allocating worker below the reader, not at its priority', async () => {
    const own = getPriority(0);
    const target = Math.min(19, own + ANALYSIS_NICER);
    restore = quietOtherThreads();
    const start = cpuTicks();
    const niceness = new Map<number, number>();
    const sample = setInterval(() => {
      for (const t of processThreads()) niceness.set(t.tid, Math.min(niceness.get(t.tid) ?? 99, t.nice));
    }, 20);
    const workerTid = await churn(1_500);
    clearInterval(sample);
    const end = cpuTicks();
    // Threads other than this one and the worker that worked meanwhile: V8's, collecting the worker's garbage.
    const helpers = [...end].filter(
      ([tid, t]) => tid !== process.pid && tid !== workerTid && t > (start.get(tid) ?? 0),
    );
    expect(helpers.length).toBeGreaterThan(0);
    for (const [tid] of helpers) expect(niceness.get(tid) ?? target).toBeGreaterThanOrEqual(target);
  });

  it('quietens the threads from just before the worker starts until the analysis is done', () => {
    const own = getPriority(0);
    const target = Math.min(19, own + ANALYSIS_NICER);
    const other = processThreads().find((t) => t.tid !== process.pid && t.nice < target);
    expect(other).toBeDefined();
    const listeners = new Set<(e: AnalysisEvent) => void>();
    let niceAtStart: number | undefined;
    const job = withQuietThreads((): AnalysisJob => {
      niceAtStart = niceOf(other!.tid);
      return {
        subscribe(l) {
          listeners.add(l);
          return () => listeners.delete(l);
        },
        cancel() {},
      };
    });
    expect(niceAtStart).toBeGreaterThanOrEqual(target);
    for (const l of listeners) l({ type: 'progress', done: 1, total: 2 });
    expect(niceOf(other!.tid)).toBeGreaterThanOrEqual(target);
    for (const l of listeners) l({ type: 'failed', message: 'stopped' });
    if (mayRaise()) expect(niceOf(other!.tid)).toBe(other!.nice);
    job.cancel(); // after the end: nothing more changes
    if (mayRaise()) expect(niceOf(other!.tid)).toBe(other!.nice);
  });

  it('starts the analysis worker’s thread below the reader, before any of its own code runs', async () => {
    const target = Math.min(19, getPriority(0) + ANALYSIS_NICER);
    let worker: Worker | null = null;
    const listeners = new Set<(e: AnalysisEvent) => void>();
    // The worker only reports the niceness it finds as its first statement; it lowers nothing itself.
    const reported = new Promise<number>((resolve, reject) => {
      withQuietThreads((): AnalysisJob => {
        worker = new Worker(
          `require('node:worker_threads').parentPort.postMessage(require('node:os').getPriority(0))`,
          {
            eval: true,
          },
        );
        worker.once('message', resolve);
        worker.once('error', reject);
        return {
          subscribe(l) {
            listeners.add(l);
            return () => listeners.delete(l);
          },
          cancel() {},
        };
      });
    });
    expect(await reported).toBe(target);
    await (worker as Worker | null)?.terminate();
    for (const l of listeners) l({ type: 'failed', message: 'stopped' });
  });

  it('starts the analysis worker at its nursery limit while the analysis runs (app/nursery.ts), not after', async () => {
    /** A worker with the analysis worker's 8 MB young generation: its nursery (MB) as it starts. */
    const startNursery = (): { worker: Worker; size: Promise<number> } => {
      const worker = new Worker(
        `const { getHeapSpaceStatistics } = require('node:v8');
         const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
         require('node:worker_threads').parentPort.postMessage(young.space_size / 2 ** 20);`,
        { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 } },
      );
      return { worker, size: new Promise((resolve) => worker.once('message', resolve)) };
    };
    const listeners = new Set<(e: AnalysisEvent) => void>();
    let during: { worker: Worker; size: Promise<number> } | null = null;
    withQuietThreads((): AnalysisJob => {
      during = startNursery();
      return {
        subscribe(l) {
          listeners.add(l);
          return () => listeners.delete(l);
        },
        cancel() {},
      };
    });
    const { worker, size } = during!;
    // 4 MB semi-spaces from the start (V8 would start at 1 MB and grow them as the names are read).
    expect(await size).toBeGreaterThanOrEqual(4);
    await worker.terminate();
    for (const l of listeners) l({ type: 'done', analysis: null as never });
    const after = startNursery();
    expect(await after.size).toBeLessThan(4);
    await after.worker.terminate();
  });
});
