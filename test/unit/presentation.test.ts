/**
 * Markdown and HTML structure the reader draws rather than flattens: tables as columns (or one
 * record per row when too wide), long code lines continued behind a mark, formulas kept. The
 * article's text stays the characters shown wherever a line's text pieces index it.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/load/article.js';
import { parseHtml } from '../../src/load/html.js';
import { parseMarkdown } from '../../src/load/markdown.js';
import { type Line, layoutArticle, lineText } from '../../src/layout/wrap.js';

const TABLE = `# Tables

| Name | Role | Notes |
|------|------|-------|
| Ada Lovelace | Mathematician | Wrote the first published algorithm for a machine |
| Charles Babbage | Engineer | Designed the Analytical Engine |

After the table.
`;

const rowLines = (a: Article, width: number): Line[] => layoutArticle(a, width).lines.filter((l) => l.kind === 'row');
const shown = (a: Article, lines: readonly Line[]) => lines.map((l) => lineText(a.text, l).trimEnd());

/** The article text each line's text pieces show, in order: what the offsets index. */
const pieceText = (a: Article, lines: readonly Line[]) =>
  lines.flatMap((l) => l.pieces.flatMap((p) => (p.kind === 'text' ? [a.text.slice(p.start, p.end)] : [])));

/** Every cell's words, each exactly once, across a table's lines. */
function expectCellsShownOnce(a: Article, lines: readonly Line[], skipHeader = false): void {
  const cells = a.blocks
    .filter((b) => b.kind === 'row' && !(skipHeader && b.row!.header))
    .flatMap((b) => b.row!.cells.map((c) => a.text.slice(c.start, c.end)));
  const words = pieceText(a, lines).join(' ').split(/\s+/).filter(Boolean).sort();
  expect(words).toEqual(cells.join(' ').split(/\s+/).filter(Boolean).sort());
}

describe('Markdown tables', () => {
  const a = parseMarkdown(TABLE, 't.md');

  it('are rows of cells in the article, read as they were written', () => {
    const rows = a.blocks.filter((b) => b.kind === 'row');
    expect(rows.map((b) => a.text.slice(b.start, b.end))).toEqual([
      'Name · Role · Notes',
      'Ada Lovelace · Mathematician · Wrote the first published algorithm for a machine',
      'Charles Babbage · Engineer · Designed the Analytical Engine',
    ]);
    expect(rows.map((b) => b.row!.header)).toEqual([true, false, false]);
    expect(a.text.slice(rows[1]!.row!.cells[1]!.start, rows[1]!.row!.cells[1]!.end)).toBe('Mathematician');
  });

  it('draw as columns when they fit the measure', () => {
    const lines = rowLines(a, 100);
    expect(shown(a, lines)).toEqual([
      'Name            │ Role          │ Notes',
      '────────────────┼───────────────┼──────────────────────────────────────────────────',
      'Ada Lovelace    │ Mathematician │ Wrote the first published algorithm for a machine',
      'Charles Babbage │ Engineer      │ Designed the Analytical Engine',
    ]);
    expectCellsShownOnce(a, lines);
  });

  it('wrap their cells in narrower columns, every line within the measure', () => {
    const lines = rowLines(a, 60);
    for (const l of shown(a, lines)) expect(stringWidth(l)).toBeLessThanOrEqual(60);
    expect(shown(a, lines).slice(2, 4)).toEqual([
      'Ada         │ Mathematician │ Wrote the first published',
      'Lovelace    │               │ algorithm for a machine',
    ]);
    // The column rule stays in one place on every line.
    const bars = shown(a, lines).map((l) => l.indexOf('│'));
    expect(new Set(bars.filter((x) => x >= 0)).size).toBe(1);
    expectCellsShownOnce(a, lines);
  });

  it('draw one record per row when too wide for columns', () => {
    const lines = rowLines(a, 30);
    expect(shown(a, lines)).toEqual([
      'Name : Ada Lovelace',
      'Role : Mathematician',
      'Notes: Wrote the first',
      '       published algorithm for',
      '       a machine',
      '',
      'Name : Charles Babbage',
      'Role : Engineer',
      'Notes: Designed the Analytical',
      '       Engine',
    ]);
    for (const l of shown(a, lines)) expect(stringWidth(l)).toBeLessThanOrEqual(30);
    expectCellsShownOnce(a, lines, true);
  });

  it('keep a table that is only its heading row when drawn as records', () => {
    const lone = parseMarkdown('# Lone\n\n| Quarterly figures | Annual figures |\n|---|---|\n\nAfter.\n', 'lone.md');
    const lines = rowLines(lone, 12);
    expect(shown(lone, lines)).toEqual(['Quarterly', 'figures', 'Annual', 'figures']);
    expectCellsShownOnce(lone, lines);
  });
});

describe('code blocks', () => {
  const line = 'const answer = computeTheAnswer(withSomeArguments, andMore, andEvenMoreOfThem); // done';
  const a = parseMarkdown(`# Code\n\nIntro.\n\n\`\`\`js\n${line}\nshort();\n\`\`\`\n`, 'c.md');

  it.each([40, 80])('continue a long line behind ↳ at width %i, nothing lost or repeated', (width) => {
    const lines = layoutArticle(a, width).lines.filter((l) => l.kind === 'code');
    for (const l of lines) expect(stringWidth(lineText(a.text, l))).toBeLessThanOrEqual(width);
    expect(pieceText(a, lines).join('')).toBe(`${line}short();`);
    expect(lines[0]!.prefix).toBe('  ');
    expect(lines.slice(1, -1).every((l) => l.prefix === '↳ ')).toBe(true);
    expect(lines.at(-1)!.prefix).toBe('  ');
  });

  it('breaks after a space, not inside a word, when one falls in the second half of the line', () => {
    const lines = layoutArticle(a, 80).lines.filter((l) => l.kind === 'code');
    expect(lineText(a.text, lines[0]!)).toBe('  const answer = computeTheAnswer(withSomeArguments, andMore, ');
    expect(lineText(a.text, lines[1]!)).toBe('↳ andEvenMoreOfThem); // done');
  });
});

describe('formulas', () => {
  it('keeps Markdown $math$ as written, * and _ included', () => {
    const a = parseMarkdown('# M\n\nInline $a*b$ and $c*d$, then $$x_1 + x_2$$; it costs $5 and $10.\n', 'm.md');
    expect(a.text).toContain('Inline $a*b$ and $c*d$, then $$x_1 + x_2$$; it costs $5 and $10.');
  });

  it('keeps HTML <math> text once: alttext, else the TeX annotation, the glyph drawing left out', async () => {
    const para = (inner: string) =>
      `<p>The energy is ${inner} for a body at rest, as the paper shows in its second section today.</p>`;
    const html = `<html><body><article><h1>Physics</h1>${para('<math alttext="E = mc^2"><mi>E</mi></math>')}${para(
      '<span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>m</mi></mrow><annotation encoding="application/x-tex">m c^2</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span>mc2</span></span></span>',
    )}</article></body></html>`;
    const a = await parseHtml(html, 'p.html');
    expect(a.text).toContain('The energy is E = mc^2 for a body at rest');
    expect(a.text).toContain('The energy is m c^2 for a body at rest');
    expect(a.text).not.toContain('mc2');
  });
});

describe('HTML tables', () => {
  it('draw as columns, the <th> row ruled off', async () => {
    const body = `<article><h1>Tides</h1><p>${'The harbour keeps a table of its tides. '.repeat(4)}</p><table><thead><tr><th>Constituent</th><th>Period</th></tr></thead><tbody><tr><td>M2</td><td>12.42 h</td></tr><tr><td>S2</td><td>12.00 h</td></tr></tbody></table><p>${'After the table the story goes on. '.repeat(4)}</p></article>`;
    const a = await parseHtml(`<html><body>${body}</body></html>`, 't.html');
    expect(shown(a, rowLines(a, 80))).toEqual([
      'Constituent │ Period',
      '────────────┼────────',
      'M2          │ 12.42 h',
      'S2          │ 12.00 h',
    ]);
  });
});
