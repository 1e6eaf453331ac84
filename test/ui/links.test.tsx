import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { parseMarkdown } from '../../src/load/markdown.js';
import { createPaint } from '../../src/ui/paint.js';
import { structureOnly } from '../../src/ui/state.js';
import { LINKS_STORY } from '../helpers/links-story.js';

const plain = (s: string | undefined) => (s ?? '').replace(/\u001b\[[0-9;]*m/g, '');
const until = async (test: () => boolean) => {
  for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 10));
};

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function app(opened: string[], answer: string | null = null) {
  const article = parseMarkdown(LINKS_STORY, 'budget.md');
  const r = render(
    <App
      doc={{ article, analysis: structureOnly(article) }}
      paint={createPaint('mono')}
      cols={100}
      rows={20}
      opener={(url, report) => {
        opened.push(url);
        report(answer ?? `opened ${url}`);
      }}
    />,
  );
  unmount = r.unmount;
  return r;
}

describe('the links overlay', () => {
  it('lists each target once, numbered, with its words and address; the chosen row marked', async () => {
    const r = app([]);
    r.stdin.write('L');
    await until(() => plain(r.lastFrame()).includes('Links'));
    const rows = plain(r.lastFrame()).split('\n');
    expect(rows.find((l) => l.includes('1.'))).toMatch(/▸ *1\. its budget +https:\/\/example\.com\/budget/);
    expect(rows.find((l) => l.includes('2.'))).toMatch(/ 2\. auditor +https:\/\/example\.com\/audit\?year=2024&part=2/);
    expect(rows.find((l) => l.includes('3.'))).toMatch(/ 3\. the desk +mailto:desk@example\.com/);
    expect(rows.some((l) => l.includes('4.'))).toBe(false);
  });

  it('opens the chosen link through the opener, and shows its answer in the status bar', async () => {
    const opened: string[] = [];
    const r = app(opened, 'could not open mailto:desk@example.com: no xdg-open found (set $BROWSER)');
    r.stdin.write('L');
    await until(() => plain(r.lastFrame()).includes('Links'));
    r.stdin.write('j');
    r.stdin.write('j');
    r.stdin.write('\r');
    await until(() => plain(r.lastFrame()).includes('could not open'));
    expect(opened).toEqual(['mailto:desk@example.com']);
    expect(plain(r.lastFrame())).toContain('could not open mailto:desk@example.com: no xdg-open found');
    expect(plain(r.lastFrame())).not.toContain('Links');
  });
});
