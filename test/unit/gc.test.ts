import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { collectGarbage, noteInput } from '../../src/app/gc.js';

/** A dead object big enough to matter, watched through a WeakRef (cleared only by a collection). */
function deadObject(): WeakRef<object> {
  return new WeakRef({ payload: new Array(100_000).fill('x') });
}

describe('collectGarbage', () => {
  it('collects at once when no key has come', async () => {
    const ref = deadObject();
    await sleep(0); // a WeakRef's target is kept until the job that made it ends
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });

  it('waits while keys are coming, then collects once they stop', async () => {
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
