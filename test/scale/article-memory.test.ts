// What an opened article keeps in memory (issue 14's peak RSS): its title must not hold the whole
// input. V8 keeps a slice of a string (13 characters or more) as a view of the whole string, so a
// title cut from the decoded input kept all of it alive beside the article's own text: 5 MB more
// for the bench's long document. Runs the built loader (dist/) in a child with --expose-gc.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const child = `
import { articleFromBytes } from './dist/load/read-input.js';
async function titleOf(format, paragraphs) {
  const body = ('Some words of a paragraph that goes on for a while, it’s said. '.repeat(8) + '\\n\\n').repeat(paragraphs);
  const bytes = format === 'html'
    ? Buffer.from('<html><head><title>A title long enough to be a slice</title></head><body><p>' + body + '</p></body></html>')
    : Buffer.from('A title long enough to be a slice\\n\\n' + body);
  const article = await articleFromBytes(bytes, 'long.' + (format === 'html' ? 'html' : 'txt'), { format });
  return [article.title, bytes.length];
}
const [title, size] = await titleOf(process.argv[1], Number(process.argv[2]));
// V8 keeps the last string a regular expression searched (RegExp.input): search another.
/x/.exec('x');
globalThis.gc();
globalThis.gc();
process.stdout.write(JSON.stringify({ title, size, heapUsed: process.memoryUsage().heapUsed + process.memoryUsage().external }));
`;

interface Kept {
  title: string;
  size: number;
  heapUsed: number;
}

/** Opens a generated input of `paragraphs` paragraphs in a fresh process and keeps only its title. */
function keep(format: 'text' | 'html', paragraphs: number): Kept {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--input-type=module', '-e', child, format, String(paragraphs)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out) as Kept;
}

describe('an opened article, once only its title is kept', () => {
  for (const format of ['text', 'html'] as const) {
    it(`keeps none of a large ${format} input in memory`, () => {
      const small = keep(format, 10);
      const large = keep(format, 20_000);
      expect(large.title).toBe('A title long enough to be a slice');
      expect(large.size).toBeGreaterThan(8_000_000);
      // 8 MB of input, as bytes and as a string (in V8's heap or outside it): what stays is the
      // loader's modules, as for a small input.
      expect(large.heapUsed - small.heapUsed).toBeLessThan(2_000_000);
    }, 120_000);
  }
});
