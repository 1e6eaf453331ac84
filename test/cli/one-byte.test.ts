// Every thread keeps the source of the code it runs as a string, two bytes a character when any
// one is beyond Latin-1: the analysis's 4.5 MB chunk was 9 MB in each analysis thread (issue 14).
// The build escapes such characters (scripts/one-byte.mjs); the built chunks must stay Latin-1.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeOneByte } from '../../scripts/one-byte.mjs';

const WIDE = /[^\u0000-\u00ff]/;

describe('the built code', () => {
  it('is all Latin-1 in the workers and their chunks', () => {
    const files = [
      'analysis-worker.js',
      'names-helper.js',
      'pool-worker.js',
      ...readdirSync('dist/chunks').map((f) => `chunks/${f}`),
    ];
    const wide = files.filter((f) => WIDE.test(readFileSync(join('dist', f), 'utf8')));
    expect(wide).toEqual([]);
  });
});

describe('makeOneByte', () => {
  const write = (source: string) => {
    const file = join(mkdtempSync(join(os.tmpdir(), 'lede-one-byte-')), 'x.js');
    writeFileSync(file, source);
    return file;
  };
  const load = async (file: string) => {
    const { quote, dash, template } = (await import(`${file}?${Math.random()}`)) as Record<string, unknown>;
    return { quote, dash, template };
  };

  it('escapes comments, regular expressions, strings and plain templates, meaning the same', async () => {
    const source = [
      '// a ‘comment’',
      'export const quote = /[’‘]s$/u.test("it’s");',
      'export const dash = /\\s—\\s/.test("a — b");',
      'const x = "é😀";',
      'export const template = `— ${x} —`;',
    ].join('\n');
    const before = await load(write(source));
    const file = write(source);
    makeOneByte(file);
    const text = readFileSync(file, 'utf8');
    expect(WIDE.test(text)).toBe(false);
    expect(await load(file)).toEqual(before);
    expect(before).toEqual({ quote: true, dash: true, template: '— é😀 —' });
  });

  it('refuses a wide character in a tagged template, whose raw text it would change', () => {
    const file = write('export const r = String.raw`a’b`;\n');
    expect(() => makeOneByte(file)).toThrow(/tagged template/);
  });
});
