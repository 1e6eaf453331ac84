import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';

// `npm test` builds first; lede --brief prints and exits, as a script would use it.
const CLI = 'dist/cli.js';
const SEED = 'seeds/us-drone-strike-baghdad.txt';
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('lede --brief', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
  });

  it('prints the article’s brief as Markdown: entities, quotations by speaker, numbers, timeline', () => {
    const r = run(['--brief', SEED]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('# US drone strike kills Iran-backed militia leader in Baghdad');
    for (const heading of ['## Entities', '## Quotations', '## Numbers', '## Timeline'])
      expect(r.stdout).toContain(`\n${heading}\n`);
    expect(r.stdout).toContain('**Harakat al Nujaba** (2 quotations)');
    expect(r.stdout).not.toMatch(/\u001b/);
  });

  it('for a directory: the shelf’s shared entities first, one section per article, and the broken one named', () => {
    const dir = tempDir('lede-brief-');
    copyFileSync(SEED, join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b.txt'), 'Strikes in Iraq\n\nThe United States struck targets in Baghdad again.\n');
    writeFileSync(join(dir, 'c.txt'), '');
    const r = run(['--brief', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# .* — 3 articles\n\n2 articles\.\n\n## Across the shelf\n/);
    expect(r.stdout).toMatch(/- \*\*Baghdad\*\* \(place\): 2 articles/);
    expect(r.stdout).toContain('\n## US drone strike kills Iran-backed militia leader in Baghdad\n');
    expect(r.stdout).toContain('\n## Strikes in Iraq\n');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^lede: .*c\.txt: .*empty/)]);
  });
});
