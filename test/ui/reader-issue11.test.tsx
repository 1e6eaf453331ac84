import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/App.js';
import { type ColorMode, createPaint } from '../../src/ui/paint.js';
import { Shelf } from '../../src/ui/components/Shelf.js';
import { helpLines } from '../../src/ui/help.js';
import { makeDoc } from '../helpers/doc.js';
import { presser } from '../helpers/press.js';

const TAB = '\t';
const DOWN = '\u001b[B';
const ENTER = '\r';

const article = [
  'Storm closes ports along the coast',
  '',
  'Officials in Lisbon said the storm had closed 12 ports by Monday.',
  '',
  '“We have never seen waves like these,” said Ana Costa, harbour master in Lisbon.',
  '',
  ...Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} reports on Porto and the damage there.\n`),
].join('\n');

const doc = makeDoc(
  article,
  [
    { name: 'Ana Costa', type: 'person' },
    { name: 'Lisbon', type: 'place' },
    { name: 'Porto', type: 'place' },
  ],
  ['Ana Costa'],
);

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function start(mode: ColorMode, cols = 110, rows = 16) {
  const r = render(<App doc={doc} paint={createPaint(mode)} cols={cols} rows={rows} />);
  unmount = r.unmount;
  const frame = () => r.lastFrame() ?? '';
  const press = presser(r.stdin);
  return { frame, press };
}

const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 10 });
/** The sidebar's part of each row. */
const sidebarOf = (frame: string) => frame.split('\n').map((r) => r.split('│')[1] ?? '');

describe('without styling (TERM=dumb)', () => {
  it('draws no escape sequence at all', async () => {
    const { frame, press } = start('none');
    await until(() => expect(frame()).toContain('Entities'));
    await press(TAB, DOWN);
    await until(() => expect(frame()).toContain('>'));
    expect(frame()).not.toContain('\u001b');
  });

  it('marks the sidebar cursor with >, and keeps ▸ on the chosen entity', async () => {
    const { frame, press } = start('none');
    await until(() => expect(frame()).toContain('Entities'));
    await press(TAB);
    await until(() => expect(sidebarOf(frame()).filter((r) => r.includes('> Ana Costa'))).toHaveLength(1));
    await press(DOWN);
    await until(() => expect(sidebarOf(frame()).filter((r) => /> (Porto|Lisbon)/.test(r))).toHaveLength(1));
    expect(sidebarOf(frame()).some((r) => r.includes('> Ana Costa'))).toBe(false);
    await press(ENTER);
    await until(() => expect(sidebarOf(frame()).filter((r) => r.includes('>▸'))).toHaveLength(1));
  });

  it('puts the search matches in brackets, with > in the margin of their lines', async () => {
    const { frame, press } = start('none');
    await until(() => expect(frame()).toContain('Storm'));
    await press('/', 'L', 'i', 's', 'b', 'o', 'n', ENTER);
    await until(() => expect(frame()).toMatch(/\/Lisbon 1\/2/));
    const rows = frame().split('\n');
    expect(rows.filter((r) => r.startsWith('>'))).toHaveLength(2);
    expect(rows.find((r) => r.includes('Officials'))).toMatch(/^>Officials in \[Lisbon\] said/);
    expect(rows.some((r) => r.startsWith('>[Lisbon].'))).toBe(true);
    // Cleared with Esc: no marks left.
    await press('\u001b');
    await until(() => expect(frame()).not.toContain('[Lisbon]'));
    expect(
      frame()
        .split('\n')
        .some((r) => r.startsWith('>')),
    ).toBe(false);
  });

  it('brackets the mention a jump lands on', async () => {
    const { frame, press } = start('none');
    await until(() => expect(frame()).toContain('Entities'));
    await press(TAB, ENTER); // Ana Costa
    await until(() => expect(frame()).toMatch(/Ana Costa 1\/1/));
    expect(frame()).toContain('said [Ana Costa], harbour');
    expect(
      frame()
        .split('\n')
        .filter((r) => r.startsWith('>')),
    ).toHaveLength(1);
  });
});

describe('with styling', () => {
  it('marks the cursor and matches with reverse video and no extra characters', async () => {
    const { frame, press } = start('mono');
    await until(() => expect(frame()).toContain('Entities'));
    await press('/', 'L', 'i', 's', 'b', 'o', 'n', ENTER);
    await until(() => expect(frame()).toMatch(/\/Lisbon 1\/2/));
    expect(frame()).not.toContain('[Lisbon]');
    expect(frame()).toContain('\u001b[7m');
    await press(TAB);
    await until(() => expect(frame()).toContain('\u001b[7m  Ana Costa'));
    expect(sidebarOf(frame()).some((r) => r.includes('>'))).toBe(false);
  });
});

describe('the shelf', () => {
  const entries = Array.from({ length: 30 }, (_, i) => ({
    source: `article-${String(i + 1).padStart(2, '0')}.txt`,
    article: { ...doc.article, title: `Article number ${i + 1}` },
    error: null,
    key: `k${i}`,
    words: 100,
  }));

  function shelf(rows = 12) {
    const opened: number[] = [];
    const r = render(
      <Shelf
        entries={entries}
        progress={() => undefined}
        initialIndex={0}
        cols={100}
        rows={rows}
        paint={createPaint('none')}
        heading="A shelf"
        message={null}
        onOpen={(i) => opened.push(i)}
        onHighlight={() => {}}
        onQuit={() => {}}
      />,
    );
    unmount = r.unmount;
    const chosen = () => /❯ .*Article number (\d+)/.exec(r.lastFrame() ?? '')?.[1];
    return { r, opened, chosen };
  }

  it('goes to the last article with G and the first with g, scrolling the list', async () => {
    const { r, chosen, opened } = shelf();
    await until(() => expect(chosen()).toBe('1'));
    r.stdin.write('G');
    await until(() => expect(chosen()).toBe('30'));
    expect(r.lastFrame()).not.toContain('Article number 1 ');
    r.stdin.write('\r');
    await until(() => expect(opened).toEqual([29]));
    r.stdin.write('g');
    await until(() => expect(chosen()).toBe('1'));
    r.stdin.write('j');
    r.stdin.write('j');
    await until(() => expect(chosen()).toBe('3'));
  });

  it('lists g and G in help', () => {
    const text = helpLines()
      .map((l) => `${l.keys ?? ''} ${l.description ?? ''}`)
      .join('\n');
    expect(text).toMatch(/g Home first article/);
    expect(text).toMatch(/G End last article/);
  });
});
