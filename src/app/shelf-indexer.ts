/**
 * Fills a shelf's index in the background: each article's analysis from the cache when it is
 * there, else from the worker pool (and then kept in the cache). Reports each article as it is
 * done, so the shelf draws its progress and its index grows while the keys stay free.
 */
import type { AnalysisPool } from '../analysis/pool.js';
import type { Article } from '../load/article.js';
import type { AnalysisCache, StoredAnalysis } from '../store/analysis-cache.js';

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
  readonly onArticle: (index: number, analysis: StoredAnalysis) => void;
  readonly onProgress?: (progress: IndexProgress) => void;
  /** A cache that cannot be written is said once; the index goes on without it. */
  readonly onWarning?: (message: string) => void;
}

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
  for (const item of items) {
    const hit = cache?.get(item.key);
    if (hit) {
      cached++;
      done++;
      handlers.onArticle(item.index, hit);
      continue;
    }
    work.push(
      pool.analyse(item.article).then(
        (analysis) => {
          done++;
          const warning = cache?.put(item.key, analysis);
          if (warning && !warned) {
            warned = true;
            handlers.onWarning?.(warning);
          }
          handlers.onArticle(item.index, analysis);
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
