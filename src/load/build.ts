import {
  type Article,
  type ArticleFormat,
  type ArticleMeta,
  type Block,
  type BlockKind,
  type InlineStyle,
  type LinkSpan,
  LoadError,
  type Span,
  type StyleSpan,
  type TableRow,
} from './article.js';
import { sanitize } from './sanitize.js';

/**
 * One link of the source, its target already made safe (links.ts). Runs of the same link share
 * the object, so a link split by emphasis stays one link and two links side by side stay two.
 */
export interface LinkTarget {
  readonly href: string;
}

/** A stretch of inline text, with the emphasis (and the link) the source gave it. */
export interface Run {
  readonly text: string;
  readonly style?: InlineStyle;
  readonly link?: LinkTarget;
}

/** One block as a parser found it: runs of inline text, before whitespace is tidied. */
export interface DraftBlock {
  readonly kind: Exclude<BlockKind, 'title' | 'meta'>;
  /** Heading depth or list nesting; 0 otherwise. */
  readonly level?: number;
  readonly runs: readonly Run[];
  /** For a `row`: its cells' runs (`runs` is then unused), its table's number, whether it is a heading row. */
  readonly cells?: readonly (readonly Run[])[];
  readonly table?: number;
  readonly header?: boolean;
}

/** What separates a row's cells in the article's text (the layout draws columns instead). */
export const CELL_SEPARATOR = ' · ';

type Styles = { start: number; end: number; style: InlineStyle }[];
type Links = { start: number; end: number; link: LinkTarget }[];

export interface Draft {
  /** The article's title; when empty, the first block becomes the title. */
  readonly title: string;
  readonly meta?: ArticleMeta;
  readonly blocks: readonly DraftBlock[];
  readonly format: ArticleFormat;
  /** The article's own address (see Article.url), already made safe. */
  readonly url?: string;
}

const BLOCK_SEPARATOR = '\n\n';

/**
 * Builds an Article from parsed blocks (Markdown, HTML): every run is sanitised, whitespace is
 * collapsed (kept as written in code blocks), empty blocks are dropped, the title and a meta
 * line (byline · site · date) come first, and inline emphasis becomes style spans on the text.
 */
export function buildArticle(draft: Draft, source: string): Article {
  type Built = { kind: BlockKind; level: number; text: string; styles: Styles; links?: Links; row?: TableRow };
  const built: Built[] = [];
  for (const b of draft.blocks) {
    const one = b.kind === 'code' ? codeBlock(b) : b.kind === 'row' ? rowBlock(b) : inlineBlock(b.runs);
    if (one.text.trim()) built.push({ kind: b.kind, level: b.level ?? 0, ...one });
  }
  let title = collapse(sanitize(draft.title));
  if (!title) {
    const first = built.findIndex((b) => b.kind !== 'code' && b.kind !== 'row');
    if (first < 0) throw new LoadError(source, 'has no text to read');
    const taken = built[first]!;
    title = taken.kind === 'item' ? taken.text.replace(/^(?:[•☐☑]|\d+\.) /u, '') : taken.text;
    built.splice(first, 1);
  }
  const head: Built[] = [{ kind: 'title', level: 0, text: title, styles: [] }];
  const metaLine = formatMeta(draft.meta);
  if (metaLine) head.push({ kind: 'meta', level: 0, text: metaLine, styles: [] });

  let text = '';
  const blocks: Block[] = [];
  const styles: StyleSpan[] = [];
  const links: LinkSpan[] = [];
  for (const b of [...head, ...built]) {
    if (text) text += BLOCK_SEPARATOR;
    const start = text.length;
    const row = b.row && { ...b.row, cells: b.row.cells.map((c) => ({ start: start + c.start, end: start + c.end })) };
    blocks.push({ kind: b.kind, level: b.level, start, end: start + b.text.length, ...(row ? { row } : {}) });
    for (const s of b.styles) styles.push({ start: start + s.start, end: start + s.end, style: s.style });
    for (const l of b.links ?? []) links.push({ start: start + l.start, end: start + l.end, href: l.link.href });
    text += b.text;
  }
  const url = draft.url ? { url: draft.url } : {};
  const meta = draft.meta ? { meta: draft.meta } : {};
  return { title, text, blocks, source, styles, links, ...url, ...meta, format: draft.format };
}

/**
 * A table row: each cell as inline text, joined by CELL_SEPARATOR, each cell's span kept. The
 * title never comes from a row.
 */
function rowBlock(b: DraftBlock): { text: string; styles: Styles; links: Links; row: TableRow } {
  let text = '';
  const styles: Styles = [];
  const links: Links = [];
  const cells: Span[] = [];
  (b.cells ?? []).forEach((runs, k) => {
    if (k) text += CELL_SEPARATOR;
    const cell = inlineBlock(runs);
    const start = text.length;
    for (const s of cell.styles) styles.push({ ...s, start: start + s.start, end: start + s.end });
    for (const l of cell.links) links.push({ ...l, start: start + l.start, end: start + l.end });
    text += cell.text;
    cells.push({ start, end: text.length });
  });
  if (!cells.some((c) => c.end > c.start))
    return { text: '', styles: [], links: [], row: { table: 0, header: false, cells: [] } };
  return { text, styles, links, row: { table: b.table ?? 0, header: b.header ?? false, cells } };
}

/** Runs joined, whitespace collapsed to single spaces, style and link offsets kept in step. */
function inlineBlock(runs: readonly Run[]): { text: string; styles: Styles; links: Links } {
  let text = '';
  const styles: Styles = [];
  const links: Links = [];
  for (const run of runs) {
    const clean = sanitize(run.text).replace(/\s+/g, ' ');
    // A space at a run's start is dropped when the text so far already ends in one (or is empty).
    const piece = text === '' || text.endsWith(' ') ? clean.replace(/^ /, '') : clean;
    if (!piece) continue;
    const start = text.length;
    text += piece;
    if (run.style) {
      const lead = piece.length - piece.trimStart().length;
      const trail = piece.length - piece.trimEnd().length;
      if (piece.trim()) styles.push({ start: start + lead, end: text.length - trail, style: run.style });
    }
    if (run.link) {
      // The runs of one link (split by emphasis) make one span; its white space is trimmed below.
      const last = links[links.length - 1];
      if (last && last.link === run.link && last.end === start) last.end = text.length;
      else links.push({ start, end: text.length, link: run.link });
    }
  }
  const trimmed = text.trimEnd();
  return {
    text: trimmed,
    styles: styles.map((s) => ({ ...s, end: Math.min(s.end, trimmed.length) })).filter((s) => s.end > s.start),
    links: links.map((l) => trimSpan(trimmed, l)).filter((l) => l.end > l.start),
  };
}

/** A link's span without the white space at either end (a link is drawn underlined: no underlined gaps). */
function trimSpan<T extends { start: number; end: number }>(text: string, span: T): T {
  let { start, end } = span;
  end = Math.min(end, text.length);
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return { ...span, start, end };
}

/** Code keeps its lines and spaces; only trailing blank lines and trailing spaces go. */
function codeBlock(b: DraftBlock): { text: string; styles: Styles; links: Links } {
  const raw = sanitize(b.runs.map((r) => r.text).join(''));
  const lines = raw.split('\n').map((l) => l.replace(/\s+$/, ''));
  while (lines.length && !lines[0]) lines.shift();
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  // A blank line inside code would read as a block break: keep it as a line with one space.
  const text = lines.map((l) => l || ' ').join('\n');
  return { text, styles: [], links: [] };
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** "By Jane Doe · The Example Times · 5 April 2018" from whatever the page gave. */
export function formatMeta(meta: ArticleMeta | undefined): string {
  if (!meta) return '';
  const parts = [meta.byline, meta.siteName, formatDate(meta.published)]
    .map((p) => collapse(sanitize(p ?? '')))
    .filter(Boolean);
  return parts.join(' · ');
}

function formatDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const d = new Date(raw);
  if (Number.isNaN(d.getTime())) return raw;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
