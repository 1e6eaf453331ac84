import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefSlug, writeBriefFile } from '../../src/app/brief-file.js';
import { briefMarkdown } from '../../src/layout/brief.js';
import { tempDir } from '../helpers/temp.js';
import { viewsDoc } from '../helpers/views-doc.js';

const doc = viewsDoc();
const expected = briefMarkdown({ analysis: doc.analysis, source: doc.article.source, meta: doc.article.meta });

describe('the brief written from the reader (B)', () => {
  it('goes to the current directory under the title, and never over a file already there', () => {
    const cwd = tempDir('lede-brief-');
    const fallback = join(tempDir('lede-brief-data-'), 'briefs');
    writeFileSync(join(cwd, 'harbour-talks-stall-1.brief.md'), 'mine');
    expect(writeBriefFile(doc, { cwd, fallback })).toBe('brief written to harbour-talks-stall.brief.md');
    expect(readFileSync(join(cwd, 'harbour-talks-stall.brief.md'), 'utf8')).toBe(expected);
    // Taken: the next free name, and the files there are left as they were.
    expect(writeBriefFile(doc, { cwd, fallback })).toBe('brief written to harbour-talks-stall-2.brief.md');
    expect(readFileSync(join(cwd, 'harbour-talks-stall-1.brief.md'), 'utf8')).toBe('mine');
    expect(readFileSync(join(cwd, 'harbour-talks-stall-2.brief.md'), 'utf8')).toBe(expected);
    expect(readdirSync(cwd).sort()).toHaveLength(3);
  });

  it("goes to lede's data directory when the current one cannot take it", () => {
    const file = join(tempDir('lede-brief-'), 'not-a-directory');
    writeFileSync(file, '');
    const fallback = join(tempDir('lede-brief-data-'), 'lede', 'briefs');
    expect(writeBriefFile(doc, { cwd: file, fallback })).toBe(
      `brief written to ${join(fallback, 'harbour-talks-stall.brief.md')}`,
    );
    expect(readFileSync(join(fallback, 'harbour-talks-stall.brief.md'), 'utf8')).toBe(expected);
  });

  it('says in one line why, when it can be written nowhere', () => {
    const file = join(tempDir('lede-brief-'), 'not-a-directory');
    writeFileSync(file, '');
    const message = writeBriefFile(doc, { cwd: file, fallback: join(file, 'briefs') });
    expect(message).toMatch(/^brief not written: .*ENOTDIR/);
    expect(message).not.toMatch(/\n/);
  });
});

describe('the name of a brief', () => {
  it('is the title in lower-case ASCII words joined by hyphens, cut at a word', () => {
    expect(briefSlug('US drone strike kills Iran-backed militia leader in Baghdad')).toBe(
      'us-drone-strike-kills-iran-backed',
    );
    expect(briefSlug('Café Müller’s “last” show: 2024!')).toBe('cafe-muller-s-last-show-2024');
    expect(briefSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(briefSlug('— “ ” —')).toBe('article');
    const long = briefSlug('A very long headline that goes on and on about the many things that happened today');
    expect(long.length).toBeLessThanOrEqual(40);
    expect('a-very-long-headline-that-goes-on-and-on-about-the-many-things-that-happened-today').toMatch(
      new RegExp(`^${long}-`),
    );
  });
});
