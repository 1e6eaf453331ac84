import { describe, expect, it } from 'vitest';
import { measure, paneHeight, sidebarVisible, sidebarWidth } from '../../src/ui/geometry.js';
import { createPaint } from '../../src/ui/paint.js';
import { createStatusRow } from '../../src/ui/status-row.js';
import { firstFrame } from '../../src/ui/view.js';
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

describe('the status row (the terminal last row, outside Ink)', () => {
  function fakeOut() {
    const written: string[] = [];
    const out = { rows: 24, columns: 80, isTTY: true, write: (s: string) => written.push(s) > 0 };
    return { out: out as unknown as NodeJS.WriteStream, written };
  }

  it('is drawn again at the end of every frame Ink writes, in the same write', () => {
    const { out, written } = fakeOut();
    const { stdout, row } = createStatusRow(out);
    stdout.write('\u001b[?2026h');
    stdout.write('frame\n');
    expect(written).toEqual(['\u001b[?2026h', 'frame\n']); // nothing staged yet
    row.stage('STATUS 1');
    stdout.write('\u001b[2Kframe\n');
    stdout.write('\u001b[?2026l');
    expect(written.slice(2)).toEqual(['\u001b[2Kframe\n\u001b7\u001b[24;1H\u001b[2KSTATUS 1\u001b8', '\u001b[?2026l']);
    expect(stdout.rows).toBe(24);
    expect('isTTY' in stdout).toBe(true);
  });

  it('draws a change Ink writes no frame for at once, and nothing when it is already shown', () => {
    const { out, written } = fakeOut();
    const { stdout, row } = createStatusRow(out);
    row.stage('A');
    stdout.write('frame\n');
    const before = written.length;
    row.set('A');
    expect(written.length).toBe(before);
    row.set('B');
    expect(written.at(-1)).toBe('\u001b7\u001b[24;1H\u001b[2KB\u001b8');
    row.clear();
    stdout.write('frame\n');
    expect(written.at(-1)).toBe('frame\n');
  });

  it('gives the pane every row but the last when there is one, one fewer when Ink draws the status bar', () => {
    expect(paneHeight(start({ rows: 30, statusRow: true }))).toBe(29);
    expect(paneHeight(start({ rows: 30 }))).toBe(28);
    const frame = firstFrame(start({ rows: 30, statusRow: true }), createPaint('none'));
    const rows = frame.split('\r\n');
    expect(rows).toHaveLength(30);
    expect(rows[29]).toMatch(/READ {2}\? help/);
  });
});
