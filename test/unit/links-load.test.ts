import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/load/article.js';
import { parseHtml } from '../../src/load/html.js';
import { MAX_HREF_LENGTH, safeHref } from '../../src/load/links.js';
import { parseMarkdown } from '../../src/load/markdown.js';
import { articleFromBytes } from '../../src/load/read-input.js';

/** Each link as [its text, its target]. */
const linksOf = (a: Article) => (a.links ?? []).map((l) => [a.text.slice(l.start, l.end), l.href]);

const FILLER =
  'The council met on Tuesday to discuss the new budget, which several members said was far too small for the city.';

/** A page Readability takes for an article: a few paragraphs of running text around `body`. */
function page(body: string, head = ''): string {
  return `<!doctype html><html><head><title>Budget row</title>${head}</head><body><article>
    <h1>Budget row</h1><p>${FILLER} ${FILLER}</p><p>${body}</p><p>${FILLER} ${FILLER} ${FILLER}</p>
  </article></body></html>`;
}

describe('safeHref', () => {
  it('keeps http, https and mailto targets, in their serialised form', () => {
    expect(safeHref('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(safeHref('HTTP://Example.COM')).toBe('http://example.com/');
    expect(safeHref('mailto:desk@example.com?subject=a tip')).toBe('mailto:desk@example.com?subject=a%20tip');
    expect(safeHref('https://bücher.example/é')).toBe('https://xn--bcher-kva.example/%C3%A9');
  });

  it('drops every other scheme: javascript, data, file, ftp', () => {
    for (const raw of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'ftp://x.org/',
    ])
      expect(safeHref(raw), raw).toBeNull();
  });

  it('drops a target holding a control character, and an overlong one', () => {
    expect(safeHref('https://example.com/\u001b]8;;evil\u0007')).toBeNull();
    expect(safeHref('https://exa\u0000mple.com/')).toBeNull();
    expect(safeHref('https://example.com/\u009b2J')).toBeNull();
    expect(safeHref(`https://example.com/${'a'.repeat(MAX_HREF_LENGTH)}`)).toBeNull();
  });

  it('resolves a relative target against the base, and drops it without one', () => {
    expect(safeHref('../b/c.html', 'https://example.com/news/a/')).toBe('https://example.com/news/b/c.html');
    expect(safeHref('//cdn.example.org/x', 'https://example.com/')).toBe('https://cdn.example.org/x');
    expect(safeHref('c.html')).toBeNull();
    expect(safeHref('#section-2', 'https://example.com/')).toBeNull();
  });
});

describe('links of an HTML article', () => {
  it('keeps each link over its text, one link even when emphasis splits it', async () => {
    const a = await parseHtml(
      page(
        'Read <a href="https://example.com/report">the <em>full</em> report</a> and <a href="https://example.org/">this</a>.',
      ),
      'x.html',
    );
    expect(linksOf(a)).toEqual([
      ['the full report', 'https://example.com/report'],
      ['this', 'https://example.org/'],
    ]);
    // The text reads as before: links change nothing of it.
    expect(a.text).toContain('Read the full report and this.');
  });

  it('drops javascript:, data: and in-page targets but keeps their text', async () => {
    const a = await parseHtml(
      page(
        'Click <a href="javascript:alert(1)">here</a>, <a href="data:text/html,hi">there</a> or <a href="#notes">notes</a>.',
      ),
      'x.html',
      { url: 'https://example.com/story' },
    );
    expect(a.links).toEqual([]);
    expect(a.text).toContain('Click here, there or notes.');
  });

  it('resolves relative links against the page address, or its <base>', async () => {
    const fetched = await parseHtml(page('See <a href="../data/table.html">the table</a>.'), 'x', {
      url: 'https://example.com/news/2024/story.html',
    });
    expect(linksOf(fetched)).toEqual([['the table', 'https://example.com/news/data/table.html']]);
    const saved = await parseHtml(
      page('See <a href="table.html">the table</a>.', '<base href="https://example.com/d/">'),
      'x',
    );
    expect(linksOf(saved)).toEqual([['the table', 'https://example.com/d/table.html']]);
    const bare = await parseHtml(page('See <a href="table.html">the table</a>.'), 'x');
    expect(bare.links).toEqual([]);
  });

  it('keeps links in headings and table cells', async () => {
    const a = await parseHtml(
      page(`${FILLER}</p><h2><a href="https://example.com/h">Linked heading</a></h2><table><tr><th>Who</th><th>Where</th></tr>
        <tr><td><a href="https://example.com/ann">Ann</a></td><td>Leeds</td></tr></table><p>${FILLER}`),
      'x',
    );
    expect(linksOf(a)).toEqual([
      ['Linked heading', 'https://example.com/h'],
      ['Ann', 'https://example.com/ann'],
    ]);
  });

  it("gives the article's own address: the URL it came from, else the page's canonical one", async () => {
    const head = '<link rel="canonical" href="https://example.com/canonical">';
    expect((await parseHtml(page('x', head), 'x', { url: 'https://example.com/s?utm=1' })).url).toBe(
      'https://example.com/s?utm=1',
    );
    expect((await parseHtml(page('x', head), 'x')).url).toBe('https://example.com/canonical');
    expect((await parseHtml(page('x', '<meta property="og:url" content="https://example.com/og">'), 'x')).url).toBe(
      'https://example.com/og',
    );
    expect((await parseHtml(page('x', '<link rel="canonical" href="javascript:x">'), 'x')).url).toBeUndefined();
  });
});

describe('links of a Markdown article', () => {
  it('keeps inline, reference and automatic links; drops unsafe ones', () => {
    const a = parseMarkdown(
      [
        '# Title',
        '',
        'See [the **docs**](https://example.com/docs), [the ref][r], <https://auto.example.org> and',
        '[mail](mailto:desk@example.com), but not [this](javascript:alert(1)) or [that](data:text/html,x).',
        '',
        '[r]: https://example.com/ref',
      ].join('\n'),
      'x.md',
    );
    expect(linksOf(a)).toEqual([
      ['the docs', 'https://example.com/docs'],
      ['the ref', 'https://example.com/ref'],
      ['https://auto.example.org', 'https://auto.example.org/'],
      ['mail', 'mailto:desk@example.com'],
    ]);
    expect(a.text).toContain('but not this or that.');
  });

  it('resolves relative links against the address it came from, and drops them without one', () => {
    const text = '# T\n\nSee [the notes](notes/a.md) and [b](https://example.org/b).\n';
    expect(linksOf(parseMarkdown(text, 'x', { url: 'https://example.com/repo/README.md' }))).toEqual([
      ['the notes', 'https://example.com/repo/notes/a.md'],
      ['b', 'https://example.org/b'],
    ]);
    expect(linksOf(parseMarkdown(text, 'x.md'))).toEqual([['b', 'https://example.org/b']]);
  });

  it('keeps links in list items and table cells at their place in the text', () => {
    const a = parseMarkdown(
      '# T\n\n- one [a](https://a.example/)\n\n| x | y |\n|---|---|\n| [c](https://c.example/) | d |\n',
      'x',
    );
    expect(linksOf(a)).toEqual([
      ['a', 'https://a.example/'],
      ['c', 'https://c.example/'],
    ]);
  });
});

describe('links of a plain text article', () => {
  it('has none, even when the text holds addresses', async () => {
    const a = await articleFromBytes(
      Buffer.from('Title\n\nSee https://example.com/ and [x](https://e.org).\n'),
      'a.txt',
      {
        name: 'a.txt',
      },
    );
    expect(a.links ?? []).toEqual([]);
  });
});
