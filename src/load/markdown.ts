import { decodeHTML } from 'entities';
import type { Token, TokenizerExtension, Tokens } from 'marked';
import type { Article, InlineStyle } from './article.js';
import { buildArticle, type DraftBlock, type LinkTarget, type Run } from './build.js';
import { safeHref, safePageUrl } from './links.js';
import { lexWithLimits } from './markdown-limits.js';

/**
 * Markdown through marked's lexer (a real CommonMark/GFM parser, no rendering): headings are
 * sections, paragraphs and block quotes and lists keep their order, emphasis becomes styles,
 * code blocks keep their lines. The first heading, when the document opens with one, is the
 * title; otherwise the first block is, as in plain text.
 */
export function parseMarkdown(source: string, origin: string, options: { url?: string } = {}): Article {
  const { body, title: frontTitle } = frontMatter(source.replace(/^\uFEFF/, ''));
  // Relative links lead somewhere only when the document came from an address.
  linkBase = options.url;
  const { tokens, warning } = lexWithLimits(body, [MATH]);
  const blocks: DraftBlock[] = [];
  tableCount = 0;
  let title = frontTitle;
  const first = tokens.find((t) => t.type !== 'space' && !(t.type === 'html' && /^\s*<!--/.test(t.raw)));
  for (const token of tokens) {
    if (token === first && token.type === 'heading') {
      const heading = runsText(inline((token as Tokens.Heading).tokens));
      // The opening heading is the title, unless front matter named another one.
      if (!title || heading.trim() === title.trim()) {
        title = heading;
        continue;
      }
    }
    block(token, blocks, 0, null);
  }
  const url = safePageUrl(options.url);
  const article = buildArticle({ title, blocks, format: 'markdown', ...(url ? { url } : {}) }, origin);
  return warning ? { ...article, warnings: [warning] } : article;
}

/**
 * `$…$` and `$$…$$` (TeX math, as pandoc and GitHub read it) are kept as written: left to
 * marked, the `*` and `_` in them became emphasis and vanished. A `$` followed by a space, or a
 * closing `$` followed by a digit, is money ("$5 and $10"), not math. Neither part can run past
 * the next `$`, so no attempt backtracks far.
 */
const MATH_PATTERN = /^\$\$[^$]+\$\$|^\$(?![\s$])[^$\n]*[^\s$\\]\$(?!\d)/;
const MATH: TokenizerExtension = {
  name: 'math',
  level: 'inline',
  start: (src) => {
    const at = src.indexOf('$');
    return at < 0 ? undefined : at;
  },
  tokenizer: (src) => {
    const m = MATH_PATTERN.exec(src);
    return m ? { type: 'math', raw: m[0], text: m[0] } : undefined;
  },
};

/** Numbers the tables of the document being read (parsing is synchronous: one document at a time). */
let tableCount = 0;
/** The address of the document being read, for its relative links. */
let linkBase: string | undefined;

function block(token: Token, out: DraftBlock[], depth: number, quote: 'quote' | null): void {
  switch (token.type) {
    case 'heading': {
      const t = token as Tokens.Heading;
      out.push({ kind: 'heading', level: Math.min(t.depth, 4), runs: inline(t.tokens) });
      return;
    }
    case 'paragraph':
      out.push({ kind: quote ?? 'paragraph', runs: inline((token as Tokens.Paragraph).tokens) });
      return;
    case 'text': {
      // Loose text at block level (inside a list item): its inline tokens when it has them.
      const t = token as Tokens.Text;
      out.push({ kind: quote ?? 'paragraph', runs: t.tokens ? inline(t.tokens) : [{ text: t.text }] });
      return;
    }
    case 'blockquote':
      for (const child of (token as Tokens.Blockquote).tokens) block(child, out, depth, 'quote');
      return;
    case 'list': {
      const list = token as Tokens.List;
      const start = typeof list.start === 'number' ? list.start : 1;
      list.items.forEach((item, k) => {
        const bullet = list.ordered ? `${start + k}. ` : item.task ? (item.checked ? '☑ ' : '☐ ') : '• ';
        const runs: Run[] = [{ text: bullet }];
        const nested: Token[] = [];
        for (const child of item.tokens) {
          if (child.type === 'text' || child.type === 'paragraph') {
            if (runs.length > 1) runs.push({ text: ' ' });
            runs.push(
              ...inline(
                (child as Tokens.Text).tokens ?? [
                  { type: 'text', raw: child.raw, text: (child as Tokens.Text).text } as Tokens.Text,
                ],
              ),
            );
          } else if (child.type !== 'checkbox') nested.push(child);
        }
        out.push({ kind: 'item', level: depth + 1, runs });
        for (const child of nested) block(child, out, depth + 1, quote);
      });
      return;
    }
    case 'code':
      out.push({ kind: 'code', runs: [{ text: (token as Tokens.Code).text }] });
      return;
    case 'table': {
      // Rows of cells; the layout draws them as a table at the width it has.
      const t = token as Tokens.Table;
      const table = tableCount++;
      const row = (cells: Tokens.TableCell[], header: boolean): DraftBlock => ({
        kind: 'row',
        runs: [],
        cells: cells.map((c) => inline(c.tokens)),
        table,
        header,
      });
      out.push(row(t.header, true));
      for (const r of t.rows) out.push(row(r, false));
      return;
    }
    case 'html': {
      // Raw HTML blocks: their text, without the tags (no markup reaches the screen).
      const text = stripTags((token as Tokens.HTML).text);
      if (text.trim()) out.push({ kind: quote ?? 'paragraph', runs: [{ text }] });
      return;
    }
    default:
      return; // space, hr, def: nothing to read
  }
}

/**
 * Inline tokens to runs of text with their emphasis and links; nested emphasis keeps the
 * innermost, a link inside a link (which CommonMark does not allow) the outer one.
 */
function inline(tokens: readonly Token[] | undefined, style?: InlineStyle, link?: LinkTarget): Run[] {
  const out: Run[] = [];
  const run = (text: string, s = style): Run => ({ text, ...(s ? { style: s } : {}), ...(link ? { link } : {}) });
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'em':
        out.push(...inline((t as Tokens.Em).tokens, 'emphasis', link));
        break;
      case 'strong':
        out.push(...inline((t as Tokens.Strong).tokens, 'strong', link));
        break;
      case 'codespan':
        out.push(run(unescapeEntities((t as Tokens.Codespan).text), 'code'));
        break;
      case 'br':
        out.push(run(' '));
        break;
      case 'link': {
        const href = link ? null : safeHref(unescapeEntities((t as Tokens.Link).href), linkBase);
        out.push(...inline((t as Tokens.Link).tokens, style, href ? { href } : link));
        break;
      }
      case 'del':
        out.push(...inline((t as Tokens.Del).tokens, style, link));
        break;
      case 'image':
        if ((t as Tokens.Image).text) out.push(run((t as Tokens.Image).text));
        break;
      case 'html':
        out.push(run(stripTags((t as Tokens.HTML).text)));
        break;
      case 'text':
      case 'escape': {
        const tt = t as Tokens.Text;
        if (tt.tokens && tt.tokens.length) out.push(...inline(tt.tokens, style, link));
        else out.push(run(unescapeEntities(tt.text)));
        break;
      }
      default:
        if ('text' in t && typeof t.text === 'string') out.push(run(t.text));
    }
  }
  return out;
}

const runsText = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

/**
 * YAML front matter (`---` … `---` at the very top, as static-site generators write it) is not
 * article text; its `title:`, when there is one, is the article's title.
 */
function frontMatter(source: string): { body: string; title: string } {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source);
  if (!m) return { body: source, title: '' };
  const raw = /^title:[ \t]*(.+)$/m.exec(m[1]!)?.[1]?.trim() ?? '';
  const title = raw.replace(/^(["'])(.*)\1$/, '$2');
  return { body: source.slice(m[0].length), title };
}

/**
 * The text of a piece of raw HTML: comments dropped (an unclosed one runs to the end), tags
 * replaced by a space. Linear: a comment is found with indexOf, and a tag cannot contain `<`, so
 * no match attempt runs past the next one (`/<!--[\s\S]*?-->/` over many unclosed `<!--` was quadratic).
 */
function stripTags(html: string): string {
  let text = '';
  let at = 0;
  for (let open = html.indexOf('<!--'); open >= 0; open = html.indexOf('<!--', at)) {
    text += html.slice(at, open);
    const close = html.indexOf('-->', open + 4);
    at = close < 0 ? html.length : close + 3;
  }
  text += html.slice(at);
  return unescapeEntities(text.replace(/<[^<>]*>/g, ' '));
}

/** marked keeps character references (&mdash;, &#8212;) and escapes &, <, > in text: give the reader the characters. */
function unescapeEntities(s: string): string {
  return decodeHTML(s);
}
