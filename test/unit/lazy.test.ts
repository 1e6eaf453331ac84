import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineIndexAt } from '../../src/layout/lines.js';
import { LazyLayout, layoutArticle, textWidth } from '../../src/layout/wrap.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import type { Action } from '../../src/ui/state.js';
import { percentRead } from '../../src/ui/geometry.js';
import { createInitialState, reducer, structureOnly } from '../../src/ui/state.js';
import { firstFrame, pendingNote, statusText } from '../../src/ui/view.js';
import { createPaint } from '../../src/ui/paint.js';
import stringWidth from 'string-width';
import { longArticle, makeDoc } from '../helpers/doc.js';

const book = parsePlainText(longArticle(400, 7), 'book');

describe('wrapping lazily', () => {
  it('wraps only what is asked for, and ends with exactly the eager layout', () => {
    const lazy = new LazyLayout(book, 60);
    lazy.ensureLines(30);
    expect(lazy.lines.length).toBeGreaterThanOrEqual(30);
    expect(lazy.lines.length).toBeLessThan(60);
    expect(lazy.complete).toBe(false);
    const eager = layoutArticle(book, 60);
    expect(lazy.ensureAll().lines).toEqual(eager.lines);
  });

  it('finds the line of any offset as the whole layout does, whatever was wrapped before', () => {
    const eager = layoutArticle(book, 50);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: book.text.length }), fc.integer({ min: 0, max: 200 }), (offset, before) => {
        const lazy = new LazyLayout(book, 50).ensureLines(before);
        expect(lineIndexAt(lazy.ensureOffset(offset).lines, offset)).toBe(lineIndexAt(eager.lines, offset));
      }),
      { numRuns: 200 },
    );
  });

  it('extends in slices until complete, then reports complete', () => {
    const lazy = new LazyLayout(book, 70);
    let slices = 0;
    while (!lazy.extend(0)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(lazy.complete).toBe(true);
    expect(lazy.lines).toEqual(layoutArticle(book, 70).lines);
  });

  it('counts columns as string-width does', () => {
    for (const w of [
      'word',
      'naïve',
      '“quoted”',
      '—',
      'Kraków',
      '漢字',
      'e\u0301',
      '👍🏽',
      'a\u00adb',
      'x\u200by',
      '©',
      '®',
      '‼',
      'a©b',
    ])
      expect(textWidth(w)).toBe(stringWidth(w));
    // Every character up to the end of General Punctuation, alone and between letters.
    for (let c = 0x21; c < 0x2070; c++) {
      const ch = String.fromCharCode(c);
      expect(textWidth(ch), `U+${c.toString(16)}`).toBe(stringWidth(ch));
      expect(textWidth(`a${ch}b`), `a U+${c.toString(16)} b`).toBe(stringWidth(`a${ch}b`));
    }
  });
});

describe('reading before the analysis is done', () => {
  const doc = makeDoc(longArticle(200, 5), [{ name: 'Paris', type: 'place' }]);
  const early = { article: doc.article, analysis: structureOnly(doc.article) };
  const start = () => createInitialState(early, { cols: 120, rows: 20, analysing: true });
  const run = (s: ReturnType<typeof start>, ...actions: Action[]) => actions.reduce(reducer, s);

  it('scrolls, pages and jumps to the end and between sections without the analysis', () => {
    const s = start();
    expect(s.layout.complete).toBe(false);
    const end = run(s, { type: 'command', command: 'bottom' });
    expect(percentRead(end)).toBe(100);
    const next = run(s, { type: 'command', command: 'nextSection' }, { type: 'command', command: 'nextSection' });
    expect(next.doc.analysis.text.slice(next.layout.lines[next.top]!.start)).toMatch(/^Part 2/);
  });

  it('says it is still finding entities, with the progress, then fills the sidebar in', () => {
    const s = run(start(), { type: 'analysisProgress', done: 3, total: 8 });
    expect(pendingNote(s)).toBe('finding… 37%');
    // Tab opens the list anyway (it shows the progress); on a narrow terminal Enter pressed
    // meanwhile chooses the entity once the list comes, and goes back to the text at its mention.
    expect(run(s, { type: 'command', command: 'toggleFocus' }).focus).toBe('sidebar');
    const narrow = run(s, { type: 'resize', cols: 60, rows: 20 }, { type: 'command', command: 'toggleFocus' });
    expect(narrow.focus).toBe('sidebar');
    const waiting = run(narrow, { type: 'command', command: 'chooseEntity' });
    expect(waiting.focus).toBe('sidebar');
    const found = run(waiting, { type: 'analysed', analysis: doc.analysis });
    expect([found.focus, found.chosen]).toEqual(['article', 0]);
    const done = run(s, { type: 'analysed', analysis: doc.analysis });
    expect(done.entities.map((e) => e.name)).toEqual(['Paris']);
    expect(done.analysis.kind).toBe('done');
    expect(run(done, { type: 'command', command: 'toggleFocus' }).focus).toBe('sidebar');
  });

  it('keeps the place being read when the analysis arrives with highlighting on', () => {
    const quoted = makeDoc('Title\n\n“One two,” said Ana.\n\n' + longArticle(50), [], ['Ana']);
    const s0 = createInitialState(
      { article: quoted.article, analysis: structureOnly(quoted.article) },
      { cols: 120, rows: 20, analysing: true },
    );
    const s = run(s0, { type: 'command', command: 'toggleHighlight' }, { type: 'command', command: 'lineDown' });
    const done = run(s, { type: 'analysed', analysis: quoted.analysis });
    expect(done.layout.lines.flatMap((l) => l.pieces).some((p) => p.kind === 'tag' && p.text.includes('— Ana'))).toBe(
      true,
    );
    expect(done.top).toBe(1);
  });

  it('tells the reader when the analysis failed', () => {
    expect(pendingNote(run(start(), { type: 'analysisFailed', message: 'out of memory' }))).toBe(
      'analysis failed: out of memory',
    );
  });

  it('draws the first page, the sidebar heading and the status bar before Ink is loaded', () => {
    const s = start();
    const rows = firstFrame(s, createPaint('none'))
      .replace(/\u001b\[(?:H|2K)/g, '')
      .split('\r\n');
    expect(rows).toHaveLength(19);
    expect(rows[0]).toMatch(/^ A long article about Paris and Berlin +│ Entities {2}finding… 0%$/);
    expect(rows[2]).toMatch(/^ Part 1 +│$/);
    for (const r of rows) expect(stringWidth(r)).toBeLessThanOrEqual(120);
    expect(rows.at(-1)).toBe(statusText(s, 119));
  });
});
