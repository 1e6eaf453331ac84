import { Worker } from 'node:worker_threads';
import type { Article } from '../load/article.js';
import type { Analysis } from './types.js';

/** What an analysis running in a worker thread reports, in order: progress, then done or failed. */
export type AnalysisEvent =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly analysis: Analysis }
  | { readonly type: 'failed'; readonly message: string };

/** The messages the worker (src/analysis-worker.ts) posts: the analysis comes without its text. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly analysis: Omit<Analysis, 'text'> }
  | { readonly type: 'failed'; readonly message: string };

export interface AnalysisJob {
  /** Calls `listener` with the latest progress (or the outcome) at once, then with each new event. */
  subscribe(listener: (event: AnalysisEvent) => void): () => void;
  /** Stops the worker; nothing more is reported. */
  cancel(): void;
}

/**
 * Analyses `article` in a worker thread, so the reader draws and scrolls while a long text is
 * still being read. The worker never keeps the process alive, and never writes to the terminal.
 */
export function analyseInWorker(article: Article, workerUrl: URL): AnalysisJob {
  const listeners = new Set<(event: AnalysisEvent) => void>();
  let last: AnalysisEvent | null = null;
  let finished = false;
  const emit = (event: AnalysisEvent) => {
    if (finished) return;
    last = event;
    if (event.type !== 'progress') finished = true;
    for (const l of [...listeners]) l(event);
    if (finished) void worker?.terminate();
  };
  let worker: Worker | null = null;
  try {
    worker = new Worker(workerUrl, { workerData: { article }, stdout: true, stderr: true });
    worker.unref();
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'done') emit({ type: 'done', analysis: { ...m.analysis, text: article.text } });
      else emit(m);
    });
    worker.on('error', (error) => emit({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
    worker.on('exit', (code) => emit({ type: 'failed', message: `the analysis stopped (exit ${code})` }));
  } catch (error) {
    emit({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (last) listener(last);
      return () => listeners.delete(listener);
    },
    cancel() {
      if (!finished) {
        finished = true;
        void worker?.terminate();
      }
      listeners.clear();
    },
  };
}
