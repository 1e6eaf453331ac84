/**
 * The worker thread that analyses one article (see analysis/in-worker.ts). It lives at the top of
 * src/ so that it sits next to cli.js both in dist/ and in the bundle.
 *
 * A long document (more than one part: analysis/analyze.ts's partsOf) is shared out: this thread
 * starts helpers, more threads of this same script (`role: 'helper'`), one per core but one, and
 * reads parts alongside them (analysis/in-parts.ts). Every analysis thread runs at a lower
 * priority than the reader's, so a key is drawn at once even while every core analyses.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { analyze, partsOf, type PartWords } from '../analysis/analyze.js';
import { shareShippedModel, type SharedModel } from '../analysis/ner/model.js';
import {
  analysisHelpers,
  analyzeInParts,
  helperYoungGenerationMb,
  helperHeapMb,
  type HelperReply,
  type HelperRequest,
  type PartHelper,
  type PartNames,
  type PartTask,
  runPartTask,
} from '../analysis/in-parts.js';
import type { Analysis } from '../analysis/types.js';
import { pack, packEntities } from '../analysis/pack.js';
import type { WorkerMessage } from '../analysis/in-worker.js';
import type { Article, Span } from '../load/article.js';
import { lowerPriority } from './analysis-priority.js';
import { serveTasks } from './serve-tasks.js';
import { trace } from '../analysis/trace.js';
import { collectGarbage } from './collect-garbage.js';

trace('worker loaded');
lowerPriority();
const data = workerData as { article: Article; role?: 'helper' };
if (data.role === 'helper') serveParts(data.article);
else void analyseArticle(data.article);

async function analyseArticle(article: Article): Promise<void> {
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  try {
    const ahead = { sent: false };
    // A long document goes through analyzeInParts even with no helper: each part's words are then
    // read against only that part's names (in-parts.ts partContext), whoever reads it.
    const analysis =
      partsOf(article).length > 1
        ? await inParts(article, analysisHelpers(), post, ahead)
        : analyze(article, { onProgress: progressTo(post) });
    const { text: _text, ...rest } = analysis;
    // Entities sent ahead are not packed again: the reader has them (the same), and puts them back.
    const { packed, transferList } = pack(ahead.sent ? { ...rest, entities: [] } : rest);
    parentPort!.postMessage({ type: 'done', packed, entitiesAhead: ahead.sent } satisfies WorkerMessage, transferList);
    trace('done posted');
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

/** Progress as the worker posts it. (A declaration: the article is analysed from the top of the module, before any const is set.) */
function progressTo(post: (m: WorkerMessage) => void): (done: number, total: number) => void {
  return (done, total) => post({ type: 'progress', done, total });
}

/** The long document read by this thread and `count` helpers (a helper that fails leaves its parts to this thread). */
async function inParts(
  article: Article,
  count: number,
  post: (m: WorkerMessage) => void,
  ahead: { sent: boolean },
): Promise<Analysis> {
  const workers: Worker[] = [];
  try {
    // The helpers are started first: each loads this script while this thread reads the model
    // (what it shares with them comes as their first message, before any task).
    const helpers = Array.from({ length: count }, () => startHelper(article, workers));
    if (helpers.length) {
      const model = shareShippedModel();
      for (const h of helpers) h.share(model);
    }
    let told = -1;
    return await analyzeInParts(
      article,
      helpers,
      (fraction) => {
        const done = Math.floor(fraction * 50) * 20;
        if (done > told) post({ type: 'progress', done: (told = done), total: 1000 });
      },
      (entities) => {
        // Ahead of the quotes, numbers and dates, packed as the whole analysis is: the reader's
        // thread reads them back once (tens of ms for the 5 MB document's 13,000 entities), and
        // the final result leaves them out.
        const { packed, transferList } = packEntities(entities);
        parentPort!.postMessage({ type: 'entities', packed } satisfies WorkerMessage, transferList);
        ahead.sent = true;
      },
      // Only for a helper about to start: compacting copies what lives to new pages before the old
      // ones go (~35 MB more for a moment), which alone, while the reader reads the entities just
      // sent, made a new peak (no helper, bench-during: 281 -> 300 and 315 MB).
      helpers.length ? collectGarbage : undefined,
    );
  } finally {
    for (const w of workers) void w.terminate();
  }
}

/**
 * A helper thread; one that cannot start fails every task, which this thread then does itself.
 * Between the names and the words it is started afresh (`renew`, which resolves once the old
 * thread has stopped): the heap its names step leaves is given back before this thread groups the
 * names, and the new thread starts with the first words task, once the grouping's garbage has been
 * collected (`collectGarbage`), not while it holds this thread's largest heap.
 */
function startHelper(article: Article, workers: Worker[]): PartHelper & { share(model: SharedModel): void } {
  let model: SharedModel | null = null;
  /** The step the next thread started is for: the first reads names, one started after `renew` words. */
  let step: 'names' | 'words' = 'names';
  const waiting = new Map<
    number,
    { resolve: (r: PartNames | PartWords | Span[]) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  const spawn = (): Worker | Error => {
    let worker: Worker;
    try {
      // The names step's helper is a lighter script (names-helper.ts); the words step's is this one.
      const script = step === 'names' ? new URL('./names-helper.js', import.meta.url) : new URL(import.meta.url);
      worker = new Worker(script, {
        workerData: { article, role: 'helper' },
        stdout: true,
        stderr: true,
        resourceLimits: {
          maxOldGenerationSizeMb: helperHeapMb(article.text.length),
          maxYoungGenerationSizeMb: helperYoungGenerationMb(step),
        },
      });
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
    workers.push(worker);
    worker.unref();
    worker.on('message', (reply: HelperReply) => {
      const w = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) w?.reject(new Error(reply.error));
      else w?.resolve(reply.result);
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`an analysis helper stopped (exit ${code})`)));
    if (model) worker.postMessage({ model } satisfies HelperRequest);
    return worker;
  };
  let worker: Worker | Error | null = spawn();
  return {
    share(shared) {
      model = shared;
      if (worker && !(worker instanceof Error)) worker.postMessage({ model } satisfies HelperRequest);
    },
    run(task: PartTask) {
      const w = (worker ??= spawn());
      if (w instanceof Error) return Promise.reject(w);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        w.postMessage({ id, task } satisfies HelperRequest);
      });
    },
    renew() {
      const old = worker;
      // Only an idle, working helper: one with tasks outstanding (or none) is left as it is.
      if (!old || old instanceof Error || waiting.size > 0) return;
      step = 'words';
      old.removeAllListeners();
      old.on('error', () => {});
      worker = null;
      return old.terminate().then(
        () => {},
        () => {},
      );
    },
  };
}

/** A helper: does the part tasks it is sent, in order, for as long as it is kept. */
function serveParts(article: Article): void {
  const parts = partsOf(article);
  serveTasks((task) => runPartTask(article, parts, task));
}
