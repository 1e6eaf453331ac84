import { Worker } from 'node:worker_threads';
import type { Article } from '../load/article.js';
import type { Analysis, Entity } from './types.js';
import { trace } from './trace.js';
import { type PackedAnalysis, inTurns, unpackEntitiesSteps, unpackSteps } from './pack.js';

/**
 * What an analysis running in a worker thread reports, in order: progress, then done or failed.
 * A long document's entities may come on their own before it is done (`entities`, once, among
 * the progress): exactly the entities the analysis that follows holds.
 */
export type AnalysisEvent =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'entities'; readonly entities: readonly Entity[] }
  | { readonly type: 'done'; readonly analysis: Analysis }
  | { readonly type: 'failed'; readonly message: string };

/** The messages the worker (src/app/analysis-worker.ts) posts: the analysis comes packed (analysis/pack.ts), without its text. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'entities'; readonly packed: PackedAnalysis }
  /** With `entitiesAhead`, the entities were sent ahead and are left out of `packed`. */
  | { readonly type: 'done'; readonly packed: PackedAnalysis; readonly entitiesAhead?: boolean }
  | { readonly type: 'failed'; readonly message: string };

/** Whether an event is the analysis's last: its result or its failure. */
export const isOutcome = (event: AnalysisEvent): boolean => event.type === 'done' || event.type === 'failed';

export interface AnalysisJob {
  /**
   * Calls `listener` with what has come so far — the entities if they came ahead, and the latest
   * progress (or the outcome) — at once, then with each new event.
   */
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
  let entities: AnalysisEvent | null = null;
  let finished = false;
  const emit = (event: AnalysisEvent) => {
    if (finished) return;
    if (event.type === 'entities') entities = event;
    else last = event;
    if (isOutcome(event)) finished = true;
    for (const l of [...listeners]) l(event);
    if (finished) void worker?.terminate();
  };
  let worker: Worker | null = null;
  const start = (limited: boolean) => {
    try {
      trace('worker started');
      const w = new Worker(workerUrl, {
        workerData: { article },
        stdout: true,
        stderr: true,
        // V8 lets a heap grow far past what it holds while garbage comes fast; a limit makes it
        // collect instead. The analysis holds one part of the text at a time (PART_CHARS), plus
        // what it has found, which grows with the text.
        resourceLimits: limited
          ? { maxOldGenerationSizeMb: heapLimitMb(article.text.length), maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
          : undefined,
      });
      worker = w;
      w.unref();
      // Read back a step at a time, the reader's keys taken between steps (pack.ts inTurns); the
      // result waits for the entities sent ahead of it.
      let ahead: Promise<unknown> = Promise.resolve();
      const failed = (error: unknown) =>
        emit({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      w.on('message', (m: WorkerMessage) => {
        if (m.type !== 'progress') trace(`reader got ${m.type}`);
        if (m.type === 'entities') {
          ahead = inTurns(unpackEntitiesSteps(m.packed)).then((found) => {
            trace('reader read the entities');
            emit({ type: 'entities', entities: found });
          });
          ahead.catch(failed);
          return;
        }
        if (m.type !== 'done') return emit(m);
        // The worker's heap (and its helpers') is given back before the reader builds the
        // analysis's objects, so that the two are never held at once: the peak memory of a long
        // document is the larger of the two, not their sum. The packed arrays are this thread's.
        w.removeAllListeners('exit');
        w.removeAllListeners('error');
        w.on('error', () => {});
        const done = async () => {
          await ahead;
          const analysis = await inTurns(unpackSteps(m.packed, article.text));
          if (!m.entitiesAhead) return emit({ type: 'done', analysis });
          // The entities came ahead: the very list the reader already shows (not read back twice).
          if (entities?.type !== 'entities')
            return emit({ type: 'failed', message: 'the entities sent ahead were lost' });
          emit({ type: 'done', analysis: { ...analysis, entities: entities.entities } });
        };
        const finish = () => done().catch(failed);
        w.terminate().then(finish, finish);
      });
      w.on('error', (error: Error & { code?: string }) => {
        // Some text needs more than the limit allows: analyse it again without one.
        if (limited && error.code === 'ERR_WORKER_OUT_OF_MEMORY' && !finished) {
          w.removeAllListeners('exit');
          start(false);
          return;
        }
        emit({ type: 'failed', message: error.message });
      });
      w.on('exit', (code) => emit({ type: 'failed', message: `the analysis stopped (exit ${code})` }));
    } catch (error) {
      emit({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  start(true);
  return {
    subscribe(listener) {
      listeners.add(listener);
      // The entities matter only while the analysis runs: its result holds them.
      if (entities && !(last && isOutcome(last))) listener(entities);
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

/**
 * The worker's nursery: small, so the garbage the analysis makes by the gigabyte is collected
 * early, but not so small that most of its time goes to scavenging (4 MB: 900 scavenges for the
 * 5 MB document; 8 MB: 450, and less CPU at the same peak RSS; 16 and 32 MB: +13 and +35 MB).
 */
const YOUNG_GENERATION_MB = 8;

/**
 * The worker's heap limit for a text of `chars` characters: a base for the model, the tagger's
 * lexicon and one part of the text at a time, and room for what is found, which grows with the
 * text (about 15 MB per million characters on news text). It is a ceiling (a text that needs more
 * is analysed again without one), not what sets how often V8 collects: under 256 MB V8 lets the
 * heap grow to at most 1.3× what its last full collection left (heap-controller.cc
 * `MaxGrowingFactor`), whatever the limit. The 5 MB document, no helper, `--trace-gc`: 37, 37 and
 * 36 mark-compacts at 100, 172 and 256 MB; 27 at 600, 21 at 1,000, 5 at 2,100 (and a higher peak).
 * What the worker holds after a full collection is 40–60 MB of it.
 */
export function heapLimitMb(chars: number): number {
  return Math.round(112 + 12 * (chars / 1e6));
}
