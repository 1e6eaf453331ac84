/**
 * Opening what people read: Markdown's structure and emphasis, choosing a format, decoding bytes
 * in the encodings articles come in, and fetching URLs (against a local server) with every way a
 * fetch can fail named in words.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Article, LoadError } from '../../src/load/article.js';
import { fetchUrl } from '../../src/load/fetch-url.js';
import { formatFromContentType, formatFromName, sniffFormat } from '../../src/load/format.js';
import { parseMarkdown } from '../../src/load/markdown.js';
import { articleFromBytes, openArticle, readArticleFile } from '../../src/load/read-input.js';
import { type LocalServer, closedPort, listenLocal } from '../helpers/http.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/inputs/', import.meta.url));
const BBC_POUNDS = '/work/shared/data/bbc-news/sport/199.txt';

/** Each block as [kind, level, its text]. */
const blocksOf = (a: Article) => a.blocks.map((b) => [b.kind, b.level, a.text.slice(b.start, b.end)] as const);
const textOf = (a: Article, kind: string) =>
  a.blocks.filter((b) => b.kind === kind).map((b) => a.text.slice(b.start, b.end));
const stylesOf = (a: Article) => (a.styles ?? []).map((s) => [s.style, a.text.slice(s.start, s.end)] as const);

/** Rejects with a LoadError whose message starts with the input as given. */
async function failure(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(LoadError);
    return error as LoadError;
  }
  throw new Error('expected the load to fail, and it succeeded');
}

// ---- Markdown -----------------------------------------------------------------------------------

describe('Markdown', () => {
  const article = parseMarkdown(readFileSync(join(FIXTURES, 'field-notes.md'), 'utf8'), 'field-notes.md');

  it('takes the first heading as the title and the others as section headings', () => {
    expect(article.title).toBe('Field notes from the harbour');
    expect(article.format).toBe('markdown');
    expect(article.blocks[0]).toMatchObject({ kind: 'title', start: 0 });
    expect(article.text.startsWith('Field notes from the harbour\n\n')).toBe(true);
    expect(textOf(article, 'heading')).toEqual(['What went wrong', 'The fix', 'What happens next']);
    expect(article.blocks.filter((b) => b.kind === 'heading').every((b) => b.level === 2)).toBe(true);
    // The # markers are gone from the text.
    expect(article.text).not.toMatch(/^#/m);
  });

  it('keeps block quotes, list items and code as their own kinds of block, in order', () => {
    expect(blocksOf(article)).toEqual([
      ['title', 0, 'Field notes from the harbour'],
      [
        'paragraph',
        0,
        'The ferry from Portsmouth arrived two hours late on Tuesday, and the harbour master blamed the tide-table software.',
      ],
      ['heading', 2, 'What went wrong'],
      ['paragraph', 0, 'The port runs an old scheduling system. Engineers listed three faults:'],
      ['item', 1, '• the clock drifts by a minute a week'],
      ['item', 1, '• the tide data is loaded by hand'],
      ['item', 2, '• sometimes twice'],
      ['item', 1, '• nobody owns the server'],
      ['quote', 0, 'We knew about the clock for a year, said one engineer.'],
      ['heading', 2, 'The fix'],
      ['paragraph', 0, 'The new schedule is computed like this:'],
      ['code', 0, 'def next_sailing(tide):\n    if tide.high:\n        return tide.time + 30\n    return None'],
      ['item', 1, '1. replace the server'],
      ['item', 1, '2. automate the tide data'],
      ['heading', 2, 'What happens next'],
      ['paragraph', 0, 'Passengers should expect delays until spring.'],
    ]);
  });

  it('numbers ordered lists from their start number, and bullets unordered ones', () => {
    const a = parseMarkdown('# T\n\n3. three\n4. four\n\n* star\n+ plus\n', 'x.md');
    expect(textOf(a, 'item')).toEqual(['3. three', '4. four', '• star', '• plus']);
  });

  it('gives nested list items their depth', () => {
    const a = parseMarkdown('# T\n\n- one\n  - two\n    - three\n- back\n', 'x.md');
    expect(a.blocks.filter((b) => b.kind === 'item').map((b) => [b.level, a.text.slice(b.start, b.end)])).toEqual([
      [1, '• one'],
      [2, '• two'],
      [3, '• three'],
      [1, '• back'],
    ]);
  });

  it('turns emphasis, strong and code spans into styles over exactly their words, markers removed', () => {
    expect(stylesOf(article)).toEqual([
      ['emphasis', 'two hours late'],
      ['strong', 'harbour master'],
      ['code', 'tide-table'],
    ]);
    expect(article.text).not.toMatch(/[*`]/);
    const a = parseMarkdown('# T\n\nA _quiet_ start, a __loud__ finish and `x < y`.\n', 'x.md');
    expect(stylesOf(a)).toEqual([
      ['emphasis', 'quiet'],
      ['strong', 'loud'],
      ['code', 'x < y'],
    ]);
    // Styles are sorted and lie inside the text.
    const starts = (a.styles ?? []).map((s) => s.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });

  it('keeps a code block’s lines and indentation', () => {
    const code = textOf(article, 'code')[0]!;
    expect(code.split('\n')).toEqual([
      'def next_sailing(tide):',
      '    if tide.high:',
      '        return tide.time + 30',
      '    return None',
    ]);
    const indented = parseMarkdown('# T\n\nBefore.\n\n    indented code\n      more\n\nAfter.\n', 'x.md');
    expect(textOf(indented, 'code')).toEqual(['indented code\n  more']);
  });

  it('strips the tags from HTML blocks and keeps their words', () => {
    const a = parseMarkdown('# T\n\n<div class="note"><b>Bold</b> words &amp; more</div>\n\nAfter.\n', 'x.md');
    expect(a.text).not.toMatch(/[<>]/);
    expect(a.text).toContain('Bold words & more');
    expect(textOf(a, 'paragraph')).toEqual(['Bold words & more', 'After.']);
    // A comment alone says nothing.
    const c = parseMarkdown('<!-- draft -->\n\n# Real title\n\nBody.\n', 'x.md');
    expect(c.title).toBe('Real title');
    expect(c.text).not.toContain('draft');
  });

  it('takes the first block as the title when the document does not open with a heading', () => {
    const a = parseMarkdown('An opening *line* here.\n\nThe body.\n\n## Later\n\nMore.\n', 'x.md');
    expect(a.title).toBe('An opening line here.');
    expect(blocksOf(a)).toEqual([
      ['title', 0, 'An opening line here.'],
      ['paragraph', 0, 'The body.'],
      ['heading', 2, 'Later'],
      ['paragraph', 0, 'More.'],
    ]);
  });

  it('leaves `# ` lines in a .txt file as plain-text headings, other markup as written', async () => {
    const a = await articleFromBytes(
      Buffer.from('The title\n\n# A heading\n\nSome *stars* and `ticks`.\n'),
      'notes.txt',
      { name: 'notes.txt' },
    );
    expect(a.format).toBe('text');
    expect(blocksOf(a)).toEqual([
      ['title', 0, 'The title'],
      ['heading', 1, 'A heading'],
      ['paragraph', 0, 'Some *stars* and `ticks`.'],
    ]);
    expect(a.styles ?? []).toEqual([]);
  });
});

// ---- choosing a format --------------------------------------------------------------------------

describe('format', () => {
  it('follows the extension', () => {
    expect(formatFromName('a.md')).toBe('markdown');
    expect(formatFromName('a.MARKDOWN')).toBe('markdown');
    expect(formatFromName('dir/a.html')).toBe('html');
    expect(formatFromName('a.htm')).toBe('html');
    expect(formatFromName('a.txt')).toBe('text');
    expect(formatFromName('/news/story.html?id=3#top')).toBe('html');
    expect(formatFromName('README')).toBeUndefined();
    expect(formatFromName('photo.png')).toBeUndefined();
  });

  it('follows the content type, parameters and case aside', () => {
    expect(formatFromContentType('text/html; charset=utf-8')).toBe('html');
    expect(formatFromContentType('Application/XHTML+XML')).toBe('html');
    expect(formatFromContentType('text/markdown')).toBe('markdown');
    expect(formatFromContentType('text/x-markdown; charset=UTF-8')).toBe('markdown');
    expect(formatFromContentType('text/plain')).toBeUndefined();
    expect(formatFromContentType(undefined)).toBeUndefined();
  });

  it('sniffs HTML, Markdown and plain text from the content', () => {
    expect(sniffFormat('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html');
    expect(sniffFormat('\uFEFF  <html lang="en"><p>x</p></html>')).toBe('html');
    expect(sniffFormat('# Title\n\nSome **bold** text and a [link](http://x.y).\n')).toBe('markdown');
    expect(sniffFormat('Title\n\nA plain article. It costs 5 * 3 pounds, she said.\n')).toBe('text');
    // One Markdown-like thing is not enough: a # line alone is a plain-text heading.
    expect(sniffFormat('Title\n\n# Heading\n\nText.\n')).toBe('text');
  });

  it('opens bytes by extension, then content type, then content', async () => {
    const md = Buffer.from('# Title\n\nSome *emphasis* here.\n');
    expect((await articleFromBytes(md, 'a.md', { name: 'a.md' })).format).toBe('markdown');
    expect((await articleFromBytes(md, 'a.txt', { name: 'a.txt' })).format).toBe('text');
    expect((await articleFromBytes(md, 'url', { contentType: 'text/markdown' })).format).toBe('markdown');
    // Content type beats the extension.
    expect(
      (await articleFromBytes(md, 'url', { name: '/a.txt', contentType: 'text/markdown; charset=utf-8' })).format,
    ).toBe('markdown');
    // No name, no type: sniffed.
    expect((await articleFromBytes(Buffer.from('# Title\n\nSome **bold** and `code`.\n'), '-')).format).toBe(
      'markdown',
    );
    expect((await articleFromBytes(Buffer.from('Title\n\nJust words.\n'), '-')).format).toBe('text');
    const html = await articleFromBytes(Buffer.from(readFileSync(join(FIXTURES, 'page.html'))), '-');
    expect(html.format).toBe('html');
    expect(html.title).toContain('Harbour reopens after storm');
  });

  it('lets --format beat the extension and the content type', async () => {
    const a = await readArticleFile(join(FIXTURES, 'emphasis.txt'), { format: 'markdown' });
    expect(a.format).toBe('markdown');
    expect(a.title).toBe('Storm warning for the south coast');
    expect(a.text).not.toContain('*');
    expect(stylesOf(a)).toEqual(
      expect.arrayContaining([
        ['strong', 'gale force'],
        ['emphasis', 'eighty miles an hour'],
      ]),
    );
    expect(textOf(a, 'item')).toEqual(['• ferries cancelled', '• trains slowed']);
    const plain = await readArticleFile(join(FIXTURES, 'emphasis.txt'));
    expect(plain.format).toBe('text');
    expect(plain.text).toContain('**gale force**');
    const md = await readArticleFile(join(FIXTURES, 'field-notes.md'), { format: 'text' });
    expect(md.format).toBe('text');
    expect(md.text).toContain('*two hours late*');
    expect(
      (await articleFromBytes(Buffer.from('# T\n\nx'), 'u', { contentType: 'text/markdown', format: 'text' })).format,
    ).toBe('text');
  });
});

// ---- decoding -----------------------------------------------------------------------------------

describe('decoding', () => {
  const body = 'Café prices\n\nA coffee costs £3 — “too much”, says Zoë.\n';

  it('drops a UTF-8 byte-order mark', async () => {
    const a = await articleFromBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]), 'a.txt', {
      name: 'a.txt',
    });
    expect(a.title).toBe('Café prices');
    expect(a.text).not.toContain('\uFEFF');
  });

  it('reads UTF-16 LE and BE with a byte-order mark', async () => {
    const le = Buffer.from('\uFEFF' + body, 'utf16le');
    expect(le.includes(0)).toBe(true);
    const be = Buffer.from(le).swap16();
    for (const [name, bytes] of [
      ['le', le],
      ['be', be],
    ] as const) {
      const a = await articleFromBytes(bytes, `${name}.txt`, { name: `${name}.txt` });
      expect(a.title, name).toBe('Café prices');
      expect(a.text, name).toContain('A coffee costs £3 — “too much”, says Zoë.');
      expect(a.text, name).not.toMatch(/[\uFEFF\uFFFD\u0000]/);
    }
  });

  it('reads bytes that are not UTF-8 as Windows-1252: 0xA3 is £', async () => {
    const bytes = Buffer.from('Prices\n\nA ticket costs \xa312 and a caf\xe9 cr\xe8me is free.\n', 'latin1');
    const a = await articleFromBytes(bytes, 'a.txt', { name: 'a.txt' });
    expect(a.text).toContain('A ticket costs £12 and a café crème is free.');
    expect(a.text).not.toContain('\uFFFD');
    // Windows-1252's own characters in 0x80–0x9F (curly quotes 0x93 0x94, € 0x80, ’ 0x92) are left
    // out here: on Node 20.20 TextDecoder('windows-1252') decodes them as C1 controls (nodejs/node#56542),
    // which the sanitiser then shows as ⍰. Reported, not asserted.
  });

  it.skipIf(!existsSync(BBC_POUNDS))('opens a Latin-1 BBC article with its pound signs', async () => {
    const a = await openArticle(BBC_POUNDS);
    expect(a.text).toContain('£');
    expect(a.text).not.toContain('\uFFFD');
  });

  it('follows a charset the server declares', async () => {
    // £ in ISO-8859-1.
    const a = await articleFromBytes(Buffer.from('<p>x</p>\n\nIt costs \xa35.\n', 'latin1'), 'u', {
      contentType: 'text/plain; charset=iso-8859-1',
    });
    expect(a.text).toContain('It costs £5.');
    // Valid non-ASCII UTF-8 bytes, declared Latin-1: the declaration is the mistake (issue 11).
    const declared = await articleFromBytes(Buffer.from('Title\n\nCafé\n'), 'u', {
      contentType: 'text/plain; charset=ISO-8859-1',
    });
    expect(declared.text).toContain('Café');
    // Russian in Windows-1251 is not valid UTF-8 either; only the declared charset reads it right.
    const russian = await articleFromBytes(cp1251('Новости\n\nПривет, мир.\n'), 'u', {
      contentType: 'text/plain; charset="windows-1251"',
    });
    expect(russian.title).toBe('Новости');
    expect(russian.text).toContain('Привет, мир.');
  });

  it('follows <meta charset> in an HTML page', async () => {
    const page = `<!doctype html><html><head><meta charset="windows-1251"><title>Новости</title></head><body><article><h1>Новости дня</h1><p>Привет, мир. Это первая статья сегодня, и в ней достаточно слов для читателя.</p><p>Вторая часть статьи тоже написана по-русски.</p></article></body></html>`;
    const a = await articleFromBytes(cp1251(page), 'ru.html', { name: 'ru.html' });
    expect(a.text).toContain('Привет, мир.');
    expect(a.text).not.toMatch(/[ÏðèâåÍ]/);
  });
});

/** Windows-1251 bytes for ASCII and the Russian alphabet (А–я; ё aside). */
function cp1251(s: string): Buffer {
  return Buffer.from(
    [...s].map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) return c;
      if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
      throw new Error(`no Windows-1251 byte for ${ch} in this test`);
    }),
  );
}

// ---- URLs ---------------------------------------------------------------------------------------

const PAGE = readFileSync(join(FIXTURES, 'page.html'));

describe('URLs', () => {
  let local: LocalServer;
  let base = '';
  let closedPortNumber = 0;

  beforeAll(async () => {
    local = await listenLocal((req: IncomingMessage, res: ServerResponse) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const redirect = /^\/hop\/(\d+)$/.exec(path);
      if (redirect) {
        // /hop/N redirects N times before /plain: relative, absolute-path and absolute locations in turn.
        const n = Number(redirect[1]);
        const next =
          n <= 1 ? '/plain' : n % 3 === 0 ? `${base}/hop/${n - 1}` : n % 3 === 1 ? `/hop/${n - 1}` : `../hop/${n - 1}`;
        res.writeHead(n % 2 ? 302 : 301, { location: next }).end();
        return;
      }
      switch (path) {
        case '/page.html':
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
          return;
        case '/plain':
          res
            .writeHead(200, { 'content-type': 'text/plain' })
            .end('Plain title\n\nA plain paragraph from the server.\n');
          return;
        case '/notes':
          res
            .writeHead(200, { 'content-type': 'text/markdown; charset=utf-8' })
            .end('# Notes title\n\nSome *emphasised* words.\n');
          return;
        case '/png':
          res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
          return;
        case '/latin1':
          res
            .writeHead(200, { 'content-type': 'text/plain; charset=windows-1251' })
            .end(cp1251('Новости\n\nПривет, мир.\n'));
          return;
        case '/hang':
          return; // never answers
        case '/stall':
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.write('Title\n\nThe start of a body that never ends');
          return;
        case '/big-declared':
          res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(2 * 1024 * 1024) });
          res.end(Buffer.alloc(2 * 1024 * 1024, 'a'));
          return;
        case '/big-chunked': {
          res.writeHead(200, { 'content-type': 'text/plain' });
          const chunk = Buffer.alloc(64 * 1024, 'b');
          let sent = 0;
          const more = () => {
            while (sent < 2 * 1024 * 1024) {
              sent += chunk.length;
              if (!res.write(chunk)) return void res.once('drain', more);
            }
            res.end();
          };
          res.on('error', () => {});
          more();
          return;
        }
        default:
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      }
    });
    base = local.base;
    closedPortNumber = await closedPort();
  });

  afterAll(async () => {
    await local.close();
  });

  const small = { timeoutMs: 5_000, maxRedirects: 5, maxBytes: 1024 * 1024 };

  it('opens an HTML page', async () => {
    const a = await openArticle(`${base}/page.html`);
    expect(a.format).toBe('html');
    expect(a.source).toBe(`${base}/page.html`);
    expect(a.title).toContain('Harbour reopens after storm');
    expect(a.text).toContain('The harbour at Portsmouth reopened on Friday morning');
  });

  it('opens text/plain and text/markdown', async () => {
    const plain = await openArticle(`${base}/plain`);
    expect(plain.title).toBe('Plain title');
    expect(plain.format).toBe('text');
    const md = await openArticle(`${base}/notes`);
    expect(md.format).toBe('markdown');
    expect(md.title).toBe('Notes title');
    expect(stylesOf(md)).toEqual([['emphasis', 'emphasised']]);
  });

  it('decodes by the charset in the Content-Type header', async () => {
    const a = await openArticle(`${base}/latin1`);
    expect(a.title).toBe('Новости');
    expect(a.text).toContain('Привет, мир.');
  });

  it('follows a chain of 3 redirects', async () => {
    const fetched = await fetchUrl(`${base}/hop/3`, small);
    expect(fetched.url).toBe(`${base}/plain`);
    const a = await openArticle(`${base}/hop/3`);
    expect(a.title).toBe('Plain title');
  });

  it('follows exactly 5 redirects and refuses a sixth', async () => {
    expect((await openArticle(`${base}/hop/5`)).title).toBe('Plain title');
    const e = await failure(openArticle(`${base}/hop/6`));
    expect(e.message).toBe(`${base}/hop/6: too many redirects (more than 5)`);
  });

  it.each([
    { what: '404', path: '/missing', problem: 'the server answered 404 Not Found' },
    { what: 'an image', path: '/png', problem: 'is not an article (the server sent image/png)' },
  ])('names the problem with $what', async ({ path, problem }) => {
    const e = await failure(openArticle(`${base}${path}`));
    expect(e.source).toBe(`${base}${path}`);
    expect(e.message).toBe(`${base}${path}: ${problem}`);
  });

  it('gives up on a server that never answers', async () => {
    const started = Date.now();
    const e = await failure(openArticle(`${base}/hang`, { urlLimits: { ...small, timeoutMs: 300 } }));
    expect(e.message).toBe(`${base}/hang: timed out after 0.3 s`);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('gives up on a body that stops arriving', async () => {
    const e = await failure(openArticle(`${base}/stall`, { urlLimits: { ...small, timeoutMs: 300 } }));
    expect(e.message).toBe(`${base}/stall: timed out after 0.3 s`);
  });

  it.each(['/big-declared', '/big-chunked'])('refuses a body larger than the limit (%s)', async (path) => {
    const e = await failure(openArticle(`${base}${path}`, { urlLimits: small }));
    expect(e.message).toBe(`${base}${path}: is larger than 1 MB, the most lede downloads`);
  });

  it('says the connection was refused on a closed port', async () => {
    const url = `http://127.0.0.1:${closedPortNumber}/story`;
    const e = await failure(openArticle(url));
    expect(e.message).toBe(`${url}: the connection was refused`);
  });

  it('says there is no such host', { timeout: 15_000 }, async (t) => {
    const url = 'http://no-such-host.invalid/';
    const e = await failure(openArticle(url, { urlLimits: { ...small, timeoutMs: 10_000 } }));
    if (/timed out/.test(e.problem)) t.skip('name resolution took more than 10 s here');
    expect(e.message).toBe(`${url}: no such host`);
  });

  it('rejects addresses that are not http(s)', async () => {
    const e = await failure(fetchUrl('ftp://x'));
    expect(e.message).toBe('ftp://x: only http:// and https:// addresses can be opened');
    const bad = await failure(fetchUrl('http://'));
    expect(bad.message.startsWith('http://: ')).toBe(true);
    // Through openArticle an ftp:// address is not taken for a URL; it still fails, naming it.
    const opened = await failure(openArticle('ftp://x'));
    expect(opened.message.startsWith('ftp://x: ')).toBe(true);
  });
});

// ---- Regressions found while testing ------------------------------------------------------------

describe('what the first round of tests found', () => {
  it('maps Windows-1252’s 0x80–0x9F (curly quotes, dashes, €), which Node 20’s decoder leaves as C1 controls', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Title\n\nIt'),
      Buffer.from([0x92]),
      Buffer.from('s '),
      Buffer.from([0x80]),
      Buffer.from('200 '),
      Buffer.from([0x97, 0x20, 0x93]),
      Buffer.from('cheap'),
      Buffer.from([0x94, 0x2e]),
    ]);
    const a = await articleFromBytes(bytes, 'cp1252.txt', { name: 'cp1252.txt' });
    expect(textOf(a, 'paragraph')).toEqual(['It’s €200 — “cheap”.']);
    const declared = await articleFromBytes(Buffer.from([0x54, 0x0a, 0x0a, 0x93, 0x61, 0x94]), 'x', {
      name: 'x.txt',
      contentType: 'text/plain; charset=iso-8859-1',
    });
    expect(textOf(declared, 'paragraph')).toEqual(['“a”']);
  });

  it('decodes every HTML character reference in Markdown text, named ones included', () => {
    const a = parseMarkdown('# T\n\nPrices rose &mdash; again &copy; 2024 &amp; &#8212; more.\n', 'x.md');
    expect(textOf(a, 'paragraph')).toEqual(['Prices rose — again © 2024 & — more.']);
  });

  it('skips YAML front matter and takes its title, without repeating the same heading', () => {
    const a = parseMarkdown(
      '---\ntitle: "Storm hits coast"\ndate: 2024-01-02\n---\n\n# Storm hits coast\n\nThe storm came in.\n',
      'x.md',
    );
    expect(a.title).toBe('Storm hits coast');
    expect(blocksOf(a)).toEqual([
      ['title', 0, 'Storm hits coast'],
      ['paragraph', 0, 'The storm came in.'],
    ]);
  });

  it('takes a title from a list without its bullet', () => {
    expect(parseMarkdown('- alpha\n- beta\n', 'x.md').title).toBe('alpha');
  });

  it('says a non-http scheme is not opened, rather than “no such file”', async () => {
    const e = await failure(openArticle('ftp://example.com/a.txt'));
    expect(e.message).toBe('ftp://example.com/a.txt: only http:// and https:// addresses can be opened');
  });
});
