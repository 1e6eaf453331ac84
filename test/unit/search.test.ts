import { describe, expect, it } from 'vitest';
import {
  confirmSearch,
  currentMatch,
  findMatches,
  startSearch,
  stepMatch,
  walking,
  withQuery,
} from '../../src/ui/search.js';

const text = 'Paris in spring. Then Berlin. paris again, and PARIS at last.';
const slices = (spans: readonly { start: number; end: number }[]) => spans.map((m) => text.slice(m.start, m.end));

describe('search', () => {
  it('is case-insensitive for a lower-case query and exact once it has a capital (smartcase)', () => {
    expect(slices(findMatches(text, 'paris'))).toEqual(['Paris', 'paris', 'PARIS']);
    expect(slices(findMatches(text, 'Paris'))).toEqual(['Paris']);
    expect(findMatches(text, '')).toEqual([]);
  });

  it('takes the query literally, whatever characters it holds', () => {
    const code = 'f(x) = a.b * [c]? $d ^ e|g \\ h';
    for (const q of ['f(x)', 'a.b', '* [c]?', '$d ^ e|g', '\\ h'])
      expect(findMatches(code, q).map((m) => code.slice(m.start, m.end))).toEqual([q]);
    expect(findMatches('abc', '.')).toEqual([]);
  });

  it('starts at the first match at or after where the search began, else at the first', () => {
    const at = text.indexOf('Berlin');
    const s = withQuery(startSearch(3), text, 'paris', at);
    expect(s).toMatchObject({ query: 'paris', index: 1, originTop: 3, typing: true });
    expect(currentMatch(s)!.start).toBe(text.indexOf('paris'));
    expect(withQuery(startSearch(0), text, 'paris', text.length).index).toBe(0);
    expect(currentMatch(withQuery(startSearch(0), text, 'Rome', 0))).toBeUndefined();
  });

  it('walks the matches with wrapping, once confirmed', () => {
    const typed = withQuery(startSearch(0), text, 'paris', 0);
    expect(walking(typed)).toBe(false);
    const { search, message } = confirmSearch(typed);
    expect(message).toBeNull();
    expect(walking(search)).toBe(true);
    expect(stepMatch(search!, 1).index).toBe(1);
    expect(stepMatch(search!, -1).index).toBe(2);
    expect(stepMatch(stepMatch(stepMatch(search!, 1), 1), 1).index).toBe(0);
  });

  it('says what was not found, and an empty query ends the search', () => {
    const none = confirmSearch(withQuery(startSearch(0), text, 'Rome', 0));
    expect(none.message).toBe('not found: Rome');
    expect(walking(none.search)).toBe(false);
    expect(confirmSearch(startSearch(0))).toEqual({ search: null, message: null });
  });
});
