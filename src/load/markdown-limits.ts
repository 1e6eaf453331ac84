import { Lexer, type MarkedExtension, type Token } from 'marked';

/**
 * Limits that keep marked linear on hostile Markdown. marked re-reads a nested block once per
 * level (2,000 nested block quotes, 2 MB, took 14 s and 2.7 GB) and recurses once per level (2,000
 * `>` on one line, or 10,000 `- `, overflowed the stack), and its emphasis matching is quadratic
 * in the delimiters of a paragraph (`_a*` × 10,000, 30 KB, took 16 s).
 */

/** Block quotes and lists nested deeper than this are read at this depth: no article nests so far. */
export const MAX_NESTING = 16;
/** Indentation beyond this many columns reads as this many: list nesting by indentation (two columns a level) is capped too. */
const MAX_INDENT = MAX_NESTING * 2;
/** A paragraph with more emphasis delimiters (`*`, `_`, `~`) than this is read as plain text. */
export const MAX_DELIMITERS = 1_000;
/** Inline parsing stops after this long; the rest of the document is read as plain text. */
export const INLINE_BUDGET_MS = 3_000;

export interface LexResult {
  readonly tokens: Token[];
  /** One line for the user when a limit changed how the document reads, else null. */
  readonly warning: string | null;
}

/**
 * Lexes `source` as marked's `lex` does — the block pass, then each queued paragraph's inline
 * pass — with the nesting flattened first, and the inline pass guarded: a paragraph with too
 * many delimiters, and every paragraph once the time budget is spent, keeps its text unparsed.
 */
export function lexWithLimits(
  source: string,
  extensions: MarkedExtension['extensions'] = [],
  budgetMs = INLINE_BUDGET_MS,
): LexResult {
  const capped = capNesting(source.replace(/\r\n?/g, '\n'));
  const lexer = new Lexer({ gfm: true });
  if (extensions?.length) installExtensions(lexer, extensions);
  const tokens = lexer.blockTokens(capped.text, lexer.tokens);
  const until = performance.now() + budgetMs;
  let overBudget = false;
  let unparsed = 0;
  for (const item of lexer.inlineQueue) {
    if (!overBudget && performance.now() > until) overBudget = true;
    if (overBudget || delimiters(item.src) > MAX_DELIMITERS) {
      item.tokens.push({ type: 'text', raw: item.src, text: item.src, escaped: true } as Token);
      unparsed++;
      continue;
    }
    lexer.state.inRawBlock = false;
    const cut = unclosedMarkup(item.src);
    lexer.inlineTokens(item.src.slice(0, cut), item.tokens);
    if (cut < item.src.length) {
      const rest = item.src.slice(cut);
      item.tokens.push({ type: 'text', raw: rest, text: rest, escaped: true } as Token);
    }
  }
  lexer.inlineQueue = [];
  const notes: string[] = [];
  if (capped.flattened) notes.push(`nesting deeper than ${MAX_NESTING} levels is flattened`);
  if (overBudget) notes.push('the rest after the first part is shown without Markdown formatting');
  else if (unparsed) notes.push(`${unparsed} paragraph${unparsed === 1 ? '' : 's'} shown without Markdown formatting`);
  return { tokens, warning: notes.length ? `too complex to format in full: ${notes.join('; ')}` : null };
}

function delimiters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126) n++; // * _ ~
  }
  return n;
}

/**
 * Where the first comment, processing instruction, CDATA section or declaration that is never
 * closed starts (or the length when there is none). marked's inline pattern for each scans to
 * the end of the paragraph for its closing mark, once per opening: many unclosed `<!--` made
 * it quadratic. From there on the paragraph is plain text, which is what such markup shows as.
 */
export function unclosedMarkup(src: string): number {
  if (!src.includes('<')) return src.length;
  let cut = src.length;
  const check = (open: RegExp, close: string): void => {
    const lastClose = src.lastIndexOf(close);
    open.lastIndex = lastClose < 0 ? 0 : lastClose;
    const m = open.exec(src);
    if (m && m.index < cut) cut = m.index;
  };
  check(/<!--/g, '-->');
  check(/<\?/g, '?>');
  check(/<!\[CDATA\[/g, ']]>');
  check(/<![a-zA-Z]/g, '>');
  return cut;
}

/** marked's Lexer takes extensions only through `marked.use`; this is what `use` builds for them. */
function installExtensions(lexer: Lexer, extensions: NonNullable<MarkedExtension['extensions']>): void {
  const block: unknown[] = [];
  const inline: unknown[] = [];
  const startBlock: unknown[] = [];
  const startInline: unknown[] = [];
  for (const ext of extensions) {
    if (!('tokenizer' in ext) || !ext.tokenizer) continue;
    (ext.level === 'block' ? block : inline).push(ext.tokenizer);
    if (ext.start) (ext.level === 'block' ? startBlock : startInline).push(ext.start);
  }
  (lexer.options as { extensions?: unknown }).extensions = { block, inline, startBlock, startInline };
}

/** A line's leading container markers: `>` (block quote) or a list marker, each with the space after it. */
const MARKER = /[ \t]{0,3}(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))/y;

/**
 * Flattens nesting past MAX_NESTING, line by line in one pass: container markers past the limit
 * are dropped, and indentation past MAX_INDENT columns is cut to it (outside fenced code, whose
 * spaces are its content).
 */
export function capNesting(text: string): { text: string; flattened: boolean } {
  const lines = text.split('\n');
  let flattened = false;
  let fence: string | null = null;
  for (let k = 0; k < lines.length; k++) {
    let line = lines[k]!;
    let at = 0;
    let depth = 0;
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(line); m && m[0].length; m = MARKER.exec(line)) {
      depth++;
      if (depth > MAX_NESTING) {
        // Everything from here on is content at the deepest level kept.
        line =
          line.slice(0, at) + line.slice(at).replace(/^(?:[ \t]{0,3}(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+))+/, '');
        flattened = true;
        break;
      }
      at = MARKER.lastIndex;
    }
    const fenceMark = /^[ \t]*(`{3,}|~{3,})/.exec(line.slice(at))?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
    } else if (fenceMark) {
      fence = fenceMark;
    } else {
      const indent = /^[ \t]*/.exec(line)![0];
      if (indent.length > MAX_INDENT) {
        line = ' '.repeat(MAX_INDENT) + line.slice(indent.length);
        flattened = true;
      }
    }
    lines[k] = line;
  }
  return { text: lines.join('\n'), flattened };
}
