/**
 * Moving as in less and vim, at the reducer: counts, the jump list, marks, the less keys, the
 * unknown-key hint and what `y`, `Y` and `=` pick. Keys go in by name, as the terminal sends them.
 */
import { describe, expect, it } from 'vitest';
import { lineIndexAt, offsetOfLine } from '../../src/layout/lines.js';
import { maxTop, paneHeight, percentRead } from '../../src/ui/geometry.js';
import { withDigit } from '../../src/ui/counts.js';
import { shownKey } from '../../src/ui/navigation.js';
import { type Action, type ViewState, createInitialState, reducer } from '../../src/ui/state.js';
import { statusText } from '../../src/ui/view.js';
import { longArticle, makeDoc } from '../helpers/doc.js';

const doc = makeDoc(longArticle(60, 6), [
  { name: 'Berlin', type: 'place' },
  { name: 'Paris', type: 'place' },
  { name: 'Lyon', type: 'place', surfaces: ['Paragraph 50'] },
]);
const start = (over: Partial<Parameters<typeof createInitialState>[1]> = {}) =>
  createInitialState(doc, { cols: 120, rows: 20, ...over });

/** Keys by name, each one a key press: 'j', 'ctrl+o', 'enter'… */
const press = (s: ViewState, ...names: string[]) =>
  names.reduce(
    (acc, name) => reducer(acc, { type: 'key', name, text: [...name].length === 1 ? name : '' } as Action),
    s,
  );
/** Typed characters, each a key press: type(s, '5j') is 5 then j. */
const type = (s: ViewState, keys: string) =>
  [...keys].reduce((acc, k) => reducer(acc, { type: 'key', name: k === ' ' ? 'space' : k, text: k }), s);
const place = (s: ViewState) => offsetOfLine(s.layout.lines, s.top);
const status = (s: ViewState) => statusText(s, 200);
/** The view scrolled down by some lines, so it is somewhere in the middle. */
const middle = () => type(start(), '30j');

describe('counts', () => {
  it('5j moves five lines, 3k three back, and the pending count shows in the status bar', () => {
    const pending = type(start(), '5');
    expect(pending.top).toBe(0);
    expect(status(pending)).toContain('count 5');
    const moved = press(pending, 'j');
    expect(moved.top).toBe(5);
    expect(status(moved)).not.toContain('count');
    expect(type(moved, '3k').top).toBe(2);
    expect(type(start(), '12j').top).toBe(12);
  });

  it('Esc drops the count and nothing else: the search stays', () => {
    let s = press(type(start(), '/Paris'), 'enter');
    const match = s.mark;
    s = press(type(s, '7'), 'escape');
    expect(s.nav.count).toBeNull();
    expect(s.mark).toEqual(match);
    expect(s.search).not.toBeNull();
    expect(press(s, 'j').top).toBe(s.top + 1);
  });

  it('scales pages and half pages, and repeats sections and mentions', () => {
    const h = paneHeight(start());
    expect(type(start(), '2 ').top).toBe(2 * h);
    expect(type(start(), '3d').top).toBe(3 * Math.floor(h / 2));
    const sections = doc.analysis.sections;
    // From the title, ] goes to the first section: 3] to the third.
    const third = type(start(), '3]');
    expect(third.top).toBe(lineIndexAt(third.layout.lines, sections[2]!.start));
    expect(type(third, '2[').top).toBe(lineIndexAt(third.layout.lines, sections[0]!.start));
    // 3n: from the first search match, the third one on.
    const searched = press(type(start(), '/Berlin'), 'enter');
    const matches = searched.search!.matches;
    expect(type(searched, '3n').mark).toEqual(matches[searched.search!.index + 3]);
  });

  it('NG and Ng put line N at the top; N% goes N percent through; % alone says what it wants', () => {
    expect(type(start(), '40G').top).toBe(39);
    expect(type(start(), '40g').top).toBe(39);
    expect(type(start(), '99999G').top).toBe(maxTop(start()));
    const half = type(start(), '50%');
    const at = Math.floor(doc.analysis.text.length / 2);
    expect(half.top).toBe(lineIndexAt(half.layout.lines, at));
    expect(percentRead(type(start(), '100%'))).toBe(100);
    const bare = type(start(), '%');
    expect(bare.top).toBe(0);
    expect(bare.message).toMatch(/number first/);
  });

  it('a leading 0 is no count, and a count stops growing at its maximum', () => {
    expect(withDigit(null, '0')).toBeNull();
    expect(withDigit(4, '0')).toBe(40);
    expect(withDigit(999_999, '9')).toBe(999_999);
    expect(type(start(), '0j').top).toBe(1);
  });
});

describe('the jump list', () => {
  it('Ctrl-O after an entity jump returns to the exact line; Ctrl-N goes forward again', () => {
    const before = middle();
    const row = before.entities.findIndex((e) => e.name === 'Lyon');
    const lyon = press(press(before, 'tab', ...Array<string>(row).fill('down'), 'enter'), 'tab');
    expect(lyon.entities[lyon.chosen!]!.name).toBe('Lyon');
    expect(lyon.focus).toBe('article');
    expect(lyon.top).not.toBe(before.top);
    const back = press(lyon, 'ctrl+o');
    expect(back.top).toBe(before.top);
    const forward = press(back, 'ctrl+n');
    expect(forward.top).toBe(lyon.top);
    expect(press(forward, 'ctrl+n').message).toBe('no later jump');
  });

  it("'' goes back to before the last jump, and again returns", () => {
    const before = middle();
    const bottom = press(before, 'G');
    const back = type(bottom, "''");
    expect(back.top).toBe(before.top);
    expect(type(back, "''").top).toBe(bottom.top);
  });

  it('remembers g, G, sections, search matches, percentages and line numbers, not scrolling', () => {
    const s = middle();
    for (const keys of ['g', 'G', ']', '[', '50%', '10G']) expect(press(type(s, keys), 'ctrl+o').top, keys).toBe(s.top);
    const searched = press(type(s, '/Paragraph 55'), 'enter');
    expect(searched.top).not.toBe(s.top);
    expect(press(searched, 'ctrl+o').top).toBe(s.top);
    // Scrolling is not a jump: Ctrl-O goes back past it, to where the last jump started.
    const scrolled = type(press(s, 'G'), 'kkkk');
    expect(press(scrolled, 'ctrl+o').top).toBe(s.top);
    expect(press(start(), 'ctrl+o').message).toBe('no earlier jump');
  });

  it('keeps places as text offsets: after a resize Ctrl-O lands on the line holding the same words', () => {
    const before = middle();
    const offset = place(before);
    const jumped = press(before, 'G');
    const narrow = reducer(jumped, { type: 'resize', cols: 60, rows: 20 });
    const back = press(narrow, 'ctrl+o');
    expect(back.top).toBe(lineIndexAt(back.layout.lines, offset));
    const line = back.layout.lines[back.top]!;
    expect(line.start <= offset && offset <= Math.max(line.end, line.start)).toBe(true);
  });
});

describe('marks', () => {
  it("m and a letter marks the place, ' and the letter comes back to it (and is a jump)", () => {
    const marked = type(middle(), 'ma');
    expect(marked.message).toBe('mark a set');
    expect(marked.nav.marks).toEqual({ a: place(marked) });
    const away = type(marked, 'G');
    const back = type(away, "'a");
    expect(back.top).toBe(marked.top);
    expect(press(back, 'ctrl+o').top).toBe(away.top);
  });

  it('says so for a mark not set or a key that is not a letter, and Esc cancels', () => {
    expect(type(start(), "'b").message).toMatch(/no mark b/);
    expect(type(start(), 'm1').message).toMatch(/a letter/);
    expect(status(type(start(), 'm'))).toContain('which letter');
    const cancelled = press(type(start(), 'm'), 'escape');
    expect(cancelled.nav.prefix).toBeNull();
    expect(cancelled.nav.marks).toEqual({});
  });

  it('a key that is no letter, Ctrl-C or an arrow, cancels the mark and does what it does', () => {
    expect(press(type(start(), 'm'), 'ctrl+c').quitAll).toBe(true);
    const down = press(type(start(), "'"), 'down');
    expect(down.top).toBe(1);
    expect(down.nav.prefix).toBeNull();
  });

  it('takes marks saved with the position, dropping any outside the text', () => {
    const s = start({ marks: { a: 500, b: 10 ** 9, '!': 3 } });
    expect(s.nav.marks).toEqual({ a: 500 });
    expect(lineIndexAt(type(s, "'a").layout.lines, 500)).toBe(type(s, "'a").top);
  });
});

describe('the less keys', () => {
  it('Ctrl-F/B page, Ctrl-D/U half page, Ctrl-E/Ctrl-Y, e and Enter a line', () => {
    const h = paneHeight(start());
    expect(press(start(), 'ctrl+f').top).toBe(h);
    expect(press(start(), 'ctrl+f', 'ctrl+b').top).toBe(0);
    expect(press(start(), 'ctrl+d').top).toBe(Math.floor(h / 2));
    expect(press(start(), 'ctrl+d', 'ctrl+u').top).toBe(0);
    expect(press(start(), 'ctrl+e', 'e', 'enter').top).toBe(3);
    expect(press(start(), 'ctrl+e', 'ctrl+e', 'ctrl+y').top).toBe(1);
  });

  it('Enter in the sidebar still chooses; Shift-Tab moves the focus back', () => {
    const sidebar = press(start(), 'tab');
    const chosen = press(sidebar, 'enter');
    expect(chosen.chosen).toBe(0);
    expect(press(start(), 'shift+tab').focus).toBe('sidebar');
    expect(press(sidebar, 'shift+tab').focus).toBe('article');
  });

  it('Ctrl-L asks the App to redraw, once', () => {
    const s = press(start(), 'ctrl+l');
    expect(s.nav.effect).toEqual({ kind: 'redraw' });
    expect(reducer(s, { type: 'effectDone', message: null }).nav.effect).toBeNull();
  });

  it('= says the file, the line, the percentage, the words and the time left', () => {
    const s = press(type(start(), '10j'), '=');
    const total = s.layout.withAll().lines.length;
    expect(s.message).toMatch(new RegExp(`^test · line 11/${total} · \\d+% · [\\d,]+ words · \\d+ min left$`));
    expect(press(press(start(), 'G'), '=').message).toMatch(/line \d+\/\d+/);
  });
});

describe('the unknown-key hint', () => {
  it('names the key as the help does and points at ?', () => {
    expect(press(start(), 'x').message).toBe('x is not a key here; ? for help');
    expect(press(start(), 'ctrl+w').message).toBe('Ctrl-W is not a key here; ? for help');
    expect(press(start(), 'left').message).toBe('← is not a key here; ? for help');
    // In the outline, ? closes it: the hint says how to close instead.
    expect(press(start(), 'o', 'x').message).toBe('x is not a key here; Esc closes');
  });

  it('stays silent for what is no key a person pressed, and never shows a control character', () => {
    for (const name of ['', '\u001b[99~', 'ab', '\u0007', '\u009b'])
      expect(press(start(), name).message, JSON.stringify(name)).toBeNull();
    expect(shownKey('\u0007')).toBeNull();
    expect(shownKey('é')).toBe('é');
  });

  it('stays while the analysis reports progress, and goes with the next key', () => {
    const s = press(start({ analysing: true }), 'x');
    const later = reducer(s, { type: 'analysisProgress', done: 1, total: 3 });
    expect(later.message).toBe('x is not a key here; ? for help');
    expect(press(later, 'j').message).toBeNull();
  });

  it('drops a pending count', () => {
    const s = type(start(), '5x');
    expect(s.nav.count).toBeNull();
    expect(press(s, 'j').top).toBe(1);
  });
});

describe('copying', () => {
  const quoted = makeDoc(
    [
      'A title',
      '',
      ...Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} says little of note.\n`),
      '“We will respond,” said Ann Smith, the minister.',
      '',
      ...Array.from({ length: 12 }, (_, i) => `Closing paragraph ${i + 1} again.\n`),
    ].join('\n'),
    [{ name: 'Ann Smith', type: 'person' }],
    ['Ann Smith'],
  );
  const open = () => createInitialState(quoted, { cols: 120, rows: 20 });

  it('y copies the marked quotation with its speaker and the title', () => {
    const s = press(open(), 'tab', 'enter', 'tab');
    expect(s.mark).not.toBeNull();
    // The chosen mention is the speaker's name, outside the quotation: the paragraph is copied.
    expect(press(s, 'y').nav.effect).toMatchObject({ kind: 'copy' });
    const matched = press(type(open(), '/respond'), 'enter', 'y');
    expect(matched.nav.effect).toEqual({
      kind: 'copy',
      text: '“We will respond,” — Ann Smith, A title',
      what: 'the quotation of Ann Smith',
    });
    expect(reducer(matched, { type: 'effectDone', message: 'copied it' }).message).toBe('copied it');
  });

  it('else the paragraph a third of the way down the view', () => {
    const s = press(open(), 'y');
    const h = paneHeight(s);
    const line = s.layout.lines[s.top + Math.floor(h / 3)]!;
    const block = quoted.article.blocks.find((b) => b.end > line.start && b.kind === 'paragraph')!;
    expect(s.nav.effect).toMatchObject({ kind: 'copy', text: quoted.article.text.slice(block.start, block.end) });
    expect((s.nav.effect as { what: string }).what).toMatch(/^the paragraph \(\d+ words\)$/);
  });

  it("Y copies the article's path or URL, and says there is none for standard input", () => {
    expect(press(open(), 'Y').nav.effect).toEqual({ kind: 'copy', text: 'test', what: 'the path test' });
    const web = { ...quoted, article: { ...quoted.article, source: 'https://example.com/news/a' } };
    expect(press(createInitialState(web, { cols: 120, rows: 20 }), 'Y').nav.effect).toMatchObject({
      text: 'https://example.com/news/a',
      what: 'the URL example.com/news/a',
    });
    const piped = { ...quoted, article: { ...quoted.article, source: '-' } };
    const s = press(createInitialState(piped, { cols: 120, rows: 20 }), 'Y');
    expect(s.nav.effect).toBeNull();
    expect(s.message).toMatch(/standard input/);
  });
});
