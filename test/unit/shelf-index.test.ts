import { describe, expect, it } from 'vitest';
import { articleStrip, searchShelf, shelfIndex } from '../../src/layout/shelf-index.js';

const m = (start: number) => ({ start, end: start + 3 });
const e = (
  name: string,
  type: 'person' | 'organization' | 'place' | 'date',
  mentions: number[],
  aliases: string[] = [],
) => ({
  name,
  type,
  aliases,
  mentions: mentions.map(m),
});

describe('shelfIndex', () => {
  it('groups one thing across articles by name or alias, and keeps apart what only looks alike', () => {
    const index = shelfIndex([
      { index: 0, entities: [e('United States', 'place', [1, 9], ['US']), e('John Smith', 'person', [4], ['Smith'])] },
      { index: 2, entities: [e('U.S.', 'place', [5]), e('Smith', 'person', [7]), e('Wednesday', 'date', [2])] },
      { index: 1, entities: [e('US Central Command', 'organization', [3], ['Centcom']), e('US', 'place', [8])] },
      { index: 3, entities: [e('Centcom', 'organization', [6, 12])] },
    ]);
    const row = (name: string) => index.find((x) => x.name === name);
    expect(row('United States')?.articles.map((a) => a.index)).toEqual([0, 1, 2]);
    expect(row('United States')?.mentionCount).toBe(4);
    expect(row('US Central Command')?.articles.map((a) => [a.index, a.mentions.length])).toEqual([
      [1, 1],
      [3, 2],
    ]);
    // "Smith" alone in another article is matched through the first article's alias "Smith":
    // the same spelling of a name the shelf already knows.
    expect(row('John Smith')?.articles.map((a) => a.index)).toEqual([0, 2]);
    // A place and an organisation never merge, and dates are not indexed.
    expect(index.some((x) => x.type === 'date')).toBe(false);
    expect(index[0]!.name).toBe('United States');
  });

  it('does not merge two entities of different types that share a name', () => {
    const index = shelfIndex([
      { index: 0, entities: [e('Jordan', 'place', [1])] },
      { index: 1, entities: [e('Jordan', 'person', [1])] },
    ]);
    expect(index.map((x) => [x.name, x.type, x.articles.length]).sort()).toEqual([
      ['Jordan', 'person', 1],
      ['Jordan', 'place', 1],
    ]);
  });
});

describe('articleStrip', () => {
  it('shows which articles mention an entity', () => {
    const entity = {
      articles: [
        { index: 0, mentions: [] },
        { index: 3, mentions: [] },
      ],
    };
    expect(articleStrip(entity, 4, 10)).toBe('█··█');
    expect(articleStrip(entity, 8, 4)).toBe('▄▄··');
  });
});

describe('searchShelf', () => {
  it('counts matches per article, case-insensitive unless the query has a capital', () => {
    const texts = ['The drone struck. A drone fell.', null, 'No match here.', 'DRONE strikes'];
    expect(searchShelf(texts, 'drone')).toEqual([
      { index: 0, count: 2, first: 4 },
      { index: 3, count: 1, first: 0 },
    ]);
    expect(searchShelf(texts, 'DRONE')).toEqual([{ index: 3, count: 1, first: 0 }]);
    expect(searchShelf(texts, 'a.b')).toEqual([]);
    expect(searchShelf(texts, '')).toEqual([]);
  });
});
