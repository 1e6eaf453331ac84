/**
 * Makes article text safe to put on a terminal. Everything a terminal would act on is replaced
 * by a visible stand-in (ESC → ␛, other C0 → U+2400 control pictures, C1 → ␦-like ⍰) or removed
 * (bidirectional overrides and zero-width characters, which reorder or hide text). Newlines and
 * tabs are the only controls kept; tabs become spaces because the wrapper measures columns.
 */
const ESCAPE_STAND_IN = '\u241B'; // ␛
const C1_STAND_IN = '\u2370'; // ⍰: a C1 control has no control picture of its own
const TAB_AS_SPACES = '    ';

// Bidi embeddings/overrides/isolates and marks (LRM, RLM, ALM) and zero-width characters (kept: ZWJ, for emoji sequences).
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B\u200C\u200E\u200F\u061C\u2060\uFEFF\u00AD]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F\u0080-\u009F]/g;

/** Anything `sanitize` changes besides lone surrogates: CR, tab, the controls and the invisibles. */
const NEEDS_WORK =
  // eslint-disable-next-line no-control-regex
  /[\r\t\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B\u200C\u200E\u200F\u061C\u2060\uFEFF\u00AD]/;

/** Node 20 has these (ES2024), the ES2023 library types do not. */
type WellFormed = string & { isWellFormed(): boolean; toWellFormed(): string };

export function sanitize(raw: string): string {
  // Lone surrogates become U+FFFD (toWellFormed: what a regular expression over every code unit
  // did, in a fraction of the time); then most texts have nothing else to change, and one test
  // instead of four passes saves ~200 ms on a 5 MB article (issue 14's first frame).
  const text = (raw as WellFormed).isWellFormed() ? raw : (raw as WellFormed).toWellFormed();
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, TAB_AS_SPACES)
    .replace(INVISIBLE, '')
    .replace(CONTROL, (c) => {
      const code = c.charCodeAt(0);
      if (code === 0x1b) return ESCAPE_STAND_IN;
      if (code === 0x7f) return '\u2421'; // ␡
      if (code < 0x20) return String.fromCharCode(0x2400 + code);
      return C1_STAND_IN;
    });
}

/** True when the string holds nothing a terminal would act on: the property `sanitize` guarantees. */
export function isTerminalSafe(s: string): boolean {
  // eslint-disable-next-line no-control-regex -- the controls are what it looks for
  return !/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(s);
}

/**
 * `sanitize` for text shown on one line — a file name, a URL, a server's reason phrase, an error
 * message — where a line break would be as misleading as any control: it becomes ␊ (and a
 * carriage return ␍), so a name with a newline in it still reads as one name on one line.
 */
export function sanitizeLine(raw: string): string {
  return sanitize(raw.replace(/\r/g, '\u240D')).replace(/\n/g, '\u240A');
}
