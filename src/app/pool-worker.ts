/**
 * A worker of the analysis pool (see analysis/pool.ts): analyses the articles it is sent, one at a
 * time, for as long as the pool keeps it. Sits next to cli.js in dist/ and in the bundle.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analysis/analyze.js';
import type { PoolReply, PoolRequest } from '../analysis/pool.js';

const port = parentPort!;
port.on('message', ({ id, article }: PoolRequest) => {
  let reply: PoolReply;
  try {
    const { text: _text, ...analysis } = analyze(article);
    reply = { id, analysis };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
