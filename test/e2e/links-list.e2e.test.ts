/**
 * The links list in a real terminal: `L` lists the article's links, and Enter or a number opens
 * one with $BROWSER, here a small script that writes its argument to a file. Needs `npm run build`.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linksArticle } from '../helpers/links-story.js';
import { tempDir } from '../helpers/temp.js';
import { KEY, launchCli, owned, usesBuiltCli } from './harness.js';

usesBuiltCli();

describe('the links list', () => {
  it('L lists the links; choosing one and Enter opens it with $BROWSER', async (t) => {
    const dir = tempDir('lede-browser-');
    const opened = join(dir, 'opened.txt');
    const browser = join(dir, 'browser.sh');
    writeFileSync(browser, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${opened}'\n`);
    chmodSync(browser, 0o755);
    const s = owned(t, launchCli([linksArticle()], { cols: 120, rows: 30, env: { BROWSER: browser } }));
    await s.waitFor((r) => r.some((l) => l.includes('before the vote')));
    await s.waitForRawMode();
    s.press('L');
    const list = await s.waitFor((r) => r.some((l) => l.includes('Links')) && r.some((l) => l.includes('3. ')));
    // One row per target, in order of first appearance, with its words and its address.
    expect(list.find((l) => l.includes('1. '))).toMatch(/1\. its budget +https:\/\/example\.com\/budget/);
    expect(list.find((l) => l.includes('3. '))).toMatch(/3\. the desk +mailto:desk@example\.com/);
    expect(list.join('\n')).not.toMatch(/4\. |javascript|data:|notes\.html/);
    s.press(KEY.DOWN);
    s.press(KEY.ENTER);
    await s.waitFor(() => existsSync(opened) && readFileSync(opened, 'utf8').includes('\n'));
    expect(readFileSync(opened, 'utf8')).toBe('https://example.com/audit?year=2024&part=2\n');
    // The list closes, the status bar says what was opened, and the screen is the reader's again.
    const after = await s.waitFor((r) => r.some((l) => l.includes('opened https://example.com/audit')));
    expect(after.some((l) => l.includes('before the vote'))).toBe(true);
  });

  it('a number opens its link at once; a browser that fails is one line in the status bar', async (t) => {
    const dir = tempDir('lede-browser-');
    const opened = join(dir, 'opened.txt');
    const browser = join(dir, 'browser.sh');
    writeFileSync(browser, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${opened}'\nexit 3\n`);
    chmodSync(browser, 0o755);
    const s = owned(t, launchCli([linksArticle()], { cols: 120, rows: 30, env: { BROWSER: browser } }));
    await s.waitFor((r) => r.some((l) => l.includes('before the vote')));
    await s.waitForRawMode();
    s.press('L');
    await s.waitFor((r) => r.some((l) => l.includes('3. ')));
    s.press('3');
    const rows = await s.waitFor((r) => r.some((l) => /could not open mailto:desk@example\.com.*status 3/.test(l)));
    expect(readFileSync(opened, 'utf8')).toBe('mailto:desk@example.com\n');
    expect(rows.some((l) => l.includes('before the vote'))).toBe(true);
  });
});
