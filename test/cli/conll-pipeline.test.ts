/** scripts/wikigold-pipeline.mjs --conll: a CoNLL-format file of news analysed whole, tables left out. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { conllPipeline, detokenize, isTable } from '../../scripts/wikigold-pipeline.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(join(ROOT, 'dist/analysis/analyze.js'));
const sentences = (...lines: string[]) => lines.map((s) => ({ words: s.split(' ') }));

/** CoNLL lines from `word/TAG` pairs (a bare word is O), one sentence per string. */
const conll = (...lines: string[]) =>
  '-DOCSTART- O\n\n' +
  lines
    .map((l) =>
      l
        .split(' ')
        .map((w) => (w.includes('/') ? w.replace('/', ' ') : `${w} O`))
        .join('\n'),
    )
    .join('\n\n') +
  '\n';

describe('the CoNLL news pipeline score', { timeout: 60_000 }, () => {
  it('makes the headline a paragraph of its own, even when it ends like a sentence', () => {
    const { text, paragraphs } = detokenize(sentences('Storm shuts ports .', 'Ships waited all day .'), {
      titleFirst: true,
    });
    expect(text).toBe('Storm shuts ports.\n\nShips waited all day.');
    expect(paragraphs).toEqual([0, 20]);
    expect(detokenize(sentences('Storm shuts ports .', 'Ships waited all day .')).paragraphs).toEqual([0]);
  });

  it('tells a table of results from an article', () => {
    const table = sentences(
      'FOOTBALL - CUP RESULTS',
      'Oakdale 2 Riverton 1',
      'Westfield 0 Hillcrest 3',
      'Played on Sunday .',
    );
    const article = sentences(
      'MILL TO CLOSE',
      'A paper mill in the valley will close next year , its owners said .',
      'About 200 people work there .',
    );
    expect(isTable(table)).toBe(true);
    expect(isTable(article)).toBe(false);
  });

  const dir = mkdtempSync(join(tmpdir(), 'lede-conll-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!built)('scores the articles, counts the tables it left out, and splits the halves', async () => {
    const file = join(dir, 'news.conll');
    writeFileSync(
      file,
      [
        conll('FERRY STRIKE ENDS', 'Crews in Dover/I-LOC went back to work on Monday , said Anna/I-PER Berg/I-PER .'),
        conll('RUGBY - LEAGUE TABLE', 'Oakdale/I-ORG 10 8 2', 'Riverton/I-ORG 10 7 3', 'Westfield/I-ORG 10 5 5'),
        conll('BANK RAISES RATES', 'The bank in Oslo/I-LOC raised its rates by a quarter point on the day .'),
        // A name ending in an abbreviation at a sentence's end: "Corp ." in the file, "Corp." in the text.
        conll('MILL SOLD', 'The paper mill was sold on Monday to Harlow/I-ORG Paper/I-ORG Corp/I-ORG .'),
      ].join('\n'),
    );
    const r = await conllPipeline({ root: ROOT, file });
    if (!r.available) throw new Error(r.reason);
    expect(r.tables).toBe(1);
    expect(r.documents).toBe(3);
    expect(r.halves.a.micro.tp + r.halves.a.micro.fn).toBe(3);
    expect(r.halves.b.micro.tp + r.halves.b.micro.fn).toBe(1);
    expect(r.micro.tp).toBeGreaterThanOrEqual(3);
    // lede's "Harlow Paper Corp." is the gold "Harlow Paper Corp" without the sentence's full stop.
    expect(r.perType.ORG).toMatchObject({ tp: 1, fp: 0 });
  });

  it('says when the data is not there', async () => {
    const r = await conllPipeline({ root: ROOT, file: join(dir, 'missing.txt') });
    expect(r).toEqual({ available: false, reason: expect.stringContaining('missing.txt') });
  });
});
