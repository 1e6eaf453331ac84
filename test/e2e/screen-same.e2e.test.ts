/**
 * The fast drawing path (issue 14: Ink's incremental rendering, which rewrites only the rows
 * that changed, and lede's build of Ink's Output, which keeps work across frames) draws exactly
 * what Ink's own path draws. Two copies of the built CLI run side by side on the same article,
 * one with LEDE_RENDER=reference (every row redrawn, Ink's algorithm untouched); after each key
 * of the same sequence the two screens must be the same, cell by cell: character, colours and
 * attributes. A row left stale, drawn one line off or styled differently fails. Needs `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { look } from '../helpers/pty.js';
import { KEY, type Session, delay, launchCli, owned, usesBuiltCli } from './harness.js';

usesBuiltCli();

const SEED = 'seeds/us-drone-strike-baghdad.txt';

/** The first cells (at most `max`) where the two screens differ, as text for a failure message. */
function differences(a: Session, b: Session, max = 8): string[] {
  const out: string[] = [];
  if (a.cols !== b.cols || a.rows !== b.rows) return [`sizes differ: ${a.cols}x${a.rows} and ${b.cols}x${b.rows}`];
  // The text too: a row's end written with spaces reads differently from one erased.
  const [ta, tb] = [a.screen(), b.screen()];
  ta.forEach((row, y) => {
    if (row !== tb[y])
      out.push(`row ${y} reads ${JSON.stringify(row)} where the reference reads ${JSON.stringify(tb[y])}`);
  });
  for (let y = 0; y < a.rows && out.length < max; y++)
    for (let x = 0; x < a.cols && out.length < max; x++) {
      const ca = JSON.stringify(look(a.cell(x, y)));
      const cb = JSON.stringify(look(b.cell(x, y)));
      if (ca !== cb) out.push(`row ${y}, column ${x}: ${ca} where the reference has ${cb}`);
    }
  return out;
}

/** Waits until both screens hold whole frames and are the same (a frame may arrive a little later in one). */
async function expectSameScreens(fast: Session, reference: Session, after: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    await fast.flush();
    await reference.flush();
    const diff = fast.settledFrame() && reference.settledFrame() ? differences(fast, reference) : ['(mid-frame)'];
    if (diff.length === 0) return;
    if (Date.now() > deadline)
      expect.fail(
        `after ${after} the screens differ:\n${diff.join('\n')}\nfast path:\n${fast.dump()}\nreference:\n${reference.dump()}`,
      );
    await delay(50);
  }
}

describe('the screen, drawn incrementally', () => {
  it('is cell for cell what Ink draws when it redraws every row, after every key of a reading session', async (t) => {
    const launch = (env: Record<string, string>) => owned(t, launchCli([SEED], { cols: 120, rows: 40, env }));
    const fast = launch({});
    const reference = launch({ LEDE_RENDER: 'reference' });
    await Promise.all([fast.waitForAnalysis(), reference.waitForAnalysis()]);
    await expectSameScreens(fast, reference, 'the analysis');
    // Lines, pages, half pages, both ends, sections, the sidebar, an entity's mentions, the help
    // overlay over the text and back, highlighting: each redraws a different set of rows.
    const keys: [string, string][] = [
      ['j', 'j'],
      ['j', 'j'],
      ['space', ' '],
      ['k', 'k'],
      ['d', 'd'],
      ['b', 'b'],
      ['G', 'G'],
      ['g', 'g'],
      [']', ']'],
      ['Tab', KEY.TAB],
      ['↓', KEY.DOWN],
      ['↓', KEY.DOWN],
      ['Enter', KEY.ENTER],
      ['n', 'n'],
      ['n', 'n'],
      ['Tab', KEY.TAB],
      ['?', '?'],
      ['j in the help', 'j'],
      ['Esc', KEY.ESC],
      ['h', 'h'],
      ['j', 'j'],
      ['h', 'h'],
    ];
    for (const [name, key] of keys) {
      fast.press(key);
      reference.press(key);
      await Promise.all([fast.waitForSettle(80), reference.waitForSettle(80)]);
      await expectSameScreens(fast, reference, name);
    }
    // A resize clears the screen: the next frame must be drawn whole.
    for (const [cols, rows] of [
      [100, 30],
      [120, 40],
    ] as const) {
      fast.resize(cols, rows);
      reference.resize(cols, rows);
      await Promise.all([fast.waitForSettle(150), reference.waitForSettle(150)]);
      await expectSameScreens(fast, reference, `a resize to ${cols}×${rows}`);
      fast.press('j');
      reference.press('j');
      await Promise.all([fast.waitForSettle(80), reference.waitForSettle(80)]);
      await expectSameScreens(fast, reference, `j at ${cols}×${rows}`);
    }
  }, 90_000);
});
