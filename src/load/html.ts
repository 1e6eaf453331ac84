import { type Article, type ArticleMeta, LoadError } from './article.js';
import { buildArticle } from './build.js';
import {
  CDATA_SECTION_NODE,
  type DomDocument,
  type DomNode,
  ELEMENT_NODE,
  SHOW_COMMENT,
  TEXT_NODE,
  clean,
  elementChildren,
  runsText,
  sameText,
} from './html-dom.js';
import { capHtmlNesting, MAX_HTML_DEPTH } from './html-limits.js';
import { BlockWalker } from './html-walk.js';
import type { LinkTarget } from './build.js';
import { safeHref, safePageUrl } from './links.js';

/** A byline longer than this is a paragraph Readability mistook for one, not a name. */
const MAX_BYLINE_CHARS = 100;
/** Elements that belong in <head>, for pages that leave out <html>, <head> or <body>. */
const HEAD_ONLY = new Set(['title', 'meta', 'link', 'base']);

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
  const capped = capHtmlNesting(html);
  const document = (parseHTML(capped.html) as unknown as { document: DomDocument }).document;
  ensureDocumentShape(document);
  removeComments(document);
  if (options.url) setDocumentUrl(document, options.url);
  // Where relative links lead: the page's address (or its <base>), else an absolute <base> alone.
  const base = options.url ? baseHref(document, options.url) : absoluteBase(document);
  // Read before Readability, which may take the <head> apart.
  const url = options.url ? safePageUrl(options.url) : canonicalUrl(document, base);

  // The serializer hands back Readability's own element, so the article is walked as it was
  // extracted instead of being serialised to HTML and parsed a second time.
  const reader = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode });
  const parsed = reader.parse();
  if (!parsed?.content) throw notAnArticle(source);

  const title = clean(parsed.title);
  const blocks = new BlockWalker(linkMaker(base)).walk(parsed.content);
  // Readability often keeps the page's own <h1>; under lede's title it would say the same twice.
  const first = blocks[0];
  if (first && first.kind === 'heading' && sameText(runsText(first.runs), title)) blocks.shift();
  if (!blocks.some((b) => runsText(b.runs).trim())) throw notAnArticle(source);

  const meta = articleMeta(parsed, title);
  const draft = { title, ...(meta ? { meta } : {}), ...(url ? { url } : {}), blocks, format: 'html' as const };
  const article = buildArticle(draft, source);
  if (!capped.flattened) return article;
  return {
    ...article,
    warnings: [`too complex to format in full: nesting deeper than ${MAX_HTML_DEPTH} levels is flattened`],
  };
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

/** A <base href> that is an address of its own, for a saved page opened without its URL. */
function absoluteBase(document: DomDocument): string | undefined {
  // Only in <head>, where a <base> belongs: the body of a hostile page can be 100,000 elements deep.
  const head = findFirst(document, 'head');
  const base = head && Array.from(head.childNodes).find((n) => n.nodeType === ELEMENT_NODE && n.localName === 'base');
  return safePageUrl(base?.getAttribute?.('href')) ?? undefined;
}

/** The address the page gives for itself: <link rel=canonical>, else <meta property=og:url>. */
function canonicalUrl(document: DomDocument, base: string | undefined): string | null {
  const head = findFirst(document, 'head');
  if (!head) return null;
  let og: string | null = null;
  for (const el of Array.from(head.childNodes)) {
    if (el.nodeType !== ELEMENT_NODE) continue;
    const rel = el.getAttribute?.('rel')?.toLowerCase().split(/\s+/) ?? [];
    if (el.localName === 'link' && rel.includes('canonical')) {
      const href = safePageUrl(el.getAttribute?.('href'), base);
      if (href) return href;
    }
    if (el.localName === 'meta' && el.getAttribute?.('property') === 'og:url')
      og ??= safePageUrl(el.getAttribute?.('content'), base);
  }
  return og;
}

/** Each <a> with a target lede keeps becomes one link (one object per element: see LinkTarget). */
function linkMaker(base: string | undefined): (element: DomNode) => LinkTarget | undefined {
  return (element) => {
    const href = safeHref(element.getAttribute?.('href'), base);
    return href ? { href } : undefined;
  };
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
