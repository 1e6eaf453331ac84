import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Article, type ArticleFormat, type ArticleMeta, LoadError, detached } from './article.js';
import { charsetOf, decodeBytes, isUtf16, sniffHtmlCharset } from './decode.js';
import { fetchUrl, isUrl, URL_LIMITS, type UrlLimits } from './fetch-url.js';
import { formatFromContentType, formatFromName, sniffFormat } from './format.js';
import { parsePlainText } from './parse-text.js';
import { safePageUrl } from './links.js';
import { sanitizeLine } from './sanitize.js';

/** Refuse inputs larger than this rather than exhaust memory: far beyond any article or book. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
const TOO_LARGE = `is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, the most lede opens`;

export interface OpenOptions {
  /** Overrides what the extension, the server and the content say (`--format`). */
  readonly format?: ArticleFormat;
  readonly urlLimits?: UrlLimits;
}

const PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'no such file (a part of the path is not a directory)',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && PROBLEMS[code]) ?? `cannot be read (${code ?? String(error)})`;
}

/** A file path or an http(s) URL. */
export async function openArticle(input: string, options: OpenOptions = {}): Promise<Article> {
  if (isUrl(input) || /^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    const fetched = await fetchUrl(input, options.urlLimits ?? URL_LIMITS);
    return articleFromBytes(fetched.bytes, input, {
      ...options,
      name: new URL(fetched.url).pathname,
      contentType: fetched.contentType,
      url: fetched.url,
    });
  }
  return readArticleFile(input, options);
}

export async function readArticleFile(path: string, options: OpenOptions = {}): Promise<Article> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new LoadError(path, 'is a directory');
    if (info.size > MAX_INPUT_BYTES) throw new LoadError(path, TOO_LARGE);
    // A device or a FIFO has no size to check and may never end: read it with the same cap as a pipe.
    bytes = info.isFile() ? await readFile(path) : await readCapped(createReadStream(path), path);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(path, describe(error));
  }
  return articleFromBytes(bytes, path, { ...options, name: basename(path) });
}

export async function readArticleStream(
  stream: NodeJS.ReadableStream,
  options: OpenOptions = {},
  source = '-',
): Promise<Article> {
  const name = source === '-' ? 'standard input' : source;
  return articleFromBytes(await readCapped(stream, name), name, options);
}

/** Reads a stream to its end, refusing it as soon as it passes MAX_INPUT_BYTES. */
async function readCapped(stream: NodeJS.ReadableStream, source: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > MAX_INPUT_BYTES) {
        (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        throw new LoadError(source, TOO_LARGE);
      }
      chunks.push(buf);
    }
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(source, describe(error));
  }
  return Buffer.concat(chunks);
}

export interface BytesInfo extends OpenOptions {
  /** A file name or URL path, for its extension. */
  readonly name?: string;
  readonly contentType?: string;
  readonly url?: string;
}

/**
 * Decodes and parses an article in whichever format it is: `--format` first, then what the
 * server or the extension says, then what the content looks like. HTML and Markdown parsers
 * load only when such an input arrives, so plain text opens without them.
 */
export async function articleFromBytes(bytes: Buffer, rawSource: string, info: BytesInfo = {}): Promise<Article> {
  return ownStrings(await parseBytes(bytes, rawSource, info));
}

async function parseBytes(bytes: Buffer, rawSource: string, info: BytesInfo): Promise<Article> {
  // The name is shown (status bar, shelf, messages) and kept on the Article: terminal-safe from here on.
  const source = sanitizeLine(rawSource);
  if (bytes.length === 0) throw new LoadError(source, 'the file is empty');
  if (!isUtf16(bytes) && bytes.includes(0)) throw new LoadError(source, 'looks like a binary file, not text');
  const hinted =
    info.format ?? formatFromContentType(info.contentType) ?? (info.name ? formatFromName(info.name) : undefined);
  const declared =
    charsetOf(info.contentType) ??
    (hinted === 'html' || (!hinted && /^\s*</.test(bytes.subarray(0, 64).toString('latin1')))
      ? sniffHtmlCharset(bytes)
      : undefined);
  const text = decodeBytes(bytes, declared);
  const format = hinted ?? sniffFormat(text);
  switch (format) {
    case 'html': {
      const { parseHtml } = await import('./html.js');
      return parseHtml(text, source, info.url ? { url: info.url } : {});
    }
    case 'markdown': {
      const { parseMarkdown } = await import('./markdown.js');
      return parseMarkdown(text, source, info.url ? { url: info.url } : {});
    }
    default: {
      // Plain text has no links, but one fetched from an address can still be opened there (`O`).
      const url = safePageUrl(info.url);
      return { ...parsePlainText(text, source), format: 'text', ...(url ? { url } : {}) };
    }
  }
}

/**
 * The article with its short strings copied. A title or byline cut out of the decoded input is a
 * view of the whole input in V8 (a slice of 13 characters or more), which then stays in memory as
 * long as the article: the 5 MB document kept its 5 MB raw text beside its text for its title.
 */
function ownStrings(article: Article): Article {
  const { meta } = article;
  return {
    ...article,
    title: detached(article.title),
    ...(meta
      ? {
          meta: Object.fromEntries(
            Object.entries(meta).map(([k, v]) => [k, typeof v === 'string' ? detached(v) : v]),
          ) as ArticleMeta,
        }
      : {}),
  };
}
