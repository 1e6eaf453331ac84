import { type Article, type ArticleMeta, type InlineStyle, LoadError } from './article.js';
import { buildArticle, type DraftBlock, type Run } from './build.js';
import { sanitize } from './sanitize.js';

/**
 * The few DOM members this module reads. The project compiles without the DOM library (nothing
 * else runs in a browser), so linkedom's nodes are seen through this shape.
 */
interface DomNode {
  readonly nodeType: number;
  readonly localName?: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  getAttribute?(name: string): string | null;
  appendChild(node: DomNode): DomNode;
  removeChild(node: DomNode): DomNode;
}

interface DomDocument extends DomNode {
  readonly documentElement: DomNode | null;
  createElement(name: string): DomNode;
  createTreeWalker(root: DomNode, whatToShow: number): { nextNode(): DomNode | null };
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const SHOW_COMMENT = 0x80;

/** A byline longer than this is a paragraph Readability mistook for one, not a name. */
const MAX_BYLINE_CHARS = 100;

/** Elements that never hold article text: their contents are skipped whole. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
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
const BLOCK = new Set([
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

const INLINE_STYLE: Readonly<Record<string, InlineStyle>> = {
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

/** Elements that belong in <head>, for pages that leave out <html>, <head> or <body>. */
const HEAD_ONLY = new Set(['title', 'meta', 'link', 'base']);

/** Markup that makes a table a page layout rather than data: such a table is read as containers. */
const LAYOUT_CONTENT = new Set([
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

const TABLE_CELL_SEPARATOR = ' · ';

/**
 * Extracts the article from an HTML page and builds it. Throws LoadError(source, 'is not an
 * article (…)') when Readability finds nothing readable.
 *
 * linkedom and Readability are imported here, not at the top of the module, so opening a plain
 * text or Markdown file never pays for them.
 */
export async function parseHtml(html: string, source: string, options: { url?: string } = {}): Promise<Article> {
  const [{ parseHTML }, readability] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  // A CommonJS package: Node gives its exports as named ones, a bundle only on `default`.
  const { Readability } = readability.Readability ? readability : readability.default;
  const document = (parseHTML(html) as unknown as { document: DomDocument }).document;
  ensureDocumentShape(document);
  removeComments(document);
  if (options.url) setDocumentUrl(document, options.url);

  // The serializer hands back Readability's own element, so the article is walked as it was
  // extracted instead of being serialised to HTML and parsed a second time.
  const reader = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode });
  const parsed = reader.parse();
  if (!parsed?.content) throw notAnArticle(source);

  const title = clean(parsed.title);
  const blocks = new BlockWalker().walk(parsed.content);
  // Readability often keeps the page's own <h1>; under lede's title it would say the same twice.
  const first = blocks[0];
  if (first && first.kind === 'heading' && sameText(runsText(first.runs), title)) blocks.shift();
  if (!blocks.some((b) => runsText(b.runs).trim())) throw notAnArticle(source);

  const meta = articleMeta(parsed, title);
  return buildArticle({ title, ...(meta ? { meta } : {}), blocks, format: 'html' }, source);
}

function notAnArticle(source: string): LoadError {
  return new LoadError(source, 'is not an article (no readable text found)');
}

/** The meta fields are kept on the Article as well as shown, so they are made terminal-safe here. */
function articleMeta(
  parsed: { byline?: string | null; siteName?: string | null; publishedTime?: string | null },
  title: string,
): ArticleMeta | undefined {
  let byline = clean(parsed.byline);
  const siteName = clean(parsed.siteName);
  // A site that names itself as the author ("BBC News · BBC News") says it once, as the site.
  if (byline.length > MAX_BYLINE_CHARS || sameText(byline, title) || sameText(byline, siteName)) byline = '';
  const published = clean(parsed.publishedTime);
  const meta: { byline?: string; siteName?: string; published?: string } = {};
  if (byline) meta.byline = byline;
  if (siteName) meta.siteName = siteName;
  if (published) meta.published = published;
  return Object.keys(meta).length ? meta : undefined;
}

/**
 * linkedom builds the tree as the markup says, without the HTML parser's repairs: a page (or a
 * fragment) that leaves out <html>, <head> or <body> comes out without a body, and Readability
 * then finds nothing. Such a tree is rebuilt as html > head + body, keeping every node's order.
 */
function ensureDocumentShape(document: DomDocument): void {
  if (isWellShaped(document)) return;
  const head = document.createElement('head');
  const body = document.createElement('body');
  const place = (node: DomNode): void => {
    if (node.nodeType === ELEMENT_NODE) {
      const name = node.localName ?? '';
      if (name === 'html' || name === 'head' || name === 'body') {
        for (const child of Array.from(node.childNodes)) place(child);
        return;
      }
      (HEAD_ONLY.has(name) ? head : body).appendChild(node);
    } else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      body.appendChild(node);
    }
  };
  const top = Array.from(document.childNodes).filter((n) => n.nodeType === ELEMENT_NODE || n.nodeType === TEXT_NODE);
  for (const node of top) place(node);
  for (const node of top) if (node.parentNode === document) document.removeChild(node);
  const html = document.createElement('html');
  html.appendChild(head);
  html.appendChild(body);
  document.appendChild(html);
}

function isWellShaped(document: DomDocument): boolean {
  const root = document.documentElement;
  const strayText = (n: DomNode): boolean => n.nodeType === TEXT_NODE && Boolean(n.textContent?.trim());
  if (!root || root.localName !== 'html' || elementChildren(document).length !== 1) return false;
  if (Array.from(document.childNodes).some(strayText) || Array.from(root.childNodes).some(strayText)) return false;
  const names = elementChildren(root).map((e) => e.localName);
  return names.includes('body') && names.every((n) => n === 'head' || n === 'body');
}

/**
 * Comments never hold article text, and Readability counts one as the end of a run of inline
 * content: text split by `<!-- -->` (as React's server rendering writes it) would become one
 * paragraph per piece.
 */
function removeComments(document: DomDocument): void {
  const walker = document.createTreeWalker(document, SHOW_COMMENT);
  const comments: DomNode[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/** Readability resolves relative links against `baseURI`; linkedom's document has no address. */
function setDocumentUrl(document: DomDocument, url: string): void {
  const base = baseHref(document, url);
  Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
  Object.defineProperty(document, 'baseURI', { value: base, configurable: true });
}

function baseHref(document: DomDocument, url: string): string {
  const base = findFirst(document, 'base')?.getAttribute?.('href');
  if (!base) return url;
  try {
    return new URL(base, url).href;
  } catch {
    return url;
  }
}

function findFirst(node: DomNode, name: string): DomNode | undefined {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== ELEMENT_NODE) continue;
    if (child.localName === name) return child;
    const found = findFirst(child, name);
    if (found) return found;
  }
  return undefined;
}

type TextKind = 'paragraph' | 'quote' | 'item';

/** Where the walk is: what kind of block loose text becomes here. */
interface Context {
  readonly kind: TextKind;
  readonly level: number;
  readonly style?: InlineStyle;
}

/**
 * Turns Readability's article element into blocks, in document order. Text is gathered into an
 * open block until a block-level element (or two <br> in a row) closes it, so text that sits
 * beside block children in a container is never lost.
 */
class BlockWalker {
  private readonly blocks: DraftBlock[] = [];
  private runs: Run[] = [];
  private open: Context = { kind: 'paragraph', level: 0 };
  /** A list item's bullet, waiting for the item's first text. */
  private bullet = '';
  /** The open block has more than white space. */
  private hasText = false;
  /** The last thing added to the open block was a <br>. */
  private afterBreak = false;

  walk(root: DomNode): DraftBlock[] {
    this.children(root, { kind: 'paragraph', level: 0 });
    this.flush();
    return this.blocks;
  }

  private children(node: DomNode, ctx: Context): void {
    for (const child of Array.from(node.childNodes)) this.node(child, ctx);
  }

  private node(node: DomNode, ctx: Context): void {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      this.text(node.textContent ?? '', ctx);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.localName ?? '';
    if (SKIPPED.has(name)) return;

    const heading = /^h([1-6])$/.exec(name);
    if (heading) {
      this.flush();
      // Headings deeper than h4 are still headings; lede's outline stops at four levels.
      const level = Math.min(Number(heading[1]), 4);
      this.blocks.push({ kind: 'heading', level, runs: inlineRuns(node) });
      return;
    }
    switch (name) {
      case 'br':
        this.lineBreak(ctx);
        return;
      case 'pre':
        this.flush();
        this.blocks.push({ kind: 'code', runs: [{ text: preText(node) }] });
        return;
      case 'blockquote':
        this.flush();
        // A quotation inside a list item stays part of the item; anywhere else its text is quoted.
        this.children(node, ctx.kind === 'item' ? ctx : { kind: 'quote', level: 0 });
        this.flush();
        return;
      case 'ul':
      case 'ol':
        this.list(node, ctx);
        return;
      case 'li':
        // An <li> outside a list (Readability sometimes strips the list around it).
        this.item(node, ctx, '• ', ctx.kind === 'item' ? ctx.level + 1 : 1);
        return;
      case 'table':
        this.table(node, ctx);
        return;
      case 'figure':
        // A figure's text is its caption (and any quotation or table it frames); loose words beside
        // the image are labels for screen readers ("Photo") or credits already in the caption.
        this.flush();
        for (const child of elementChildren(node)) if (isBlockLevel(child)) this.node(child, blockContext(ctx));
        this.flush();
        return;
    }
    if (BLOCK.has(name)) {
      this.flush();
      this.children(node, blockContext(ctx));
      this.flush();
      return;
    }
    const style = INLINE_STYLE[name];
    this.children(node, style ? { ...ctx, style } : ctx);
  }

  private text(raw: string, ctx: Context): void {
    if (!raw) return;
    if (raw.trim()) {
      // The block is what its first words are: white space before them may come from a container.
      if (!this.hasText) this.open = ctx;
      this.hasText = true;
      this.afterBreak = false;
    }
    this.runs.push(ctx.style ? { text: raw, style: ctx.style } : { text: raw });
  }

  private lineBreak(ctx: Context): void {
    if (this.afterBreak) {
      this.flush();
      return;
    }
    this.text(' ', { ...ctx, style: undefined });
    this.afterBreak = true;
  }

  private list(node: DomNode, ctx: Context): void {
    this.flush();
    const ordered = node.localName === 'ol';
    const start = Number.parseInt(node.getAttribute?.('start') ?? '', 10);
    let n = Number.isFinite(start) ? start : 1;
    const level = ctx.kind === 'item' ? ctx.level + 1 : 1;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === ELEMENT_NODE && child.localName === 'li') {
        const value = Number.parseInt(child.getAttribute?.('value') ?? '', 10);
        if (ordered && Number.isFinite(value)) n = value;
        this.item(child, ctx, ordered ? `${n}. ` : '• ', level);
        n += 1;
      } else {
        // Text or markup between the items (invalid, but pages do it) is read as an item's text.
        this.node(child, { kind: 'item', level, ...(ctx.style ? { style: ctx.style } : {}) });
      }
    }
    this.flush();
  }

  private item(node: DomNode, ctx: Context, bullet: string, level: number): void {
    this.flush();
    this.bullet = bullet;
    this.children(node, { kind: 'item', level, ...(ctx.style ? { style: ctx.style } : {}) });
    this.flush();
    this.bullet = '';
  }

  /** A data table reads row by row, cells joined; a table used for page layout reads as its cells' contents. */
  private table(node: DomNode, ctx: Context): void {
    this.flush();
    const layout = !isDataTable(node);
    for (const part of elementChildren(node)) {
      const name = part.localName;
      if (name === 'caption') {
        this.node(part, ctx);
      } else if (name === 'tr') {
        this.row(part, ctx, layout);
      } else if (name === 'thead' || name === 'tbody' || name === 'tfoot') {
        for (const tr of elementChildren(part)) if (tr.localName === 'tr') this.row(tr, ctx, layout);
      }
    }
    this.flush();
  }

  private row(tr: DomNode, ctx: Context, layout: boolean): void {
    const cells = elementChildren(tr).filter((c) => c.localName === 'td' || c.localName === 'th');
    // A row of tables side by side (LWN's statistics) is read one table after the other.
    if (layout || cells.some((c) => someDescendant(c, (n) => n.localName === 'table'))) {
      for (const cell of cells) {
        this.flush();
        this.children(cell, blockContext(ctx));
        this.flush();
      }
      return;
    }
    const runs: Run[] = [];
    for (const cell of cells) {
      const cellRuns = inlineRuns(cell);
      if (!runsText(cellRuns).trim()) continue;
      if (runs.length) runs.push({ text: TABLE_CELL_SEPARATOR });
      runs.push(...cellRuns);
    }
    this.flush();
    if (runs.length) this.blocks.push({ kind: ctx.kind, level: ctx.level, runs });
  }

  /** Closes the open block; a block with no visible text is dropped. */
  private flush(): void {
    const { runs, hasText } = this;
    this.runs = [];
    this.hasText = false;
    this.afterBreak = false;
    if (!hasText) return;
    const { kind, level } = this.open;
    if (kind === 'item') {
      const bullet = this.bullet;
      this.bullet = '';
      this.blocks.push({ kind, level, runs: bullet ? [{ text: bullet }, ...runs] : runs });
    } else {
      this.blocks.push({ kind, level, runs });
    }
  }
}

/**
 * Readability has already told data tables from layout tables (its `_readabilityDataTable` mark,
 * set on the very elements the walk sees); without the mark, a table whose cells hold paragraphs,
 * lists or other tables is taken for layout.
 */
function isDataTable(table: DomNode): boolean {
  const mark = (table as { _readabilityDataTable?: unknown })._readabilityDataTable;
  if (typeof mark === 'boolean') return mark;
  return !someDescendant(table, (n) => LAYOUT_CONTENT.has(n.localName ?? ''));
}

function isBlockLevel(node: DomNode): boolean {
  const name = node.localName ?? '';
  return (
    BLOCK.has(name) ||
    /^h[1-6]$/.test(name) ||
    ['blockquote', 'pre', 'ul', 'ol', 'li', 'table', 'figure'].includes(name)
  );
}

/** Inside a block element the kind of text stays what it was (a paragraph in a quote is quoted). */
function blockContext(ctx: Context): Context {
  return { kind: ctx.kind, level: ctx.level };
}

/** The text of a heading or a table cell as one line of runs, styles kept, any structure flattened. */
function inlineRuns(node: DomNode): Run[] {
  const runs: Run[] = [];
  const visit = (n: DomNode, s: InlineStyle | undefined): void => {
    if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE) {
      const text = n.textContent ?? '';
      if (text) runs.push(s ? { text, style: s } : { text });
      return;
    }
    if (n.nodeType !== ELEMENT_NODE) return;
    const name = n.localName ?? '';
    if (SKIPPED.has(name)) return;
    // Separate what was separate blocks or lines, so words never run together.
    const separate = name === 'br' || BLOCK.has(name) || name === 'li' || name === 'pre';
    if (separate) runs.push({ text: ' ' });
    for (const child of Array.from(n.childNodes)) visit(child, INLINE_STYLE[name] ?? s);
    if (separate) runs.push({ text: ' ' });
  };
  for (const child of Array.from(node.childNodes)) visit(child, undefined);
  return runs;
}

/** Preformatted text exactly as written; a <br> inside <pre> (some highlighters emit them) is a line break. */
function preText(node: DomNode): string {
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

function elementChildren(node: DomNode): DomNode[] {
  return Array.from(node.childNodes).filter((c) => c.nodeType === ELEMENT_NODE);
}

function someDescendant(node: DomNode, test: (n: DomNode) => boolean): boolean {
  for (const child of elementChildren(node)) if (test(child) || someDescendant(child, test)) return true;
  return false;
}

function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

function clean(s: string | null | undefined): string {
  return collapse(sanitize(s ?? ''));
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string): string => collapse(s).toLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}
