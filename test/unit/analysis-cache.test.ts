import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAnalysisCache, type StoredAnalysis } from '../../src/store/analysis-cache.js';
import { tempDir } from '../helpers/temp.js';

const KEY = 'a'.repeat(32);
const analysis: StoredAnalysis = {
  title: 'T',
  sections: [],
  paragraphs: [],
  sentences: [],
  entities: [{ id: 'place:x', name: 'X', type: 'place', aliases: [], mentions: [{ start: 0, end: 1 }] }],
  quotes: [],
  numbers: [],
  dates: [],
};

describe('analysis cache', () => {
  it('gives back what was put, for the same version only', () => {
    const dir = tempDir('lede-cache-');
    const cache = openAnalysisCache('v1', dir);
    expect(cache.get(KEY)).toBeNull();
    expect(cache.put(KEY, analysis)).toBeNull();
    expect(cache.get(KEY)).toEqual(analysis);
    expect(openAnalysisCache('v2', dir).get(KEY)).toBeNull();
  });

  it('ignores corrupt files, FIFOs and devices, and refuses keys that are not hashes', () => {
    const dir = tempDir('lede-cache-');
    mkdirSync(dir, { recursive: true });
    const cache = openAnalysisCache('v1', dir);
    writeFileSync(join(dir, `${KEY}.json`), '{not json');
    expect(cache.get(KEY)).toBeNull();
    const fifo = 'b'.repeat(32);
    execFileSync('mkfifo', [join(dir, `${fifo}.json`)]);
    expect(cache.get(fifo)).toBeNull(); // returns at once instead of waiting for a writer
    const zero = 'c'.repeat(32);
    symlinkSync('/dev/zero', join(dir, `${zero}.json`));
    expect(cache.get(zero)).toBeNull();
    expect(cache.get('../positions')).toBeNull();
    expect(cache.put('../../x', analysis)).toMatch(/not an article key/);
  });

  it('says, without throwing, when it cannot write', () => {
    // A directory that cannot be made: its parent is a file.
    const parent = join(tempDir('lede-cache-'), 'file');
    writeFileSync(parent, '');
    const cache = openAnalysisCache('v1', join(parent, 'analyses'));
    expect(cache.put(KEY, analysis)).toMatch(/could not keep the analysis/);
  });
});

describe('analysis cache, written in the background', () => {
  it('keeps what is put for the next lede to read, leaving no temporary file; says when it cannot write', async () => {
    const dir = tempDir('lede-cache-');
    const cache = openAnalysisCache('v1', join(dir, 'analyses'));
    expect(await cache.putInBackground(KEY, analysis)).toBeNull();
    expect(openAnalysisCache('v1', join(dir, 'analyses')).get(KEY)).toEqual(analysis);
    expect(readdirSync(join(dir, 'analyses'))).toEqual([`${KEY}.json`]);
    expect(await cache.putInBackground('../x', analysis)).toMatch(/not an article key/);
    const parent = join(dir, 'file');
    writeFileSync(parent, '');
    expect(await openAnalysisCache('v1', join(parent, 'analyses')).putInBackground(KEY, analysis)).toMatch(
      /could not keep the analysis/,
    );
  });
});
