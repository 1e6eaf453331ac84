/**
 * Reading positions (where each article was left) and the shelf's rows. The positions file must
 * survive two ledes at once, a corrupt or unreadable file, and a crash in the middle of a write
 * (a writer killed with SIGKILL is in test/cli/positions-kill.test.ts).
 */
import { tempDir as makeTempDir } from '../helpers/temp.js';
import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/load/article.js';
import {
  MAX_POSITIONS,
  POSITIONS_FILE,
  type SavedPosition,
  articleKey,
  openPositions,
  parsePositions,
  stateDir,
  writeAtomically,
} from '../../src/store/positions.js';
import {
  type ShelfEntry,
  WORDS_PER_MINUTE,
  progressMark,
  readingMinutes,
  shelfRow,
  wordCount,
} from '../../src/ui/shelf.js';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

const tempDir = (prefix = 'lede-positions-') => makeTempDir(prefix);
const position = (offset: number, savedAt = new Date().toISOString(), title = 'A title'): SavedPosition => ({
  offset,
  percent: Math.min(100, offset),
  title,
  source: `/news/${title}.txt`,
  savedAt,
});
const tmpFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

// ---- the positions file -------------------------------------------------------------------------

describe('reading positions', () => {
  it('lives in the XDG state directory', () => {
    const before = process.env.XDG_STATE_HOME;
    try {
      process.env.XDG_STATE_HOME = '/some/state';
      expect(stateDir()).toBe('/some/state/lede');
    } finally {
      if (before === undefined) delete process.env.XDG_STATE_HOME;
      else process.env.XDG_STATE_HOME = before;
    }
  });

  it('knows an article by its text', () => {
    expect(articleKey('Some text')).toBe(articleKey('Some text'));
    expect(articleKey('Some text')).not.toBe(articleKey('Some text.'));
    expect(articleKey('x')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gives back after reopening what was saved', () => {
    const dir = join(tempDir(), 'not-yet-made');
    const first = openPositions(dir);
    expect(first.warning).toBeNull();
    expect(first.store.get('k')).toBeUndefined();
    const saved = position(1234, '2024-03-01T10:00:00.000Z');
    expect(first.store.save('k', saved)).toBeNull();
    expect(first.store.get('k')).toEqual(saved);
    expect(first.store.file).toBe(join(dir, POSITIONS_FILE));

    const again = openPositions(dir);
    expect(again.warning).toBeNull();
    expect(again.store.get('k')).toEqual(saved);
    expect(again.store.get('other')).toBeUndefined();
    expect(tmpFiles(dir)).toEqual([]);
  });

  it('keeps what two ledes on one directory save', () => {
    const dir = tempDir();
    const a = openPositions(dir).store;
    const b = openPositions(dir).store;
    expect(a.save('first', position(10))).toBeNull();
    expect(b.save('second', position(20))).toBeNull();
    // a saves again after b: b's position survives.
    expect(a.save('first', position(11))).toBeNull();
    const after = openPositions(dir).store;
    expect(after.get('first')?.offset).toBe(11);
    expect(after.get('second')?.offset).toBe(20);
  });

  it.each([
    { what: 'garbage', content: 'not json at all {' },
    { what: 'truncated JSON', content: '{"version":1,"articles":{"k":{"offset":3' },
    { what: 'a wrong version', content: JSON.stringify({ version: 2, articles: { k: position(5) } }) },
    { what: 'no version', content: JSON.stringify({ articles: { k: position(5) } }) },
    { what: 'articles not an object', content: JSON.stringify({ version: 1, articles: 'nope' }) },
    { what: 'a JSON array', content: '[1,2,3]' },
    { what: 'JSON null', content: 'null' },
    { what: 'an empty file', content: '' },
  ])('ignores a corrupt file ($what) with one warning naming it', ({ content }) => {
    const dir = tempDir();
    const file = join(dir, POSITIONS_FILE);
    writeFileSync(file, content);
    const { store, warning } = openPositions(dir);
    expect(warning).toContain(file);
    expect(warning).toMatch(/not a valid positions file/);
    expect(warning!.split('\n')).toHaveLength(1);
    expect(store.get('k')).toBeUndefined();
    // Saving still works and replaces the corrupt file with a good one.
    expect(store.save('new', position(7))).toBeNull();
    const again = openPositions(dir);
    expect(again.warning).toBeNull();
    expect(again.store.get('new')?.offset).toBe(7);
  });

  it('drops entries that are not positions and keeps the good ones', () => {
    const good = position(9);
    const parsed = parsePositions(
      JSON.stringify({
        version: 1,
        articles: { good, bad: { offset: -1, percent: 3 }, worse: 'x', nan: { offset: 'a', percent: 1 } },
      }),
    );
    expect(parsed).toEqual({ good });
  });

  it('keeps the marks saved with a position, and reads a file without marks as before', () => {
    const dir = tempDir();
    const { store } = openPositions(dir);
    expect(store.save('marked', { ...position(40), marks: { a: 12, Z: 300 } })).toBeNull();
    expect(store.save('plain', position(7))).toBeNull();
    const reopened = openPositions(dir).store;
    expect(reopened.get('marked')!.marks).toEqual({ a: 12, Z: 300 });
    expect(reopened.get('plain')).toEqual(position(7, reopened.get('plain')!.savedAt));
    // The file stays version 1, with no marks field where there are none.
    const raw = JSON.parse(readFileSync(join(dir, POSITIONS_FILE), 'utf8'));
    expect(raw.version).toBe(1);
    expect('marks' in raw.articles.plain).toBe(false);
  });

  it('drops marks that are not a letter and a whole, non-negative offset', () => {
    const parsed = parsePositions(
      JSON.stringify({
        version: 1,
        articles: {
          one: { ...position(1), marks: { a: 5, ab: 1, '1': 2, b: -1, c: 1.5, d: 'x', E: 0 } },
          none: { ...position(2), marks: [1, 2] },
          empty: { ...position(3), marks: { '!': 1 } },
        },
      }),
    )!;
    expect(parsed.one!.marks).toEqual({ a: 5, E: 0 });
    expect(parsed.none!.marks).toBeUndefined();
    expect(parsed.empty!.marks).toBeUndefined();
  });

  it.skipIf(isRoot)('warns about a file it may not read (chmod 000)', () => {
    const dir = tempDir();
    const file = join(dir, POSITIONS_FILE);
    writeFileSync(file, JSON.stringify({ version: 1, articles: { k: position(5) } }));
    chmodSync(file, 0o000);
    try {
      const { store, warning } = openPositions(dir);
      expect(warning).toContain(file);
      expect(warning).toMatch(/cannot be read \(EACCES\)/);
      expect(store.get('k')).toBeUndefined();
    } finally {
      chmodSync(file, 0o600);
    }
  });

  it('warns about a positions "file" that cannot be read at all (a directory)', () => {
    const dir = tempDir();
    const file = join(dir, POSITIONS_FILE);
    mkdirSync(file);
    const { store, warning } = openPositions(dir);
    expect(warning).toBe(`ignoring saved reading positions: ${file} is a directory, not a regular file`);
    expect(store.get('k')).toBeUndefined();
    // Saving fails with a warning, not an exception, and leaves no temporary file.
    const failed = store.save('k', position(1));
    expect(failed).toContain(file);
    expect(failed).toMatch(/^could not save the reading position/);
    expect(tmpFiles(dir)).toEqual([]);
  });

  it('keeps the newest positions when there are more than MAX_POSITIONS', () => {
    const dir = tempDir();
    const articles: Record<string, SavedPosition> = {};
    const base = Date.parse('2020-01-01T00:00:00.000Z');
    for (let i = 0; i < MAX_POSITIONS; i++)
      articles[`old-${i}`] = position(i, new Date(base + i * 60_000).toISOString());
    writeFileSync(join(dir, POSITIONS_FILE), JSON.stringify({ version: 1, articles }));
    const { store, warning } = openPositions(dir);
    expect(warning).toBeNull();
    expect(store.get('old-0')).toBeDefined();
    expect(store.save('newest', position(1))).toBeNull();
    const kept = parsePositions(readFileSync(join(dir, POSITIONS_FILE), 'utf8'))!;
    expect(Object.keys(kept)).toHaveLength(MAX_POSITIONS);
    expect(kept.newest).toBeDefined();
    // The least recently saved one went.
    expect(kept['old-0']).toBeUndefined();
    expect(kept['old-1']).toBeDefined();
    expect(kept[`old-${MAX_POSITIONS - 1}`]).toBeDefined();
    expect(openPositions(dir).store.get('old-0')).toBeUndefined();
  });
});

// ---- writing atomically -------------------------------------------------------------------------

describe('writeAtomically', () => {
  it('replaces the content and leaves no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'f.json');
    writeAtomically(file, 'one');
    writeAtomically(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['f.json']);
  });

  it('throws and leaves no temporary file when the rename fails', () => {
    const dir = tempDir();
    // The target is a non-empty directory: the temporary file is written, the rename refused.
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'x');
    expect(() => writeAtomically(target, 'content')).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it.skipIf(isRoot)('throws and leaves no temporary file in a read-only directory', () => {
    const dir = tempDir();
    const file = join(dir, 'f.json');
    writeAtomically(file, 'old');
    chmodSync(dir, 0o555);
    try {
      expect(() => writeAtomically(file, 'new')).toThrow(/EACCES/);
      expect(readdirSync(dir)).toEqual(['f.json']);
      expect(readFileSync(file, 'utf8')).toBe('old');
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('a crash before the rename leaves the real file intact and readable', () => {
    const dir = tempDir();
    const { store } = openPositions(dir);
    store.save('k', position(42));
    const file = join(dir, POSITIONS_FILE);
    const good = readFileSync(file, 'utf8');
    // What a lede killed mid-write leaves: a half-written temporary file, never renamed.
    writeFileSync(`${file}.99999.abc.tmp`, good.slice(0, Math.floor(good.length / 2)));
    expect(readFileSync(file, 'utf8')).toBe(good);
    const again = openPositions(dir);
    expect(again.warning).toBeNull();
    expect(again.store.get('k')?.offset).toBe(42);
    expect(again.store.save('k2', position(43))).toBeNull();
    expect(openPositions(dir).store.get('k2')?.offset).toBe(43);
  });
});

// ---- the shelf ----------------------------------------------------------------------------------

const article = (title: string): Article => ({
  title,
  text: title,
  blocks: [{ kind: 'title', level: 0, start: 0, end: title.length }],
  source: 'x',
});
const entry = (over: Partial<ShelfEntry> = {}): ShelfEntry => ({
  source: '/home/me/news/us-drone-strike-baghdad.txt',
  article: article('US drone strike kills Iran-backed militia leader in Baghdad'),
  error: null,
  key: 'k',
  words: 1234,
  ...over,
});

describe('the shelf', () => {
  const entries: [string, ShelfEntry][] = [
    ['an article', entry()],
    [
      'a wide-character title',
      entry({
        article: article('東京で大雨、交通機関に乱れ — 気象庁が警戒を呼びかけ'),
        source: 'https://www.example.jp/ニュース/記事.html',
      }),
    ],
    ['an emoji title', entry({ article: article('Fans 🎉🎉 celebrate the 👨‍👩‍👧 family day'), words: 5 })],
    ['a short one', entry({ article: article('Hi'), source: 'a.md', words: 0 })],
    [
      'a broken one',
      entry({
        article: null,
        error: 'looks like a binary file, not text',
        key: null,
        words: 0,
        source: '/tmp/broken.txt',
      }),
    ],
  ];

  it.each(entries)('fits every width from 20 to 200 columns (%s)', (_what, e) => {
    for (const percent of [undefined, 0, 37, 100]) {
      for (let width = 20; width <= 200; width++) {
        const row = shelfRow(e, percent, width);
        expect(stringWidth(row), `width ${width}, percent ${percent}: "${row}"`).toBeLessThanOrEqual(width);
        expect(row).not.toMatch(/\n/);
      }
    }
  });

  it('shows ✓ for read to the end, the percent part-read, nothing unread, ✗ when broken', () => {
    expect(progressMark(entry(), 100)).toBe('✓');
    expect(progressMark(entry(), 37)).toBe('37%');
    expect(progressMark(entry(), 0.2)).toBe('1%');
    expect(progressMark(entry(), undefined)).toBe('');
    expect(progressMark(entry({ error: 'is empty', article: null }), 50)).toBe('✗');
    expect(shelfRow(entry(), 100, 100).trimStart().startsWith('✓')).toBe(true);
    expect(shelfRow(entry(), 37, 100).trimStart().startsWith('37%')).toBe(true);
    expect(shelfRow(entry(), undefined, 100).startsWith('      US drone strike')).toBe(true);
  });

  it('shows the title, the file, the words and the minutes', () => {
    const row = shelfRow(entry(), 37, 120);
    expect(row).toContain('US drone strike kills Iran-backed militia leader in Baghdad');
    expect(row).toContain('us-drone-strike-baghdad.txt');
    expect(row).toMatch(/1,234 words +5 min$/);
    expect(stringWidth(row)).toBeLessThanOrEqual(120);
    expect(stringWidth(row)).toBeGreaterThan(110);
    // Narrower: the title gives way first, the numbers stay.
    const narrow = shelfRow(entry(), 37, 60);
    expect(narrow).toMatch(/1,234 words +5 min$/);
    expect(narrow).toContain('…');
  });

  it('shows a broken article’s problem', () => {
    const row = shelfRow(entries[4]![1], undefined, 100);
    expect(row).toContain('✗');
    expect(row).toContain('/tmp/broken.txt: looks like a binary file, not text');
  });

  it('counts words', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  \n — … ! ')).toBe(0);
    expect(wordCount('one two  three\nfour')).toBe(4);
    expect(wordCount("It's a well-known fact, isn’t it?")).toBe(6);
    expect(wordCount('Café déjà vu 2024')).toBe(4);
    expect(wordCount('“Quoted,” she said.')).toBe(3);
  });

  it('estimates reading time at WORDS_PER_MINUTE, at least a minute', () => {
    expect(WORDS_PER_MINUTE).toBe(230);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(345)).toBe(2);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(2300)).toBe(10);
  });
});
