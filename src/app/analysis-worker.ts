/**
 * The worker thread that analyses one article (see analysis/in-worker.ts). It lives at the top of
 * src/ so that it sits next to cli.js both in dist/ and in the bundle.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../analysis/analyze.js';
import type { WorkerMessage } from '../analysis/in-worker.js';
import type { Article } from '../load/article.js';

const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const { article } = workerData as { article: Article };
try {
  const { text: _text, ...rest } = analyze(article, {
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
  post({ type: 'done', analysis: rest });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
