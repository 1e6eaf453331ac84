import { describe, expect, it } from 'vitest';
import { lineIndexAt } from '../../src/layout/lines.js';
import { helpColumns } from '../../src/ui/help.js';
import { maxTop, paneHeight, percentRead } from '../../src/ui/geometry.js';
import { findMatches } from '../../src/ui/search.js';
import { type Action, type ViewState, createInitialState, reducer } from '../../src/ui/state.js';
import { longArticle, makeDoc } from '../helpers/doc.js';

const doc = makeDoc(longArticle(40), [
  { name: 'Berlin', type: 'place' },
  { name: 'Paris', type: 'place' },
]);
const start = (over: Partial<Parameters<typeof createInitialState>[1]> = {}) =>
  createInitialState(doc, { cols: 120, rows: 20, ...over });
const run = (s: ViewState, ...commands: string[]) =>
  commands.reduce((acc, c) => reducer(acc, { type: 'command', command: c } as Action), s);

describe('scrolling', () => {
  it('moves by lines, pages and half pages, and never past either end', () => {
    const s = start();
    const h = paneHeight(s);
    expect(run(s, 'lineDown').top).toBe(1);
    expect(run(s, 'lineUp').top).toBe(0);
    expect(run(s, 'pageDown').top).toBe(h);
    expect(run(s, 'pageDown', 'pageUp').top).toBe(0);
    expect(run(s, 'halfPageDown').top).toBe(Math.floor(h / 2));
    expect(run(s, 'bottom').top).toBe(maxTop(s));
    expect(run(s, 'bottom', 'lineDown').top).toBe(maxTop(s));
    expect(run(s, 'bottom', 'top').top).toBe(0);
    expect(percentRead(run(s, 'bottom'))).toBe(100);
  });

  it('keeps the line being read at the top when the terminal is resized', () => {
    const s = run(start(), 'pageDown', 'pageDown', 'lineDown');
    const before = s.layout.lines[s.top]!.start;
    const narrow = reducer(s, { type: 'resize', cols: 50, rows: 20 });
    const line = narrow.layout.lines[narrow.top]!;
    expect(narrow.layout.width).toBeLessThan(s.layout.width);
    expect(line.start <= before && before <= line.end).toBe(true);
  });
});

describe('the sidebar and mentions', () => {
  it('hides the sidebar on narrow terminals and widens the text instead', () => {
    expect(start({ cols: 79 }).layout.width).toBe(77);
    expect(start({ cols: 120 }).layout.width).toBe(80);
  });

  it('shows the entity list in place of the text where the sidebar does not fit, and returns to the text on Enter', () => {
    const narrow = run(start({ cols: 60 }), 'toggleFocus');
    expect(narrow.focus).toBe('sidebar');
    const chosen = run(narrow, 'entityDown', 'chooseEntity');
    expect(chosen.focus).toBe('article');
    expect(chosen.entities[chosen.chosen!]!.name).toBe('Paris');
    expect(chosen.mark).toEqual(chosen.entities[1]!.mentions[0]);
  });

  it('chooses an entity, jumps to its first mention and walks its mentions with wrapping', () => {
    let s = run(start(), 'toggleFocus');
    expect(s.focus).toBe('sidebar');
    s = run(s, 'chooseEntity');
    const berlin = s.entities[0]!;
    expect(berlin.name).toBe('Berlin');
    expect(s.mark).toEqual(berlin.mentions[0]);
    s = run(s, 'nextMention', 'nextMention');
    expect(s.mention).toBe(2);
    expect(s.mark).toEqual(berlin.mentions[2]);
    const line = lineIndexAt(s.layout.lines, s.mark!.start);
    expect(line).toBeGreaterThan(s.top);
    expect(line).toBeLessThan(s.top + paneHeight(s));
    s = run(s, 'previousMention', 'previousMention', 'previousMention');
    expect(s.mention).toBe(berlin.mentions.length - 1);
  });

  it('reads a burst of keys against the state each arrives in: Tab then ↓ moves in the sidebar', () => {
    const keys = ['tab', 'down', 'enter'].map((name): Action => ({ type: 'key', name, text: '' }));
    const s = keys.reduce(reducer, start());
    expect(s.focus).toBe('sidebar');
    expect(s.selected).toBe(1);
    expect(s.chosen).toBe(1);
    expect(s.top).toBeGreaterThanOrEqual(0);
  });

  it('types a search query from keys, even letters that are commands elsewhere', () => {
    const keys = ['/', 'q', 'n', 'backspace', 'enter'].map((name): Action => ({
      type: 'key',
      name,
      text: name.length === 1 ? name : '',
    }));
    const s = keys.reduce(reducer, start());
    expect(s.quit).toBe(false);
    expect(s.search).toMatchObject({ typing: false, query: 'q' });
  });

  it('says what to do when n is pressed before choosing an entity', () => {
    expect(run(start(), 'nextMention').message).toMatch(/choose an entity/);
  });
});

describe('search', () => {
  const type = (s: ViewState, text: string) =>
    [...text].reduce((acc, ch) => reducer(acc, { type: 'searchInput', text: ch }), s);
  it('finds matches as the query is typed and n/N walk them once confirmed', () => {
    let s = type(run(start(), 'search'), 'paris');
    expect(s.search!.matches.length).toBe(doc.analysis.text.match(/Paris/g)!.length);
    s = run(s, 'confirmSearch', 'nextMention');
    expect(s.search!.index).toBe(1);
    expect(s.mark).toEqual(s.search!.matches[1]);
  });
  it('finds matches at their exact offsets, even after letters whose lower case is longer', () => {
    const text = 'İstanbul and Paris, paris. (a+b) too';
    expect(findMatches(text, 'paris').map((m) => text.slice(m.start, m.end))).toEqual(['Paris', 'paris']);
    expect(findMatches(text, 'Paris').map((m) => text.slice(m.start, m.end))).toEqual(['Paris']);
    expect(findMatches(text, '(a+b)').map((m) => text.slice(m.start, m.end))).toEqual(['(a+b)']);
  });

  it('returns to where the reader was when cancelled', () => {
    const s = type(run(start(), 'lineDown', 'search'), 'Paragraph 30');
    expect(s.top).toBeGreaterThan(1);
    const cancelled = run(s, 'cancelSearch');
    expect(cancelled.top).toBe(1);
    expect(cancelled.search).toBeNull();
  });
});

describe('sections', () => {
  it('moves between headings, or between paragraphs when there are none', () => {
    const sectioned = createInitialState(makeDoc(longArticle(12, 4)), { cols: 120, rows: 12 });
    const next = run(sectioned, 'nextSection');
    expect(next.layout.lines[next.top]!.kind).toBe('heading');
    const second = run(next, 'nextSection');
    expect(second.doc.analysis.text.slice(second.layout.lines[second.top]!.start).startsWith('Part 2')).toBe(true);
    expect(run(second, 'previousSection').top).toBe(next.top);

    const plain = run(start(), 'nextSection');
    expect(plain.doc.analysis.text.slice(plain.layout.lines[plain.top]!.start).startsWith('Paragraph 1 ')).toBe(true);
  });

  it('jumps to a section chosen in the outline', () => {
    const s = run(
      createInitialState(makeDoc(longArticle(12, 4)), { cols: 120, rows: 12 }),
      'outline',
      'outlineDown',
      'outlineDown',
      'chooseSection',
    );
    expect(s.overlay).toBeNull();
    expect(s.doc.analysis.text.slice(s.layout.lines[s.top]!.start).startsWith('Part 3')).toBe(true);
  });
});

describe('modes', () => {
  it('toggles highlight mode and re-wraps to make room for speaker tags', () => {
    const quoted = makeDoc(
      'T\n\nShe said “we will win this”, and left. ' + 'More words here. '.repeat(10),
      [],
      ['Ann Smith'],
    );
    const s = run(createInitialState(quoted, { cols: 120, rows: 20 }), 'toggleHighlight');
    expect(s.highlight).toBe(true);
    const tags = s.layout.lines.flatMap((l) => l.pieces).filter((p) => p.kind === 'tag');
    expect(tags.map((t) => (t.kind === 'tag' ? t.text.trim() : ''))).toEqual(['— Ann Smith']);
  });
  it('scrolls the help no further than its last line', () => {
    const small = createInitialState(doc, { cols: 60, rows: 10 });
    const scrolled = run(small, 'help', ...Array<string>(200).fill('lineDown'));
    expect(scrolled.helpTop).toBeGreaterThan(0);
    expect(run(scrolled, 'lineUp').helpTop).toBe(scrolled.helpTop - 1);
    // The last page of help shows its last line: one row less than the pane for the title.
    expect(scrolled.helpTop).toBe(helpColumns(60).rows - (paneHeight(small) - 1));
  });

  it('opens and closes help, and quits', () => {
    expect(run(start(), 'help').overlay).toBe('help');
    expect(run(start(), 'help', 'closeOverlay').overlay).toBeNull();
    expect(run(start(), 'quit').quit).toBe(true);
  });
});

describe('a pure reducer', () => {
  it('never changes the state it is given, even when a command needs text not wrapped yet', () => {
    const book = createInitialState(makeDoc(longArticle(300, 6), [{ name: 'Berlin', type: 'place' }]), {
      cols: 120,
      rows: 20,
    });
    const wrapped = book.layout.lines.length;
    expect(book.layout.complete).toBe(false);
    const before = JSON.stringify({ ...book, layout: book.layout.lines });
    const bottom = run(book, 'bottom');
    const found = [...'Paragraph 250'].reduce(
      (acc, ch) => reducer(acc, { type: 'searchInput', text: ch }),
      run(book, 'search'),
    );
    const jumped = run(book, 'toggleFocus', 'chooseEntity', 'previousMention');
    run(book, 'nextSection', 'pageDown', 'pageDown', 'pageDown');
    expect(book.layout.lines.length).toBe(wrapped);
    expect(JSON.stringify({ ...book, layout: book.layout.lines })).toBe(before);
    expect(bottom.top).toBe(maxTop(book));
    expect(found.search!.matches).toHaveLength(1);
    expect(found.top).toBeGreaterThan(wrapped);
    expect(jumped.mark).toEqual(jumped.entities[0]!.mentions.at(-1));
  });
});
