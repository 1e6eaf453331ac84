/**
 * One narrowing resize, then exactly the screen of a fresh start at the new size (issue 14).
 *
 * lede writes only the rows that changed, which trusts the screen to hold the last frame. On a
 * resize Ink draws at once, before lede has laid the frame out for the new size: lines as wide
 * as the old terminal, and a status bar one column short of it, which the narrower terminal
 * wraps and scrolls. With the sidebar hidden most text lines still fit, so the frame does not
 * reach the bottom and the cursor is left where Ink does not expect it; the frame drawn next used
 * to leave the wrapped status bar's rows behind (scripts/bundle.mjs, the log-update patch). Each
 * case failed every time so; the resize storm in hostile.e2e.test.ts failed one run in three.
 */
import { describe, expect, it } from 'vitest';
import { type Session, launchCli, owned, usesBuiltCli } from './harness.js';

usesBuiltCli();

/** Rows xterm marked as continuing the row above: text wider than the terminal was wrapped. */
function wrappedRows(s: Session): number[] {
  const buffer = s.term.buffer.active;
  const out: number[] = [];
  for (let y = 0; y < s.rows; y++) if (buffer.getLine(buffer.viewportY + y)?.isWrapped) out.push(y);
  return out;
}

/** The reader on the seed, analysed, with the sidebar hidden (`s`). */
async function readerWithoutSidebar(s: Session): Promise<void> {
  await s.waitForAnalysis();
  s.press('s');
  await s.waitFor((rows) => !rows.some((r) => r.includes('Entities')), undefined, 's to hide the sidebar');
  await s.waitForSettle(200);
}

describe.each([
  { from: [120, 15], to: [100, 40] },
  { from: [120, 26], to: [100, 30] },
  { from: [120, 10], to: [85, 40] },
])('the reader resized from $from to $to', { timeout: 60_000, concurrent: true }, ({ from, to }) => {
  it('shows what a fresh start at the new size shows, with no row wrapped, and scrolls on from there', async (t) => {
    const [cols, rows] = to as [number, number];
    const s = owned(t, launchCli([], { cols: from[0], rows: from[1] }));
    const fresh = owned(t, launchCli([], { cols, rows }));
    await Promise.all([readerWithoutSidebar(s), readerWithoutSidebar(fresh)]);

    s.resize(cols, rows);
    const expected = fresh.screen().join('\n');
    await s.waitFor((r) => r.join('\n') === expected, 10_000, `the screen of a fresh start at ${cols}×${rows}`);
    await s.waitForSettle(300);
    expect(s.screen().join('\n')).toBe(expected);
    expect(wrappedRows(s), `rows wrapped after the resize\n${s.dump()}`).toEqual([]);

    // The next frame, written as changed rows over the resized screen, is still the fresh one's.
    s.press('j');
    fresh.press('j');
    await fresh.waitFor((r) => r.join('\n') !== expected, undefined, 'j in the fresh reader');
    await fresh.waitForSettle(200);
    const next = fresh.screen().join('\n');
    await s.waitFor((r) => r.join('\n') === next, undefined, 'j to give the fresh reader’s screen');
    expect(wrappedRows(s)).toEqual([]);
  });
});
