import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/load/markdown.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import { styleLine } from '../../src/layout/decorate.js';
import { lineIndexAt, offsetOfLine } from '../../src/layout/lines.js';
import { renderPlain } from '../../src/layout/plain.js';
import { mentionStrip, sidebarEntities, sidebarRows } from '../../src/layout/sidebar.js';
import { layoutArticle, lineText, truncate } from '../../src/layout/wrap.js';
import { longArticle } from '../helpers/doc.js';

const article = parsePlainText(longArticle(12, 4), 'test');

describe('wrapping', () => {
  it('fits every line within the measure and breaks only between words', () => {
    for (const width of [20, 33, 80]) {
      const { lines } = layoutArticle(article, width);
      for (const line of lines) expect(stringWidth(lineText(article.text, line))).toBeLessThanOrEqual(width);
      const words = lines.filter((l) => l.kind !== 'blank').flatMap((l) => lineText(article.text, l).split(' '));
      expect(words.join(' ')).toBe(article.blocks.map((b) => article.text.slice(b.start, b.end)).join(' '));
    }
  });

  it('separates blocks with one blank line', () => {
    const { lines } = layoutArticle(parsePlainText('T\n\nA.\n\nB.', 't'), 40);
    expect(lines.map((l) => l.kind)).toEqual(['title', 'blank', 'paragraph', 'blank', 'paragraph']);
  });

  it('counts wide characters as two columns', () => {
    const a = parsePlainText('東京\n\n東京 東京 東京 東京 東京', 't');
    const { lines } = layoutArticle(a, 10);
    const body = lines.filter((l) => l.kind === 'paragraph').map((l) => lineText(a.text, l));
    expect(body).toEqual(['東京 東京', '東京 東京', '東京']);
    for (const l of body) expect(stringWidth(l)).toBeLessThanOrEqual(10);
  });

  it('cuts a word longer than the line, never exceeding the width', () => {
    const a = parsePlainText('T\n\n' + 'x'.repeat(25) + ' end', 't');
    const body = layoutArticle(a, 10)
      .lines.filter((l) => l.kind === 'paragraph')
      .map((l) => lineText(a.text, l));
    expect(body).toEqual(['xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx end']);
  });

  it('places a tag after the word that ends a span, wrapping it like a word', () => {
    const a = parsePlainText('T\n\nShe said “yes”, then left.', 't');
    const at = a.text.indexOf('”') + 1;
    const { lines } = layoutArticle(a, 80, [{ at, text: '— Ann' }]);
    expect(lineText(a.text, lines[2]!)).toBe('She said “yes”, — Ann then left.');
  });

  it("draws a quote's bar and a list's hanging indent before each of its lines, every word once", () => {
    const a = parseMarkdown('# T\n\n> one two three four five six seven\n\n- alpha beta gamma delta epsilon\n', 'q.md');
    const lines = layoutArticle(a, 14).lines.filter((l) => l.kind === 'quote' || l.kind === 'item');
    expect(lines.map((l) => lineText(a.text, l))).toEqual([
      '│ one two',
      '│ three four',
      '│ five six',
      '│ seven',
      '• alpha beta',
      '  gamma delta',
      '  epsilon',
    ]);
    // Each line's text pieces are the text it spans, whatever the prefix.
    for (const l of lines) expect(l.pieces).toEqual([{ kind: 'text', start: l.start, end: l.end }]);
  });

  it('keeps the space after a tag that starts a line', () => {
    const a = parsePlainText('T\n\nThey said “no” to it.', 't');
    const at = a.text.indexOf('”') + 1;
    for (let width = 12; width <= 30; width++) {
      const shown = layoutArticle(a, width, [{ at, text: '— Speaker' }])
        .lines.filter((l) => l.kind === 'paragraph')
        .map((l) => lineText(a.text, l));
      for (const l of shown) expect(stringWidth(l), `width ${width}`).toBeLessThanOrEqual(width);
      expect(shown.join(' ').replace(/ +/g, ' '), `width ${width}`).toBe('They said “no” — Speaker to it.');
    }
  });
});

describe('offsets and lines', () => {
  const { lines } = layoutArticle(article, 30);
  it('maps every offset of the text to the line that shows it', () => {
    for (let offset = 0; offset < article.text.length; offset += 7) {
      const line = lines[lineIndexAt(lines, offset)]!;
      if (article.text[offset] === '\n') continue;
      expect(line.start).toBeLessThanOrEqual(offset);
      expect(offset).toBeLessThanOrEqual(line.end);
    }
  });
  it('maps a line back to its first offset', () => {
    lines.forEach((line, i) => {
      if (line.kind !== 'blank') expect(lineIndexAt(lines, offsetOfLine(lines, i))).toBe(i);
    });
  });
  it('keeps the same text at the top after re-wrapping to another width', () => {
    const narrow = layoutArticle(article, 25).lines;
    const wide = layoutArticle(article, 70).lines;
    const anchor = offsetOfLine(narrow, 40);
    const line = wide[lineIndexAt(wide, anchor)]!;
    expect(line.start <= anchor && anchor <= line.end).toBe(true);
  });
});

describe('styling a line', () => {
  it('splits a line where decorations begin and end', () => {
    const a = parsePlainText('T\n\nThe 85 strikes hit Paris.', 't');
    const line = layoutArticle(a, 80).lines[2]!;
    const s = a.text.indexOf('85');
    const p = a.text.indexOf('Paris');
    const segments = styleLine(a.text, line, [
      { start: s, end: s + 2, style: 'number' },
      { start: p, end: p + 5, style: 'mention' },
      { start: p, end: p + 5, style: 'current' },
    ]);
    expect(segments).toEqual([
      { text: 'The ', styles: [] },
      { text: '85', styles: ['number'] },
      { text: ' strikes hit ', styles: [] },
      { text: 'Paris', styles: ['mention', 'current'] },
      { text: '.', styles: [] },
    ]);
  });
});

describe('plain output', () => {
  it('prints the wrapped article with the title first', () => {
    const out = renderPlain(article, 40).split('\n');
    expect(out[0]).toBe('A long article about Paris and Berlin');
    for (const l of out) expect(stringWidth(l)).toBeLessThanOrEqual(40);
  });
});

describe('sidebar model', () => {
  const e = (name: string, type: 'person' | 'place' | 'date', starts: number[]) => ({
    id: name,
    name,
    type,
    aliases: [],
    mentions: starts.map((s) => ({ start: s, end: s + 1 })),
  });
  it('groups people, organisations, places, dates and orders each group by mentions', () => {
    const ordered = sidebarEntities([
      e('Paris', 'place', [5]),
      e('Monday', 'date', [1]),
      e('Ann', 'person', [9]),
      e('Berlin', 'place', [1, 50]),
    ]);
    expect(ordered.map((x) => x.name)).toEqual(['Ann', 'Berlin', 'Paris', 'Monday']);
    expect(sidebarRows(ordered).map((r) => (r.kind === 'group' ? r.label : r.entity.name))).toEqual([
      'People',
      'Ann',
      'Places',
      'Berlin',
      'Paris',
      'Dates',
      'Monday',
    ]);
  });
  it('draws where mentions fall along the article', () => {
    expect(mentionStrip(e('x', 'place', [0, 1, 95]), 100, 5)).toBe('▄···▂');
  });
});

describe('truncate', () => {
  it('ends a cut string with an ellipsis within the width', () => {
    expect(truncate('Kataib Hezbollah', 8)).toBe('Kataib …');
    expect(truncate('short', 8)).toBe('short');
  });
});
