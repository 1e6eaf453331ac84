// The reader's bundle (dist/, built by scripts/bundle.mjs) loads no more than the reader needs:
// every module it imports statically is evaluated on the main thread while Ink loads, when the
// keys pressed meanwhile wait (issue 14). The analysis's lexicons run in the worker only.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CHUNKS = join(import.meta.dirname, '../../dist/chunks');

/** The modules a chunk holds, from esbuild's `// path` comments, and what it imports statically. */
function staticGraph(entry: string): Set<string> {
  const modules = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(CHUNKS, file), 'utf8');
    for (const m of code.matchAll(/^\/\/ ((?:node_modules|src|scripts)\/\S+)$/gm)) modules.add(m[1]!);
    for (const m of code.matchAll(/^(?:import|\} from) ?"\.\/(chunk-[\w-]+\.js)";?$/gm)) visit(m[1]!);
  };
  visit(entry);
  return modules;
}

describe("the reader's bundle", () => {
  it('loads the reader without the analysis lexicons (wink-lexicon, the common words)', () => {
    const reader = readdirSync(CHUNKS).find((f) => /^reader(-\w+)?\.js$/.test(f));
    expect(reader, 'dist/chunks/reader*.js: run `npm run build` first').toBeDefined();
    const modules = staticGraph(reader!);
    expect(modules.has('src/ui/App.tsx')).toBe(true);
    expect(modules.has('src/layout/shelf-index.ts')).toBe(true);
    expect([...modules].filter((m) => /wink-lexicon|lexicon\/common-words|analysis\/aliases/.test(m))).toEqual([]);
  });

  it("draws a key's frame at once after a progress frame: Ink is bundled with scripts/ink/key-frames.mjs", () => {
    const reader = readdirSync(CHUNKS).find((f) => /^reader(-\w+)?\.js$/.test(f));
    const modules = staticGraph(reader!);
    expect(modules.has('scripts/ink/key-frames.mjs')).toBe(true);
  });
});
