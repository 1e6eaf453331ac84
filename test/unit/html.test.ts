import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type Article, LoadError } from '../../src/load/article.js';
import { parseHtml } from '../../src/load/html.js';
import { isTerminalSafe, sanitize } from '../../src/load/sanitize.js';

const PAGES_DIR = fileURLToPath(new URL('../../../shared/data/readability-pages/', import.meta.url));
const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/html/', import.meta.url));

const havePages = existsSync(PAGES_DIR);
if (!havePages) {
  console.warn(
    `html.test.ts: ${PAGES_DIR} is absent, so the Readability test pages are skipped (lede's own sections.html still runs).`,
  );
}
const pageNames = havePages
  ? readdirSync(PAGES_DIR)
      .filter((name) => existsSync(`${PAGES_DIR}${name}/source.html`))
      .sort()
  : [];

/**
 * What "paragraphs" means when lede's article is compared with Readability's own `expected.html`.
 *
 * lede turns every unit of running text into one block: a <p>, a list item, a figure caption, a
 * table caption, a definition term or description, a data-table row. Counting only the <p>s of
 * expected.html would mark a page wrong for keeping its lists and captions (BBC's bullet points,
 * Wikipedia's references), so both sides count the same units:
 *
 * - expected: each <p>, <li>, <figcaption>, <caption>, <dt>, <dd> and <tr> that holds text of its
 *   own (not counting text inside a nested unit, list, table or <pre>, which is counted there),
 *   whitespace collapsed; a row's text is its non-empty cells joined by " · ", as lede shows it.
 * - lede: the text of each 'paragraph', 'quote' and 'item' block, with an item's bullet or number
 *   taken off. Headings, code and the title and meta lines are not paragraphs on either side.
 */
const UNIT = 'p, li, figcaption, caption, dt, dd, tr';

function expectedParagraphs(expectedHtml: string): string[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${expectedHtml}</body></html>`);
  const ownText = (el: DomElement): string => {
    let text = '';
    const visit = (node: DomElement): void => {
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType === 3) text += child.textContent ?? '';
        else if (child.nodeType === 1 && !child.matches(UNIT) && !child.matches('ul, ol, table, pre')) visit(child);
      }
    };
    visit(el);
    return collapse(text);
  };
  const units = Array.from(document.querySelectorAll(UNIT) as ArrayLike<DomElement>).filter((el) => ownText(el));
  return units.map((el) =>
    el.matches('tr')
      ? Array.from(el.children)
          .filter((cell) => cell.matches('td, th'))
          .map((cell) => collapse(cell.textContent ?? ''))
          .filter(Boolean)
          .join(' · ')
      : collapse(el.textContent ?? ''),
  );
}

interface DomElement {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomElement>;
  readonly children: ArrayLike<DomElement>;
  matches(selector: string): boolean;
}

function ledeParagraphs(article: Article): string[] {
  return (
    article.blocks
      // A table row is a block of its own (its cells joined by ' · ' in the text).
      .filter((b) => b.kind === 'paragraph' || b.kind === 'quote' || b.kind === 'item' || b.kind === 'row')
      .map((b) => {
        const text = article.text.slice(b.start, b.end);
        return b.kind === 'item' ? text.replace(/^(?:• |\d+\. )/, '') : text;
      })
  );
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The same tidying lede gives any text it shows, for comparing with the metadata files. */
function shown(s: string | null | undefined): string {
  return collapse(sanitize(s ?? ''));
}

function blockText(article: Article, kind: string): string[] {
  return article.blocks.filter((b) => b.kind === kind).map((b) => article.text.slice(b.start, b.end));
}

function styled(article: Article, style: string): string[] {
  return (article.styles ?? []).filter((s) => s.style === style).map((s) => article.text.slice(s.start, s.end));
}

async function loadFixture(path: string): Promise<Article> {
  return parseHtml(readFileSync(`${FIXTURES_DIR}${path}`, 'utf8'), path);
}

/** A whole page around a body, so Readability has a document to read. */
function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
}

const LONG_PARAGRAPH =
  'The committee met on Tuesday evening in the old town hall to hear the results of the survey, which had asked every household in the parish how often it used the bus and what would make it use the bus more.';

describe('Readability test pages (../shared/data/readability-pages)', () => {
  it.skipIf(!havePages)('are present', () => {
    expect(pageNames.length).toBeGreaterThan(0);
  });

  describe.each(pageNames)('%s', (name) => {
    it('keeps the title, byline and site, and the paragraphs in order', async () => {
      const dir = `${PAGES_DIR}${name}/`;
      const metadata = JSON.parse(readFileSync(`${dir}expected-metadata.json`, 'utf8')) as {
        title?: string;
        byline?: string | null;
        siteName?: string | null;
      };
      const article = await parseHtml(readFileSync(`${dir}source.html`, 'utf8'), name);

      expect(article.format).toBe('html');
      expect(article.title).toBe(shown(metadata.title));
      const byline = shown(metadata.byline);
      const siteName = shown(metadata.siteName);
      // lede drops a byline that is really the site's name, the title, or a paragraph.
      const keptByline =
        byline && byline.length <= 100 && byline.toLowerCase() !== siteName.toLowerCase() && byline !== article.title
          ? byline
          : undefined;
      expect(article.meta?.byline).toBe(keptByline);
      expect(article.meta?.siteName).toBe(siteName || undefined);

      const expected = expectedParagraphs(readFileSync(`${dir}expected.html`, 'utf8'));
      const got = ledeParagraphs(article);
      expect(got[0]).toBe(expected[0]);
      expect(got.at(-1)).toBe(expected.at(-1));
      expect(Math.abs(got.length - expected.length)).toBeLessThanOrEqual(Math.ceil(expected.length * 0.1));
      expect(isTerminalSafe(article.text)).toBe(true);
    });
  });
});

describe('sections.html: an article among navigation, ads and comments', () => {
  it('puts the title first and the byline, site and date on the line under it', async () => {
    const a = await loadFixture('sections.html');
    expect(a.title).toBe('How the Tide Tables Are Made');
    expect(a.blocks.slice(0, 2).map((b) => [b.kind, a.text.slice(b.start, b.end)])).toEqual([
      ['title', 'How the Tide Tables Are Made'],
      ['meta', 'Morag Finlay · The Harbour Gazette · 5 March 2024'],
    ]);
    expect(a.meta).toEqual({
      byline: 'Morag Finlay',
      siteName: 'The Harbour Gazette',
      published: '2024-03-05T08:30:00Z',
    });
    expect(a.format).toBe('html');
  });

  it('keeps every block in the order of the page, with headings as sections of their level', async () => {
    const a = await loadFixture('sections.html');
    const outline = a.blocks.map(
      (b) => `${b.kind}${b.level ? ` ${b.level}` : ''}: ${a.text.slice(b.start, b.end).split('\n')[0]!.slice(0, 36)}`,
    );
    expect(outline).toEqual([
      'title: How the Tide Tables Are Made',
      'meta: Morag Finlay · The Harbour Gazette ·',
      'paragraph: Every morning before dawn, the harbo',
      'paragraph: The sheet is the tide table, and for',
      'heading 2: The old way',
      'paragraph: Until 1962 the clerk read the height',
      'quote: We were never wrong by more than a f',
      'quote: The fishermen checked our work every',
      "paragraph: The clerk's method had four steps, w",
      'item 1: 3. Read the gauge at high and low wa',
      'item 1: 4. Correct for the atmospheric press',
      'item 1: 5. Compare with the same date ninete',
      'heading 3: What the ledgers hold',
      'paragraph: The ledgers record more than heights',
      'paragraph: A few are missing entirely.',
      'heading 4: Where the ledgers are kept',
      'paragraph: The ledgers sit on oak shelves in th',
      'heading 4: Visiting the archive',
      'paragraph: Anyone may read them on a weekday mo',
      'paragraph: Not every page survived the damp, an',
      'paragraph: The scans will be published online n',
      'paragraph: Volunteers are welcome.',
      'paragraph: The tide gauge on the north pier, ph',
      'heading 2: The new way',
      'paragraph: Today a computer in the harbour offi',
      'code: tides --station north-pier --days 7',
      'paragraph: The constituents are listed in the o',
      'row: Constituent · Period · Amplitude',
      'row: M2 · 12.42 h · 1.9 m',
      'row: S2 · 12.00 h · 0.6 m',
      'paragraph: Staff who want to try the model them',
      'item 1: • Ask the clerk for an account.',
      'item 1: • Run tides --help to see the option',
      'item 2: • Most people only need --days.',
      'paragraph: The harbour master says the computer',
    ]);
  });

  it('leaves out the navigation, the advertisement, the sidebar, the comments and the footer', async () => {
    const a = await loadFixture('sections.html');
    for (const gone of [
      'Home',
      'Weather',
      'lighthouse',
      'Most read',
      'Seal spotted',
      'Comments',
      'First!',
      'grandfather',
      'All rights reserved',
      'analytics',
      'font-family',
    ]) {
      expect(a.text).not.toContain(gone);
    }
  });

  it('marks emphasis, strong text and code on exactly the words the page marked', async () => {
    const a = await loadFixture('sections.html');
    expect(styled(a, 'emphasis')).toEqual(['single sheet', 'atmospheric pressure']);
    expect(styled(a, 'strong')).toEqual(['tide table']);
    expect(styled(a, 'code')).toEqual(['tides --help', '--days']);
  });

  it('keeps preformatted text line for line, and reads a table row by row', async () => {
    const a = await loadFixture('sections.html');
    expect(blockText(a, 'code')).toEqual([
      'tides --station north-pier --days 7\n  06:12  HW  5.1 m\n  12:31  LW  0.8 m',
    ]);
    expect(ledeParagraphs(a)).toEqual(
      expect.arrayContaining(['Constituent · Period · Amplitude', 'M2 · 12.42 h · 1.9 m']),
    );
  });

  it('joins lines split by one <br>, starts a new paragraph at two, and keeps text beside block children', async () => {
    const a = await loadFixture('sections.html');
    const paragraphs = ledeParagraphs(a);
    expect(paragraphs).toContain(
      'The ledgers record more than heights. Alongside the numbers the clerks noted storms, wrecks and the occasional whale in the harbour mouth, so that historians now read them as a diary of the town. Some pages are water-stained from the flood of 1953.',
    );
    const loose = paragraphs.indexOf('Not every page survived the damp, and the office is now scanning them.');
    expect(paragraphs.slice(loose, loose + 3)).toEqual([
      'Not every page survived the damp, and the office is now scanning them.',
      'The scans will be published online next year.',
      'Volunteers are welcome.',
    ]);
  });
});

describe('parseHtml', () => {
  it('drops a first heading that repeats the title', async () => {
    const a = await parseHtml(
      page(
        `<article><h3>Bus survey results</h3><p>${LONG_PARAGRAPH}</p><h3>Next steps</h3><p>${LONG_PARAGRAPH}</p></article>`,
        '<title>Bus survey results</title>',
      ),
      'x.html',
    );
    expect(a.blocks.map((b) => `${b.kind}: ${a.text.slice(b.start, b.end).slice(0, 20)}`)).toEqual([
      'title: Bus survey results',
      'paragraph: The committee met on',
      'heading: Next steps',
      'paragraph: The committee met on',
    ]);
  });

  it('makes h5 and h6 level-4 headings', async () => {
    const a = await parseHtml(
      page(
        `<article><p>${LONG_PARAGRAPH}</p><h5>Five</h5><p>${LONG_PARAGRAPH}</p><h6>Six</h6><p>${LONG_PARAGRAPH}</p></article>`,
        '<title>T</title>',
      ),
      'x.html',
    );
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => [a.text.slice(b.start, b.end), b.level])).toEqual([
      ['Five', 4],
      ['Six', 4],
    ]);
  });

  it('numbers an ordered list from its start (and an item’s value) and gives each paragraph of an item its own block', async () => {
    const a = await parseHtml(
      page(
        `<article><p>${LONG_PARAGRAPH}</p><ol start="7"><li>Seven</li><li value="10">Ten</li><li>Eleven</li></ol><ul><li><p>One</p><p>Still one</p></li></ul></article>`,
        '<title>T</title>',
      ),
      'x.html',
    );
    expect(blockText(a, 'item')).toEqual(['7. Seven', '10. Ten', '11. Eleven', '• One', 'Still one']);
  });

  it('keeps text that a page splits with comments in one paragraph', async () => {
    // React's server rendering writes `<!-- -->` between pieces of one sentence (nytimes-3).
    const a = await parseHtml(
      page(`<article><div>${LONG_PARAGRAPH} Printed on <!-- -->page<!-- --> A22.</div></article>`, '<title>T</title>'),
      'x.html',
    );
    expect(ledeParagraphs(a)).toEqual([`${LONG_PARAGRAPH} Printed on page A22.`]);
  });

  it('reads a fragment or a page that leaves out <html>, <head> or <body>', async () => {
    const fragment = await parseHtml(`<title>Bus survey</title><p>${LONG_PARAGRAPH}</p>`, 'x.html');
    expect(fragment.title).toBe('Bus survey');
    expect(ledeParagraphs(fragment)).toEqual([LONG_PARAGRAPH]);
    const noBody = await parseHtml(
      `<html><head><title>Bus survey</title></head><p>${LONG_PARAGRAPH}</p></html>`,
      'x.html',
    );
    expect(ledeParagraphs(noBody)).toEqual([LONG_PARAGRAPH]);
  });

  it('drops a byline that is the title, the site or a whole paragraph', async () => {
    const head = (byline: string): string =>
      `<title>Bus survey</title><meta name="author" content="${byline}"><meta property="og:site_name" content="Parish News">`;
    const body = `<article><p>${LONG_PARAGRAPH}</p></article>`;
    expect((await parseHtml(page(body, head('Bus survey')), 'x')).meta).toEqual({ siteName: 'Parish News' });
    expect((await parseHtml(page(body, head('Parish News')), 'x')).meta).toEqual({ siteName: 'Parish News' });
    expect((await parseHtml(page(body, head('x'.repeat(101))), 'x')).meta).toEqual({ siteName: 'Parish News' });
    expect((await parseHtml(page(body, head('Ann Other')), 'x')).meta).toEqual({
      byline: 'Ann Other',
      siteName: 'Parish News',
    });
    expect((await parseHtml(page(body, '<title>Bus survey</title>'), 'x')).meta).toBeUndefined();
  });

  it('accepts the page’s address for resolving its links', async () => {
    const a = await parseHtml(
      page(`<article><p>${LONG_PARAGRAPH} <a href="/more">More</a>.</p></article>`, '<title>T</title>'),
      'https://example.org/news/1',
      { url: 'https://example.org/news/1' },
    );
    expect(ledeParagraphs(a)).toEqual([`${LONG_PARAGRAPH} More.`]);
    expect(a.source).toBe('https://example.org/news/1');
  });

  it.each([
    ['navigation only', page('<nav><a href="/">Home</a> <a href="/news">News</a></nav>')],
    ['an image only', page('<img src="photo.jpg" alt="A photo">')],
    ['scripts and styles only', page('<script>document.write("hi")</script><style>p{}</style>')],
    ['nothing', ''],
  ])('rejects a page with %s as not an article', async (_label, html) => {
    const failure = parseHtml(html, 'empty.html');
    await expect(failure).rejects.toBeInstanceOf(LoadError);
    await expect(failure).rejects.toThrow('empty.html: is not an article');
  });

  it('never lets escape sequences or control characters through to the text', async () => {
    const bare = await parseHtml('<p>\x1b]0;PWNED\x07 text</p>', 'evil.html');
    expect(bare.text).not.toContain('\x1b');
    expect(bare.text).toBe('␛]0;PWNED␇ text');
    const full = await parseHtml(
      page(
        `<article><p>\x1b[2J${LONG_PARAGRAPH}\x9b31m</p></article>`,
        '<title>Hi \x1b]0;PWNED\x07</title><meta name="author" content="Ann \x1b[31mOther">',
      ),
      'evil.html',
    );
    for (const s of [full.text, full.title, full.meta?.byline ?? '']) {
      expect(s).not.toMatch(/[\x1b\x07\x9b]/);
      expect(isTerminalSafe(s)).toBe(true);
    }
  });

  it('loads linkedom and Readability only when it is called', () => {
    // A static import would make every article pay for them; plain text must stay quick to open.
    const source = readFileSync(fileURLToPath(new URL('../../src/load/html.ts', import.meta.url)), 'utf8');
    expect(source).not.toMatch(/^import\s(?!type\b)[^;]*from\s+['"](?:linkedom|@mozilla\/readability)['"]/m);
    expect(source).toMatch(/await Promise\.all\(\[import\('linkedom'\), import\('@mozilla\/readability'\)\]\)/);
  });
});
