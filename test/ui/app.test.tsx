import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisEvent, AnalysisJob } from '../../src/analysis/in-worker.js';
import { App } from '../../src/ui/App.js';
import { structureOnly } from '../../src/ui/state.js';
import { createPaint } from '../../src/ui/paint.js';
import { makeDoc } from '../helpers/doc.js';
import { presser } from '../helpers/press.js';

const ESC = '\u001b';
const DOWN = `${ESC}[B`;
const TAB = '\t';
const ENTER = '\r';

const plain = (s: string | undefined) => (s ?? '').replace(/\u001b\[[0-9;]*m/g, '');

const article = [
  'Storm closes ports along the coast',
  '',
  'Officials in Lisbon said the storm had closed 12 ports by Monday.',
  '',
  '“We have never seen waves like these,” said Ana Costa, the harbour master in Lisbon.',
  '',
  ...Array.from(
    { length: 30 },
    (_, i) => `Paragraph ${i + 1} reports on Porto and the damage there, with enough words to wrap.\n`,
  ),
  'In the end, Lisbon reopened.',
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

function start(cols = 110, rows = 16) {
  const r = render(<App doc={doc} paint={createPaint('color')} cols={cols} rows={rows} />);
  unmount = r.unmount;
  const frame = () => plain(r.lastFrame());
  const press = presser(r.stdin);
  return { ...r, frame, press };
}

const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 10 });

describe('the reader', () => {
  it('shows the title, the text, the sidebar and the status bar', async () => {
    const { frame } = start();
    await until(() => expect(frame()).toContain('Storm closes ports along the coast'));
    expect(frame()).toContain('Entities');
    expect(frame()).toContain('People (1)');
    expect(frame()).toContain('Ana Costa');
    expect(frame()).toMatch(/READ .*\? help/);
    expect(frame().split('\n').length).toBeLessThanOrEqual(15);
  });

  it('moves the view with j, space and G', async () => {
    const { frame, press } = start();
    await until(() => expect(frame().split('\n')[0]).toContain('Storm closes ports'));
    await press('j');
    await until(() => expect(frame().split('\n')[0]).not.toContain('Storm closes ports'));
    await press(' ');
    await until(() => expect(frame()).toContain('Paragraph'));
    await press('G');
    await until(() => expect(frame()).toContain('In the end, Lisbon reopened.'));
    expect(frame()).toContain('100%');
    await press('g');
    await until(() => expect(frame().split('\n')[0]).toContain('Storm closes ports'));
  });

  it('jumps to a mention with Tab and Enter, and walks mentions with n and N', async () => {
    const { frame, press, lastFrame } = start();
    await until(() => expect(frame()).toContain('Entities'));
    await press(TAB, DOWN, ENTER); // People: Ana Costa; Places by count: Porto (30), Lisbon (3)
    await until(() => expect(frame()).toMatch(/Porto 1\/30/));
    expect(lastFrame()).toContain(`${ESC}[7m`); // the mention is marked in inverse
    await press('n', 'n');
    await until(() => expect(frame()).toMatch(/Porto 3\/30/));
    await press('N', 'N', 'N');
    await until(() => expect(frame()).toMatch(/Porto 30\/30/));
    expect(frame()).toContain('Paragraph 30 reports on Porto');
  });

  it('marks quotes and numbers in highlight mode, with the speaker after the quote', async () => {
    const { frame, press, lastFrame } = start();
    await until(() => expect(frame()).toContain('harbour master'));
    expect(lastFrame()).not.toContain(`${ESC}[32m`);
    await press('h');
    await until(() => expect(frame()).toContain('HIGHLIGHT'));
    expect(frame()).toContain('— Ana Costa');
    expect(lastFrame()).toMatch(/\u001b\[32m“We have never/); // quote in green
    expect(lastFrame()).toMatch(/\u001b\[33m12/); // number in yellow
  });

  it('searches with / and highlights the matches', async () => {
    const { frame, press } = start();
    await until(() => expect(frame()).toContain('Storm'));
    await press('/', 'L', 'i', 's', 'b', 'o', 'n');
    await until(() => expect(frame()).toContain('/Lisbon▏'));
    await press(ENTER);
    await until(() => expect(frame()).toMatch(/\/Lisbon 1\/3/));
    await press('n');
    await until(() => expect(frame()).toMatch(/\/Lisbon 2\/3/));
  });

  it('lists every key on ?', async () => {
    // Wide enough for the help's two columns, which hold every key at this height.
    const { frame, press } = start(120, 50);
    await until(() => expect(frame()).toContain('Storm'));
    await press('?');
    await until(() => expect(frame()).toContain('Keys'));
    for (const text of ['line down', 'page down', 'next section', 'highlight quotes and numbers', 'quit'])
      expect(frame()).toContain(text);
    await press(ESC);
    await until(() => expect(frame()).toContain('Storm closes ports'));
  });

  it('hides the sidebar on a narrow terminal and toggles it with s', async () => {
    const narrow = start(60, 12);
    await until(() => expect(narrow.frame()).toContain('Storm'));
    expect(narrow.frame()).not.toContain('Entities');
    narrow.unmount();
    const wide = start();
    await until(() => expect(wide.frame()).toContain('Entities'));
    await wide.press('s');
    await until(() => expect(wide.frame()).not.toContain('Entities'));
  });

  it('on a narrow terminal, Tab shows the entity list in place of the text and Enter jumps back to it', async () => {
    const { frame, press } = start(60, 12);
    await until(() => expect(frame()).toContain('Storm'));
    await press(TAB);
    await until(() => expect(frame()).toContain('Entities'));
    expect(frame()).not.toContain('Officials in Lisbon');
    await press(DOWN, DOWN, ENTER); // Ana Costa, Porto, Lisbon
    await until(() => expect(frame()).toMatch(/Lisbon 1\/3/));
    expect(frame()).toContain('Officials in Lisbon');
    expect(frame()).not.toContain('Entities');
  });
});

describe('while the analysis runs', () => {
  /** A job the test drives by hand, as the worker would. */
  function fakeJob() {
    const listeners = new Set<(e: AnalysisEvent) => void>();
    let cancelled = false;
    const job: AnalysisJob = {
      subscribe: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      cancel: () => {
        cancelled = true;
      },
    };
    return { job, send: (e: AnalysisEvent) => listeners.forEach((l) => l(e)), cancelled: () => cancelled };
  }

  it('shows the text at once, the progress in the sidebar, then the entities, and scrolls meanwhile', async () => {
    const { job, send } = fakeJob();
    const early = { article: doc.article, analysis: structureOnly(doc.article) };
    const r = render(<App doc={early} job={job} paint={createPaint('color')} cols={110} rows={16} />);
    unmount = r.unmount;
    const frame = () => plain(r.lastFrame());
    await until(() => expect(frame()).toContain('Storm closes ports along the coast'));
    expect(frame()).toContain('finding… 0%');
    send({ type: 'progress', done: 1, total: 4 });
    await until(() => expect(frame()).toContain('finding… 25%'));
    r.stdin.write('j');
    await until(() => expect(frame().split('\n')[0]).not.toContain('Storm closes ports'));
    r.stdin.write('g');
    send({ type: 'done', analysis: doc.analysis });
    await until(() => expect(frame()).toContain('People (1)'));
    expect(frame()).toContain('Ana Costa');
    expect(frame()).not.toContain('finding…');
  });

  it('fills the sidebar with entities that come ahead, jumps through their mentions, and says the quotes are still coming', async () => {
    const { job, send } = fakeJob();
    const early = { article: doc.article, analysis: structureOnly(doc.article) };
    const r = render(<App doc={early} job={job} paint={createPaint('color')} cols={110} rows={16} />);
    unmount = r.unmount;
    const frame = () => plain(r.lastFrame());
    const statusBar = () => frame().trimEnd().split('\n').at(-1)!;
    const press = presser(r.stdin);
    await until(() => expect(frame()).toContain('finding… 0%'));
    send({ type: 'progress', done: 750, total: 1000 });
    send({ type: 'entities', entities: doc.analysis.entities });
    await until(() => expect(frame()).toContain('Places (2)'));
    expect(frame()).toContain('People (1)');
    expect(frame()).not.toContain('finding…');
    expect(statusBar()).toContain('reading quotes, dates… 75%');
    send({ type: 'progress', done: 800, total: 1000 });
    await until(() => expect(statusBar()).toContain('reading quotes, dates… 80%'));
    // Porto, the first place (the most mentioned): chosen, then n to its next mentions.
    await press(TAB, DOWN, ENTER);
    await until(() => expect(statusBar()).toContain('Porto 1/30'));
    await press(TAB, 'n');
    await until(() => expect(statusBar()).toContain('Porto 2/30'));
    expect(frame()).toContain('Paragraph 2 reports on Porto');
    // The quotations are not there yet, and the view says why.
    await press('"');
    await until(() => expect(frame()).toContain('Who said what'));
    expect(frame()).toContain('reading quotes, dates… 80%');
    await press(ESC);
    await until(() => expect(frame()).not.toContain('Who said what'));
    send({ type: 'done', analysis: doc.analysis });
    await until(() => expect(statusBar()).not.toContain('reading quotes'));
    // The choice and the place in its mentions stay as they were.
    expect(statusBar()).toContain('Porto 2/30');
    await press('n');
    await until(() => expect(statusBar()).toContain('Porto 3/30'));
  });

  it('says so in the sidebar when the analysis fails, and the text still reads', async () => {
    const { job, send } = fakeJob();
    const r = render(
      <App
        doc={{ article: doc.article, analysis: structureOnly(doc.article) }}
        job={job}
        paint={createPaint('none')}
        cols={110}
        rows={16}
      />,
    );
    unmount = r.unmount;
    send({ type: 'failed', message: 'the analysis stopped (exit 1)' });
    await until(() => expect(plain(r.lastFrame())).toContain('analysis failed'));
    expect(plain(r.lastFrame())).toContain('Officials in Lisbon');
  });
});
