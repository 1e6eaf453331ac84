import v8 from 'node:v8';
import vm from 'node:vm';
import { lastInputAt } from './last-input.js';

export { noteInput } from './last-input.js';

let collect: (() => void) | null | undefined;

/** A full collection waits until no key has come for this long: it stops the thread for tens of ms. */
const QUIET_MS = 400;
let waiting: NodeJS.Timeout | null = null;

/**
 * A full garbage collection, soon. The reader is idle most of the time, so V8 seldom collects on
 * its own, and a long text leaves large dead copies behind (the bytes read, the decoded and the
 * cleaned text, the copy sent to the worker, the analysis as it arrived): tens of megabytes kept
 * for nothing. Called at the two moments they die; it runs at once unless keys are coming (held
 * `j` while the analysis arrives), then once they have stopped for QUIET_MS, so no press waits
 * for it. A no-op if this Node does not allow it.
 */
export function collectGarbage(): void {
  if (waiting) return;
  const wait = lastInputAt() + QUIET_MS - performance.now();
  if (wait > 0) {
    waiting = setTimeout(() => {
      waiting = null;
      collectGarbage();
    }, wait).unref();
    return;
  }
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
