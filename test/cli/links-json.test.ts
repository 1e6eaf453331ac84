/** `--json` of the built CLI carries the article's links (src/app/output.ts). */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STORY } from '../helpers/links-md-story.js';
import { tempDir } from '../helpers/temp.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('--json links', () => {
  // Two runs of the built CLI, each loading the recogniser: more than vitest's 5 s on a loaded machine.
  it('is printed by the built CLI, with empty links for plain text', { timeout: 30_000 }, () => {
    const dir = tempDir('lede-links-json-');
    writeFileSync(join(dir, 'story.md'), STORY);
    writeFileSync(join(dir, 'story.txt'), 'Title\n\nSee https://example.com/ for more.\n');
    const run = (file: string) =>
      JSON.parse(
        execFileSync(process.execPath, ['dist/cli.js', '--json', join(dir, file)], { cwd: ROOT }).toString(),
      ) as {
        text: string;
        links: { start: number; end: number; href: string }[];
      };
    const md = run('story.md');
    expect(md.links.map((l) => [md.text.slice(l.start, l.end), l.href])).toEqual([
      ['its budget', 'https://example.com/budget'],
      ['auditor', 'https://example.com/audit'],
      ['the budget again', 'https://example.com/budget'],
      ['the desk', 'mailto:desk@example.com'],
      ['table', 'https://example.com/roads'],
    ]);
    expect(run('story.txt').links).toEqual([]);
  });
});
