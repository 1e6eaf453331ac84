/**
 * Keys pressed on the first screen, before Ink has loaded (src/app/first-keys.ts): those that
 * only scroll are answered there, on a page drawn as Ink draws it, and the reader opens where
 * they left the text; any other key waits for the reader, in order. Checked against the same
 * keys pressed once the reader is up: Ink's first frame is cell for cell the last page the first
 * screen drew, and once the analysis is in, the two runs' screens are the same.
 */
import { type TestContext, describe, expect, it } from 'vitest';
import { type CellLook, delay, replay } from '../helpers/pty.js';
import { HANDOVER, cellDifferences, cells, inkFrameShown, screensAtHandover } from './handover.js';
import { type Session, launchCli, owned, usesBuiltCli } from './harness.js';

usesBuiltCli();

const SEED = 'seeds/us-drone-strike-baghdad.txt';
/** A page the first screen draws for a key: whole, inside a synchronized update. */
const FIRST_SCREEN_PAGE = '\u001b[?2026h\u001b[H\u001b[2K';
const WAIT = 20_000;

/** The seed opened at cols×rows; resolves once its first page is on the screen (raw mode is on by then). */
async function opened(t: TestContext, cols: number, rows: number): Promise<Session> {
  const s = owned(t, launchCli([SEED], { cols, rows }));
  await s.waitFor((r) => /\? help/.test(r[rows - 1] ?? ''), WAIT, 'the first page');
  return s;
}

/** Types `keys` one by one, a few milliseconds apart, as fingers do. */
async function type(s: Session, keys: string): Promise<void> {
  for (const k of keys) {
    s.press(k);
    await delay(3);
  }
}

/** The screen once the analysis has filled the sidebar and the output has gone quiet. */
async function analysed(s: Session): Promise<(CellLook | undefined)[][]> {
  await s.waitForAnalysis();
  await s.waitForSettle();
  const term = await replay(s.output, s.cols, s.rows);
  const seen = cells(term);
  term.dispose();
  return seen;
}

const CASES: readonly [string, number, number][] = [
  ['jjj', 120, 40],
  ['j j d', 100, 30],
  ['  bjdku', 80, 24],
];

// The keys are typed as soon as the first page is on the screen, and the first screen answers
// them only until Ink takes over (~100 ms later): on a busy machine Ink can win that race, so a
// case that finds no page of the first screen's own is run again (it failed once in a fresh
// clone's CI, 1 of 4 cases, and passed in every run before and after). A first screen that never
// answers a key fails every attempt.
describe('keys pressed before Ink has loaded', { timeout: 90_000, concurrent: true, retry: 2 }, () => {
  for (const [keys, cols, rows] of CASES)
    it(`${JSON.stringify(keys)} scroll the first screen, and the reader opens where they left it (${cols}×${rows})`, async (t) => {
      const early = await opened(t, cols, rows);
      await type(early, keys);
      await early.waitFor(() => inkFrameShown(early.output), WAIT, "Ink's first frame");
      const handover = early.output.indexOf(HANDOVER);
      // The first screen answered the keys itself: it drew a page of its own before the reader took over.
      expect(early.output.slice(0, handover)).toContain(FIRST_SCREEN_PAGE);
      const { before, ink } = await screensAtHandover(early.output, cols, rows);
      const firstScreen = cells(before);
      const inkFirst = cells(ink);
      before.dispose();
      ink.dispose();
      // It scrolled: its last page is not the first one.
      const text = (c: (CellLook | undefined)[][]) =>
        c.map((row) => row.map((x) => x?.chars || ' ').join('')).join('\n');
      const untouched = await replay(early.output.slice(0, early.output.indexOf(FIRST_SCREEN_PAGE)), cols, rows);
      expect(text(firstScreen)).not.toBe(text(cells(untouched)));
      untouched.dispose();
      const moved = cellDifferences(firstScreen, inkFirst);
      expect(moved, `the first screen's last page against Ink's first frame:\n${moved.join('\n')}`).toEqual([]);

      // The same keys, pressed once the reader is up.
      const late = await opened(t, cols, rows);
      await late.waitFor(() => inkFrameShown(late.output), WAIT, 'Ink');
      await late.waitForRawMode();
      await late.waitForSettle();
      await late.pressEach([...keys]);
      const after = cellDifferences(await analysed(early), await analysed(late));
      expect(after, `keys on the first screen against the same keys in the reader:\n${after.join('\n')}`).toEqual([]);
    });

  it('leaves a key that does more than scroll, and every key after it, to the reader, in order', async (t) => {
    // `/` opens the search prompt: the text typed after it is the query, not scrolling.
    const s = await opened(t, 100, 30);
    await type(s, 'j/jj');
    await s.waitFor((r) => /\/jj/.test(r.at(-1) ?? ''), WAIT, 'the search prompt with "jj" typed');
    const handover = s.output.indexOf(HANDOVER);
    expect(s.output.slice(0, handover)).toContain(FIRST_SCREEN_PAGE);
  });
});
