import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisEvent, AnalysisJob } from '../../src/analysis/in-worker.js';
import { App } from '../../src/ui/App.js';
import { nameAndCounts } from '../../src/ui/components/Sidebar.js';
import { excerpt } from '../../src/ui/components/TimelineOverlay.js';
import { createPaint } from '../../src/ui/paint.js';
import { type Document, structureOnly } from '../../src/ui/state.js';
import { viewsDoc } from '../helpers/views-doc.js';
import { presser } from '../helpers/press.js';

const ENTER = '\r';
const ESC = '\u001b';
const TAB = '\t';
const plain = (s: string | undefined) => (s ?? '').replace(/\u001b\[[0-9;]*m/g, '');
const doc = viewsDoc();

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function start(props: Partial<Parameters<typeof App>[0]> = {}, cols = 110, rows = 16) {
  const r = render(<App doc={doc} paint={createPaint('color')} cols={cols} rows={rows} {...props} />);
  unmount = r.unmount;
  const frame = () => plain(r.lastFrame());
  const lines = () => frame().split('\n');
  const press = presser(r.stdin);
  return { ...r, frame, lines, press };
}

const until = (check: () => void) => vi.waitFor(check, { timeout: 2000, interval: 10 });
/** The status bar: the frame's last line. */
const status = (lines: string[]) => lines.at(-1) ?? '';

describe('the quotes view (")', () => {
  it('lists the quotations under their speakers, with verb and first words, and hints drawn from the key table', async () => {
    const { lines, frame, press } = start();
    await until(() => expect(frame()).toContain('Harbour talks stall'));
    await press('"');
    await until(() => expect(frame()).toContain('Who said what'));
    const rows = lines();
    expect(rows[0]).toMatch(/5 quotations, 2 speakers .*↑↓ choose · Enter jump \(then n N\) · Esc close$/);
    const at = (s: string) => rows.findIndex((r) => r.includes(s));
    expect(at('Ana Costa (3)')).toBe(1);
    expect(rows[2]).toMatch(/^ ▸ said {5}“We will reopen the port,”$/);
    expect(rows[3]).toMatch(/^ {3}added {4}“It will take weeks,”$/);
    expect(at('the mayor (1)')).toBeLessThan(at('Unattributed (1)'));
    expect(rows[at('Unattributed (1)') + 1]).toContain('shouted  “Nobody told us anything,”');
  });

  it('moves the choice with ↓ and j, jumps on Enter and walks the speaker with n', async () => {
    const { lines, frame, press } = start();
    await until(() => expect(frame()).toContain('Harbour talks stall'));
    await press('"', 'j');
    await until(() => expect(frame()).toMatch(/▸ added/));
    await press(ENTER);
    await until(() => expect(status(lines())).toContain('Ana Costa quote 2/3'));
    expect(frame()).not.toContain('Who said what');
    expect(frame()).toContain('It will take weeks');
    await press('n');
    await until(() => expect(status(lines())).toContain('Ana Costa quote 3/3'));
    expect(frame()).toContain('“Wait and');
  });

  it('says so when there are no quotations, and closes on Esc', async () => {
    const { frame, press } = start({ doc: { ...doc, analysis: { ...doc.analysis, quotes: [] } } });
    await until(() => expect(frame()).toContain('Harbour talks stall'));
    await press('"');
    await until(() => expect(frame()).toContain('no quotations found'));
    await press(ESC);
    await until(() => expect(frame()).not.toContain('Who said what'));
  });
});

describe('the timeline view (T)', () => {
  it('lists the placed dates in time order with their sentence, then the unplaced apart', async () => {
    const { lines, frame, press } = start();
    await until(() => expect(frame()).toContain('Harbour talks stall'));
    await press('T');
    await until(() => expect(frame()).toContain('Timeline'));
    const rows = lines();
    expect(rows[0]).toMatch(/3 of 4 placed .*↑↓ choose · Enter jump · Esc close/);
    expect(rows[1]).toContain('On the calendar');
    expect(rows[2]).toMatch(/▸ 2023-03 {5}The port closed on 28 January 2024, after the storm of March 2023\.$/);
    expect(rows[3]).toMatch(/^ {3}2024-01-04 {2}“It will take weeks,” Ana Costa added on 4 January 2024\./);
    expect(rows[4]).toMatch(/^ {3}2024-01-28 {2}The port closed on 28 January 2024, after the storm of March 2023\.$/);
    expect(rows[5]).toContain('Not placed on the calendar');
    expect(rows[6]).toMatch(/^ {3}“We will reopen the port,” said Ana Costa on Monday\./);
  });

  it('jumps to the date in the text on Enter', async () => {
    const { lines, frame, press } = start();
    await until(() => expect(frame()).toContain('Harbour talks stall'));
    await press('T', 'G', 'k', ENTER);
    await until(() => expect(frame()).not.toContain('Timeline'));
    expect(lines()[0]).not.toContain('Harbour talks stall');
    expect(frame()).toContain('28 January 2024');
  });

  it('keeps the date in sight when it stands late in a long sentence', () => {
    const text = `${'word '.repeat(40)}on 4 May the end.`;
    const date = { start: text.indexOf('4 May'), end: text.indexOf('4 May') + 5 };
    const [before, match, after] = excerpt(text, { start: 0, end: text.length }, date, 30);
    expect(match).toBe('4 May');
    expect(before.startsWith('…')).toBe(true);
    expect((before + match + after).length).toBeLessThanOrEqual(30);
    expect(after).toBe(' the end.');
  });
});

describe('the sidebar', () => {
  it('is drawn again as it was when a view closes, though each closing mounts it anew', async () => {
    const { frame, press } = start({}, 120, 16);
    await until(() => expect(frame()).toContain('People (1)'));
    await press(TAB, 'j');
    await until(() => expect(frame()).toMatch(/ {2}Ana Costa/));
    const before = frame();
    for (const view of ['T', '"', 'T']) {
      await press(view);
      await until(() => expect(frame()).not.toContain('People (1)'));
      await press(ESC);
      await until(() => expect(frame()).toContain('People (1)'));
      expect(frame()).toBe(before);
    }
  });

  it('shows how many quotations a speaker has, beside the mentions, and nothing for the others', async () => {
    const { frame } = start({}, 120, 16);
    await until(() => expect(frame()).toContain('People (1)'));
    expect(frame()).toMatch(/Ana Costa\s+3” 5 /);
    expect(frame().match(/\d”/g)).toHaveLength(1);
  });

  it('cuts a long name to make room for the count, never the count', () => {
    expect(nameAndCounts('Kataib Hezbollah', 3, 1, 21)).toEqual(['Kataib Hezbollah ', '1” ', '3']);
    expect(nameAndCounts('US Central Command', 3, 2, 21).join('')).toBe('US Central Comm… 2” 3');
    expect(nameAndCounts('Pentagon', 2, 0, 21).join('')).toBe('Pentagon            2');
    expect(nameAndCounts('Someone', 12, 10, 21).join('')).toBe('Someone        10” 12');
  });
});

describe('the brief (B)', () => {
  it('is written through onBrief and named in the status bar', async () => {
    const written: Document[] = [];
    const onBrief = (d: Document) => {
      written.push(d);
      return 'brief written to harbour-talks-stall.brief.md';
    };
    const { lines, frame, press } = start({ onBrief });
    await until(() => expect(frame()).toContain('Harbour talks stall'));
    await press('B');
    await until(() => expect(status(lines())).toContain('brief written to harbour-talks-stall.brief.md'));
    expect(written).toHaveLength(1);
    expect(written[0]!.analysis).toBe(doc.analysis);
  });

  it('waits for the analysis, so the brief is never of a half-known article', async () => {
    const listeners = new Set<(e: AnalysisEvent) => void>();
    const job: AnalysisJob = {
      subscribe: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      cancel: () => {},
    };
    const written: Document[] = [];
    const onBrief = (d: Document) => {
      written.push(d);
      return 'brief written to x.brief.md';
    };
    const early = { article: doc.article, analysis: structureOnly(doc.article) };
    const { lines, frame, press } = start({ doc: early, job, onBrief });
    await until(() => expect(frame()).toContain('Harbour talks stall'));
    await press('B');
    await new Promise((r) => setTimeout(r, 50));
    expect(written).toHaveLength(0);
    listeners.forEach((l) => l({ type: 'done', analysis: doc.analysis }));
    await until(() => expect(status(lines())).toContain('brief written to x.brief.md'));
    expect(written.map((d) => d.analysis)).toEqual([doc.analysis]);
  });

  it('puts a failure in one line of the status bar', async () => {
    const { lines, frame, press } = start({
      onBrief: () => Promise.reject(new Error('disk full\nand more')),
    });
    await until(() => expect(frame()).toContain('Harbour talks stall'));
    await press('B');
    await until(() => expect(status(lines())).toContain('brief not written: Error: disk full'));
  });
});
