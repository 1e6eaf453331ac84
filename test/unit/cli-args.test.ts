import fc from 'fast-check';
import meow from 'meow';
import { describe, expect, it } from 'vitest';
import { MEOW_OPTIONS, parseFlags, plainArguments } from '../../src/app/options.js';

/** What meow makes of `argv`, called as the command line is (src/app/cli-args.ts). */
function byMeow(argv: readonly string[]) {
  const cli = meow('', { importMeta: import.meta, argv: [...argv], ...MEOW_OPTIONS });
  return { flags: { ...cli.flags }, input: cli.input };
}

const scale = Number(process.env.LEDE_PROPERTY_SCALE ?? 1);

describe('the command line read without meow (start-up, issue 14)', () => {
  it.each([
    [[]],
    [['article.txt']],
    [['a.txt', 'b c.md', 'true', 'false', '12', '0x1f', '1e3', 'x=y', '', ' ', 'https://example.com/?a=-1']],
    [['no-sidebar', 'help', '—json', '−5']],
  ])('gives what meow gives for %j', (argv) => {
    expect(plainArguments(argv)).toEqual(byMeow(argv));
  });

  it('gives what meow gives for any words that do not start with -', () => {
    const word = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((w) => !w.startsWith('-'));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (argv) => {
        expect(plainArguments(argv)).toEqual(byMeow(argv));
      }),
      { numRuns: Math.max(10, Math.round(200 * scale)) },
    );
  });

  it.each([[['-']], [['--plain', 'a.txt']], [['a.txt', '--no-sidebar']], [['-5']], [['--', 'a.txt']]])(
    'leaves %j to meow',
    async (argv) => {
      expect(plainArguments(argv)).toBeNull();
      expect(await parseFlags(argv)).toEqual(byMeow(argv));
    },
  );
});
