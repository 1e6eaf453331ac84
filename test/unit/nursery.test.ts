/**
 * The nursery held while an analysis runs (app/nursery.ts): V8's young generations, the reader's
 * among them, grow no further while it is held (a thread started meanwhile too, though each
 * thread's start puts V8's growth factor back), an analysis thread starts at its own limit, and
 * once let go they grow again as V8 likes.
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { holdNursery, type NurseryHold } from '../../src/app/nursery.js';

const MB = 2 ** 20;
const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size;

/** Objects made by the million, one list in seven kept: survivors enough for V8 to grow a nursery. */
const CHURN = `
  let a = [];
  const kept = [];
  for (let i = 0; i < 3e6; i++) {
    a.push({ x: i });
    if (a.length > 1e5) {
      if (i % 7 === 0) kept.push(a);
      a = [];
    }
  }
  kept.length;
`;
const churnHere = () => new Function(CHURN)() as void;

/** A thread's nursery (both semi-spaces, MB) as it starts, and after it has made garbage. */
async function threadNursery(youngMb?: number): Promise<{ start: number; after: number }> {
  const code = `
    const { getHeapSpaceStatistics } = require('node:v8');
    const { parentPort } = require('node:worker_threads');
    const size = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / ${MB};
    const start = size();
    // Some turns of the event loop first: the holder sets V8's factor again after a thread starts.
    setTimeout(() => { ${CHURN}; parentPort.postMessage({ start, after: size() }); }, 100);
  `;
  const worker = new Worker(code, {
    eval: true,
    resourceLimits: youngMb ? { maxYoungGenerationSizeMb: youngMb, maxOldGenerationSizeMb: 200 } : undefined,
  });
  try {
    return await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}

let release: (() => void) | null = null;
afterEach(() => release?.());

/** Held, with threads said to be starting (the factor set again every few ms). */
function hold(): NurseryHold {
  const held = holdNursery();
  held.threadsStarting();
  release = () => held.release();
  return held;
}

describe('holding the nursery while an analysis runs', () => {
  it('lets no nursery grow past 4 MB semi-spaces while held, and grow again once let go', async () => {
    // (This thread may have run other tests first: a hold keeps a nursery from growing, it does
    // not shrink one.)
    const before = newSpace();
    const held = hold();
    churnHere();
    // This thread's own nursery grows to the floor (4 MB semi-spaces) at most.
    expect(newSpace()).toBeLessThanOrEqual(Math.max(before, 8 * MB));
    held.threadsStarting();
    const during = await threadNursery();
    // A thread with V8's default limit (16 MB semi-spaces) starts at 4 MB ones and stays there.
    expect(during.start).toBeGreaterThanOrEqual(4);
    expect(during.after).toBeLessThanOrEqual(8);
    held.release();
    const free = await threadNursery();
    expect(free.after).toBeGreaterThan(8);
  });

  it('starts an analysis thread at its own nursery limit, so it never waits to grow', async () => {
    const before = await threadNursery(8);
    hold();
    const held = await threadNursery(8);
    // The analysis worker's 8 MB young generation: 4 MB semi-spaces from the start, not 1 MB.
    expect(before.start).toBeLessThan(4);
    expect(held.start).toBeGreaterThanOrEqual(4);
    expect(held.after).toBe(8);
  });

  it('holds while any holder does, and lets go when the last one does', async () => {
    const first = holdNursery();
    const second = holdNursery();
    first.release();
    first.release();
    second.threadsStarting();
    expect((await threadNursery()).after).toBeLessThanOrEqual(8);
    second.release();
    expect((await threadNursery()).after).toBeGreaterThan(8);
  });
});
