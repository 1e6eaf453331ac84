import { describe, expect, it } from 'vitest';
import * as viewport from '../../src/ui/viewport.js';

// As bubbles' viewport is tested: a window of `height` rows over `total` lines, every move clamped.
const view = (total: number, height: number, top = 0): viewport.Viewport =>
  viewport.setTop({ top: 0, height, total }, top);

describe('the viewport', () => {
  it('starts at the top, and a window taller than the text can go nowhere', () => {
    const short = view(5, 10);
    expect(short.top).toBe(0);
    expect(viewport.maxTop(short)).toBe(0);
    expect(viewport.atTop(short) && viewport.atBottom(short)).toBe(true);
    expect(viewport.pageDown(short).top).toBe(0);
    expect(viewport.bottom(short).top).toBe(0);
    expect(viewport.scrollBy(short, -3).top).toBe(0);
  });

  it('clamps every setting of the top between the first line and the last page', () => {
    expect(view(100, 10, 42).top).toBe(42);
    expect(view(100, 10, -5).top).toBe(0);
    expect(view(100, 10, 95).top).toBe(90);
    expect(view(100, 10, Number.MAX_SAFE_INTEGER).top).toBe(90);
    expect(viewport.maxTop({ height: 10, total: 100 })).toBe(90);
  });

  it('pages by the window height and half pages by half of it, never past either end', () => {
    const v = view(100, 10);
    expect(viewport.pageDown(v).top).toBe(10);
    expect(viewport.pageUp(viewport.pageDown(v)).top).toBe(0);
    expect(viewport.halfPageDown(v).top).toBe(5);
    expect(viewport.halfPageUp(viewport.halfPageDown(viewport.halfPageDown(v))).top).toBe(5);
    expect(viewport.pageDown(view(100, 10, 85)).top).toBe(90);
    expect(viewport.pageUp(view(100, 10, 4)).top).toBe(0);
    expect(viewport.halfPageUp(v).top).toBe(0);
  });

  it('moves a one-row window by a line on a half page, so no key is dead', () => {
    const v = view(10, 1, 3);
    expect(viewport.halfPageDown(v).top).toBe(4);
    expect(viewport.halfPageUp(v).top).toBe(2);
  });

  it('scrolls by any number of lines, and goes to the top and the bottom', () => {
    const v = view(50, 10, 20);
    expect(viewport.scrollBy(v, 3).top).toBe(23);
    expect(viewport.scrollBy(v, -30).top).toBe(0);
    expect(viewport.scrollBy(v, 30).top).toBe(40);
    expect(viewport.top(v).top).toBe(0);
    expect(viewport.bottom(v).top).toBe(40);
    expect(viewport.atBottom(viewport.bottom(v))).toBe(true);
    expect(viewport.atTop(viewport.bottom(v))).toBe(false);
    expect(viewport.atBottom(v) || viewport.atTop(v)).toBe(false);
  });

  it('returns the same viewport when a move changes nothing', () => {
    const v = view(50, 10, 40);
    expect(viewport.pageDown(v)).toBe(v);
    expect(viewport.setTop(v, 40)).toBe(v);
  });

  it('tells how far through the text the window reaches, by the offset of the line below it', () => {
    // Ten lines of ten characters each: line i starts at offset 10 i.
    const lines = Array.from({ length: 10 }, (_, i) => ({ start: i * 10 }));
    expect(viewport.percent({ top: 0, height: 3 }, lines, 100)).toBe(30);
    expect(viewport.percent({ top: 4, height: 3 }, lines, 100)).toBe(70);
    // The last line shows: all of it has been reached.
    expect(viewport.percent({ top: 7, height: 3 }, lines, 100)).toBe(100);
    expect(viewport.percent({ top: 0, height: 20 }, lines, 100)).toBe(100);
    expect(viewport.percent({ top: 0, height: 3 }, [], 0)).toBe(100);
  });
});
