/**
 * What the command loads before its first frame: the static imports of the built dist/cli.js.
 * The part-of-speech tagger and the entity model belong to the analysis, which runs in a worker
 * (or is imported when --json asks for it); loading the tagger on the main thread at start-up
 * cost a quarter of a second once, when the sidebar began to import a date helper from the
 * analysis. This walks the bundle's static import graph and fails if the analysis is in it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The files dist/cli.js loads statically (`import … from "./x.js"` and `import "./x.js"`), itself included. */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*(?:import|export)\s*(?:[^'"]*?\s+from\s*)?["'](\.[^"']+)["']/gm))
      visit(join(dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen];
}

describe('the start-up bundle', () => {
  it.skipIf(!existsSync(join(DIST, 'cli.js')))('loads neither the part-of-speech tagger nor the entity model', () => {
    const main = readdirSync(join(DIST, 'chunks')).filter((f) => /^cli-main-\w+\.js$/.test(f));
    expect(main).toHaveLength(1);
    const files = [join(DIST, 'cli.js'), join(DIST, 'chunks', main[0]!)].flatMap(staticGraph);
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source.includes('wink-pos-tagger'), `${file} holds the tagger`).toBe(false);
      expect(source.includes('// src/analysis/ner/model.ts'), `${file} holds the entity model`).toBe(false);
    }
  });

  // The first page is drawn by dist/cli.js with what it imports statically, and the chunks it
  // imports on the way (the command, first-screen.ts, the word count, the positions file). meow (a quarter
  // of a megabyte with its package.json reader) is for options only, and wink-lexicon (half a
  // megabyte, 40 ms to load) came in once through the shelf's name keys: neither is among them.
  it.skipIf(!existsSync(join(DIST, 'cli.js')))('draws the first page without meow or the word list', () => {
    const early = readdirSync(join(DIST, 'chunks')).filter((f) =>
      /^(cli-main|first-screen|reading|positions)-\w+\.js$/.test(f),
    );
    expect(early.map((f) => f.replace(/-\w+\.js$/, '')).sort()).toEqual([
      'cli-main',
      'first-screen',
      'positions',
      'reading',
    ]);
    const files = new Set([join(DIST, 'cli.js'), ...early.map((f) => join(DIST, 'chunks', f))].flatMap(staticGraph));
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source.includes('// node_modules/meow/'), `${file} holds meow`).toBe(false);
      expect(source.includes('// node_modules/wink-lexicon/'), `${file} holds wink-lexicon`).toBe(false);
    }
  });
});
