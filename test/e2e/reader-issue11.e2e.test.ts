/**
 * Issue 11, the reader's screen: highlight mode never alters the text, --width capped to what
 * fits, the status bar on the last row without a full redraw per key, and the reader's smaller
 * keys. The built CLI in a real pty.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type TestContext, describe, expect, it } from 'vitest';
import { ANALYSIS_WAIT_MS, KEY, REPO_ROOT, type Session, launchCli, owned, usesBuiltCli } from './harness.js';
import { tempDir } from '../helpers/temp.js';
import { LIBRARY_STORY as OWN } from '../helpers/texts.js';

usesBuiltCli();

const SEED = 'seeds/us-drone-strike-baghdad.txt';
const POLITICS = fileURLToPath(new URL('../../../shared/data/bbc-news/politics/', import.meta.url));
const haveBbc = existsSync(`${POLITICS}001.txt`);

// ---- reading the screen ----------------------------------------------------------------------

/** The row of the status bar: the lowest one that says `? help`. */
function statusRow(rows: string[]): number {
  for (let y = rows.length - 1; y >= 0; y--) if (/\? help/.test(rows[y]!)) return y;
  return -1;
}

/** First column of the sidebar (a `│` in the same column on every row above the status bar). */
function sidebarX(s: Session, rows = s.screen()): number {
  const pane = rows.slice(0, Math.max(1, statusRow(rows))).map((r) => [...r]);
  const first = pane[0] ?? [];
  for (let x = 0; x < first.length; x++) if (first[x] === '│' && pane.every((r) => r[x] === '│')) return x;
  return s.cols;
}

function articleRows(s: Session, rows = s.screen()): string[] {
  const x = sidebarX(s, rows);
  return rows.slice(0, Math.max(0, statusRow(rows))).map((r) => [...r].slice(0, x).join('').trimEnd());
}

function sidebarRows(s: Session, rows = s.screen()): string[] {
  const x = sidebarX(s, rows);
  return rows.slice(0, Math.max(0, statusRow(rows))).map((r) =>
    [...r]
      .slice(x + 1)
      .join('')
      .trimEnd(),
  );
}

/** The reader on `args`, analysis done. */
async function open(t: TestContext, args: string[], cols: number, rows: number) {
  const s = owned(t, launchCli(args, { cols, rows }));
  await s.waitFor((r) => statusRow(r) >= 0, undefined, 'the reader to open');
  await s.waitForAnalysis();
  return s;
}

// ---- highlight mode ----------------------------------------------------------------------------

/** The speaker labels are drawn dim and italic, and nothing else in a plain-text article is. */
const isLabel = (c: { isDim(): number; isItalic(): number }) => c.isDim() !== 0 && c.isItalic() !== 0;

/** The article pane as drawn: its characters without the labels, and each label with the text just before it. */
function readPane(s: Session) {
  const rows = s.screen();
  const x1 = sidebarX(s, rows);
  const y1 = statusRow(rows);
  let text = '';
  const labels: { label: string; before: string }[] = [];
  let label: string | null = null;
  for (let y = 0; y < y1; y++) {
    for (let x = 0; x < x1; x++) {
      const cell = s.cell(x, y)!;
      if (isLabel(cell)) {
        if (label === null) labels.push({ label: '', before: text.replace(/\s+/g, ' ').trimEnd().slice(-12) });
        label = (label ?? '') + (cell.getChars() || ' ');
        labels[labels.length - 1]!.label = label;
      } else {
        if (label !== null && cell.getChars() !== ' ' && cell.getChars() !== '') label = null;
        text += cell.getChars() || ' ';
      }
    }
    text += '\n';
  }
  return { text: text.replace(/\s+/g, ''), labels: labels.map((l) => ({ ...l, label: l.label.trim() })) };
}

describe('highlight mode', { timeout: 120_000 }, () => {
  const own = join(tempDir('lede-issue11-'), 'library.txt');
  writeFileSync(own, OWN);
  const articles = [own, ...(haveBbc ? ['001', '002', '021', '078', '105'].map((n) => `${POLITICS}${n}.txt`) : [])];

  it.for(articles)(
    'draws the same characters of %s with highlighting on and off, and labels only after closing marks',
    async (file, t) => {
      // Tall enough to show the whole article at once.
      const s = await open(t, [file], 120, 100);
      const plain = readPane(s);
      expect(plain.labels).toEqual([]);
      s.press('h');
      await s.waitFor((r) => r[statusRow(r)]!.includes('HIGHLIGHT'), undefined, 'h to highlight');
      await s.waitForSettle();
      const lit = readPane(s);
      expect(lit.text, s.dump()).toBe(plain.text);
      for (const { label, before } of lit.labels) {
        expect(label, s.dump()).toMatch(/^— \S/);
        expect(before, `"${label}" follows "${before}"\n${s.dump()}`).toMatch(/[”’"'][^\p{L}\p{N}\s]*$/u);
      }
      if (file === own) expect(lit.labels.map((l) => l.label)).toContain('— Jane Okafor');
      s.press('q');
      expect((await s.exit()).exitCode).toBe(0);
    },
  );
});

// ---- --width wider than the room ----------------------------------------------------------------

/** Rows xterm had to wrap because something was written past the last column. */
function wrappedRows(s: Session): number[] {
  const buffer = s.term.buffer.active;
  const out: number[] = [];
  for (let y = 0; y < s.rows; y++) if (buffer.getLine(buffer.viewportY + y)?.isWrapped) out.push(y);
  return out;
}

/** The whole frame fits: one status bar, no wrapped row, the title on top, the sidebar's border on every pane row. */
function fits(s: Session, rows = s.screen(), sidebar = s.cols >= 80): boolean {
  const y = statusRow(rows);
  return (
    y >= 0 &&
    rows.filter((r) => /\d+%\s+(READ|HIGHLIGHT)/.test(r)).length === 1 &&
    wrappedRows(s).length === 0 &&
    rows[0]!.includes('US drone strike') &&
    (!sidebar || sidebarX(s, rows) < s.cols)
  );
}

describe('--width wider than the room beside the sidebar', { timeout: 60_000 }, () => {
  it.for([
    [100, 24],
    [130, 30],
    [80, 20],
  ] as const)('is capped to what fits at %d×%d, and after resizes', async ([cols, rows], t) => {
    const s = owned(t, launchCli([SEED, '--width', '200'], { cols, rows }));
    await s.waitFor((r) => fits(s, r), undefined, `the reader to fit at ${cols}×${rows}\n`);
    await s.waitForAnalysis();
    await s.waitFor((r) => fits(s, r), undefined, `the frame to fit once the sidebar fills`);
    // The measure uses the room: the text reaches close to the sidebar.
    const widest = Math.max(...articleRows(s).map((r) => r.length));
    expect(widest, s.dump()).toBeGreaterThan(sidebarX(s) - 12);
    for (const [c, r] of [
      [cols + 17, rows + 3],
      [90, 22],
      [60, 16],
      [cols, rows],
    ] as const) {
      s.resize(c, r);
      await s.waitFor((x) => fits(s, x), undefined, `the frame to fit after a resize to ${c}×${r}`);
    }
    s.press('q');
    expect((await s.exit()).exitCode).toBe(0);
  });
});
// ---- the last row ------------------------------------------------------------------------------

/** Sequences that clear the whole screen (ED 2, ED 3) or reset the terminal (RIS). */
const FULL_CLEAR = /\u001b\[[23]J|\u001bc/g;

describe('the status bar', { timeout: 60_000 }, () => {
  it('is on the last row, with text on every row above it, and no key clears the whole screen', async (t) => {
    const s = await open(t, [SEED], 100, 24);
    await s.waitFor((r) => statusRow(r) === s.rows - 1, undefined, 'the status bar on the last row');
    expect(articleRows(s)).toHaveLength(s.rows - 1);
    const from = s.output.length;
    const keys: [string, (r: string[]) => boolean][] = [
      ['j', (r) => !r[0]!.includes('US drone strike')],
      [' ', (r) => /\b([3-9]\d)%/.test(r[s.rows - 1]!)],
      ['h', (r) => r[s.rows - 1]!.includes('HIGHLIGHT')],
      [KEY.TAB, () => sidebarRows(s).some((x) => x.length > 0)],
      [KEY.DOWN, () => true],
      [KEY.ENTER, (r) => /\d+\/\d+\s+\? help/.test(r[s.rows - 1]!)],
      ['g', (r) => r[0]!.includes('US drone strike')],
    ];
    for (const [key, done] of keys) {
      s.press(key);
      await s.waitFor(
        (r) => done(r) && statusRow(r) === s.rows - 1,
        undefined,
        `${JSON.stringify(key)} to take effect`,
      );
      await s.waitForSettle();
    }
    const written = s.output.slice(from);
    expect(written.match(FULL_CLEAR) ?? [], 'full clears while keys were pressed').toEqual([]);
    // Each frame Ink writes (it erases the last row too) draws the status bar again inside the
    // same synchronized update, so the row is never seen blank.
    const frames = [...written.matchAll(/\u001b\[\?2026h([^]*?)\u001b\[\?2026l/g)].map((m) => m[1]!);
    expect(frames.length).toBeGreaterThan(keys.length - 1);
    for (const frame of frames.filter((f) => f.includes('\n')))
      expect(
        frame.endsWith(`\u001b8`) && frame.includes(`\u001b7\u001b[${s.rows};1H`),
        JSON.stringify(frame.slice(-200)),
      ).toBe(true);
    // The same after a resize (which may clear once).
    s.resize(110, 30);
    await s.waitFor((r) => statusRow(r) === 29 && r[0]!.includes('US drone strike'), undefined, 'the resize');
    s.press('q');
    expect((await s.exit()).exitCode).toBe(0);
  });

  it('is on the last row in the first frame, before the reader has loaded', async (t) => {
    const s = owned(t, launchCli([SEED], { cols: 100, rows: 24 }));
    // The first frame is written before Ink loads: it already uses the last row.
    await s.waitFor((r) => statusRow(r) >= 0, undefined, 'the first frame');
    expect(statusRow(s.screen()), s.dump()).toBe(s.rows - 1);
  });
});

// ---- the reader's smaller keys ---------------------------------------------------------------

describe('keys while the entities are being found', { timeout: 90_000 }, () => {
  it('Tab then ↓ pressed during finding… choose the second row when the list arrives', async (t) => {
    // Long enough that the analysis is still running when the keys arrive.
    const file = join(tempDir('lede-issue11-'), 'long.txt');
    const seed = readFileSync(join(REPO_ROOT, SEED), 'utf8');
    writeFileSync(file, seed + Array.from({ length: 40 }, () => seed.split('\n').slice(2).join('\n')).join('\n'));
    const s = owned(t, launchCli([file], { cols: 110, rows: 30 }));
    await s.waitFor((r) => r.some((x) => x.includes('finding…')), undefined, 'the sidebar to say finding…');
    await s.waitForRawMode();
    s.press(KEY.TAB);
    await s.waitFor(
      (r) =>
        r.some((x) => x.includes('finding…')) &&
        s.findCells((c) => c.isBold() !== 0 && c.getChars() === 'E').length > 0,
    );
    s.press(KEY.DOWN);
    await s.waitFor((r) => !r.some((x) => x.includes('finding…')), ANALYSIS_WAIT_MS, 'the list to arrive');
    await s.waitForSettle();
    // The chosen row is drawn in reverse video: exactly one, the second entity of the list.
    const x0 = sidebarX(s);
    const inverse = s.findCells((c) => c.isInverse() !== 0, { x0, y1: statusRow(s.screen()) });
    const rowsWithCursor = [...new Set(inverse.map((c) => c.y))];
    expect(rowsWithCursor, s.dump()).toHaveLength(1);
    const entityRows = sidebarRows(s)
      .map((r, y) => ({ r, y }))
      .filter(({ r }) => /\d+ \S+$/.test(r) && !/\(\d+\)$/.test(r));
    expect(entityRows[1]?.y, s.dump()).toBe(rowsWithCursor[0]);
  });
});

describe('the shelf after a glance', { timeout: 60_000 }, () => {
  it('marks nothing for an article opened and left at once, ✓ once read to the end', async (t) => {
    const dir = tempDir('lede-issue11-shelf-');
    writeFileSync(join(dir, 'a-seed.txt'), readFileSync(join(REPO_ROOT, SEED)));
    writeFileSync(join(dir, 'b-other.txt'), 'Another article\n\nIt is short.\n');
    const s = owned(t, launchCli([dir], { cols: 100, rows: 24 }));
    await s.waitFor((r) => r.some((x) => x.includes('US drone strike')), undefined, 'the shelf');
    await s.waitForRawMode();
    const row = () => s.screen().find((x) => x.includes('US drone strike')) ?? '';
    s.press(KEY.ENTER);
    await s.waitFor((r) => statusRow(r) >= 0 && r[0]!.includes('US drone strike'), undefined, 'the article');
    s.press('q');
    await s.waitFor(() => row().includes('❯') && row().includes('words'), undefined, 'back on the shelf');
    expect(row(), s.dump()).not.toMatch(/✓|\d+%/);
    s.press(KEY.ENTER);
    await s.waitFor((r) => statusRow(r) >= 0 && r[0]!.includes('US drone strike'), undefined, 'the article again');
    s.press('G');
    await s.waitFor((r) => /100%/.test(r[statusRow(r)]!), undefined, 'G');
    s.press('q');
    await s.waitFor(() => row().includes('✓'), undefined, '✓ after reading to the end');
    s.press('Q');
    expect((await s.exit()).exitCode).toBe(0);
  });
});

describe('the outline of a long document', { timeout: 60_000 }, () => {
  it('pages with G and g, filters after /, jumps, and the status bar names the section', async (t) => {
    const file = join(tempDir('lede-issue11-'), 'book.md');
    const parts = Array.from(
      { length: 40 },
      (_, i) =>
        `## Chapter ${i + 1}\n\nThe text of chapter ${i + 1} goes on for a while, enough to fill a line or two of the screen.\n`,
    );
    writeFileSync(file, `# A long book\n\n${parts.join('\n')}`);
    const s = await open(t, [file], 100, 24);
    s.press('o');
    await s.waitFor((r) => r[0]!.includes('Outline'), undefined, 'o');
    s.press('G');
    await s.waitFor((r) => r.some((x) => /▸ 40\. Chapter 40/.test(x)), undefined, 'G to the last section');
    s.press('g');
    await s.waitFor((r) => r.some((x) => /▸ 1\. Chapter 1$/.test(x.trimEnd())), undefined, 'g to the first');
    s.press(KEY.PGDN);
    await s.waitFor((r) => !r.some((x) => /▸ 1\. Chapter 1$/.test(x.trimEnd())), undefined, 'PgDn');
    s.press('/');
    await s.waitFor((r) => r[0]!.includes('/▏'), undefined, '/ to filter');
    s.press('1', '7');
    await s.waitFor(
      (r) => r.some((x) => /▸ 17\. Chapter 17/.test(x)) && !r.some((x) => /Chapter 16/.test(x)),
      undefined,
      'typing 17',
    );
    s.press(KEY.ENTER);
    await s.waitFor(
      (r) => /^Chapter 17 .*§17\/40/.test(r[statusRow(r)]!),
      undefined,
      'Enter to jump, the section named',
    );
    s.press('q');
    expect((await s.exit()).exitCode).toBe(0);
  });
});
