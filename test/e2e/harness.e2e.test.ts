/**
 * Checks the harness itself against a tiny shell program, so a failing reader test can be
 * trusted to be about the reader, not about the pty or the emulator.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, disposeAll, launchShell } from './harness.js';

afterEach(async () => {
  await disposeAll();
});

describe('e2e harness', { timeout: 20_000 }, () => {
  it('sees the alternate screen, the hidden cursor, colours, and the restore on exit', async () => {
    const s = launchShell(
      `printf '\\033[?1049h\\033[?25lhello \\033[32mgreen\\033[0m \\033[7minv\\033[0m'; read -r line; printf '\\033[?25h\\033[?1049l'; echo "got:$line"`,
      { cols: 40, rows: 10 },
    );
    await s.waitFor('hello green inv');
    expect(s.isAltScreen()).toBe(true);
    expect(s.isCursorHidden()).toBe(true);
    const [g] = s.findCells((c) => c.getChars() === 'g');
    expect(g).toBeDefined();
    const green = s.cell(g!.x, g!.y)!;
    expect(green.isFgPalette()).toBe(true);
    expect(green.getFgColor()).toBe(2);
    expect(s.cell(0, 0)!.isFgDefault()).toBe(true);
    expect(
      s
        .findCells((c) => c.isInverse() !== 0)
        .map((h) => h.chars)
        .join(''),
    ).toBe('inv');
    s.press('abc', KEY.ENTER);
    const info = await s.exit();
    expect(info.exitCode).toBe(0);
    expect(s.isAltScreen()).toBe(false);
    expect(s.isCursorHidden()).toBe(false);
    expect(s.screen().join('\n')).toContain('got:abc');
  });

  it('resizes the pty and the emulator together', async () => {
    const s = launchShell(`read -r _; stty size`, { cols: 50, rows: 12 });
    await s.waitForSettle();
    s.resize(70, 15);
    expect([s.cols, s.rows]).toEqual([70, 15]);
    s.press(KEY.ENTER);
    await s.waitFor('15 70');
  });

  it('kills whatever is still running after a test, children included', async () => {
    const s = launchShell(`sleep 30 | cat; echo never`, { cols: 40, rows: 5 });
    await s.waitForSettle();
    await disposeAll();
    expect(s.hasExited).toBe(true);
  });
});
