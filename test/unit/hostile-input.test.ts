/**
 * Inputs made to hurt: names and server answers carrying terminal controls, and text that made
 * the wrapper or the parsers take minutes or overflow the stack. Each test asserts what a user
 * would see (the message, the article), never how long it took.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoadError } from '../../src/load/article.js';
import { fetchUrl } from '../../src/load/fetch-url.js';
import { openArticle, readArticleFile } from '../../src/load/read-input.js';
import { isTerminalSafe } from '../../src/load/sanitize.js';
import { sniffFormat } from '../../src/load/format.js';
import { capHtmlNesting, MAX_HTML_DEPTH } from '../../src/load/html-limits.js';
import { capNesting, MAX_NESTING, unclosedMarkup } from '../../src/load/markdown-limits.js';
import { parseMarkdown } from '../../src/load/markdown.js';
import { parseHtml } from '../../src/load/html.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import { layoutArticle, lineText, truncate } from '../../src/layout/wrap.js';
import { type LocalServer, listenRaw } from '../helpers/http.js';
import { tempDir } from '../helpers/temp.js';

/** An OSC that sets the window title, ended by BEL, and SGR red: what a hostile name carries. */
const TITLE_SEQ = '\x1b]0;PWNED\x07';
const RED = '\x1b[31m';

async function loadError(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('expected a LoadError');
}

describe('strings from outside are terminal-safe where they enter', () => {
  let reason: LocalServer;
  let contentType: LocalServer;

  beforeAll(async () => {
    reason = await listenRaw(
      `HTTP/1.1 404 Not ${TITLE_SEQ}${RED}Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
    );
    // Header values may carry bytes 0x80–0x9F, which undici reads as C1 controls (CSI, OSC, ST).
    contentType = await listenRaw(
      'HTTP/1.1 200 OK\r\nContent-Type: application/x\x9b31mevil\x9d0;PWNED\x9c\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi',
    );
  });
  afterAll(async () => {
    await reason.close();
    await contentType.close();
  });

  it("shows a server's reason phrase with stand-ins for its controls", async () => {
    const error = await loadError(fetchUrl(`${reason.base}/story`));
    expect(isTerminalSafe(error.message)).toBe(true);
    expect(error.message).toContain('the server answered 404 Not ␛]0;PWNED␇␛[31mFound');
  });

  it('shows a hostile Content-Type with stand-ins for its C1 controls', async () => {
    const error = await loadError(fetchUrl(`${contentType.base}/story`));
    expect(isTerminalSafe(error.message)).toBe(true);
    expect(error.message).toContain('is not an article (the server sent application/x⍰31mevil⍰0)');
  });

  it('keeps a hostile URL given on the command line out of the message', async () => {
    const error = await loadError(openArticle(`${reason.base}/${TITLE_SEQ}`));
    expect(isTerminalSafe(error.message)).toBe(true);
    expect(isTerminalSafe(error.source)).toBe(true);
  });

  it('names a file whose name holds escapes and a newline on one safe line', async () => {
    const dir = tempDir('lede-hostile-name-');
    const name = `evil${TITLE_SEQ}${RED}red\nline.txt`;
    writeFileSync(join(dir, name), 'A title\n\nSome text to read.\n');
    const article = await readArticleFile(join(dir, name));
    expect(isTerminalSafe(article.source)).toBe(true);
    expect(article.source).not.toContain('\n');
    expect(article.source.endsWith('evil␛]0;PWNED␇␛[31mred␊line.txt')).toBe(true);

    const missing = await loadError(readArticleFile(join(dir, `gone${TITLE_SEQ}\n.txt`)));
    expect(missing.message).toMatch(/gone␛\]0;PWNED␇␊\.txt: no such file$/);
    expect(isTerminalSafe(missing.message)).toBe(true);
  });

  it('makes every LoadError safe, whatever it was given', () => {
    const error = new LoadError(`a${TITLE_SEQ}`, `problem ${RED}\u009b2J\r\nnext`);
    expect(isTerminalSafe(error.message)).toBe(true);
    expect(error.message).toBe('a␛]0;PWNED␇: problem ␛[31m⍰2J␍␊next');
  });
});

/** Generous: these inputs took minutes or overflowed the stack; linear work takes well under a second. */
const CEILING_MS = 20_000;

describe('hostile inputs are read in linear time, within limits', () => {
  it('wraps one 200,000-character word at every width, nothing lost', { timeout: CEILING_MS }, () => {
    for (const word of ['ab'.repeat(100_000), '東'.repeat(50_000), 'e\u0301'.repeat(50_000)]) {
      const article = parsePlainText(`T\n\n${word}`, 't');
      for (const width of [7, 80]) {
        const body = layoutArticle(article, width)
          .lines.filter((l) => l.kind === 'paragraph')
          .map((l) => lineText(article.text, l));
        expect(body.join('')).toBe(word);
        expect(body.length).toBeGreaterThan(1);
      }
    }
  });

  it('truncates a 200,000-character string to the width', { timeout: CEILING_MS }, () => {
    expect(truncate('x'.repeat(200_000), 10)).toBe('xxxxxxxxx…');
    expect(truncate('東'.repeat(200_000), 5)).toBe('東東…');
  });

  it('flattens Markdown nesting past the limit and says so', () => {
    const deep = capNesting(`${'> '.repeat(MAX_NESTING + 5)}text`);
    expect(deep.flattened).toBe(true);
    expect(deep.text).toBe(`${'> '.repeat(MAX_NESTING)}text`);
    const shallow = '> > quoted\n- item\n  - nested\n\n```\n' + ' '.repeat(80) + 'code\n```';
    expect(capNesting(shallow)).toEqual({ text: shallow, flattened: false });
  });

  it('finds where an unclosed comment or declaration starts', () => {
    expect(unclosedMarkup('a <!-- b --> c')).toBe(14);
    expect(unclosedMarkup('a <!-- b --> c <!-- d')).toBe(15);
    expect(unclosedMarkup('x <? y')).toBe(2);
  });

  it('reads deeply nested Markdown as text at the deepest level kept', { timeout: CEILING_MS }, () => {
    const article = parseMarkdown(`# T\n\n${'- '.repeat(10_000)}innermost\n`, 'l.md');
    expect(article.text).toContain('• innermost');
    expect(article.warnings).toEqual(['too complex to format in full: nesting deeper than 16 levels is flattened']);
  });

  it(
    'flattens HTML nesting past the limit, and leaves a normal page byte for byte',
    { timeout: CEILING_MS },
    async () => {
      const page =
        '<p>one<p>two<ul><li>a<li>b</ul><div><br><img src=x><svg><path/></svg></div><script>"<div>"</script>';
      expect(capHtmlNesting(page)).toEqual({ html: page, flattened: false });
      const deep = capHtmlNesting(`${'<div>'.repeat(MAX_HTML_DEPTH + 10)}x${'</div>'.repeat(MAX_HTML_DEPTH + 10)}`);
      expect(deep.flattened).toBe(true);
      expect(deep.html).toBe(`${'<div>'.repeat(MAX_HTML_DEPTH)}x${'</div>'.repeat(MAX_HTML_DEPTH)}`);
      const article = await parseHtml(
        `<html><body><h1>T</h1>${'<div>'.repeat(10_000)}<p>Innermost words of the page.</p>${'</div>'.repeat(10_000)}</body></html>`,
        'd.html',
      );
      expect(article.text).toContain('Innermost words of the page.');
    },
  );

  it('sniffs the format of hostile text without backtracking', { timeout: CEILING_MS }, () => {
    expect(sniffFormat('['.repeat(50_000))).toBe('text');
    expect(sniffFormat(' **a'.repeat(15_000))).toBe('text');
    expect(sniffFormat('<html ' + 'x'.repeat(20_000))).toBe('html');
  });

  it('reads a plain-text heading line full of spaces', { timeout: CEILING_MS }, () => {
    const article = parsePlainText(`T\n\n# a${' '.repeat(20_000)}b #\n\nBody.`, 't');
    expect(article.blocks[1]).toMatchObject({ kind: 'heading', level: 1 });
    expect(article.text).toContain('a b\n\nBody.');
  });
});
