/**
 * The analysis at scale: a book of 900 stories and 200,000 numbers in one paragraph. Seconds of
 * CPU each, so they run in the full suite (`npm test`), not in the fast loop (`npm run test:unit`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import { book } from '../helpers/book.js';

describe('a long document is analysed in parts', () => {
  it('finds the names, quotes and numbers of every part, as in one story alone', { timeout: 120_000 }, () => {
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
});

describe('a text of very many small things', () => {
  it('200,000 numbers in one paragraph: analysed, never a stack overflow', () => {
    const words = Array.from({ length: 200_000 }, (_, i) => String(i)).join(' ');
    const article = parsePlainText(`Numbers\n\n${words}`, 'numbers.txt');
    const analysis = analyze(article);
    expect(analysis.numbers.length).toBeGreaterThan(100_000);
  }, 120_000);
});
