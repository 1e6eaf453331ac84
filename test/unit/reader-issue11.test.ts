import { describe, expect, it } from 'vitest';
import { measure, sidebarVisible, sidebarWidth } from '../../src/ui/geometry.js';
import { type Action, type ViewState, createInitialState, reducer } from '../../src/ui/state.js';
import { longArticle, makeDoc } from '../helpers/doc.js';

const doc = makeDoc(longArticle(40, 10), [
  { name: 'Berlin', type: 'place' },
  { name: 'Paris', type: 'place' },
]);
const start = (over: Partial<Parameters<typeof createInitialState>[1]> = {}) =>
  createInitialState(doc, { cols: 120, rows: 20, ...over });
const run = (s: ViewState, ...commands: string[]) =>
  commands.reduce((acc, c) => reducer(acc, { type: 'command', command: c } as Action), s);

/** Columns the screen takes: the pane (measure and its margins) and the sidebar. */
const drawnWidth = (s: ViewState) => s.layout.width + 2 + (sidebarVisible(s) ? sidebarWidth(s) : 0);

describe('--width wider than the room', () => {
  it('is capped to what fits beside the sidebar, at every size and after resizes', () => {
    let s = start({ width: 200 });
    for (const [cols, rows] of [
      [120, 20],
      [80, 24],
      [79, 24],
      [40, 10],
      [300, 50],
      [100, 30],
    ] as const) {
      s = reducer(s, { type: 'resize', cols, rows });
      expect(drawnWidth(s), `${cols}×${rows}`).toBeLessThanOrEqual(cols);
      expect(s.layout.width, `${cols}×${rows}`).toBe(Math.min(200, cols - (sidebarVisible(s) ? 32 : 0) - 2));
    }
    expect(drawnWidth(run(s, 'toggleSidebar'))).toBeLessThanOrEqual(100);
  });

  it('is kept when it fits', () => {
    expect(measure({ fixedWidth: 50, cols: 120, sidebarWanted: true })).toBe(50);
    expect(measure({ fixedWidth: null, cols: 200, sidebarWanted: true })).toBe(80);
  });
});
