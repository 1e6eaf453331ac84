/**
 * The collection the analysis worker runs between the names and the words of a long document
 * (app/collect-garbage.ts): it must give back the pages that hold only a few live objects among
 * the garbage, which an ordinary collection keeps.
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/app/collect-garbage.js';

const oldSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')!;

describe('collecting garbage between two steps', () => {
  it('leaves the old space about as large as what lives in it', () => {
    // Objects old enough to be in the old space, then eight in nine of them garbage, spread over
    // the same pages: a heap like the one the grouping leaves.
    const all: { k: number; s: string }[] = Array.from({ length: 600_000 }, (_, k) => ({ k, s: `name ${k}` }));
    collectGarbage();
    const kept = all.filter((_, k) => k % 9 === 0);
    all.length = 0;
    collectGarbage();
    const { space_size: size, space_used_size: used } = oldSpace();
    expect(kept).toHaveLength(66_667);
    // Uncompacted, the space keeps every page the kept objects are spread over (several times
    // what they use); compacted, a few MB over it.
    expect(size - used).toBeLessThan(8 * 1024 * 1024);
    expect(size).toBeLessThan(1.5 * used);
  });
});
