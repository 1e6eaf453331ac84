/**
 * Bytes to text the way browsers do it: a byte-order mark wins (UTF-8, UTF-16 LE/BE), then the
 * charset the server or the page declares, then UTF-8 if the bytes are valid UTF-8, and
 * Windows-1252 otherwise (which is what "Latin-1" means on the web).
 *
 * Two departures, for pages that declare the wrong charset (a common mistake): bytes that are
 * valid UTF-8 and not plain ASCII are read as UTF-8 whatever legacy charset is declared — text
 * really in Windows-1252 or KOI8-R almost never happens to be valid UTF-8, while a UTF-8 page
 * that says "iso-8859-1" is everywhere — and a declared UTF-8 that is not valid UTF-8 falls
 * through to the guess below (showing £ beats showing �).
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf8 = validUtf8(bytes);
  if (utf8 !== null && !isAscii(bytes)) return utf8;
  const label = declared ? supportedLabel(declared) : null;
  if (label === 'windows-1252') return decodeWindows1252(bytes);
  // UTF-16 without a byte-order mark has NUL bytes, which are refused before this as binary.
  if (label && label !== 'utf-8' && !label.startsWith('utf-16')) return new TextDecoder(label).decode(bytes);
  return utf8 ?? decodeWindows1252(bytes);
}

function validUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false;
  return true;
}

/**
 * What 0x80–0x9F mean in Windows-1252 (the WHATWG table; 0 where the byte is unassigned and stays
 * as it is). Node 20's TextDecoder('windows-1252') decodes those bytes as ISO-8859-1's C1
 * controls (nodejs/node#56542), which would turn ’ “ ” — € into control characters.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = CP1252_HIGH[c.charCodeAt(0) - 0x80]!;
    return mapped ? String.fromCharCode(mapped) : c;
  });
}

/** Whether the bytes start with a UTF-16 byte-order mark (so NUL bytes are expected). */
export const isUtf16 = (bytes: Uint8Array): boolean =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/** The encoding label TextDecoder knows it by, or null for one it does not support. */
export function supportedLabel(charset: string): string | null {
  try {
    return new TextDecoder(charset.trim().replace(/^["']|["']$/g, '')).encoding;
  } catch {
    return null;
  }
}

/**
 * The charset a page declares in its first kilobytes: `<meta charset>` or `http-equiv`
 * Content-Type. A page that could be read far enough to find its <meta> is not UTF-16, so a
 * meta-declared UTF-16 means UTF-8 (and x-user-defined Windows-1252), as the WHATWG prescan says.
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  if (!declared) return undefined;
  const label = supportedLabel(declared);
  if (label?.startsWith('utf-16')) return 'utf-8';
  if (declared.toLowerCase() === 'x-user-defined') return 'windows-1252';
  return declared;
}

/** The charset parameter of a Content-Type header. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  return contentType ? /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] : undefined;
}
