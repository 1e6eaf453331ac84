/**
 * A helper thread's side of analysis/in-parts.ts's messages (`HelperRequest`, `HelperReply`), for
 * both helper scripts (names-helper.ts, and analysis-worker.ts's words helper): the model the
 * coordinator shares, adopted rather than read again, then part tasks, each answered in the order
 * given, with an error as a reply rather than a dead thread.
 */
import { parentPort } from 'node:worker_threads';
import type { HelperReply, HelperRequest, PartTask } from '../analysis/in-parts.js';
import { adoptSharedModel } from '../analysis/ner/model.js';

type Result = Extract<HelperReply, { result: unknown }>['result'];

/** Answers each task the coordinator sends with `run`'s result (a part's names: their records transferred, not copied). */
export function serveTasks(run: (task: PartTask) => Result): void {
  parentPort!.on('message', (m: HelperRequest) => {
    if ('model' in m) return adoptSharedModel(m.model);
    let reply: HelperReply;
    let transfer: ArrayBuffer[] = [];
    try {
      const result = run(m.task);
      if ('names' in result) transfer = [result.names.records.buffer as ArrayBuffer];
      reply = { id: m.id, result };
    } catch (error) {
      reply = { id: m.id, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(reply, transfer);
  });
}
