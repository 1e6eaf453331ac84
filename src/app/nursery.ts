/**
 * The reader's nursery (V8's young generation) kept at its size while an analysis runs (issue 14:
 * the 5 MB document's peak memory, late in the words step, with every analysis thread alive).
 * Left alone, the reader's nursery grows to V8's 16 MB semi-spaces (32 MB resident) as Ink loads
 * and the first keys come, and stays so, with 1–10 MB of it in use: the largest share of the
 * reader's heap at the peak. From the analysis's start to its end it now grows to FLOOR_BYTES
 * and no further; then it may again.
 *
 * V8 grows a nursery by `--semi-space-growth-factor`, read whenever one grows; held at 1, none
 * grows. That flag is the process's: the analysis threads would keep their first, 1 MB
 * semi-spaces too (scavenging two to four times as often), so they are started at their own limit
 * (`--min-semi-space-size`, read as a thread's heap is made; their resourceLimits cap it) and
 * never need to grow. V8 puts the factor back to its minimum of 2 whenever a thread starts (its
 * flag implications, enforced again), so it is set again while held: every FAST_MS while a thread
 * may be starting (the analysis's start, its words step), else every SLOW_MS. A scavenge of the
 * reader's in between can still grow its nursery once (every 20 ms: one round in two peaked as
 * before; every 5 ms: none in four).
 * Where `process.getBuiltinModule` is missing (Node before 20.16), nothing is held.
 */

/**
 * How often the factor is set again (a thread started meanwhile put it back to 2): while threads
 * may be starting (for WINDOW_MS after `threadsStarting`), and otherwise. A 5 ms timer alone costs
 * the reader's thread ~1% of a core.
 */
const FAST_MS = 5;
const SLOW_MS = 50;
const WINDOW_MS = 3000;

/**
 * An analysis thread's first semi-space, MB: at least the largest any is given (in-worker.ts's 8
 * MB young generation, 4 MB semi-spaces), so each starts at its resourceLimits' size.
 */
const THREAD_START_MB = 4;

/**
 * The reader's nursery (both semi-spaces) may grow to this (4 MB semi-spaces), not past it: in
 * V8's first 1 MB semi-spaces it would scavenge four times as often while keys are drawn.
 */
const FLOOR_BYTES = 8 * 2 ** 20;

let holders = 0;
let timer: NodeJS.Timeout | null = null;
let fastUntil = 0;
let v8: typeof import('node:v8') | null | undefined;

function engine(): typeof import('node:v8') | null {
  if (v8 === undefined) {
    try {
      v8 = process.getBuiltinModule?.('node:v8') ?? null;
    } catch {
      v8 = null;
    }
  }
  return v8;
}

/** The factor set again (~10 µs): 2 while the reader's nursery is under FLOOR_BYTES, else 1. */
function holdFactor(): void {
  const heap = engine()!;
  const young = heap.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  heap.setFlagsFromString(`--semi-space-growth-factor=${young && young.space_size < FLOOR_BYTES ? 2 : 1}`);
}

function tick(): void {
  holdFactor();
  timer = setTimeout(tick, performance.now() < fastUntil ? FAST_MS : SLOW_MS).unref();
}

/** What `holdNursery` gives: tell it when threads may start; let go. */
export interface NurseryHold {
  /** Analysis threads may start now (the words step's helper): the factor is set again more often for a while. */
  threadsStarting(): void;
  /** The analysis is over (once per hold; more calls do nothing). */
  release(): void;
}

/**
 * Keeps every nursery at its size until released (holds nest: the flags go back when the last is
 * let go). Call before the analysis's worker starts: it starts a window of `threadsStarting`.
 */
export function holdNursery(): NurseryHold {
  const heap = engine();
  if (!heap) return { threadsStarting() {}, release() {} };
  const set = (flags: string) => heap.setFlagsFromString(flags);
  let held = true;
  const threadsStarting = () => {
    if (!held) return;
    fastUntil = performance.now() + WINDOW_MS;
    if (timer) clearTimeout(timer);
    tick();
  };
  if (holders++ === 0) set(`--min-semi-space-size=${THREAD_START_MB}`);
  threadsStarting();
  return {
    threadsStarting,
    release() {
      if (!held) return;
      held = false;
      if (--holders > 0) return;
      if (timer) clearTimeout(timer);
      timer = null;
      set('--semi-space-growth-factor=2');
      set('--min-semi-space-size=0');
    },
  };
}
