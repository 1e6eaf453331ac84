/**
 * A long document analysed by several threads (analysis/in-parts.ts, app/analysis-worker.ts):
 * the same analysis as one thread's, whichever thread reads which part, and the analysis threads
 * below the reader's priority. Seconds of CPU each, so in the full suite; the second test runs the
 * built worker (dist/analysis-worker.js: `npm run build` first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, partsOf } from '../../src/analysis/analyze.js';
import { analyseInWorker } from '../../src/analysis/in-worker.js';
import {
  analysisHelpers,
  analyzeInParts,
  type PartHelper,
  type PartTask,
  runPartTask,
} from '../../src/analysis/in-parts.js';
import type { Analysis, Entity } from '../../src/analysis/types.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import { chronicle } from '../helpers/chronicle.js';

const WORKER = pathToFileURL(join(process.cwd(), 'dist/analysis-worker.js'));
const long = parsePlainText(chronicle(900), 'chronicle.txt');
let alone: Analysis | null = null;
/** The analysis in one thread, as `analyze` gives it (made once: seconds). */
const one = (): Analysis => (alone ??= analyze(long));

/** A helper in this thread that answers each task after a delay of its own, so answers come back out of order. */
function slowHelper(delays: readonly number[], seen: PartTask[] = []): PartHelper {
  let n = 0;
  const parts = partsOf(long);
  return {
    run: (task) =>
      new Promise((resolve) => {
        seen.push(task);
        const result = runPartTask(long, parts, task);
        setTimeout(() => resolve(result), delays[n++ % delays.length]);
      }),
  };
}

describe('how many helpers', () => {
  it('one per idle core but one, none on a busy machine, or as LEDE_ANALYSIS_HELPERS says', () => {
    expect(analysisHelpers(undefined, 2, 0.1)).toBe(1);
    expect(analysisHelpers(undefined, 2, 1.3)).toBe(1);
    expect(analysisHelpers(undefined, 2, 1.6)).toBe(0);
    expect(analysisHelpers(undefined, 2, 14)).toBe(0);
    expect(analysisHelpers(undefined, 8, 0.2)).toBe(7);
    expect(analysisHelpers(undefined, 1, 0)).toBe(0);
    expect(analysisHelpers('2', 2, 14)).toBe(2);
    expect(analysisHelpers('0', 8, 0)).toBe(0);
    expect(analysisHelpers('many', 2, 0)).toBe(1);
  });
});

describe('a long document read by several threads', () => {
  it('names grouped across parts ("Dr Lopez" far from "Maria Lopez"), and the document is in several parts', () => {
    expect(partsOf(long).length).toBeGreaterThanOrEqual(3);
  });

  it(
    'gives exactly the analysis one thread gives, whichever helper reads which part',
    { timeout: 300_000 },
    async () => {
      const shared = await analyzeInParts(long, [slowHelper([30, 1, 12]), slowHelper([2, 25])]);
      expect(shared).toEqual(one());
      const lopez = one().entities.find((e) => e.name === 'Maria Lopez');
      // Named in full in the first part only, she is the "Dr Lopez" of every later part too.
      expect(lopez?.mentions.at(-1)!.start).toBeGreaterThan(partsOf(long).at(-1)!.start);
    },
  );

  it(
    'the same analysis with no helper at all (this thread reads every part), as the worker does on a busy machine',
    { timeout: 300_000 },
    async () => {
      expect(await analyzeInParts(long, [])).toEqual(one());
    },
  );

  it(
    "a helper is sent, with each part's words, only the names and dates that reach into that part",
    { timeout: 300_000 },
    async () => {
      const seen: PartTask[] = [];
      expect(await analyzeInParts(long, [slowHelper([1], seen)])).toEqual(one());
      const parts = partsOf(long);
      const words = seen.filter((t) => t.kind === 'words');
      expect(words.length).toBeGreaterThan(0);
      const everyMention = one().entities.reduce((n, e) => n + e.mentions.length, 0);
      for (const t of words) {
        const part = parts[t.part]!;
        const reaches = (s: { start: number; end: number }) => s.end > part.start && s.start < part.end;
        const mentions = t.context.entities.flatMap((e) => e.mentions);
        expect(mentions.length).toBeGreaterThan(0);
        expect(mentions.every(reaches)).toBe(true);
        expect(t.context.notNumbers.every(reaches)).toBe(true);
        expect(t.context.dateSpans.every(reaches)).toBe(true);
        expect(mentions.length).toBeLessThan(everyMention);
      }
    },
  );

  it(
    "the entities are given out before any part's words are read, and they are the analysis's own",
    { timeout: 300_000 },
    async () => {
      const seen: PartTask[] = [];
      const early: { entities: readonly Entity[]; wordsTasks: number }[] = [];
      const result = await analyzeInParts(long, [slowHelper([1], seen)], undefined, (entities) =>
        early.push({ entities, wordsTasks: seen.filter((t) => t.kind === 'words').length }),
      );
      expect(result).toEqual(one());
      expect(early).toHaveLength(1);
      expect(early[0]!.wordsTasks).toBe(0);
      expect(early[0]!.entities.length).toBeGreaterThan(10);
      expect(early[0]!.entities).toEqual(one().entities);
    },
  );

  it(
    "the names are grouped once the names step's helper has stopped, this thread collects its garbage before any words are given out, and the words' helper stops before the parts are put together",
    { timeout: 300_000 },
    async () => {
      const events: string[] = [];
      const inner = slowHelper([1]);
      const helper: PartHelper = {
        run: (task) => {
          events.push(task.kind);
          return inner.run(task);
        },
        // A thread takes a while to stop: the grouping must wait for it.
        renew: () => new Promise<void>((resolve) => setTimeout(() => (events.push('stopped'), resolve()), 50)),
      };
      const result = await analyzeInParts(
        long,
        [helper],
        undefined,
        () => events.push('entities'),
        () => events.push('collected'),
      );
      expect(result).toEqual(one());
      const steps = events.filter((e, k) => e !== events[k - 1]);
      // The dates first: a helper reads them while this thread starts on the names.
      expect(steps).toEqual(['dates', 'names', 'stopped', 'entities', 'collected', 'words', 'stopped']);
    },
  );

  it(
    'a helper that fails to find the dates leaves them to this thread: still the same analysis',
    { timeout: 300_000 },
    async () => {
      const working = slowHelper([1]);
      const asked: string[] = [];
      const helper: PartHelper = {
        run: (task) => {
          asked.push(task.kind);
          return task.kind === 'dates' ? Promise.reject(new Error('out of memory')) : working.run(task);
        },
      };
      expect(await analyzeInParts(long, [helper])).toEqual(one());
      expect(asked[0]).toBe('dates');
    },
  );

  it('a helper that fails leaves its parts to this thread: still the same analysis', { timeout: 300_000 }, async () => {
    const working = slowHelper([5]);
    let tasks = 0;
    const failing: PartHelper = {
      // Does one part, then fails as a helper out of memory does.
      run: (task) => (tasks++ === 0 ? working.run(task) : Promise.reject(new Error('out of memory'))),
    };
    expect(await analyzeInParts(long, [failing])).toEqual(one());
    expect(tasks).toBeGreaterThan(1);
  });

  it('the built worker analyses a news story whole, in its own thread, as analyze does', async () => {
    const story = parsePlainText(chronicle(3), 'story.txt');
    expect(partsOf(story)).toHaveLength(1);
    const job = analyseInWorker(story, WORKER);
    const result = await new Promise<Analysis>((resolve, reject) =>
      job.subscribe((e) =>
        e.type === 'done' ? resolve(e.analysis) : e.type === 'failed' && reject(new Error(e.message)),
      ),
    );
    expect(result).toEqual(analyze(story));
  });

  it('the worker thread has ended when its analysis reaches this thread: the two are never held at once', async () => {
    const story = parsePlainText(chronicle(3), 'story.txt');
    const before = threadCount();
    const job = analyseInWorker(story, WORKER);
    let during = 0;
    const at = await new Promise<number>((resolve, reject) =>
      job.subscribe((e) => {
        if (e.type === 'progress') during = Math.max(during, threadCount());
        else if (e.type === 'done') resolve(threadCount());
        else if (e.type === 'failed') reject(new Error(e.message));
      }),
    );
    if (process.platform !== 'linux') return;
    expect(during).toBeGreaterThan(before);
    expect(at).toBe(before);
  });

  it(
    'the built worker shares the parts out to helper threads at a lower priority, a fresh helper for the words, same analysis',
    { timeout: 300_000 },
    async () => {
      // One helper, whatever the machine's load (the worker reads the variable when it starts).
      process.env.LEDE_ANALYSIS_HELPERS = '1';
      const job = analyseInWorker(long, WORKER);
      delete process.env.LEDE_ANALYSIS_HELPERS;
      const niceness = new Set<string>();
      const lowered = new Set<string>();
      const early: (readonly Entity[])[] = [];
      /** What one who subscribes once the entities have come is told: them first, then the rest. */
      const late: string[] = [];
      const result = await new Promise<Analysis>((resolve, reject) => {
        job.subscribe((e) => {
          if (e.type === 'progress')
            for (const [tid, n] of threadNiceness()) {
              niceness.add(n);
              if (Number(n) > getPriority(0)) lowered.add(tid);
            }
          else if (e.type === 'entities') {
            early.push(e.entities);
            job.subscribe((l) => late.push(l.type));
          } else if (e.type === 'done') resolve(e.analysis);
          else reject(new Error(e.message));
        });
      });
      expect(result).toEqual(one());
      // The entities came ahead of the rest, once, packed and read back as the analysis is.
      expect(early).toHaveLength(1);
      expect(early[0]).toEqual(one().entities);
      expect(late[0]).toBe('entities');
      expect(late.at(-1)).toBe('done');
      if (process.platform === 'linux') {
        // This thread (the reader's, in lede) keeps its priority; the analysis threads run 10 below.
        const own = getPriority(0);
        expect(niceness).toContain(String(own));
        expect(niceness).toContain(String(Math.min(19, own + 10)));
        // The coordinator, its helper for the names, and the helper started afresh for the words.
        expect(lowered.size).toBeGreaterThanOrEqual(3);
      }
    },
  );
});

/** How many threads this process has (Linux; 0 elsewhere). */
function threadCount(): number {
  return process.platform === 'linux' ? readdirSync('/proc/self/task').length : 0;
}

/** Each of this process's threads and its niceness (Linux: /proc/self/task/<tid>/stat, field 19). */
function threadNiceness(): [string, string][] {
  if (process.platform !== 'linux') return [];
  return readdirSync('/proc/self/task').flatMap((tid): [string, string][] => {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      return [[tid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]!]];
    } catch {
      return []; // the thread ended meanwhile
    }
  });
}
