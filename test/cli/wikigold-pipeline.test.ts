/** scripts/wikigold-pipeline.mjs: wikigold's documents rebuilt as text, analysed whole, scored per mention. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { detokenize, wikigoldPipeline } from '../../scripts/wikigold-pipeline.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(join(ROOT, 'dist/analysis/analyze.js'));

describe('the wikigold pipeline score', { timeout: 60_000 }, () => {
  it('rebuilds text as it is written, each token at its own characters', () => {
    const sentences = [
      'He said " yes " , and Smith \'s dog ( a terrier ) did n\'t bark .',
      'Track listing',
      'It cost $ 5 .',
    ].map((s) => ({ words: s.split(' ') }));
    const { text, tokens, paragraphs } = detokenize(sentences);
    expect(text).toBe('He said "yes", and Smith\'s dog (a terrier) didn\'t bark.\n\nTrack listing\n\nIt cost $5.');
    // A line that does not end like a sentence (a heading, a list entry) is a paragraph of its own.
    expect(paragraphs.map((p) => text.slice(p).split('\n')[0]!.slice(0, 5))).toEqual(['He sa', 'Track', 'It co']);
    sentences.forEach((s, i) => expect(tokens[i]!.map(([a, b]) => text.slice(a, b))).toEqual(s.words));
  });

  const dir = mkdtempSync(join(tmpdir(), 'lede-wikigold-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!built)('scores lede’s mentions against the development documents’ tags, half A and half B', async () => {
    // splitWikigold's development part is every fifth document: here the fifth and the tenth.
    const filler = '-DOCSTART- O\n\nNothing O\nhappened O\n. O\n';
    const first =
      '-DOCSTART- O\n\nMarta I-PER\nRuiz I-PER\nflew O\nfrom O\nLima I-LOC\nto O\nMadrid I-LOC\nin O\nMay O\n. O\n';
    const second = '-DOCSTART- O\n\nThe O\nweather O\nwas O\nmild O\nin O\nBerlin I-LOC\n. O\n';
    const file = join(dir, 'wikigold.conll');
    writeFileSync(file, [filler, filler, filler, filler, first, filler, filler, filler, filler, second].join('\n'));
    const r = await wikigoldPipeline({ root: ROOT, file });
    if (!r.available) throw new Error(r.reason);
    expect(r.documents).toBe(2);
    expect(r.micro.tp + r.micro.fn).toBe(4);
    expect(r.halves.a.micro.tp + r.halves.a.micro.fn).toBe(3);
    expect(r.halves.b.micro.tp + r.halves.b.micro.fn).toBe(1);
    expect(r.perType.PER!.tp).toBe(1);
    expect(r.micro.tp).toBeGreaterThanOrEqual(3);
  });

  it('says when the data is not there', async () => {
    const r = await wikigoldPipeline({ root: ROOT, file: join(dir, 'missing.conll') });
    expect(r).toEqual({ available: false, reason: expect.stringContaining('missing.conll') });
  });
});
