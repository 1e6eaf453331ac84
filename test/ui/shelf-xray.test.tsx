import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Shelf } from '../../src/ui/components/Shelf.js';
import { createPaint } from '../../src/ui/paint.js';
import type { ShelfEntry } from '../../src/ui/shelf.js';
import type { IndexSnapshot, ShelfIndexFeed } from '../../src/ui/shelf-feed.js';
import type { ShelfWalk } from '../../src/ui/shelf-xray.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import { shelfIndex } from '../../src/layout/shelf-index.js';
import { spansOf } from '../helpers/doc.js';
import { presser } from '../helpers/press.js';

const plain = (s: string | undefined) => (s ?? '').replace(/\u001b\[[0-9;]*m/g, '');
const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 10 });

const raw = [
  'Merkel in Paris\n\nAngela Merkel met the French president in Paris on Monday.',
  'Merkel returns\n\nAngela Merkel flew back to Berlin, where Angela Merkel spoke.',
  'Rain in Berlin\n\nIt rained in Berlin all week.',
];
const entries: ShelfEntry[] = raw.map((text, i) => ({
  source: `a${i}.txt`,
  article: parsePlainText(text, `a${i}.txt`),
  error: null,
  key: `k${i}`,
  words: 10,
}));
const entity = (i: number, name: string, type: 'person' | 'place') => ({
  name,
  type,
  aliases: [],
  mentions: spansOf(entries[i]!.article!.text, name),
});

/** A feed the test moves by hand: what the background indexing reports, article by article. */
function handFeed() {
  const listeners = new Set<(s: IndexSnapshot) => void>();
  let snapshot: IndexSnapshot = { done: 0, total: 3, failed: 0 };
  let done = 0;
  const feed: ShelfIndexFeed = {
    snapshot: () => snapshot,
    entities: () => shelfIndex(all.slice(0, done)),
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    analysis: () => null,
    close: () => {},
  };
  const all = [
    { index: 0, entities: [entity(0, 'Angela Merkel', 'person'), entity(0, 'Paris', 'place')] },
    { index: 1, entities: [entity(1, 'Angela Merkel', 'person'), entity(1, 'Berlin', 'place')] },
    { index: 2, entities: [entity(2, 'Berlin', 'place')] },
  ];
  const advance = (n: number) => {
    done = n;
    snapshot = { done, total: 3, failed: 0 };
    for (const l of listeners) l(snapshot);
  };
  return { feed, advance };
}

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function start(feed: ShelfIndexFeed) {
  const opened: { index: number; walk: ShelfWalk | null }[] = [];
  const r = render(
    <Shelf
      entries={entries}
      progress={() => undefined}
      initialIndex={0}
      cols={90}
      rows={12}
      paint={createPaint('none')}
      heading="shelf — 3 articles"
      message={null}
      onOpen={(index, walk) => opened.push({ index, walk })}
      onHighlight={() => {}}
      onQuit={() => {}}
      feed={feed}
    />,
  );
  unmount = r.unmount;
  const press = presser(r.stdin);
  return { frame: () => plain(r.lastFrame()), press, opened };
}

describe("the shelf's X-Ray and search, drawn", () => {
  it('shows the indexing progress in the footer, and the index growing as articles are indexed', async () => {
    const { feed, advance } = handFeed();
    const { frame, press } = start(feed);
    await until(() => expect(frame()).toContain('indexing 0/3'));
    await press('x');
    await until(() => expect(frame()).toContain('X-Ray: no entities yet'));
    advance(1);
    // Paris is named twice in the first article (its title too), Merkel once.
    await until(() => expect(frame()).toMatch(/❯ Paris +place +1 article +2 mentions +█··/));
    expect(frame()).toMatch(/ Angela Merkel +person +1 article +1 mention +█··/);
    advance(3);
    await until(() => expect(frame()).toContain('X-Ray: 3 entities across the shelf'));
    // Merkel is in two articles with three mentions; the strip shows which: the first two of three.
    // Paris, chosen before, stays chosen though it has moved down the list.
    expect(frame()).toMatch(
      / {2}Angela Merkel +person +2 articles +3 mentions +██·\n {2}Berlin +place +2 articles +3 mentions +·██/,
    );
    expect(frame()).toMatch(/❯ Paris/);
    expect(frame()).not.toContain('indexing');
  });

  it('Enter lists the articles that mention the entity; Enter opens one on its walk; Esc goes back', async () => {
    const { feed, advance } = handFeed();
    advance(3);
    const { frame, press, opened } = start(feed);
    await press('x');
    await until(() => expect(frame()).toContain('X-Ray: 3 entities'));
    await press('j', '\r');
    await until(() => expect(frame()).toContain('X-Ray › Berlin: 2 articles, 3 mentions'));
    expect(frame()).toMatch(/❯ +1 mention +Merkel returns/);
    expect(frame()).toMatch(/ +2 mentions +Rain in Berlin/);
    await press('j', '\r');
    await until(() => expect(opened).toHaveLength(1));
    expect(opened[0]).toMatchObject({ index: 2, walk: { kind: 'entity', name: 'Berlin', at: 1 } });
    await press('\u001b');
    await until(() => expect(frame()).toContain('X-Ray: 3 entities'));
    await press('q');
    await until(() => expect(frame()).toContain('Merkel in Paris'));
  });

  it('/ searches every article as it is typed, with counts, and opens the chosen one on its walk', async () => {
    const { feed } = handFeed();
    const { frame, press, opened } = start(feed);
    await press('/', 'm', 'e', 'r', 'k', 'e', 'l');
    await until(() => expect(frame()).toContain('/merkel▏  2 articles match'));
    expect(frame()).toMatch(/❯ +2 matches +Merkel in Paris/);
    expect(frame()).toMatch(/ +3 matches +Merkel returns/);
    await press('\r', 'j', '\r');
    await until(() => expect(opened).toHaveLength(1));
    expect(opened[0]).toMatchObject({ index: 1, walk: { kind: 'search', query: 'merkel', at: 1 } });
  });
});
