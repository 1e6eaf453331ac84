import type { Article, Block } from '../load/article.js';
import { type Chunk, hardBreak, textWidth } from './graphemes.js';
import type { Line, Piece } from './wrap.js';

/** Drawn between columns; not part of the article. */
export const COLUMN_RULE = ' │ ';
/** Drawn under a heading row, one per column, joined by RULE_CROSS. */
const RULE = '─';
const RULE_CROSS = '─┼─';
/** A column is never drawn narrower than this while the table is still drawn as a grid. */
const MIN_COLUMN = 3;
/** Between a record's label and its value when the table is too wide for columns. */
const LABEL_GAP = ': ';

/** How one table is drawn at one width. */
export type TableShape =
  | { readonly mode: 'grid'; readonly widths: readonly number[] }
  | { readonly mode: 'records'; readonly labels: readonly string[]; readonly labelWidth: number };

type Text = Pick<Article, 'text' | 'blocks'>;

/**
 * The shape of the table whose row is block `index`: columns of their natural width when they
 * fit the measure; else narrower columns whose cells wrap, each at least as wide as its longest
 * word when that fits; else one record per row, each cell on its own line under its heading's
 * name (the heading row's text, repeated as labels).
 */
export function tableShape(article: Text, index: number, width: number): TableShape {
  const rows = tableRows(article, index);
  const columns = Math.max(...rows.map((r) => r.row!.cells.length));
  const natural = new Array<number>(columns).fill(0);
  const least = new Array<number>(columns).fill(MIN_COLUMN);
  for (const block of rows) {
    block.row!.cells.forEach((cell, c) => {
      const text = article.text.slice(cell.start, cell.end);
      natural[c] = Math.max(natural[c]!, textWidth(text));
      for (const word of text.split(' ')) least[c] = Math.max(least[c]!, Math.min(textWidth(word), width));
    });
  }
  const rules = textWidth(COLUMN_RULE) * (columns - 1);
  const sum = (ws: readonly number[]) => ws.reduce((a, b) => a + b, 0);
  if (sum(natural) + rules <= width) return { mode: 'grid', widths: natural };
  const floor = natural.map((n, c) => Math.min(n, least[c]!));
  const room = width - rules - sum(floor);
  if (room >= 0) {
    // Share what is left in proportion to what each column still wants.
    const wants = natural.map((n, c) => n - floor[c]!);
    const total = sum(wants);
    const widths = floor.map((f, c) => f + Math.floor((room * wants[c]!) / Math.max(1, total)));
    return { mode: 'grid', widths };
  }
  const header = rows[0]!.row!.header ? rows[0]! : null;
  const labels = header ? header.row!.cells.map((c) => article.text.slice(c.start, c.end)) : [];
  const labelWidth = Math.min(Math.floor(width / 3), Math.max(0, ...labels.map(textWidth)));
  return { mode: 'records', labels, labelWidth };
}

/** The consecutive row blocks of the table block `index` is in. */
function tableRows(article: Text, index: number): Block[] {
  const { blocks } = article;
  const table = blocks[index]!.row!.table;
  const same = (k: number) => blocks[k]?.kind === 'row' && blocks[k]!.row!.table === table;
  let first = index;
  while (same(first - 1)) first--;
  let last = index;
  while (same(last + 1)) last++;
  return blocks.slice(first, last + 1);
}

/** Cuts `text[start, end)` into lines of at most `width` columns, at spaces where it can. */
export function wrapRange(text: string, start: number, end: number, width: number): Chunk[] {
  const out: Chunk[] = [];
  let line: { start: number; end: number; width: number } | null = null;
  for (const m of text.slice(start, end).matchAll(/[^ ]+/g)) {
    const s = start + m.index;
    const e = s + m[0].length;
    const w = textWidth(m[0]);
    if (line && line.width + 1 + w <= width) {
      line = { start: line.start, end: e, width: line.width + 1 + w };
      continue;
    }
    if (line) out.push(line);
    if (w <= width) {
      line = { start: s, end: e, width: w };
      continue;
    }
    const pieces = hardBreak(text, s, e, width);
    out.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? null;
  }
  if (line) out.push(line);
  return out;
}

const pad = (n: number): Piece[] => (n > 0 ? [{ kind: 'tag', text: ' '.repeat(n) }] : []);

/** Appends the lines of one table row, drawn in the table's shape. */
export function rowLines(article: Text, index: number, shape: TableShape, width: number, out: Line[]): void {
  const block = article.blocks[index]!;
  const { cells } = block.row!;
  const line = (pieces: Piece[], start: number, end: number): Line => ({
    start,
    end,
    kind: 'row',
    block: index,
    pieces,
  });
  if (shape.mode === 'grid') {
    const wrapped = shape.widths.map((w, c) =>
      cells[c] ? wrapRange(article.text, cells[c].start, cells[c].end, Math.max(1, w)) : [],
    );
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    for (let k = 0; k < height; k++) {
      const pieces: Piece[] = [];
      let start = -1;
      let end = block.start;
      shape.widths.forEach((w, c) => {
        const chunk = wrapped[c]![k];
        if (c) pieces.push({ kind: 'tag', text: COLUMN_RULE });
        if (chunk) {
          pieces.push({ kind: 'text', start: chunk.start, end: chunk.end });
          if (start < 0) start = chunk.start;
          end = Math.max(end, chunk.end);
        }
        // The last column needs no padding after it.
        if (c < shape.widths.length - 1) pieces.push(...pad(w - (chunk?.width ?? 0)));
      });
      out.push(line(pieces, start < 0 ? block.start : start, end));
    }
    if (block.row!.header)
      out.push(
        line([{ kind: 'tag', text: shape.widths.map((w) => RULE.repeat(w)).join(RULE_CROSS) }], block.end, block.end),
      );
    return;
  }
  // Records: the heading row is what labels each value, so it is not drawn on its own — unless
  // the table has no other row, when it is drawn as the one record, unlabelled.
  const alone = block.row!.header && tableRows(article, index).length === 1;
  if (block.row!.header && shape.labels.length && !alone) return;
  const previous = article.blocks[index - 1];
  if (previous?.kind === 'row' && previous.row!.table === block.row!.table && !previous.row!.header)
    out.push(line([], block.start, block.start));
  const labelWidth = shape.labelWidth && !alone ? shape.labelWidth + LABEL_GAP.length : 0;
  const room = Math.max(1, width - labelWidth);
  cells.forEach((cell, c) => {
    const label = shape.labels[c] ?? '';
    const chunks = cell.end > cell.start ? wrapRange(article.text, cell.start, cell.end, room) : [];
    chunks.forEach((chunk, k) => {
      const head: Piece[] = !labelWidth
        ? []
        : k === 0
          ? [{ kind: 'tag', text: fit(label, shape.labelWidth) + LABEL_GAP }]
          : pad(labelWidth);
      out.push(line([...head, { kind: 'text', start: chunk.start, end: chunk.end }], chunk.start, chunk.end));
    });
  });
}

/** A label cut or padded to exactly `width` columns. */
function fit(label: string, width: number): string {
  const w = textWidth(label);
  if (w <= width) return label + ' '.repeat(width - w);
  const cut = hardBreak(label, 0, label.length, Math.max(1, width - 1))[0];
  return label.slice(0, cut?.end ?? 0) + '…' + ' '.repeat(Math.max(0, width - 1 - (cut?.width ?? 0)));
}
