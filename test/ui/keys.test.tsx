/**
 * The App carries out what the reducer asks and cannot do, being pure: `y` hands the text to the
 * copier it is given and shows what it says; Ctrl-L clears the screen for Ink to draw it again.
 */
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, type Position } from '../../src/ui/App.js';
import { createPaint } from '../../src/ui/paint.js';
import { makeDoc } from '../helpers/doc.js';
import { presser } from '../helpers/press.js';

const plain = (s: string | undefined) => (s ?? '').replace(/\u001b\[[0-9;]*m/g, '');
const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 10 });

const doc = makeDoc(
  [
    'A title',
    '',
    '“We will respond,” said Ann Smith, the minister.',
    '',
    ...Array.from({ length: 20 }, (_, i) => `Paragraph ${i + 1} says little.\n`),
  ].join('\n'),
  [{ name: 'Ann Smith', type: 'person' }],
  ['Ann Smith'],
);

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function start(props: Partial<Parameters<typeof App>[0]> = {}) {
  const r = render(<App doc={doc} paint={createPaint('color')} cols={100} rows={12} {...props} />);
  unmount = r.unmount;
  const press = presser(r.stdin);
  return { ...r, frame: () => plain(r.lastFrame()), press };
}

describe('what the App does for the keys', () => {
  it('y copies once, through the copier, and the status bar says what it said', async () => {
    const copy = vi.fn((_text: string, what: string) => `copied ${what}`);
    const { frame, press } = start({ copy });
    await press('/', 'r', 'e', 's', 'p', 'o', 'n', 'd', '\r', 'y');
    await until(() => expect(frame()).toContain('copied the quotation of Ann Smith'));
    expect(copy).toHaveBeenCalledTimes(1);
    expect(copy).toHaveBeenCalledWith('“We will respond,” — Ann Smith, A title', 'the quotation of Ann Smith');
  });

  it('without a copier, y says there is no clipboard', async () => {
    const { frame, press } = start();
    await press('y');
    await until(() => expect(frame()).toContain('no clipboard here'));
  });

  it('Ctrl-L clears the screen and Ink draws its frame again', async () => {
    const { stdout, frame, press } = start();
    const before = stdout.frames.length;
    await press('\x0c');
    await until(() => expect(stdout.frames.slice(before).filter((f) => f.includes('\u001b[2J'))).toHaveLength(1));
    // (What Ink draws after the clear is the e2e test's to see, in a real terminal.)
    await press('j');
    await until(() => expect(frame()).toContain('Paragraph 1 says little.'));
    expect(stdout.frames.slice(before).filter((f) => f.includes('\u001b[2J'))).toHaveLength(1);
  });

  it('reports the marks with the position, for saving', async () => {
    const positions: Position[] = [];
    const { press } = start({ onPosition: (p) => positions.push(p) });
    await press('j', 'j', 'm', 'b');
    await until(() => expect(positions.at(-1)?.marks).toEqual({ b: positions.at(-1)!.offset }));
  });
});
