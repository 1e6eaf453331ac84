import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Shelf } from '../../src/ui/components/Shelf.js';
import { createPaint } from '../../src/ui/paint.js';
import type { ShelfEntry } from '../../src/ui/shelf.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import { presser } from '../helpers/press.js';

const plain = (s: string | undefined) => (s ?? '').replace(/\u001b\[[0-9;]*m/g, '');
const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 10 });

const entries: ShelfEntry[] = Array.from({ length: 12 }, (_, i) => ({
  source: `article-${i + 1}.txt`,
  article: parsePlainText(`Title number ${i + 1}\n\nSome words.`, `article-${i + 1}.txt`),
  error: null,
  key: `k${i}`,
  words: 2,
}));

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function start(rows = 10) {
  const calls = { open: [] as number[], highlight: [] as number[], quit: 0 };
  const r = render(
    <Shelf
      entries={entries}
      progress={() => undefined}
      initialIndex={0}
      cols={80}
      rows={rows}
      paint={createPaint('none')}
      heading="shelf — 12 articles"
      message={null}
      onOpen={(i) => calls.open.push(i)}
      onHighlight={(i) => calls.highlight.push(i)}
      onQuit={() => calls.quit++}
    />,
  );
  unmount = r.unmount;
  const press = presser(r.stdin);
  return { frame: () => plain(r.lastFrame()), press, calls };
}

describe('the shelf', () => {
  it('says its keys in the footer, and they do what it says', async () => {
    const { frame, press, calls } = start();
    await until(() => expect(frame()).toContain('↑↓ choose · Enter open · x X-Ray · / search all · q quit'));
    expect(frame()).toMatch(/❯ .*Title number 1 /);
    await press('\u001b[B', 'j');
    await until(() => expect(frame()).toMatch(/❯ .*Title number 3 /));
    await until(() => expect(calls.highlight).toEqual([1, 2]));
    await press('\r');
    await until(() => expect(calls.open).toEqual([2]));
    await press('q');
    await until(() => expect(calls.quit).toBe(1));
  });

  it('keeps the chosen article in view as the list scrolls', async () => {
    const { frame, press } = start(10);
    await press(...Array<string>(8).fill('j'));
    await until(() => expect(frame()).toMatch(/❯ .*Title number 9 /));
    expect(frame()).not.toContain('Title number 1 ');
    await press('k');
    await until(() => expect(frame()).toMatch(/❯ .*Title number 8 /));
  });
});
