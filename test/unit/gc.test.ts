import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { collectGarbage, noteInput } from '../../src/app/gc.js';
import { lastInputAt } from '../../src/app/last-input.js';

/** A dead object big enough to matter, watched through a WeakRef (cleared only by a collection). */
function deadObject(): WeakRef<object> {
  return new WeakRef({ payload: new Array(100_000).fill('x') });
}

/**
 * The unit tests share worker threads and their modules (`isolate: false`): a component test run
 * just before in the same thread may have noted a key, and then a collection is already waiting
 * for the keys to stop. Wait until that one is over, as a reader whose keys stopped would.
 */
async function keysStopped(): Promise<void> {
  await sleep(Math.max(0, lastInputAt() + 450 - performance.now()));
}

describe('collectGarbage', () => {
  it('collects at once when no key has come', async () => {
    await keysStopped();
    const ref = deadObject();
    await sleep(0); // a WeakRef's target is kept until the job that made it ends
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });

  it('waits while keys are coming, then collects once they stop', async () => {
    await keysStopped();
    const ref = deadObject();
    await sleep(0);
    noteInput();
    collectGarbage();
    expect(ref.deref()).toBeDefined();
    await sleep(20);
    noteInput(); // another key: the wait starts again
    await sleep(300);
    expect(ref.deref()).toBeDefined();
    await sleep(400);
    expect(ref.deref()).toBeUndefined();
  });
});
