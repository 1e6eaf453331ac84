/**
 * V8's optimising held back while an analysis finds its names (app/tier-up.ts): the budget is
 * raised once for nested holds and put back when the last is let go, never twice.
 */
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdTierUp } from '../../src/app/tier-up.js';

const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');

describe('holdTierUp', () => {
  afterEach(() => vi.restoreAllMocks());

  it('raises the interrupt budget eightfold until the last hold is let go', () => {
    const set = vi.spyOn(v8, 'setFlagsFromString');
    const first = holdTierUp();
    const second = holdTierUp();
    expect(set.mock.calls).toEqual([['--interrupt-budget=540672']]);
    first.release();
    first.release();
    expect(set).toHaveBeenCalledTimes(1);
    second.release();
    expect(set.mock.calls.at(-1)).toEqual(['--interrupt-budget=67584']);
    expect(set).toHaveBeenCalledTimes(2);
  });
});
