/**
 * Fills a shelf's index in the background: each article's analysis from the cache when it is
 * there, else from the worker pool (and then kept in the cache). Reports each article as it is
 * done, so the shelf draws its progress and its index grows while the keys stay free.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { type AnalysisPool, createAnalysisPool } from '../analysis/pool.js';
import { ShelfIndexBuilder } from '../layout/shelf-index-builder.js';
import type { Article } from '../load/article.js';
import { type AnalysisCache, type StoredAnalysis, openAnalysisCache } from '../store/analysis-cache.js';
import type { IndexSnapshot, ShelfIndexFeed } from '../ui/shelf-feed.js';

export interface IndexItem {
  readonly index: number;
  /** The article's content hash (store/positions.ts's articleKey). */
  readonly key: string;
  readonly article: Article;
}

export interface IndexProgress {
  readonly done: number;
  readonly total: number;
  /** Articles whose analysis came from the cache. */
  readonly cached: number;
  readonly failed: number;
}

export interface IndexHandlers {
  /** An article done; `stored` says whether its analysis is in the cache (to be read back from it). */
  readonly onArticle: (index: number, analysis: StoredAnalysis, stored: boolean) => void;
  readonly onProgress?: (progress: IndexProgress) => void;
  /** A cache that cannot be written is said once; the index goes on without it. */
  readonly onWarning?: (message: string) => void;
}

/**
 * Reading the cache runs on the thread that draws the screen: it works this long at a time, then
 * rests as long, so a key pressed meanwhile is drawn at once however many articles are cached
 * (on a loaded machine every millisecond of work here is several of waiting for a key).
 */
const CACHE_SLICE_MS = 6;

const rest = () => new Promise<void>((resolve) => setTimeout(resolve, CACHE_SLICE_MS));

/** Indexes `items`; resolves when every article is done or failed, or the pool is closed. */
export async function indexShelf(
  items: readonly IndexItem[],
  pool: AnalysisPool,
  cache: AnalysisCache | null,
  handlers: IndexHandlers,
): Promise<IndexProgress> {
  let done = 0;
  let cached = 0;
  let failed = 0;
  let warned = false;
  const report = () => handlers.onProgress?.({ done, total: items.length, cached, failed });
  const work: Promise<void>[] = [];
  let slice = performance.now();
  for (const item of items) {
    if (performance.now() - slice > CACHE_SLICE_MS) {
      report();
      await rest();
      slice = performance.now();
    }
    const hit = cache?.get(item.key);
    if (hit) {
      cached++;
      done++;
      handlers.onArticle(item.index, hit, true);
      continue;
    }
    work.push(
      pool.analyse(item.article).then(
        async (analysis) => {
          const warning = cache ? await cache.putInBackground(item.key, analysis) : 'no cache';
          done++;
          if (cache && warning && !warned) {
            warned = true;
            handlers.onWarning?.(warning);
          }
          handlers.onArticle(item.index, analysis, !warning);
          report();
        },
        () => {
          done++;
          failed++;
          report();
        },
      ),
    );
  }
  report();
  await Promise.all(work);
  return { done, total: items.length, cached, failed };
}

// ---- the shelf's feed -------------------------------------------------------------------------

/**
 * The shelf hears of the index at most this often. Each report is a frame of the whole shelf
 * (Ink draws every row again: 20-40 ms of the drawing thread on a loaded machine), so a second.
 */
const REPORT_MS = 1_000;

export interface FeedOptions {
  /** The pool's worker script (dist/pool-worker.js). */
  readonly workerUrl: URL;
  /** The cache's directory; by default beside the reading positions. */
  readonly cacheDir?: string;
  readonly poolSize?: number;
}

/**
 * Starts indexing the shelf's articles in the background and returns what the shelf reads of it
 * (ui/shelf-feed.ts). The analyses themselves stay in the cache, read back when an article is
 * opened from the index; only their entities are kept in memory (and the whole analysis of one
 * the cache could not keep).
 */
export function startShelfIndex(
  entries: readonly { readonly article: Article | null; readonly key: string | null }[],
  options: FeedOptions,
): ShelfIndexFeed {
  const items: IndexItem[] = [];
  entries.forEach(({ article, key }, index) => {
    if (article && key) items.push({ index, key, article });
  });
  const keys = new Map(items.map((i) => [i.index, i.key]));
  const builder = new ShelfIndexBuilder();
  const inCache = new Set<number>();
  const kept = new Map<number, StoredAnalysis>();
  const listeners = new Set<(s: IndexSnapshot) => void>();
  let snapshot: IndexSnapshot = { done: 0, total: items.length, failed: 0 };
  let progress: IndexProgress = { done: 0, total: items.length, cached: 0, failed: 0 };
  let timer: NodeJS.Timeout | null = null;
  let cache: AnalysisCache | null = null;
  const publish = () => {
    timer = null;
    snapshot = { done: progress.done, total: progress.total, failed: progress.failed };
    for (const l of [...listeners]) l(snapshot);
  };
  const pool = createAnalysisPool(options.workerUrl, options.poolSize);
  let closed = false;
  void (async () => {
    cache = openAnalysisCache(await analysisVersion(options.workerUrl), options.cacheDir);
    if (closed) return;
    progress = await indexShelf(items, pool, cache, {
      onArticle: (index, analysis, stored) => {
        builder.add({ index, entities: analysis.entities });
        if (stored) inCache.add(index);
        else kept.set(index, analysis);
      },
      onProgress: (p) => {
        progress = p;
        timer ??= setTimeout(publish, REPORT_MS);
      },
    });
    if (timer) clearTimeout(timer);
    publish();
  })().catch(() => {
    // The index is an extra: without it the shelf and the reader work as before.
  });
  return {
    snapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    entities: () => builder.entities(),
    analysis(index) {
      const key = keys.get(index);
      if (kept.has(index)) return kept.get(index)!;
      return key && inCache.has(index) ? (cache?.get(key) ?? null) : null;
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      listeners.clear();
      pool.close();
    },
  };
}

/**
 * The version the cached analyses are stamped with: a hash of the pool's worker script (whose
 * bundle names each chunk it loads by a hash of its content) and of the model, so a new lede or
 * a retrained model never reads an older analysis. Read as streams: the screen stays live.
 */
export async function analysisVersion(workerUrl: URL): Promise<string> {
  const hash = createHash('sha256');
  for (const file of [workerUrl, findUp('models/ner.bin', workerUrl)]) {
    try {
      for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    } catch {
      hash.update(`missing:${file.href}`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The nearest `path` above `from`, as analysis/ner/model.ts finds the model (importing that
 * module would load the recogniser's code into the thread that draws the screen).
 */
function findUp(path: string, from: URL): URL {
  for (let dir = new URL('./', from), k = 0; k < 5; k++, dir = new URL('../', dir)) {
    const candidate = new URL(path, dir);
    if (existsSync(candidate)) return candidate;
  }
  return new URL(path, from);
}
