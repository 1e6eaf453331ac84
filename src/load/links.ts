/**
 * Link targets, made safe where they enter the program: a target is kept only when it is an
 * absolute http, https or mailto address (resolved against the page's address when it has one),
 * holds no control character, and is no longer than a terminal will take in a hyperlink. What is
 * kept is the URL parser's serialisation: printable ASCII only (non-ASCII is percent-encoded,
 * host names are punycode), so it can go into an OSC 8 sequence or a browser's argument as it is.
 */

/** The schemes a link may have: the web and mail. Everything else (javascript:, data:, file:…) is dropped. */
const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** VTE ignores an OSC 8 target longer than 2083 bytes; a longer one is no article's link. */
export const MAX_HREF_LENGTH = 2048;

// eslint-disable-next-line no-control-regex -- the controls are what it looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** What a kept target may consist of once serialised: printable ASCII, no space. */
const PRINTABLE_ASCII = /^[\u0021-\u007e]+$/;

/**
 * The safe, absolute form of a link's target, or null when it is not one lede will show or open.
 * `base` is the address relative targets are resolved against (a page's URL or its <base>);
 * without one, a relative target is dropped. A target pointing within the page (`#…`) is dropped:
 * it leads nowhere the reader is not already.
 */
export function safeHref(raw: string | null | undefined, base?: string): string | null {
  // HTML strips leading and trailing white space from an href; anything else that is a control is refused.
  const trimmed = (raw ?? '').trim();
  if (!trimmed || trimmed.startsWith('#') || CONTROL.test(trimmed)) return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  // `mailto:` keeps spaces in its opaque path; a space is encoded as a browser would.
  const href = url.href.replace(/ /g, '%20');
  if (href.length > MAX_HREF_LENGTH || !PRINTABLE_ASCII.test(href)) return null;
  return href;
}

/** The address of the article itself (`O`): a web address only, never mail. */
export function safePageUrl(raw: string | null | undefined, base?: string): string | null {
  const href = safeHref(raw, base);
  return href && /^https?:/.test(href) ? href : null;
}
