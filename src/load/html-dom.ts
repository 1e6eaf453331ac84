import type { InlineStyle } from './article.js';
import type { LinkTarget, Run } from './build.js';
import { sanitize } from './sanitize.js';

/**
 * The few DOM members this module reads. The project compiles without the DOM library (nothing
 * else runs in a browser), so linkedom's nodes are seen through this shape.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly localName?: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  getAttribute?(name: string): string | null;
  appendChild(node: DomNode): DomNode;
  removeChild(node: DomNode): DomNode;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomNode | null;
  createElement(name: string): DomNode;
  createTreeWalker(root: DomNode, whatToShow: number): { nextNode(): DomNode | null };
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
export const SHOW_COMMENT = 0x80;

/** Elements that never hold article text: their contents are skipped whole. */
export const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'source',
  'track',
  'map',
  'button',
  'form',
  'input',
  'select',
  'textarea',
  'nav',
  'head',
  'title',
  'meta',
  'link',
]);

/** Elements that start and end a block: text either side of them is a separate paragraph. */
export const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'main',
  'p',
  'section',
  'summary',
  'caption',
]);

export const INLINE_STYLE: Readonly<Record<string, InlineStyle>> = {
  em: 'emphasis',
  i: 'emphasis',
  cite: 'emphasis',
  dfn: 'emphasis',
  var: 'emphasis',
  strong: 'strong',
  b: 'strong',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
};

/** Markup that makes a table a page layout rather than data: such a table is read as containers. */
export const LAYOUT_CONTENT = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'table',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
]);

/**
 * Readability has already told data tables from layout tables (its `_readabilityDataTable` mark,
 * set on the very elements the walk sees); without the mark, a table whose cells hold paragraphs,
 * lists or other tables is taken for layout.
 */
export function isDataTable(table: DomNode): boolean {
  const mark = (table as { _readabilityDataTable?: unknown })._readabilityDataTable;
  if (typeof mark === 'boolean') return mark;
  return !someDescendant(table, (n) => LAYOUT_CONTENT.has(n.localName ?? ''));
}

export function isBlockLevel(node: DomNode): boolean {
  const name = node.localName ?? '';
  return (
    BLOCK.has(name) ||
    /^h[1-6]$/.test(name) ||
    ['blockquote', 'pre', 'ul', 'ol', 'li', 'table', 'figure'].includes(name)
  );
}

/** The link an element makes (an <a> with a target lede keeps), if it makes one. */
export type LinkOf = (element: DomNode) => LinkTarget | undefined;

/** A run of text with the emphasis and the link it sits in. */
export function run(text: string, style: InlineStyle | undefined, link: LinkTarget | undefined): Run {
  return { text, ...(style ? { style } : {}), ...(link ? { link } : {}) };
}

/**
 * The text of a heading or a table cell as one line of runs, styles and links kept, any
 * structure flattened.
 */
export function inlineRuns(node: DomNode, linkOf: LinkOf = () => undefined): Run[] {
  const runs: Run[] = [];
  const visit = (n: DomNode, s: InlineStyle | undefined, link: LinkTarget | undefined): void => {
    if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE) {
      const text = n.textContent ?? '';
      if (text) runs.push(run(text, s, link));
      return;
    }
    if (n.nodeType !== ELEMENT_NODE) return;
    const name = n.localName ?? '';
    if (SKIPPED.has(name) || isMathDrawing(n)) return;
    if (name === 'math') {
      runs.push(run(mathText(n), s, link));
      return;
    }
    // Separate what was separate blocks or lines, so words never run together.
    const separate = name === 'br' || BLOCK.has(name) || name === 'li' || name === 'pre';
    if (separate) runs.push({ text: ' ' });
    const inner = name === 'a' ? (linkOf(n) ?? link) : link;
    for (const child of Array.from(n.childNodes)) visit(child, INLINE_STYLE[name] ?? s, inner);
    if (separate) runs.push({ text: ' ' });
  };
  for (const child of Array.from(node.childNodes)) visit(child, undefined, undefined);
  return runs;
}

/** Preformatted text exactly as written; a <br> inside <pre> (some highlighters emit them) is a line break. */
export function preText(node: DomNode): string {
  let text = '';
  const visit = (n: DomNode): void => {
    if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE) text += n.textContent ?? '';
    else if (n.nodeType === ELEMENT_NODE && n.localName === 'br') text += '\n';
    else if (n.nodeType === ELEMENT_NODE && !SKIPPED.has(n.localName ?? ''))
      for (const child of Array.from(n.childNodes)) visit(child);
  };
  visit(node);
  return text;
}

export function elementChildren(node: DomNode): DomNode[] {
  return Array.from(node.childNodes).filter((c) => c.nodeType === ELEMENT_NODE);
}

export function someDescendant(node: DomNode, test: (n: DomNode) => boolean): boolean {
  for (const child of elementChildren(node)) if (test(child) || someDescendant(child, test)) return true;
  return false;
}

export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

export function clean(s: string | null | undefined): string {
  return collapse(sanitize(s ?? ''));
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function sameText(a: string, b: string): boolean {
  const norm = (s: string): string => collapse(s).toLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}

/**
 * What a <math> element says, as text: its `alttext`, else its TeX annotation (KaTeX and MathJax
 * keep the source there), else the text of its MathML with annotations left out.
 */
export function mathText(node: DomNode): string {
  const alt = node.getAttribute?.('alttext')?.trim();
  if (alt) return alt;
  let tex = '';
  let shown = '';
  const visit = (n: DomNode): void => {
    if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE) {
      shown += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== ELEMENT_NODE) return;
    if (n.localName === 'annotation' || n.localName === 'annotation-xml') {
      if (!tex && /tex/i.test(n.getAttribute?.('encoding') ?? '')) tex = (n.textContent ?? '').trim();
      return;
    }
    for (const child of Array.from(n.childNodes)) visit(child);
  };
  visit(node);
  return tex || shown.replace(/\s+/g, ' ').trim();
}

const holdsMath = new WeakMap<DomNode, boolean>();

/**
 * The drawn copy of a formula beside its <math>: KaTeX and MathJax put the MathML for readers
 * and an `aria-hidden` drawing of glyphs side by side under one parent. With the <math> read,
 * the drawing would say it a second time.
 */
export function isMathDrawing(node: DomNode): boolean {
  const parent = node.parentNode;
  if (!parent || node.getAttribute?.('aria-hidden') !== 'true') return false;
  let holds = holdsMath.get(parent);
  if (holds === undefined) {
    holds = elementChildren(parent).some(
      (c) => c.localName === 'math' || elementChildren(c).some((g) => g.localName === 'math'),
    );
    holdsMath.set(parent, holds);
  }
  return holds;
}
