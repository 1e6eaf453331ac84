import { describe, expect, it } from 'vitest';
import { type ShelfEntity, shelfIndex } from '../../src/layout/shelf-index.js';
import { type ShelfAction, type ShelfState, createShelfState, shelfReducer } from '../../src/ui/shelf-state.js';
import { type ShelfWalk, walkOn, walkStart } from '../../src/ui/shelf-xray.js';

const keys = (...names: string[]): ShelfAction[] =>
  names.map((name) => ({ type: 'key', name, text: name.length === 1 ? name : '' }));
const run = (s: ShelfState, ...names: string[]) => keys(...names).reduce(shelfReducer, s);
const span = (start: number, length = 5) => ({ start, end: start + length });

// Three articles: Merkel in the first two, Berlin in the last two, Paris in the first only.
const texts = [
  'Talks in Paris. Angela Merkel met the French president in Paris.',
  'Merkel returns. Angela Merkel flew back to Berlin.',
  'Rain in Berlin. It rained in Berlin all week; rain is rare in Berlin.',
];
const entities: ShelfEntity[] = shelfIndex([
  {
    index: 0,
    entities: [
      { name: 'Angela Merkel', type: 'person', aliases: ['Merkel'], mentions: [span(16, 13)] },
      { name: 'Paris', type: 'place', aliases: [], mentions: [span(9), span(58)] },
    ],
  },
  {
    index: 1,
    entities: [
      { name: 'Angela Merkel', type: 'person', aliases: ['Merkel'], mentions: [span(0, 6), span(16, 13)] },
      { name: 'Berlin', type: 'place', aliases: [], mentions: [span(43, 6)] },
    ],
  },
  { index: 2, entities: [{ name: 'Berlin', type: 'place', aliases: [], mentions: [span(8, 6), span(28, 6)] }] },
]);
const shelf = (height = 10) => shelfReducer(createShelfState(3, 0, height, texts), { type: 'entities', entities });
const chosenName = (s: ShelfState) => (s.overlay?.kind === 'index' ? s.entities[s.overlay.selected]?.name : null);

describe("the shelf's X-Ray index (x)", () => {
  it('opens over the list, and its keys choose an entity: j k ↓ ↑ g G Home End PgDn PgUp', () => {
    const s = run(shelf(), 'x');
    expect(s.overlay).toMatchObject({ kind: 'index', selected: 0, articles: null });
    // Most articles first: Merkel (2, 3 mentions) and Berlin (2, 3 mentions) by name, then Paris.
    expect(s.entities.map((e) => e.name)).toEqual(['Angela Merkel', 'Berlin', 'Paris']);
    expect(chosenName(run(s, 'j'))).toBe('Berlin');
    expect(chosenName(run(s, 'down', 'down', 'down'))).toBe('Paris');
    expect(chosenName(run(s, 'G', 'k'))).toBe('Berlin');
    expect(chosenName(run(s, 'end', 'up', 'home'))).toBe('Angela Merkel');
    expect(chosenName(run(s, 'pagedown'))).toBe('Paris');
    expect(chosenName(run(shelf(1), 'x', 'pagedown', 'pagedown', 'pageup'))).toBe('Berlin');
    // The shelf's own keys wait underneath: Enter is the overlay's, not the list's.
    expect(run(s, 'enter').open).toBeNull();
  });

  it('Enter lists the articles that mention the entity; Enter on one opens it with the walk', () => {
    const s = run(shelf(), 'x', 'j', 'enter');
    expect(s.overlay).toMatchObject({ kind: 'index', articles: { selected: 0 } });
    expect(s.overlay?.kind === 'index' && s.overlay.articles?.entity.articles.map((a) => a.index)).toEqual([1, 2]);
    const opened = run(s, 'j', 'enter');
    expect(opened.open?.index).toBe(2);
    expect(opened.open?.walk).toMatchObject({ kind: 'entity', name: 'Berlin', at: 1 });
    expect(opened.open?.walk?.articles.map((a) => a.index)).toEqual([1, 2]);
  });

  it('Esc or q goes back a level: the articles to the index, the index to the shelf', () => {
    const s = run(shelf(), 'x', 'j', 'enter');
    const back = run(s, 'escape');
    expect(back.overlay).toMatchObject({ kind: 'index', selected: 1, articles: null });
    expect(run(back, 'q').overlay).toBeNull();
    expect(run(s, 'q', 'escape').overlay).toBeNull();
    // q in the overlay goes back, not out of lede; Ctrl-C still quits from anywhere.
    expect(run(s, 'q', 'q').quit).toBe(false);
    expect(run(s, 'ctrl+c').quit).toBe(true);
  });

  it('keeps the chosen entity chosen while more articles are indexed', () => {
    const early = shelfIndex([
      { index: 2, entities: [{ name: 'Berlin', type: 'place', aliases: [], mentions: [span(8)] }] },
    ]);
    const s = run(shelfReducer(createShelfState(3, 0, 10, texts), { type: 'entities', entities: early }), 'x');
    expect(chosenName(s)).toBe('Berlin');
    const grown = shelfReducer(s, { type: 'entities', entities });
    expect(chosenName(grown)).toBe('Berlin');
  });
});

describe('the shelf search (/)', () => {
  const typed = (query: string) => run(shelf(), '/', ...[...query]);

  it('finds the articles that match as the query is typed, with their counts', () => {
    const s = typed('berlin');
    expect(s.overlay).toMatchObject({ kind: 'search', typing: true, query: 'berlin' });
    expect(s.overlay?.kind === 'search' && s.overlay.results).toEqual([
      { index: 1, count: 1, first: 43 },
      { index: 2, count: 3, first: 8 },
    ]);
    // Letters that are keys elsewhere (j, k, q, x, g) are letters of the query here.
    expect(typed('jkqxg').overlay).toMatchObject({ query: 'jkqxg', results: [] });
    const fixed = run(typed('berlinx'), 'backspace');
    expect(fixed.overlay).toMatchObject({ query: 'berlin' });
    // A capital makes it case-sensitive, as in the reader.
    expect(typed('Rain').overlay?.kind === 'search' && typed('Rain').overlay).toMatchObject({
      results: [{ index: 2, count: 1 }],
    });
  });

  it('Enter stops typing; Enter again opens the chosen article with the search walk', () => {
    const s = run(typed('berlin'), 'enter');
    expect(s.overlay).toMatchObject({ kind: 'search', typing: false });
    const opened = run(s, 'j', 'enter');
    expect(opened.open).toMatchObject({ index: 2, walk: { kind: 'search', query: 'berlin', at: 1 } });
  });

  it('Esc while typing, or an empty query, closes it; Esc on the results goes back to the shelf', () => {
    expect(run(typed('ber'), 'escape').overlay).toBeNull();
    expect(run(shelf(), '/', 'enter').overlay).toBeNull();
    expect(run(typed('berlin'), 'enter', 'escape').overlay).toBeNull();
  });
});

describe('a walk across the shelf', () => {
  const walk: ShelfWalk = {
    kind: 'entity',
    name: 'Berlin',
    articles: [
      { index: 1, mentions: [span(43)] },
      { index: 2, mentions: [span(8), span(28)] },
    ],
    at: 0,
  };

  it('starts at the first mention of the open article, says where it is, and knows what lies beyond', () => {
    expect(walkStart(walk, 'first')).toMatchObject({
      kind: 'entity',
      from: 'first',
      mentions: [span(43)],
      next: true,
      previous: false,
      message: 'Berlin: article 1 of 2 that mention it',
    });
    const on = walkOn(walk, 1)!;
    expect(on.at).toBe(1);
    expect(walkStart(on, 'first')).toMatchObject({ next: false, previous: true, mentions: [span(8), span(28)] });
    expect(walkOn(on, 1)).toBeNull();
    expect(walkOn(walk, -1)).toBeNull();
  });
});
