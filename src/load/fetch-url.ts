import { LoadError } from './article.js';
import { sanitizeLine } from './sanitize.js';

export interface UrlLimits {
  readonly timeoutMs: number;
  readonly maxRedirects: number;
  readonly maxBytes: number;
}

export const URL_LIMITS: UrlLimits = { timeoutMs: 15_000, maxRedirects: 5, maxBytes: 10 * 1024 * 1024 };

export interface Fetched {
  readonly bytes: Buffer;
  readonly contentType: string;
  /** Where the last redirect led. */
  readonly url: string;
}

/** Content types lede reads; anything else is not an article. */
const READABLE = /^(?:text\/(?:html|plain|markdown|x-markdown)|application\/xhtml\+xml)$/i;

export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/**
 * GETs an article over HTTP(S) with a deadline for the whole exchange, a bounded number of
 * redirects, a size cap enforced while reading, and a content-type check. Every failure is a
 * LoadError naming the URL and the problem in words.
 */
export async function fetchUrl(address: string, limits: UrlLimits = URL_LIMITS): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new LoadError(address, 'is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new LoadError(address, 'only http:// and https:// addresses can be opened');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const seconds = Math.round(limits.timeoutMs / 100) / 10;
  try {
    for (let redirects = 0; ; redirects++) {
      let response: Response;
      try {
        response = await fetch(url, {
          redirect: 'manual',
          signal: controller.signal,
          headers: {
            accept: 'text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9,*/*;q=0.1',
            'user-agent': 'lede (terminal article reader)',
          },
        });
      } catch (error) {
        throw new LoadError(
          address,
          controller.signal.aborted ? `timed out after ${seconds} s` : networkProblem(error),
        );
      }
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel().catch(() => {});
        if (redirects >= limits.maxRedirects)
          throw new LoadError(address, `too many redirects (more than ${limits.maxRedirects})`);
        url = new URL(response.headers.get('location')!, url);
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
          throw new LoadError(address, `redirects to ${url.protocol} address, which lede does not open`);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        // The reason phrase is the server's own words: anything but CR and LF may be in it.
        const reason = sanitizeLine(response.statusText).trim();
        throw new LoadError(address, `the server answered ${response.status}${reason ? ` ${reason}` : ''}`);
      }
      const contentType = response.headers.get('content-type') ?? '';
      const type = contentType.split(';')[0]!.trim();
      if (type && !READABLE.test(type)) {
        await response.body?.cancel().catch(() => {});
        throw new LoadError(address, `is not an article (the server sent ${sanitizeLine(type)})`);
      }
      const tooLarge = () =>
        new LoadError(address, `is larger than ${limits.maxBytes / 1024 / 1024} MB, the most lede downloads`);
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw tooLarge();
      }
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of response.body ?? []) {
          size += chunk.length;
          if (size > limits.maxBytes) {
            controller.abort();
            throw tooLarge();
          }
          chunks.push(Buffer.from(chunk));
        }
      } catch (error) {
        if (error instanceof LoadError) throw error;
        throw new LoadError(
          address,
          controller.signal.aborted ? `timed out after ${seconds} s` : networkProblem(error),
        );
      }
      return { bytes: Buffer.concat(chunks), contentType, url: url.href };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** undici's "fetch failed" in words a reader can act on. */
function networkProblem(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = cause?.code ?? (error as { code?: string } | undefined)?.code;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'no such host';
    case 'ECONNREFUSED':
      return 'the connection was refused';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'the connection was closed by the server';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'the connection timed out';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'the host cannot be reached';
    default:
      if (code && /CERT|SSL|TLS/.test(code)) return `the secure connection failed (${code})`;
      return `cannot be fetched (${code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
