/**
 * What the command loads before its first frame: dist/cli.js and dist/start.cjs, which it runs.
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

/** What runs before the first frame: dist/cli.js, what it imports statically, and dist/start.cjs, which it runs. */
function beforeFirstFrame(): string[] {
  return [...staticGraph(join(DIST, 'cli.js')), join(DIST, 'start.cjs')];
}

describe('the start-up bundle', () => {
  it.skipIf(!existsSync(join(DIST, 'cli.js')))('loads neither the part-of-speech tagger nor the entity model', () => {
    const files = beforeFirstFrame();
    expect(readFileSync(join(DIST, 'start.cjs'), 'utf8')).toContain('// src/app/cli-main.tsx');
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source.includes('wink-pos-tagger'), `${file} holds the tagger`).toBe(false);
      expect(source.includes('// src/analysis/ner/model.ts'), `${file} holds the entity model`).toBe(false);
    }
  });

  // The first page is drawn by dist/start.cjs (the command, first-screen.ts, the word count, the
  // positions file), which dist/cli.js compiles with its code cache. meow (a quarter of a
  // megabyte with its package.json reader) is for options only, and wink-lexicon (half a
  // megabyte, 40 ms to load) came in once through the shelf's name keys: neither is in it, and
  // neither are the readers of HTML and Markdown; they are ES modules of their own.
  it.skipIf(!existsSync(join(DIST, 'cli.js')))(
    'draws the first page without meow, the word list or the HTML reader',
    () => {
      expect(readdirSync(join(DIST, 'chunks'))).toEqual(
        expect.arrayContaining(['meow.js', 'html.js', 'markdown.js', 'reader.js']),
      );
      for (const file of beforeFirstFrame()) {
        const source = readFileSync(file, 'utf8');
        for (const module of ['meow', 'wink-lexicon', 'linkedom', 'marked', 'ink'])
          expect(source.includes(`// node_modules/${module}/`), `${file} holds ${module}`).toBe(false);
      }
    },
  );
});
