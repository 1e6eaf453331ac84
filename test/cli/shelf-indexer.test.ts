import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAnalysisPool, poolSize } from '../../src/analysis/pool.js';
import { indexShelf } from '../../src/app/shelf-indexer.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import { shelfIndex, type IndexedArticle } from '../../src/layout/shelf-index.js';
import { openAnalysisCache } from '../../src/store/analysis-cache.js';
import { articleKey } from '../../src/store/positions.js';
import { tempDir } from '../helpers/temp.js';

// The pool runs the built worker (npm test builds first).
const WORKER = join(process.cwd(), 'dist/app/pool-worker.js');
if (!existsSync(WORKER)) throw new Error('dist/ is missing: run `npm run build` first');

const texts = [
  'Talks in Paris\n\nThe French president met Angela Merkel in Paris on Monday.',
  'Merkel returns\n\nAngela Merkel flew back to Berlin. Merkel said the talks went well.',
  'Rain in Berlin\n\nIt rained in Berlin all week, the weather service said.',
];
const items = texts.map((t, index) => {
  const article = parsePlainText(t, `a${index}.txt`);
  return { index, key: articleKey(article.text), article };
});

describe('a shelf is indexed in the background, through the cache', () => {
  it('analyses each article once, then answers from the cache; the index groups across articles', async () => {
    const cache = openAnalysisCache('test', tempDir('lede-index-'));
    const pool = createAnalysisPool(pathToFileURL(WORKER), 2);
    try {
      const indexed: IndexedArticle[] = [];
      const progress: number[] = [];
      const first = await indexShelf(items, pool, cache, {
        onArticle: (index, a) => indexed.push({ index, entities: a.entities }),
        onProgress: (p) => progress.push(p.done),
      });
      expect(first).toEqual({ done: 3, total: 3, cached: 0, failed: 0 });
      expect(progress.at(-1)).toBe(3);
      const index = shelfIndex(indexed);
      expect(index.find((e) => e.name === 'Angela Merkel')?.articles.map((a) => a.index)).toEqual([0, 1]);
      expect(index.find((e) => e.name === 'Berlin')?.articles.map((a) => a.index)).toEqual([1, 2]);

      const again = await indexShelf(items, pool, cache, { onArticle: () => {} });
      expect(again).toEqual({ done: 3, total: 3, cached: 3, failed: 0 });
    } finally {
      pool.close();
    }
    // Two worker threads start and each loads the model: 1–1.5 s alone, over 5 s on a loaded two-core CI.
  }, 30_000);

  it('a closed pool rejects what is still queued, and the index counts it as failed', async () => {
    const pool = createAnalysisPool(pathToFileURL(WORKER), 1);
    const run = indexShelf(items, pool, null, { onArticle: () => {} });
    pool.close();
    expect((await run).failed).toBe(3);
  });

  it('sizes the pool to the cores, leaving one for the interface', () => {
    expect(poolSize(1)).toBe(1);
    expect(poolSize(2)).toBe(1);
    expect(poolSize(8)).toBe(7);
  });
});
