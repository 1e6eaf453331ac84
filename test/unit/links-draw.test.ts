import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { hyperlinksWanted } from '../../src/app/hyperlinks.js';
import { parseMarkdown } from '../../src/load/markdown.js';
import { createPaint, hyperlink } from '../../src/ui/paint.js';
import { createInitialState, structureOnly } from '../../src/ui/state.js';
import { firstFrame } from '../../src/ui/view.js';

const DOC = '# Title\n\nRead [the report](https://example.com/r) and [mail us](mailto:a@example.com) today.\n';
const OSC8 = (href: string) => `\u001b]8;;${href}\u0007`;
const END = '\u001b]8;;\u0007';

function state(cols = 100) {
  const article = parseMarkdown(DOC, 'doc.md');
  return createInitialState({ article, analysis: structureOnly(article) }, { cols, rows: 12, analysing: true });
}

/** The rows of a frame, sequences and all. */
const frameRows = (frame: string) => frame.split('\r\n');
const visible = (row: string) => row.replace(/\u001b\]8;;[^\u0007]*\u0007|\u001b\[[0-9;]*[A-Za-z]/g, '');

describe('drawing links', () => {
  it('underlines link text, and wraps it in an OSC 8 hyperlink only when asked', () => {
    const seg = [{ text: 'the report', styles: ['link' as const], href: 'https://example.com/r' }];
    expect(createPaint('mono').segments(seg)).toBe('\u001b[4mthe report\u001b[24m');
    expect(createPaint('mono', { hyperlinks: true }).segments(seg)).toBe(
      `${OSC8('https://example.com/r')}\u001b[4mthe report\u001b[24m${END}`,
    );
    // TERM=dumb: not a single escape sequence.
    expect(createPaint('none', { hyperlinks: true }).segments(seg)).toBe('the report');
  });

  it('never makes a hyperlink of a target with anything but printable ASCII in it', () => {
    expect(hyperlink('https://example.com/\u0007\u001b]8;;x', 'a')).toBe('a');
    expect(hyperlink('https://example.com/ a', 'a')).toBe('a');
    expect(hyperlink('https://example.com/a', 'a')).toBe(`${OSC8('https://example.com/a')}a${END}`);
  });

  it('draws the links in the first screen as the reader does, the row as wide as without them', () => {
    const s = state();
    const linked = frameRows(firstFrame(s, createPaint('color', { hyperlinks: true })));
    const bare = frameRows(firstFrame(s, createPaint('color')));
    const row = linked.findIndex((r) => r.includes('the report'));
    expect(linked[row]).toContain(`${OSC8('https://example.com/r')}`);
    expect(linked[row]).toContain(`${OSC8('mailto:a@example.com')}`);
    expect(bare[row]).not.toContain('\u001b]8');
    expect(visible(linked[row]!)).toBe(visible(bare[row]!));
    expect(stringWidth(linked[row]!)).toBe(stringWidth(bare[row]!));
  });

  it('keeps every piece of a link a hyperlink to its target when a highlight covers part of it', () => {
    const base = state();
    const at = base.doc.article.text.indexOf('report');
    const s = { ...base, mark: { start: at, end: at + 'report'.length } };
    const frame = firstFrame(s, createPaint('color', { hyperlinks: true }));
    const row = frameRows(frame).find((r) => r.includes('report'))!;
    // 'the ' and the marked 'report' each in their own hyperlink, both to the report.
    const targets = [...row.matchAll(/\u001b\]8;;([^\u0007]+)\u0007/g)].map((m) => m[1]);
    expect(targets.filter((h) => h === 'https://example.com/r').length).toBeGreaterThanOrEqual(2);
    // Each opening is closed before the next: no link left open past the row.
    for (const r of frameRows(frame)) {
      const opens = [...r.matchAll(/\u001b\]8;;([^\u0007]+)\u0007/g)].length;
      expect([...r.matchAll(/\u001b\]8;;\u0007/g)].length, r).toBe(opens);
    }
  });
});

describe('when links are hyperlinks', () => {
  it('on by default; off for --no-hyperlinks, LEDE_HYPERLINKS=0, TERM=dumb, the Linux console, vt100', () => {
    expect(hyperlinksWanted({ TERM: 'xterm-256color' }, 'color', true)).toBe(true);
    expect(hyperlinksWanted({ TERM: 'xterm-256color' }, 'mono', true)).toBe(true);
    expect(hyperlinksWanted({ TERM: 'xterm-256color' }, 'color', false)).toBe(false);
    expect(hyperlinksWanted({ TERM: 'xterm', LEDE_HYPERLINKS: '0' }, 'color', true)).toBe(false);
    expect(hyperlinksWanted({ TERM: 'dumb' }, 'none', true)).toBe(false);
    expect(hyperlinksWanted({ TERM: 'linux' }, 'color', true)).toBe(false);
    expect(hyperlinksWanted({ TERM: 'vt100' }, 'mono', true)).toBe(false);
  });
});
