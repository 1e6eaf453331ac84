import { describe, expect, it } from 'vitest';
import { PART_CHARS, analyze, partsOf } from '../../src/analysis/analyze.js';
import { heapLimitMb } from '../../src/analysis/in-worker.js';
import { parsePlainText } from '../../src/load/parse-text.js';

/** A "book": many short stories under headings, each naming its own people and quoting them. */
function book(stories: number): string {
  const out = ['A book of stories', ''];
  for (let i = 0; i < stories; i++) {
    out.push(`# Story ${i + 1}`, '');
    out.push(`Maria Lopez met Daniel Okafor in Lisbon on Monday, and they spoke for ${i + 2} hours.`, '');
    out.push(`“We will build ${i + 3} new schools,” said Daniel Okafor, the mayor of Porto.`, '');
    out.push('The plan was agreed by the council after a long debate about the budget and the roads.', '');
  }
  return out.join('\n');
}

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

  it('finds the names, quotes and numbers of every part, as in one story alone', () => {
    const long = parsePlainText(book(900), 'long');
    const a = analyze(long);
    const okafor = a.entities.find((e) => e.name === 'Daniel Okafor');
    expect(okafor?.mentions).toHaveLength(2 * 900);
    expect(a.quotes).toHaveLength(900);
    expect(a.quotes.every((q) => q.speaker === 'Daniel Okafor')).toBe(true);
    const one = analyze(parsePlainText(book(1), 'one'));
    expect(one.quotes[0]!.speaker).toBe('Daniel Okafor');
    expect(a.numbers.filter((n) => n.unit === 'hours')).toHaveLength(900);
    expect(a.sentences.length).toBeGreaterThanOrEqual(900 * 3);
  });

  it('gives the worker a heap that grows with the text', () => {
    expect(heapLimitMb(3_000)).toBe(112);
    expect(heapLimitMb(5_000_000)).toBe(172);
  });
});

describe('a text of very many small things', () => {
  it('200,000 numbers in one paragraph: analysed, never a stack overflow', () => {
    const words = Array.from({ length: 200_000 }, (_, i) => String(i)).join(' ');
    const article = parsePlainText(`Numbers\n\n${words}`, 'numbers.txt');
    const analysis = analyze(article);
    expect(analysis.numbers.length).toBeGreaterThan(100_000);
  }, 120_000);
});
