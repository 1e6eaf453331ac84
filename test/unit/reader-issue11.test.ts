import { describe, expect, it, vi } from 'vitest';
import { measure, paneHeight, percentRead, percentSeen, sidebarVisible, sidebarWidth } from '../../src/ui/geometry.js';
import { lookup } from '../../src/ui/keymap.js';
import { rows as outlineRows } from '../../src/ui/outline.js';
import { progressMark } from '../../src/ui/shelf.js';
import { createPaint } from '../../src/ui/paint.js';
import { createStatusRow } from '../../src/ui/status-row.js';
import { firstFrame, placeTitle, statusText } from '../../src/ui/view.js';
import { type Action, type ViewState, createInitialState, reducer, structureOnly } from '../../src/ui/state.js';
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

  it('draws a change Ink writes no frame for a frame later, and nothing when it is already shown', () => {
    vi.useFakeTimers();
    try {
      const { out, written } = fakeOut();
      const { stdout, row } = createStatusRow(out);
      row.stage('A');
      stdout.write('frame\n');
      const before = written.length;
      row.set('A');
      vi.advanceTimersByTime(100);
      expect(written.length).toBe(before);
      row.set('B');
      vi.advanceTimersByTime(100);
      expect(written.at(-1)).toBe('\u001b7\u001b[24;1H\u001b[2KB\u001b8');
      row.clear();
      stdout.write('frame\n');
      expect(written.at(-1)).toBe('frame\n');
    } finally {
      vi.useRealTimers();
    }
  });

  it('never draws the status ahead of the frame Ink is about to write for the same change', () => {
    vi.useFakeTimers();
    try {
      const { out, written } = fakeOut();
      const { stdout, row } = createStatusRow(out);
      row.stage('A');
      stdout.write('frame\n');
      row.set('B'); // the reducer's change: Ink's frame for it follows within its frame interval
      expect(written.at(-1)).toBe('frame\n\u001b7\u001b[24;1H\u001b[2KA\u001b8');
      stdout.write('frame 2\n');
      vi.advanceTimersByTime(100);
      expect(written.at(-1)).toBe('frame 2\n\u001b7\u001b[24;1H\u001b[2KB\u001b8');
    } finally {
      vi.useRealTimers();
    }
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

describe('the entity list while it is being found', () => {
  const analysing = () =>
    createInitialState(
      { article: doc.article, analysis: structureOnly(doc.article) },
      { cols: 120, rows: 20, analysing: true },
    );
  const found = (s: ViewState) => reducer(s, { type: 'analysed', analysis: doc.analysis });

  it('chooses the first row when Tab was pressed meanwhile', () => {
    const s = found(run(analysing(), 'toggleFocus'));
    expect([s.focus, s.selected]).toEqual(['sidebar', 0]);
  });

  it('applies ↓ and ↑ pressed meanwhile, clamped to the list', () => {
    expect(found(run(analysing(), 'toggleFocus', 'entityDown')).selected).toBe(1);
    expect(found(run(analysing(), 'toggleFocus', 'entityDown', 'entityDown', 'entityUp')).selected).toBe(1);
    expect(found(run(analysing(), 'toggleFocus', 'entityUp')).selected).toBe(0);
    // More ↓ than rows: the last row.
    const many = run(analysing(), 'toggleFocus', ...Array<string>(9).fill('entityDown'));
    expect(found(many).selected).toBe(doc.analysis.entities.length - 1);
  });

  it('applies Enter pressed meanwhile: the entity is chosen and its first mention marked', () => {
    const s = found(run(analysing(), 'toggleFocus', 'entityDown', 'chooseEntity'));
    expect(s.chosen).toBe(1);
    expect(s.mark).toEqual(s.entities[1]!.mentions[0]);
  });

  it('applies them as soon as the entities come ahead of the rest, and the whole analysis keeps the choice', () => {
    const early = reducer(run(analysing(), 'toggleFocus', 'entityDown', 'chooseEntity'), {
      type: 'entitiesFound',
      entities: doc.analysis.entities,
    });
    expect(early.chosen).toBe(1);
    expect(early.mark).toEqual(early.entities[1]!.mentions[0]);
    expect(early.analysis).toMatchObject({ kind: 'running', entitiesKnown: true });
    const walked = run(early, 'toggleFocus', 'nextMention');
    const done = found(walked);
    expect(done.analysis.kind).toBe('done');
    expect([done.chosen, done.mention, done.selected]).toEqual([walked.chosen, walked.mention, walked.selected]);
    // The same list (the analysis holds the entities that came ahead): not sorted again.
    expect(done.entities).toBe(walked.entities);
  });
});

describe('a new / prompt', () => {
  const key = (s: ViewState, ...names: string[]) =>
    names.reduce((acc, name) => reducer(acc, { type: 'key', name, text: name.length === 1 ? name : '' }), s);

  it('cancelled with Esc keeps the search before it, its match and its place', () => {
    const searched = key(start(), '/', 'P', 'a', 'r', 'i', 's', 'enter', 'n');
    expect(searched.search?.query).toBe('Paris');
    const again = key(searched, '/', 'B', 'e', 'escape');
    expect(again.search).toEqual(searched.search);
    expect(again.mark).toEqual(searched.mark);
    expect(again.top).toBe(searched.top);
    // n still walks the earlier search.
    expect(key(again, 'n').search?.index).toBe((searched.search!.index + 1) % searched.search!.matches.length);
    // A second Esc (no prompt now) clears it, as before.
    expect(key(again, 'escape').search).toBeNull();
  });

  it('cancelled with no search before it leaves none', () => {
    expect(key(start(), '/', 'B', 'escape').search).toBeNull();
  });
});

describe('the outline', () => {
  const book = makeDoc(longArticle(60, 1));
  const open = () => run(createInitialState(book, { cols: 120, rows: 20 }), 'outline');
  const title = (s: ViewState) => outlineRows(s)[s.outline.index]?.title;

  it('pages with PgDn and PgUp and goes to either end with G and g', () => {
    const s = open();
    expect(title(s)).toBe('Part 1');
    const page = paneHeight(s) - 2;
    expect(run(s, 'outlinePageDown').outline.index).toBe(page);
    expect(run(s, 'outlinePageDown', 'outlinePageDown', 'outlinePageUp').outline.index).toBe(page);
    expect(title(run(s, 'outlineBottom'))).toBe('Part 60');
    expect(title(run(s, 'outlineBottom', 'outlineTop'))).toBe('Part 1');
    expect(lookup('outline', 'pagedown')).toBe('outlinePageDown');
    expect(lookup('outline', 'G')).toBe('outlineBottom');
    expect(lookup('outline', 'g')).toBe('outlineTop');
  });

  it('filters by typing after /, every key a letter of the filter, and Enter jumps to the match', () => {
    const type = (s: ViewState, ...names: string[]) =>
      names.reduce((acc, name) => reducer(acc, { type: 'key', name, text: name }), s);
    // After '/', every key is a letter of the filter: '/' and 'g' too, which no title holds.
    const typed = type(open(), '/', '4', '/', 'g');
    expect(typed.outline.query).toBe('4/g');
    expect(outlineRows(typed)).toEqual([]);
    const four = type(open(), '/', '4');
    expect(outlineRows(four).map((r) => r.title)).toEqual([
      'Part 4',
      'Part 14',
      'Part 24',
      'Part 34',
      'Part 40',
      'Part 41',
      'Part 42',
      'Part 43',
      'Part 44',
      'Part 45',
      'Part 46',
      'Part 47',
      'Part 48',
      'Part 49',
      'Part 54',
    ]);
    const down = reducer(four, { type: 'key', name: 'down', text: '' });
    expect(title(down)).toBe('Part 14');
    const jumped = reducer(down, { type: 'key', name: 'enter', text: '\r' });
    expect(jumped.overlay).toBeNull();
    expect(placeTitle(jumped)).toBe('Part 14');
    // Esc while typing drops the filter and keeps the outline open.
    const dropped = reducer(four, { type: 'key', name: 'escape', text: '' });
    expect([dropped.overlay, dropped.outline.query, outlineRows(dropped).length]).toEqual(['outline', '', 60]);
  });
});

describe('the status bar of a long document', () => {
  it('shows the title of the section the reader is in', () => {
    const s = createInitialState(makeDoc(longArticle(60, 5)), { cols: 120, rows: 20 });
    expect(statusText(s, 119)).toContain('A long article about Paris and Berlin');
    const later = run(s, 'nextSection', 'nextSection', 'nextSection');
    expect(statusText(later, 119)).toMatch(/^Part 3 .*§3\/12/);
  });
});

describe('the share read, for the shelf', () => {
  it('counts what scrolled past the top, and 100 only at the end', () => {
    const s = start();
    expect(percentSeen(s)).toBe(0);
    expect(percentRead(s)).toBeGreaterThan(0);
    const page = run(s, 'pageDown');
    expect(percentSeen(page)).toBeLessThan(percentRead(page));
    expect(percentSeen(page)).toBeGreaterThan(0);
    expect(percentSeen(run(s, 'bottom'))).toBe(100);
    expect(percentSeen(run(s, 'bottom', 'lineUp'))).toBeLessThan(100);
  });

  it('marks ✓ only at 100 and nothing for an article opened and left at once', () => {
    const entry = { source: 'a.txt', article: null, error: null, key: 'k', words: 10 };
    expect(progressMark(entry, 0)).toBe('');
    expect(progressMark(entry, 99.6)).toBe('99%');
    expect(progressMark(entry, 100)).toBe('✓');
  });
});
