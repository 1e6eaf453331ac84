import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisJob } from '../../src/analysis/in-worker.js';
import { parsePlainText } from '../../src/load/parse-text.js';
import { createPaint } from '../../src/ui/paint.js';
import { Session, type Tracker } from '../../src/ui/Session.js';
import type { ShelfEntry } from '../../src/ui/shelf.js';

// A key typed the moment a view shows must reach that view. Ink's useInput subscribes a view in a
// passive effect, which runs a turn or more after the view's first frame is written; until then
// the keys went to the view it replaced, which was gone, and were lost (CI saw Q on the shelf do
// nothing, just after q had brought the shelf back). Session routes the keys itself
// (ui/hooks/use-keys.ts). Here the key is typed as soon as the frame is written: in a microtask
// queued by the write, so after the commit that drew it and before anything it scheduled.

const plain = (s: string | undefined) => (s ?? '').replace(/\u001b\[[0-9;]*m/g, '');
const until = (check: () => void) => vi.waitFor(check, { timeout: 3000, interval: 10 });

const body = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} of the article, with a few words.`).join('\n\n');
const entries: ShelfEntry[] = ['First', 'Second'].map((name, i) => ({
  source: `${name.toLowerCase()}.txt`,
  article: parsePlainText(`${name} article title\n\n${body}`, `${name.toLowerCase()}.txt`),
  error: null,
  key: `k${i}`,
  words: 600,
}));

// An analysis that never finishes: the reader shows the text meanwhile.
const pending = (): AnalysisJob => ({ subscribe: () => () => {}, cancel: () => {} });

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function start() {
  const tracker: Tracker = { current: null };
  const r = render(
    <Session
      entries={entries}
      shelf
      heading="two articles"
      paint={createPaint('none')}
      width={null}
      resume={false}
      store={null}
      startAnalysis={pending}
      trackerRef={tracker}
      onWarning={() => {}}
    />,
  );
  unmount = r.unmount;
  const frame = () => plain(r.lastFrame());
  /** Types `key` the moment a frame that `shows` is written. */
  const typeWhenShown = (shows: (frame: string) => boolean, key: string) => {
    const write = r.stdout.write.bind(r.stdout);
    r.stdout.write = (data: string) => {
      write(data);
      if (shows(plain(data))) {
        r.stdout.write = write;
        queueMicrotask(() => r.stdin.write(key));
      }
      return true;
    };
  };
  return { frame, stdin: r.stdin, typeWhenShown, frames: () => r.frames };
}

const onShelf = (f: string) => f.includes('two articles') && f.includes('↑↓ choose');
const inReader = (f: string) => f.includes('Paragraph 1 of the article');

describe('a key typed as soon as a view shows', () => {
  it('G as the article opens: it opens at its end', async () => {
    const { frame, stdin, typeWhenShown } = start();
    await until(() => expect(frame()).toMatch(/❯ .*First article title/));
    typeWhenShown(inReader, 'G');
    stdin.write('\r');
    await until(() => expect(frame()).toContain('Paragraph 60 of the article'));
    expect(frame()).not.toContain('Paragraph 1 of the article');
  });

  it('j as the shelf comes back: the second article is chosen', async () => {
    const { frame, stdin, typeWhenShown } = start();
    await until(() => expect(frame()).toMatch(/❯ .*First article title/));
    stdin.write('\r');
    await until(() => expect(inReader(frame())).toBe(true));
    typeWhenShown(onShelf, 'j');
    stdin.write('q');
    await until(() => expect(frame()).toMatch(/❯ .*Second article title/));
  });
});

describe('Q typed as q is drawn', () => {
  it('quits lede: a key after it changes nothing', async () => {
    const { frame, stdin, typeWhenShown, frames } = start();
    await until(() => expect(frame()).toMatch(/❯ .*First article title/));
    stdin.write('\r');
    await until(() => expect(inReader(frame())).toBe(true));
    const seen = frames().length;
    // The Q comes as the frame of q's commit is written (Ink's debug output writes one per commit):
    // before the effects that commit scheduled, as two keys typed at once in a terminal can.
    typeWhenShown(() => true, 'Q');
    stdin.write('q');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Had the Q been lost, the shelf would be up, and j would choose its second article.
    stdin.write('j');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(
      frames()
        .slice(seen)
        .some((f) => /❯ .*Second article title/.test(plain(f))),
    ).toBe(false);
  });
});

describe('G typed as Enter is drawn', () => {
  it('reaches the article: it opens at its end', async () => {
    const { frame, stdin, typeWhenShown } = start();
    await until(() => expect(frame()).toMatch(/❯ .*First article title/));
    // The G comes as the frame of Enter's commit is written, before the effects it scheduled.
    typeWhenShown(() => true, 'G');
    stdin.write('\r');
    await until(() => expect(frame()).toContain('Paragraph 60 of the article'));
  });
});
