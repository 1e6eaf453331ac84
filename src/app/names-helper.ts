/**
 * A helper thread of a long document's names step (analysis/in-parts.ts): started by the analysis
 * worker (src/app/analysis-worker.ts) beside itself, it recognises the names of the parts it is
 * sent. A script of its own, which loads the recogniser and the model's tables but not the rest of
 * the analysis (the entity rules, the quotes, the numbers, the words' tagger and lexicons): on the
 * 5 MB document its heap starts at ~13 MB used instead of ~35, and it loads in ~50 ms of CPU
 * instead of ~200, while both cores are busy and the process nears its peak memory. The words
 * step's helper is the worker's own script (it needs all of that). Its messages are those of
 * in-parts.ts (`HelperRequest`, `HelperReply`): the shared model first, then the dates and names tasks.
 */
import { workerData } from 'node:worker_threads';
import type { Article } from '../load/article.js';
import { namesOfPart } from '../analysis/in-parts-names.js';
import { findDateSpans } from '../analysis/dates.js';
import { partsOf } from '../analysis/parts.js';
import { lowerPriority } from './analysis-priority.js';
import { serveTasks } from './serve-tasks.js';
import { trace } from '../analysis/trace.js';

trace('names helper loaded');
lowerPriority();
const { article } = workerData as { article: Article };
const parts = partsOf(article);
serveTasks((task) => {
  if (task.kind === 'words') throw new Error('a names helper was given a words task');
  if (task.kind === 'dates') return findDateSpans(article.text);
  trace(`names ${task.part}`);
  const result = namesOfPart(article.text, parts[task.part]!);
  trace(`names ${task.part} done`);
  return result;
});
