/**
 * V8 optimises later while an analysis finds its names (issue 14: the 5 MB document's sidebar).
 * V8 compiles a function with TurboFan once it has run through `--interrupt-budget` bytes of
 * bytecode a few times; in the analysis's first seconds that budget is spent quickly and often
 * again after a deopt, so each thread compiled the recogniser 900–960 times before the entities,
 * half of them again (`scripts/compile-churn.mjs`), on the same two cores as the names step. With
 * 8× the budget (session 22): 417 compiles, V8's own threads 3.9–4.3 → 2.5–2.6 CPU-s until the
 * entities. The flag is the process's, read as functions run, so it is raised from just before the
 * analysis's worker starts until its entities arrive (or it ends), and then put back; the reader's
 * thread, already warm from its first frame, tiers later meanwhile too.
 * Where `process.getBuiltinModule` is missing (Node before 20.16), nothing changes.
 */

/** V8's default (Node 20), put back when the last hold is let go. */
const DEFAULT_BUDGET = 67_584;
/** 8× the default: 4× left V8's threads 3.1 CPU-s; 16× cost the worker 0.3–0.4 s more. */
const NAMES_BUDGET = 8 * DEFAULT_BUDGET;

let holders = 0;

function setBudget(bytes: number): void {
  try {
    process.getBuiltinModule?.('node:v8')?.setFlagsFromString(`--interrupt-budget=${bytes}`);
  } catch {
    // no V8 to tell: nothing changes
  }
}

/** Raises the budget until `release` (holds nest; more calls of one hold's release do nothing). */
export function holdTierUp(): { release(): void } {
  if (holders++ === 0) setBudget(NAMES_BUDGET);
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      if (--holders === 0) setBudget(DEFAULT_BUDGET);
    },
  };
}
