import { describe, expect, it } from 'vitest';
import { type ShelfAction, createShelfState, shelfReducer } from '../../src/ui/shelf-state.js';

const keys = (...names: string[]): ShelfAction[] => names.map((name) => ({ type: 'key', name, text: '' }));
const press = (count: number, height: number, ...names: string[]) =>
  keys(...names).reduce(shelfReducer, createShelfState(count, 0, height));

describe("the shelf's list", () => {
  it('moves with the keys the key table gives the shelf, and wraps round at either end', () => {
    expect(press(5, 10, 'down', 'j').selected).toBe(2);
    expect(press(5, 10, 'down', 'up', 'k').selected).toBe(4);
    expect(press(5, 10, 'up').selected).toBe(4);
    expect(press(5, 10, 'up', 'down').selected).toBe(0);
    // Keys the table does not give the shelf do nothing, digits included.
    expect(press(5, 10, 'z', '2', 'space')).toEqual(createShelfState(5, 0, 10));
  });

  it('goes to the last article with G or End and the first with g or Home', () => {
    expect(press(5, 10, 'G').selected).toBe(4);
    expect(press(5, 10, 'end').selected).toBe(4);
    expect(press(5, 10, 'G', 'g').selected).toBe(0);
    expect(press(5, 10, 'down', 'home').selected).toBe(0);
    expect(press(30, 10, 'G').top).toBe(20);
  });

  it('opens the chosen row on Enter, each press seen, and quits on q, Q and Ctrl-C', () => {
    const once = press(5, 10, 'down', 'enter');
    expect(once.open).toEqual({ index: 1, walk: null });
    const twice = shelfReducer(once, keys('enter')[0]!);
    expect(twice.open).toEqual({ index: 1, walk: null });
    expect(twice.open).not.toBe(once.open);
    for (const q of ['q', 'Q', 'ctrl+c']) expect(press(5, 10, q).quit).toBe(true);
    expect(press(0, 10, 'enter', 'down').open).toBeNull();
  });

  it('scrolls as little as it takes to keep the chosen row in view', () => {
    const s = press(20, 5, 'down', 'down', 'down', 'down', 'down');
    expect(s.selected).toBe(5);
    expect(s.top).toBe(1);
    expect(press(20, 5, 'up').top).toBe(15);
    const back = keys('up', 'up', 'up').reduce(shelfReducer, s);
    expect(back.top).toBe(1);
    expect(keys('up', 'up').reduce(shelfReducer, back).top).toBe(0);
    expect(createShelfState(20, 12, 5).top).toBe(8);
    expect(shelfReducer(createShelfState(20, 12, 5), { type: 'resize', height: 3 }).top).toBe(10);
  });
});
