import { describe, expect, it } from 'vitest';
import { PART_CHARS, partsOf } from '../../src/analysis/analyze.js';
import { heapLimitMb } from '../../src/analysis/in-worker.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import { book } from '../helpers/book.js';

describe('a long document is analysed in parts', () => {
  it('keeps a news story whole, and cuts a book at headings into parts that cover it', () => {
    const short = parsePlainText(book(3), 'short');
    expect(partsOf(short)).toHaveLength(1);
    const long = parsePlainText(book(900), 'long');
    expect(long.text.length).toBeGreaterThan(2 * PART_CHARS);
    const parts = partsOf(long);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]!.start).toBe(0);
    expect(parts.at(-1)!.end).toBe(long.text.length);
    parts.forEach((p, k) => {
      if (k > 0) expect(p.start).toBe(parts[k - 1]!.end);
      if (k > 0) expect(p.blocks[0]!.kind).toBe('heading');
      expect(p.end - p.start).toBeLessThan(2 * PART_CHARS + 1_000);
    });
    expect(parts.flatMap((p) => p.blocks)).toEqual(long.blocks);
  });

  it('gives the worker a heap that grows with the text', () => {
    expect(heapLimitMb(3_000)).toBe(112);
    expect(heapLimitMb(5_000_000)).toBe(172);
  });
});
