/**
 * The niceness of an analysis thread (the worker, src/app/analysis-worker.ts, and its helpers,
 * there and in src/app/names-helper.ts), set by each as it starts.
 */
import { getPriority, setPriority } from 'node:os';
import { analysisNiceness } from './thread-priority.js';

/**
 * On Linux a thread's niceness is its own: this thread's only, not the reader's. It is set to the
 * reader's (the main thread's) plus ANALYSIS_NICER, whatever it started at: the reader may have
 * lowered this thread already as it started it (thread-priority.ts), and a helper starts with its
 * coordinator's niceness, which is already that.
 */
export function lowerPriority(): void {
  const target = analysisNiceness();
  if (target === null) return;
  try {
    if (getPriority(0) < target) setPriority(0, target);
  } catch {
    // not allowed here: the analysis runs at the reader's priority
  }
}
