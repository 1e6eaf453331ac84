import { describe, expect, it } from 'vitest';
import { ShelfIndexBuilder } from '../../src/layout/shelf-index-builder.js';
import { type IndexedArticle, shelfIndex } from '../../src/layout/shelf-index.js';

const m = (start: number) => ({ start, end: start + 3 });
const e = (name: string, type: 'person' | 'organization' | 'place' | 'date', at: number[], aliases: string[] = []) => ({
  name,
  type,
  aliases,
  mentions: at.map(m),
});
const articles: IndexedArticle[] = [
  { index: 0, entities: [e('United States', 'place', [1, 9], ['US']), e('John Smith', 'person', [4], ['Smith'])] },
  { index: 1, entities: [e('US Central Command', 'organization', [3], ['Centcom']), e('US', 'place', [8])] },
  { index: 2, entities: [e('U.S.', 'place', [5]), e('Smith', 'person', [7]), e('Wednesday', 'date', [2])] },
  // Two entities of one article that the shelf takes for one: their mentions merge, in order.
  { index: 3, entities: [e('Centcom', 'organization', [12]), e('Centcom', 'organization', [6], ['CENTCOM'])] },
];

describe('the X-Ray built as articles are indexed', () => {
  it('groups as shelfIndex does, article by article', () => {
    const builder = new ShelfIndexBuilder();
    for (const a of articles) builder.add(a);
    expect(builder.entities()).toEqual(shelfIndex(articles));
    expect(builder.entities().find((x) => x.name === 'US Central Command')?.articles).toEqual([
      { index: 1, mentions: [m(3)] },
      { index: 3, mentions: [m(6), m(12)] },
    ]);
  });

  it('gives each look a list of its own: later articles do not change what was already shown', () => {
    const builder = new ShelfIndexBuilder();
    builder.add(articles[0]!);
    const early = builder.entities();
    const us = early.find((x) => x.name === 'United States')!;
    builder.add(articles[2]!);
    expect(us.articles.map((a) => a.index)).toEqual([0]);
    expect(
      builder
        .entities()
        .find((x) => x.name === 'United States')!
        .articles.map((a) => a.index),
    ).toEqual([0, 2]);
  });
});
