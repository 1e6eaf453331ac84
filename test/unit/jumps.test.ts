import { describe, expect, it } from 'vitest';
import {
  EMPTY_JUMPS,
  MAX_JUMPS,
  jumpBack,
  jumpForward,
  jumpToPrevious,
  recordJump,
  validMarks,
} from '../../src/ui/jumps.js';

describe('the jump list', () => {
  it('Ctrl-O walks back through the places jumped from, the forward key returns', () => {
    // At 0, jump to 500 (a mention), then to 900 (a section), reading on to 950.
    let list = recordJump(EMPTY_JUMPS, 0);
    list = recordJump(list, 500);
    const b1 = jumpBack(list, 950)!;
    expect(b1.to).toBe(500);
    const b2 = jumpBack(b1.list, 500)!;
    expect(b2.to).toBe(0);
    expect(jumpBack(b2.list, 0)).toBeNull();
    const f1 = jumpForward(b2.list)!;
    expect(f1.to).toBe(500);
    const f2 = jumpForward(f1.list)!;
    expect(f2.to).toBe(950);
    expect(jumpForward(f2.list)).toBeNull();
  });

  it('a new jump after going back drops the places ahead', () => {
    let list = recordJump(recordJump(EMPTY_JUMPS, 0), 500);
    list = jumpBack(list, 900)!.list; // at 500
    list = recordJump(list, 500); // jump from 500 to somewhere else
    expect(list.entries).toEqual([0, 500]);
    expect(jumpForward(list)).toBeNull();
  });

  it("'' goes back to where the last jump started, and again comes back", () => {
    const list = recordJump(EMPTY_JUMPS, 100); // jumped from 100 to 700
    const there = jumpToPrevious(list, 700)!;
    expect(there.to).toBe(100);
    expect(jumpToPrevious(there.list, 100)!.to).toBe(700);
    expect(jumpToPrevious(EMPTY_JUMPS, 5)).toBeNull();
  });

  it(`keeps the last ${MAX_JUMPS} places`, () => {
    let list = EMPTY_JUMPS;
    for (let i = 0; i < MAX_JUMPS + 20; i++) list = recordJump(list, i);
    expect(list.entries.length).toBe(MAX_JUMPS);
    expect(list.entries[0]).toBe(20);
  });
});

describe('marks', () => {
  it('keeps letters with offsets inside the text', () => {
    expect(validMarks({ a: 5, B: 0, z: 99, '1': 3, ab: 2, c: -1, d: 1.5, e: 'x' }, 50)).toEqual({ a: 5, B: 0 });
    expect(validMarks(null, 10)).toEqual({});
  });
});
