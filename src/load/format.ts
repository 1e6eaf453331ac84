import type { ArticleFormat } from './article.js';

export const FORMATS: readonly ArticleFormat[] = ['text', 'markdown', 'html'];

const BY_EXTENSION: Record<string, ArticleFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  mkdn: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
};

/** The format a name's extension says, if it says one. */
export function formatFromName(name: string): ArticleFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  return ext ? BY_EXTENSION[ext] : undefined;
}

/** The format a Content-Type says: HTML and Markdown by name; plain text is left to sniffing. */
export function formatFromContentType(contentType: string | null | undefined): ArticleFormat | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  return undefined;
}

/** How far a sniffing pattern looks for the end of an emphasis or a link: bounded, so no pattern backtracks quadratically. */
const SPAN = 200;

/** Markdown constructs; each pattern's repeated parts stop at the character that would start another attempt. */
const MARKDOWN_SIGNALS: readonly RegExp[] = [
  /^ {0,3}(?:```|~~~)/m,
  new RegExp(`\\[[^\\[\\]\\n]{1,${SPAN}}\\]\\([^()\\s]{1,${SPAN}}\\)`),
  new RegExp(`(\\*\\*|__)(?=\\S)[^\\n]{0,${SPAN}}?\\S\\1`),
  /^ {0,3}[-*+] \S[^\n]*\n {0,3}[-*+] \S/m,
  /^ {0,3}> \S/m,
  /^ {0,3}#{1,6} \S/m,
  new RegExp(`(?<![*\\w])\\*(?=\\S)[^*\\n]{0,${SPAN}}\\S\\*(?![*\\w])`),
  /`[^`\n]+`/,
];

/**
 * The format the content itself suggests: a page that opens like HTML is HTML; text with several
 * Markdown constructs (fences, links, emphasis, lists, quotes) is Markdown; anything else is text.
 */
export function sniffFormat(text: string): ArticleFormat {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/i.test(head) || looksLikePage(text))
    return 'html';
  const sample = text.slice(0, 50_000);
  const signals = MARKDOWN_SIGNALS.filter((re) => re.test(sample)).length;
  return signals >= 2 ? 'markdown' : 'text';
}

/** An <html>, <head> or <body> tag with a closing </p>, </div> or </body> after it, in the first 20,000 characters. */
function looksLikePage(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const open = /<(?:html|head|body)[\s>]/i.exec(sample);
  return open !== null && /<\/(?:p|div|body)>/i.test(sample.slice(open.index));
}
