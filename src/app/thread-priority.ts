/**
 * The reader's thread keeps a core for its keys while an analysis runs (issue 14).
 *
 * The analysis threads lower their own priority (analysis-worker.ts), but much of their work is
 * done elsewhere: V8 collects a worker's garbage in the process's platform threads (parallel
 * scavenges, concurrent marking and sweeping), shared by every isolate and started with Node at
 * the reader's priority. The long document's analysis allocates by the gigabyte in a small
 * nursery, and those threads then used about 2 s of CPU for every 3 s the analysis thread used
 * (four of them, busy together, at nice 0): a key waited for a core behind them.
 *
 * So while an analysis runs, every thread of the process except the reader's own is made at least
 * ANALYSIS_NICER nicer than the reader, and put back as it was when the analysis ends. Linux only:
 * there a thread's niceness is its own (setpriority with a thread id); elsewhere nothing changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import type { AnalysisJob } from '../analysis/in-worker.js';
import { holdNursery } from './nursery.js';

/** How much nicer than the reader the analysis and the threads that serve it run. */
export const ANALYSIS_NICER = 10;

/** One thread of this process: its id and niceness (/proc/self/task/<tid>/stat, field 19). */
export interface ThreadInfo {
  readonly tid: number;
  readonly nice: number;
}

/** This process's threads (Linux; none elsewhere or when /proc cannot be read). */
export function processThreads(): ThreadInfo[] {
  if (process.platform !== 'linux') return [];
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return [];
  }
  const out: ThreadInfo[] = [];
  for (const t of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      out.push({ tid: Number(t), nice: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) });
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

/** The threads lowered, with the niceness each had, while at least one analysis runs. */
let lowered: Map<number, number> | null = null;
let running = 0;

/**
 * Makes every other thread of the process (not the calling thread, which must be the main one:
 * its id is the process id) at least ANALYSIS_NICER nicer than it, and returns a function that
 * puts them back once every analysis that asked has ended (idempotent). Called before the
 * analysis's worker starts, so that the worker begins at the reader's niceness and lowers itself
 * by ANALYSIS_NICER (analysis-worker.ts), not by twice as much.
 */
export function quietOtherThreads(): () => void {
  running++;
  if (running === 1) lowered = lowerOthers();
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    running--;
    if (running === 0 && lowered) {
      restore(lowered);
      lowered = null;
    }
  };
}

/** The niceness the analysis runs at: ANALYSIS_NICER more than the reader's (main) thread's; null when unknown. */
export function analysisNiceness(): number | null {
  if (process.platform !== 'linux') return null;
  try {
    // On Linux the "process" is a thread id: the process id names its main thread, the reader's.
    return Math.min(19, getPriority(process.pid) + ANALYSIS_NICER);
  } catch {
    return null;
  }
}

function lowerOthers(): Map<number, number> {
  return lower((tid) => tid !== process.pid);
}

function lowerNew(before: ReadonlySet<number>): void {
  lower((tid) => tid !== process.pid && !before.has(tid));
}

/** The threads `which` picks set to analysisNiceness() (those already as nice or nicer left alone), with the niceness each had. */
function lower(which: (tid: number) => boolean): Map<number, number> {
  const changed = new Map<number, number>();
  const target = analysisNiceness();
  if (target === null) return changed;
  for (const { tid, nice } of processThreads()) {
    if (!which(tid) || nice >= target) continue;
    try {
      setPriority(tid, target);
      changed.set(tid, nice);
    } catch {
      // not allowed, or the thread ended meanwhile
    }
  }
  return changed;
}

function restore(changed: Map<number, number>): void {
  const alive = new Set(processThreads().map((t) => t.tid));
  for (const [tid, nice] of changed) {
    if (!alive.has(tid)) continue;
    try {
      setPriority(tid, nice);
    } catch {
      // Raising a priority back needs no privilege when it is not above the thread's start
      // (RLIMIT_NICE permitting); if it is refused, the thread stays nicer, which costs only speed.
    }
  }
}

/**
 * An analysis started by `start` with every other thread quietened (quietOtherThreads), and the
 * reader's nursery kept at its size (nursery.ts), from just before its worker starts until it is
 * done, has failed or is cancelled.
 */
export function withQuietThreads(start: () => AnalysisJob): AnalysisJob {
  const quietened = quietOtherThreads();
  const nursery = holdNursery();
  const restore = () => {
    nursery.release();
    quietened();
  };
  const before = new Set(processThreads().map((t) => t.tid));
  const job = start();
  // The worker's thread, lowered from its first instructions: Node's start-up in it, and the
  // loading and compiling of the analysis's modules, come before it can lower itself.
  lowerNew(before);
  job.subscribe((event) => {
    if (event.type === 'done' || event.type === 'failed') restore();
    // A long document's entities come just before its words step, whose helper thread starts then.
    else if (event.type === 'entities') nursery.threadsStarting();
  });
  return {
    subscribe: (listener) => job.subscribe(listener),
    cancel() {
      restore();
      job.cancel();
    },
  };
}
