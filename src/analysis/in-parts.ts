/**
 * A long document analysed by several threads at once. `analyze` already reads a document longer
 * than PART_CHARS in parts: the recogniser runs on each part as a document of its own, the names
 * found are then grouped, typed and placed over the whole text, and each part's words, quotes and
 * numbers are read against those entities. The parts' two steps are independent of each other,
 * so here they are shared out among helpers (other threads, src/app/analysis-worker.ts) and this
 * thread, and their findings put back in the order of the parts: the analysis is exactly
 * `analyze(article)`'s, whichever thread read which part.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { Article, Span } from '../load/article.js';
import type { Analysis, Entity } from './types.js';
import { firstAtOrAfter } from './quote-spans.js';
import {
  assemble,
  type Part,
  partsOf,
  type PartWords,
  wordsContext,
  wordsOfPart,
  type WordsContext,
} from './analyze.js';
import { findDateSpans } from './dates.js';
import { findNamedEntities } from './entities.js';
import { loadShippedModel, type NerModel, releaseTaggingMemory, type SharedModel } from './ner/model.js';
import { trace } from './trace.js';
import { namesGathering, namesOfPart, type PartNames, unpackNames } from './in-parts-names.js';

export type { PartNames } from './in-parts-names.js';

/**
 * One part's work: its names recognised, or (once the entities are known) its words read, with
 * what of the entities and dates reaches into that part (`partContext`).
 */
export type PartTask =
  | { readonly kind: 'names'; readonly part: number }
  | { readonly kind: 'words'; readonly part: number; readonly context: WordsContext }
  /** The whole text's dates (`findDateSpans`), which the grouping needs with the names. */
  | { readonly kind: 'dates' };

/** Another thread that can do part tasks on the same article. */
export interface PartHelper {
  /** Runs a task; several may be outstanding, and are done in the order given. */
  run(task: PartTask): Promise<PartNames | PartWords | Span[]>;
  /**
   * Told when a step is over (the names, before the words are given out; then the words): a helper
   * may stop its thread, and start a fresh one if given another task. Resolves once the thread
   * has stopped (its heap given back).
   */
  renew?(): Promise<void> | void;
}

/** Tasks each helper is given ahead, so that it never waits for this thread between two. */
const AHEAD = 2;

/** Where the names step ends, as a share of the whole (as in `analyze`: the recogniser is most of it). */
const NAMES_SHARE = 0.75;

/** Does one part task in this thread (a helper does the same: src/app/analysis-worker.ts). */
export function runPartTask(
  article: Article,
  parts: readonly Part[],
  task: PartTask,
  model: NerModel = loadShippedModel(),
): PartNames | PartWords | Span[] {
  if (task.kind === 'dates') return findDateSpans(article.text);
  const part = parts[task.part]!;
  trace(`${task.kind} ${task.part}`);
  const result =
    task.kind === 'names' ? namesOfPart(article.text, part, model) : wordsOfPart(article, part, task.context);
  trace(`${task.kind} ${task.part} done`);
  return result;
}

/**
 * The context one part's words are read against: only the dates, the spans no number may
 * overlap, and the entities (each with only its mentions) that reach into the part's stretch of
 * text, in the same order. Reading a part looks no further (its quotes' speakers are among the
 * mentions within its blocks, its numbers and tagged words within its text), so the part's
 * findings are the same as with the whole document's context; and a helper is sent, and holds, a
 * part's share of the names instead of all of them.
 */
export function partContext(context: WordsContext, part: Span): WordsContext {
  const entities: Entity[] = [];
  for (let k = 0; k < context.entities.length; k++) {
    const e = context.entities[k]!;
    const mentions = within(e.mentions, part);
    if (mentions) entities.push({ ...e, mentions });
  }
  const reaches = (s: Span) => s.end > part.start && s.start < part.end;
  return { dateSpans: within(context.dateSpans, part) ?? [], entities, notNumbers: context.notNumbers.filter(reaches) };
}

/**
 * The spans of a list sorted by start, and without overlaps, that reach into `part`; null for
 * none (most entities of a long document have no mention in a given part: no list is made for them).
 */
function within<T extends Span>(spans: readonly T[], part: Span): T[] | null {
  let k = firstAtOrAfter(spans, part.start);
  if (k > 0 && spans[k - 1]!.end > part.start) k--;
  if (k >= spans.length || spans[k]!.start >= part.end) return null;
  const out: T[] = [];
  for (; k < spans.length && spans[k]!.start < part.end; k++) out.push(spans[k]!);
  return out;
}

/**
 * `analyze(article)`, the parts' tasks shared between this thread and `helpers`. `onProgress` is
 * told the share done (0 to 1) after each task. `onEntities` is given the entities as soon as they
 * are known, before the parts' words are read: they are the analysis's own (the words step reads
 * them, and changes none of them), so a reader can list them and jump through their mentions
 * while the quotes, numbers and dates are still being found. `betweenSteps` is called after that
 * and before any helper is given a part's words (the worker collects this thread's garbage there).
 */
export async function analyzeInParts(
  article: Article,
  helpers: readonly PartHelper[],
  onProgress: (fraction: number) => void = () => {},
  onEntities: (entities: readonly Entity[]) => void = () => {},
  betweenSteps: () => void = () => {},
): Promise<Analysis> {
  const parts = partsOf(article);
  const n = parts.length;
  const model = loadShippedModel();
  let done = 0;
  const tick = (share: number) => onProgress(Math.min(1, (done += share / n)));

  // A helper's first task is the dates: one pass over the whole text, during which this thread
  // would answer no helper, and the helper, its tasks done, would wait for its next part (~0.3 s
  // of the 5 MB document's names step). Meanwhile this thread reads names. A helper that fails
  // leaves them to this thread.
  const datesAhead = helpers[0]?.run({ kind: 'dates' }).then(
    (spans) => spans as Span[],
    () => null,
  );
  const gathered = namesGathering();
  const keep = (r: PartNames): PartNames => ({ names: gathered.keep(r.names, r.lowerWords), lowerWords: null });
  const names = runAll(
    n,
    (k) => ({ kind: 'names', part: k }),
    helpers,
    (task) => runPartTask(article, parts, task, model) as PartNames,
    () => tick(NAMES_SHARE),
    keep,
  ) as Promise<PartNames[]>;
  const found = await names;
  const dateSpans = (await datesAhead) ?? findDateSpans(article.text);
  trace('names step done');
  // The names step's helpers have stopped before the grouping starts: its heap grows while theirs
  // would still be given back (the process's peak, else).
  await Promise.all(helpers.map((h) => h.renew?.()));
  // This thread tags no more: its tagger's tables go before the names are grouped.
  releaseTaggingMemory();
  // The parts' names made objects again, and their packed form let go before the grouping starts
  // (the process's peak with no helper); the objects once grouped.
  const recognised = found.map((f) => unpackNames(f.names));
  found.length = 0;
  trace('grouping');
  const named = findNamedEntities(article, dateSpans, model, {
    parts: parts.map((p) => p.blocks),
    recognised,
    lowerWords: gathered.finish(),
  });
  recognised.length = 0;
  const context = wordsContext(article.text, dateSpans, named);
  trace('grouped');
  onEntities(context.entities);
  trace('entities posted');
  // The grouping's garbage, spread over most of this thread's heap, is collected before the
  // words step's helpers start (they start with its first task).
  betweenSteps();
  trace('words step');
  const read = (await runAll(
    n,
    (k) => ({ kind: 'words', part: k, context: partContext(context, parts[k]!) }),
    helpers,
    (task) => runPartTask(article, parts, task, model) as PartWords,
    () => tick(1 - NAMES_SHARE),
  )) as PartWords[];
  // Nor are the words step's helpers kept while the parts are put together and sent.
  trace('words step done');
  await Promise.all(helpers.map((h) => h.renew?.()));
  return assemble(article, dateSpans, context.entities, read);
}

/**
 * Runs task `kind` for parts 0…n-1: each helper is kept AHEAD tasks ahead, and this thread takes
 * the next part itself whenever every helper has enough. A helper that fails (out of memory, say)
 * is given nothing more, and this thread does its tasks again. The results come back in part order.
 */
async function runAll<T>(
  n: number,
  taskOf: (k: number) => PartTask,
  helpers: readonly PartHelper[],
  local: (task: PartTask) => T,
  onTask: () => void,
  keep: (result: T) => T = (r) => r,
): Promise<T[]> {
  const results: T[] = new Array<T>(n);
  const outstanding = helpers.map(() => 0);
  const failed = new Set<number>();
  /** Parts not yet given out, and parts a failed helper had. */
  const todo = Array.from({ length: n }, (_, k) => k);
  let left = n;
  let wake: (() => void) | null = null;
  const settle = () => {
    left--;
    onTask();
    wake?.();
  };
  const feed = () => {
    helpers.forEach((h, i) => {
      while (!failed.has(i) && todo.length && outstanding[i]! < AHEAD) {
        const k = todo.shift()!;
        outstanding[i]!++;
        h.run(taskOf(k)).then(
          (r) => {
            results[k] = keep(r as T);
            outstanding[i]!--;
            settle();
            feed();
          },
          () => {
            failed.add(i);
            todo.unshift(k);
            wake?.();
          },
        );
      }
    });
  };
  feed();
  while (left > 0) {
    const k = todo.shift();
    if (k === undefined) {
      // Everything is given out: wait for a helper's answer (or failure).
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      continue;
    }
    results[k] = keep(local(taskOf(k)));
    settle();
    // Let the helpers' answers in (and give them their next tasks) before the next local one.
    await new Promise((resolve) => setImmediate(resolve));
    feed();
  }
  return results;
}

/**
 * What a helper thread (src/app/analysis-worker.ts) is sent, and answers: first the model its
 * coordinator shares (ner/model.ts shareShippedModel), then tasks.
 */
export type HelperRequest = { readonly id: number; readonly task: PartTask } | { readonly model: SharedModel };
export type HelperReply =
  | { readonly id: number; readonly result: PartNames | PartWords | Span[] }
  | { readonly id: number; readonly error: string };

/**
 * Helpers to start for a long document: one per idle core but one (this thread reads parts too),
 * the idle cores judged by the last minute's load average (half a core's load is idle enough). On a busy machine another thread
 * gains nothing and costs memory (about 140 MB for a 5 MB document). `override` (the
 * LEDE_ANALYSIS_HELPERS variable), when a whole number, is the count.
 */
export function analysisHelpers(
  override: string | undefined = process.env.LEDE_ANALYSIS_HELPERS,
  cores: number = availableParallelism(),
  load: number = loadavg()[0]!,
): number {
  if (override !== undefined && /^\d+$/.test(override)) return Math.min(Number(override), 16);
  return Math.max(0, Math.min(cores - 1, Math.floor(cores - load + 0.5)));
}

/**
 * A helper's heap limit: the model, the text, the entities, and one part's tokens, tags and
 * features at a time (as for the analysis's own thread, the limit makes V8 collect early).
 */
export function helperHeapMb(chars: number): number {
  return Math.round(96 + 8 * (chars / 1e6));
}

/**
 * A helper's nursery (V8's young generation; a third of it is where new objects are made) for
 * the names step: 8 MB, not 4, halves the scavenges of the garbage the tagger makes by the
 * gigabyte (as the coordinating thread's, in-worker.ts YOUNG_GENERATION_MB). The helper that
 * reads the words is another thread (`PartHelper.renew`), alive at the process's peak memory,
 * and keeps 4 MB: the larger nursery there measured +18 MB of peak.
 */
export const helperYoungGenerationMb = (step: 'names' | 'words'): number => (step === 'names' ? 8 : 4);
