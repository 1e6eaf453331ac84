import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserCommands, openInBrowser } from '../../src/app/opener.js';
import type { Article } from '../../src/load/article.js';
import { parseMarkdown } from '../../src/load/markdown.js';
import { type ViewState, createInitialState, reducer, structureOnly } from '../../src/ui/state.js';
import { tempDir } from '../helpers/temp.js';

function reader(markdown: string, extra: Partial<Article> = {}): ViewState {
  const article = { ...parseMarkdown(markdown, 'doc.md'), ...extra };
  return createInitialState({ article, analysis: structureOnly(article) }, { cols: 100, rows: 30 });
}

const keys = (s: ViewState, ...names: string[]) =>
  names.reduce((st, name) => reducer(st, { type: 'key', name, text: name.length === 1 ? name : '' }), s);

/** An article with `n` links to https://example.com/1 … /n. */
const manyLinks = (n: number) =>
  `# T\n\n${Array.from({ length: n }, (_, i) => `[link ${i + 1}](https://example.com/${i + 1})`).join(' and ')}.\n`;

describe('the links list (L)', () => {
  it('opens on the first link; j/k choose; Enter asks for the chosen one and closes the list', () => {
    const s = keys(reader(manyLinks(3)), 'L');
    expect(s.overlay).toBe('links');
    const chosen = keys(s, 'j', 'j', 'j', 'k');
    expect(chosen.links.index).toBe(1);
    const opened = keys(chosen, 'enter');
    expect(opened.open?.href).toBe('https://example.com/2');
    expect(opened.overlay).toBeNull();
    expect(opened.message).toBe('opening https://example.com/2…');
  });

  it('says so, and stays in the text, when the article has no links', () => {
    const s = keys(reader('# T\n\nNo links.\n'), 'L');
    expect(s.overlay).toBeNull();
    expect(s.message).toBe('this article has no links');
  });

  it('opens a number at once when no further digit could make another link', () => {
    expect(keys(reader(manyLinks(9)), 'L', '7').open?.href).toBe('https://example.com/7');
    expect(keys(reader(manyLinks(25)), 'L', '3').open?.href).toBe('https://example.com/3');
  });

  it('past 9 links, waits for the next digit or Enter', () => {
    const typing = keys(reader(manyLinks(25)), 'L', '1');
    expect(typing.open).toBeNull();
    expect(typing.links).toEqual({ index: 0, typed: '1' });
    expect(keys(typing, '2').open?.href).toBe('https://example.com/12');
    expect(keys(typing, 'enter').open?.href).toBe('https://example.com/1');
    // `j` after digits moves from the row they chose and forgets them.
    expect(keys(typing, 'j', 'enter').open?.href).toBe('https://example.com/2');
  });

  it('says when there is no such link, and opens nothing', () => {
    const s = keys(reader(manyLinks(5)), 'L', '8');
    expect(s.open).toBeNull();
    expect(s.message).toBe('there is no link 8');
    expect(s.overlay).toBe('links');
  });

  it('asks again for the same target when it is chosen again (a new request each time)', () => {
    const once = keys(reader(manyLinks(2)), 'L', '1');
    const twice = keys(once, 'L', '1');
    expect(twice.open?.href).toBe(once.open?.href);
    expect(twice.open).not.toBe(once.open);
  });

  it('shows what the opener answered in the status bar', () => {
    const s = reducer(keys(reader(manyLinks(2)), 'L', '1'), { type: 'opened', message: 'could not open x: y' });
    expect(s.message).toBe('could not open x: y');
  });
});

describe("opening the article's own address (O)", () => {
  it('asks for the address when the article has one', () => {
    const s = keys(reader('# T\n\nText.\n', { url: 'https://example.com/story' }), 'O');
    expect(s.open?.href).toBe('https://example.com/story');
  });

  it('says there is none otherwise', () => {
    const s = keys(reader('# T\n\nText.\n'), 'O');
    expect(s.open).toBeNull();
    expect(s.message).toBe('this article has no web address to open');
  });
});

describe('the browser', () => {
  it('is $BROWSER (a : list, %s for the address), else xdg-open, or open on macOS', () => {
    const url = 'https://example.com/a';
    expect(browserCommands(url, { BROWSER: 'firefox --new-tab' })).toEqual([['firefox', '--new-tab', url]]);
    expect(browserCommands(url, { BROWSER: 'w3m:lynx %s -dump' })).toEqual([
      ['w3m', url],
      ['lynx', url, '-dump'],
    ]);
    expect(browserCommands(url, {}, 'linux')).toEqual([['xdg-open', url]]);
    expect(browserCommands(url, { BROWSER: '' }, 'darwin')).toEqual([['open', url]]);
  });

  /** A browser script in a temp dir that writes its argument to a file and exits with `status`. */
  function script(status: number): { path: string; log: string } {
    const dir = tempDir('lede-opener-');
    const log = join(dir, 'opened.txt');
    const path = join(dir, 'browser.sh');
    writeFileSync(path, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${log}'\nexit ${status}\n`);
    chmodSync(path, 0o755);
    return { path, log };
  }

  /** Collects what the opener reports until `done` says it has said all it will. */
  function open(url: string, env: Record<string, string>, done: (said: string[]) => boolean): Promise<string[]> {
    return new Promise((resolve) => {
      const said: string[] = [];
      openInBrowser(
        url,
        (m) => {
          said.push(m);
          if (done(said)) resolve(said);
        },
        env,
      );
    });
  }

  it('starts the browser with the address as its argument and says so', async () => {
    const b = script(0);
    const said = await open('https://example.com/a', { BROWSER: b.path }, (s) => s.length === 1);
    expect(said).toEqual(['opened https://example.com/a']);
    await expect.poll(() => readFileSync(b.log, 'utf8')).toBe('https://example.com/a\n');
  });

  it('reports a browser that exits with an error, in one line', async () => {
    const b = script(3);
    const said = await open('https://example.com/a', { BROWSER: b.path }, (s) => s.length === 2);
    expect(said[1]).toBe('could not open https://example.com/a: browser.sh exited with status 3');
  });

  it('tries the next of $BROWSER when one is not there, and says when none is', async () => {
    const b = script(0);
    const next = await open('https://example.com/a', { BROWSER: `/nonexistent/x:${b.path}` }, (s) => s.length === 1);
    expect(next).toEqual(['opened https://example.com/a']);
    const none = await open('https://example.com/a', { BROWSER: '/nonexistent/lede-browser' }, (s) => s.length === 1);
    expect(none).toEqual(['could not open https://example.com/a: no lede-browser found']);
  });
});
