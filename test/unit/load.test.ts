import { tempDir } from '../helpers/temp.js';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LoadError } from '../../src/load/article.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import { readArticleFile, readArticleStream } from '../../src/load/read-input.js';
import { isTerminalSafe, sanitize } from '../../src/load/sanitize.js';

describe('plain text', () => {
  it('takes the first non-empty line as the title and blank lines as paragraph breaks', () => {
    const a = parsePlainText('\n\nThe title\n\nFirst para\ncontinues here.\n\n\nSecond para.\n', 'x');
    expect(a.title).toBe('The title');
    expect(a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)])).toEqual([
      ['title', 'The title'],
      ['paragraph', 'First para continues here.'],
      ['paragraph', 'Second para.'],
    ]);
    expect(a.text).toBe('The title\n\nFirst para continues here.\n\nSecond para.');
  });

  it('makes # lines headings, with their level, even without blank lines around them', () => {
    const a = parsePlainText('Title\n\nIntro.\n## Background\nMore text.\n', 'x');
    const heading = a.blocks.find((b) => b.kind === 'heading')!;
    expect(a.text.slice(heading.start, heading.end)).toBe('Background');
    expect(heading.level).toBe(2);
    expect(a.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'heading', 'paragraph']);
  });

  it('rejects an article with nothing in it', () => {
    expect(() => parsePlainText(' \n\t\n', 'blank.txt')).toThrow(LoadError);
  });
});

describe('sanitising', () => {
  it('replaces escape sequences and controls with visible stand-ins and drops bidi overrides', () => {
    const s = sanitize('red \u001b[31mtext\u0007 \u202Eevil\u202C \u009b1m');
    expect(isTerminalSafe(s)).toBe(true);
    expect(s).toContain('␛[31mtext');
    expect(s).not.toContain('\u202E');
  });

  it('keeps ordinary text, curly quotes and wide characters untouched', () => {
    const text = 'He said “hello” — 東京 café';
    expect(sanitize(text)).toBe(text);
  });
});

describe('reading files', () => {
  const dir = tempDir('lede-load-');

  it('names the file and the problem when it is missing, a directory, empty or binary', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(dir, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    mkdirSync(join(dir, 'folder'));
    await expect(readArticleFile(join(dir, 'nope.txt'))).rejects.toThrow(/nope\.txt: no such file/);
    await expect(readArticleFile(join(dir, 'folder'))).rejects.toThrow(/folder: is a directory/);
    await expect(readArticleFile(empty)).rejects.toThrow(/empty\.txt: the file is empty/);
    await expect(readArticleFile(binary)).rejects.toThrow(/binary/);
  });

  it('reads UTF-8 with a BOM, and Windows-1252 when the bytes are not UTF-8', async () => {
    const bom = join(dir, 'bom.txt');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Title\n\nBody.')]));
    expect((await readArticleFile(bom)).title).toBe('Title');
    const latin = join(dir, 'latin.txt');
    writeFileSync(latin, Buffer.from('Price\n\nIt cost \xa3100.', 'latin1'));
    expect((await readArticleFile(latin)).text).toContain('£100');
  });

  it('reads an article from a stream', async () => {
    const a = await readArticleStream(Readable.from([Buffer.from('Piped title\n\nPiped body.')]));
    expect(a.title).toBe('Piped title');
  });
});
