import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | null | undefined;

/**
 * A full garbage collection, now. The reader is idle most of the time, so V8 seldom collects on
 * its own, and a long text leaves large dead copies behind (the bytes read, the decoded and the
 * cleaned text, the copy sent to the worker, the analysis as it arrived): tens of megabytes kept
 * for nothing. Called at the two moments they die; a no-op if this Node does not allow it.
 */
export function collectGarbage(): void {
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
