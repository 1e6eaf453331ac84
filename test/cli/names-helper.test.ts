// The names step's helper thread (src/app/names-helper.ts) is a script of its own so that it loads
// the recogniser without the rest of the analysis (the entity rules, the quotes, the tagger's
// lexicons): its heap starts smaller and it starts reading names sooner, while both cores are busy
// and the process nears its peak memory. Importing any of the rest (analyze.ts, in-parts.ts's
// code rather than its types) would bring the whole analysis chunk with it. Run on the build
// (`npm run build` first).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The bytes of a built script and of every chunk it imports, directly or not. */
function loaded(file: string, seen = new Set<string>()): number {
  if (seen.has(file)) return 0;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  let bytes = source.length;
  for (const m of source.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g))
    bytes += loaded(join(dirname(file), m[1]!), seen);
  return bytes;
}

describe('the names step helper', () => {
  it('loads under a fifth of the code the analysis worker loads', () => {
    const helper = loaded('dist/names-helper.js');
    const worker = loaded('dist/analysis-worker.js');
    expect(worker).toBeGreaterThan(3_000_000);
    expect(helper).toBeLessThan(worker / 5);
  });
});
