/**
 * A pool of long-lived worker threads that analyse many articles, one at a time each: what a
 * shelf's index needs (a worker per article would spend more time starting than analysing). The
 * workers never keep the process alive and never write to the terminal.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../load/article.js';
import type { Analysis } from './types.js';

/** What the pool's worker (src/app/pool-worker.ts) is sent and answers. */
export type PoolRequest = { readonly id: number; readonly article: Article };
export type PoolReply =
  { readonly id: number; readonly analysis: Omit<Analysis, 'text'> } | { readonly id: number; readonly error: string };

/** One worker's heap: the model and lexicons, and one news article at a time. */
const POOL_HEAP_MB = 192;

export interface AnalysisPool {
  /** Analyses an article in the next free worker; rejects with the analysis's error. */
  analyse(article: Article): Promise<Omit<Analysis, 'text'>>;
  /** Stops every worker; pending analyses reject. */
  close(): void;
}

/** Workers to start: one per core but one, kept for the interface, and at least one. */
export const poolSize = (cores: number = availableParallelism()): number => Math.max(1, cores - 1);

export function createAnalysisPool(workerUrl: URL, size: number = poolSize()): AnalysisPool {
  type Pending = {
    id: number;
    article: Article;
    resolve: (a: Omit<Analysis, 'text'>) => void;
    reject: (e: Error) => void;
  };
  const queue: Pending[] = [];
  const busy = new Map<Worker, Pending>();
  const idle: Worker[] = [];
  const workers = new Set<Worker>();
  let nextId = 0;
  let closed = false;

  const dispatch = () => {
    while (!closed && queue.length) {
      const worker = idle.pop() ?? (workers.size < size ? spawn() : null);
      if (!worker) return;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.postMessage({ id: job.id, article: job.article } satisfies PoolRequest);
    }
  };
  const spawn = (): Worker => {
    const worker = new Worker(workerUrl, {
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: POOL_HEAP_MB, maxYoungGenerationSizeMb: 4 },
    });
    worker.unref();
    workers.add(worker);
    worker.on('message', (reply: PoolReply) => {
      const job = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (job) {
        if ('analysis' in reply) job.resolve(reply.analysis);
        else job.reject(new Error(reply.error));
      }
      dispatch();
    });
    const lost = (error: Error) => {
      workers.delete(worker);
      const i = idle.indexOf(worker);
      if (i >= 0) idle.splice(i, 1);
      const job = busy.get(worker);
      busy.delete(worker);
      job?.reject(error);
      dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the analysis stopped (exit ${code})`)));
    return worker;
  };

  return {
    analyse(article) {
      if (closed) return Promise.reject(new Error('the pool is closed'));
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, article, resolve, reject });
        dispatch();
      });
    },
    close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the pool is closed'));
      for (const w of workers) void w.terminate();
    },
  };
}
