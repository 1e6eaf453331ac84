import { describe, expect, it } from 'vitest';
import { lineIndexAt } from '../../src/layout/lines.js';
import { paneHeight } from '../../src/ui/geometry.js';
import { quotesModel } from '../../src/ui/quotes-view.js';
import { type Action, type ViewState, createInitialState, inputLayer, reducer } from '../../src/ui/state.js';
import { timelineModel } from '../../src/ui/timeline-view.js';
import { firstListRow } from '../../src/ui/view-list.js';
import { statusText } from '../../src/ui/view.js';
import { viewsDoc } from '../helpers/views-doc.js';

const doc = viewsDoc();
const { text } = doc.analysis;
const start = () => createInitialState(doc, { cols: 100, rows: 16 });
const keys = (s: ViewState, ...names: string[]) =>
  names.reduce((acc, name) => reducer(acc, { type: 'key', name, text: name.length === 1 ? name : '' } as Action), s);
const marked = (s: ViewState) => (s.mark ? text.slice(s.mark.start, s.mark.end) : null);
/** The marked span is on a line the pane shows. */
const inView = (s: ViewState) => {
  const line = lineIndexAt(s.layout.lines, s.mark!.start);
  return line >= s.top && line < s.top + paneHeight(s);
};

describe('the quotes model', () => {
  it('groups the quotations by speaker in the order first quoted, the unattributed last', () => {
    const model = quotesModel(doc.analysis);
    expect(model.groups.map((g) => [g.speaker, g.count, g.unattributed])).toEqual([
      ['Ana Costa', 3, false],
      ['the mayor', 1, false],
      ['Unattributed', 1, true],
    ]);
    // Items in the order drawn: a speaker's quotations in the order of the text.
    expect(model.items.map((i) => text.slice(i.quote.start, i.quote.end))).toEqual([
      '“We will reopen the port,”',
      '“It will take weeks,”',
      '“Wait and see,”',
      '“We need money,”',
      '“Nobody told us anything,”',
    ]);
    expect(model.rows.filter((r) => r.kind === 'heading')).toHaveLength(3);
  });

  it('keeps the chosen item in the middle of the rows drawn, and its heading when the list starts there', () => {
    const { rows } = quotesModel(doc.analysis);
    expect(firstListRow(rows, 0, 3)).toBe(0);
    expect(firstListRow(rows, 4, 3)).toBe(rows.length - 3);
  });
});

describe('the quotes view', () => {
  it('opens on ", moves with j k g G (clamped) and closes on Esc, q or " without quitting', () => {
    const open = keys(start(), '"');
    expect(inputLayer(open)).toBe('quotes');
    expect(keys(open, 'j', 'j').views.quotes).toBe(2);
    expect(keys(open, 'k').views.quotes).toBe(0);
    expect(keys(open, 'G').views.quotes).toBe(4);
    expect(keys(open, 'G', 'j').views.quotes).toBe(4);
    expect(keys(open, 'G', 'g').views.quotes).toBe(0);
    for (const close of ['escape', 'q', '"']) {
      const closed = keys(open, close);
      expect(closed.overlay).toBeNull();
      expect(closed.quit).toBe(false);
    }
  });

  it('jumps to the chosen quotation on Enter and marks it; n and N then walk that speaker, wrapping', () => {
    const chosen = keys(start(), '"', 'j', 'enter');
    expect(chosen.overlay).toBeNull();
    expect(marked(chosen)).toBe('“It will take weeks,”');
    expect(inView(chosen)).toBe(true);
    expect(chosen.top).toBeGreaterThan(0);
    expect(statusText(chosen, 99)).toContain('Ana Costa quote 2/3');
    const next = keys(chosen, 'n');
    expect(marked(next)).toBe('“Wait and see,”');
    expect(inView(next)).toBe(true);
    expect(statusText(next, 99)).toContain('Ana Costa quote 3/3');
    expect(marked(keys(next, 'n'))).toBe('“We will reopen the port,”');
    expect(marked(keys(chosen, 'N'))).toBe('“We will reopen the port,”');
    expect(marked(keys(chosen, 'N', 'N'))).toBe('“Wait and see,”');
  });

  it('shows the text, not the entity list, after a jump on a terminal too narrow for the sidebar', () => {
    const narrow = createInitialState(doc, { cols: 60, rows: 16 });
    const list = keys(narrow, 'tab');
    expect(list.focus).toBe('sidebar');
    expect(keys(list, '"', 'enter').focus).toBe('article');
    expect(keys(list, 'T', 'enter').focus).toBe('article');
    // Where the sidebar is drawn beside the text, the focus stays where it was.
    expect(keys(start(), 'tab', '"', 'enter').focus).toBe('sidebar');
  });

  it('walks one quotation alone in place, and the unattributed ones as a group', () => {
    const mayor = keys(start(), '"', 'j', 'j', 'j', 'enter');
    expect(marked(mayor)).toBe('“We need money,”');
    expect(marked(keys(mayor, 'n'))).toBe('“We need money,”');
    const nobody = keys(start(), '"', 'G', 'enter');
    expect(statusText(nobody, 99)).toContain('Unattributed quote 1/1');
  });

  it('stops walking quotations once the mark moves elsewhere: Esc, a search, an entity', () => {
    const chosen = keys(start(), '"', 'enter');
    const cleared = keys(chosen, 'escape');
    expect(cleared.mark).toBeNull();
    expect(keys(cleared, 'n').message).toMatch(/choose an entity/);
    const searched = keys(chosen, '/', 'h', 'a', 'r', 'b', 'o', 'u', 'r', 'enter', 'n');
    expect(marked(searched)).toMatch(/^harbour$/i);
    expect(statusText(searched, 99)).not.toContain('quote');
  });

  it('opens while the analysis is still running and lists the quotations when they come', () => {
    const running = createInitialState(
      { ...doc, analysis: { ...doc.analysis, quotes: [] } },
      {
        cols: 100,
        rows: 16,
        analysing: true,
      },
    );
    const open = keys(running, '"', 'j');
    expect(open.overlay).toBe('quotes');
    const done = reducer(open, { type: 'analysed', analysis: doc.analysis });
    expect(done.overlay).toBe('quotes');
    expect(marked(keys(done, 'enter'))).toBe('“We will reopen the port,”');
  });
});

describe('the timeline view', () => {
  it('lists the placed dates in time order, then the unplaced in the order of the text', () => {
    const { items } = timelineModel(doc.analysis);
    expect(items.map((i) => [text.slice(i.entry.span.start, i.entry.span.end), i.entry.value, i.placed])).toEqual([
      ['March 2023', '2023-03', true],
      ['4 January 2024', '2024-01-04', true],
      ['28 January 2024', '2024-01-28', true],
      ['Monday', null, false],
    ]);
    expect(text.slice(items[0]!.entry.sentence.start, items[0]!.entry.sentence.end)).toContain('The port closed');
  });

  it('opens on T, moves, and jumps to the date in the text on Enter, marked', () => {
    const open = keys(start(), 'T');
    expect(inputLayer(open)).toBe('timeline');
    const first = keys(open, 'enter');
    expect(first.overlay).toBeNull();
    expect(marked(first)).toBe('March 2023');
    expect(inView(first)).toBe(true);
    expect(marked(keys(start(), 'T', 'G', 'enter'))).toBe('Monday');
    expect(marked(keys(start(), 'T', 'j', 'enter'))).toBe('4 January 2024');
    expect(keys(start(), 'T', 'T').overlay).toBeNull();
  });
});

describe('the brief', () => {
  it('is asked for with B, and the answer goes to the status bar', () => {
    const asked = keys(start(), 'B');
    expect(asked.views.brief).toBe(true);
    const told = reducer(asked, { type: 'briefWritten', message: 'brief written to harbour.brief.md' });
    expect(told.views.brief).toBe(false);
    expect(statusText(told, 99)).toContain('brief written to harbour.brief.md');
  });
});
