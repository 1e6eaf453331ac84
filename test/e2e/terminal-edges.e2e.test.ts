/**
 * Terminals that are not what the reader needs: one that cannot move the cursor (TERM=dumb), and
 * the terminal itself as standard input (`lede -`). Runs the built CLI in a real pty.
 */
import { describe, expect, it } from 'vitest';
import { CLI, launchCli, launchShell, owned, usesBuiltCli, waitForOutput } from './harness.js';

const SEED = 'seeds/us-drone-strike-baghdad.txt';
const TITLE = 'US drone strike kills Iran-backed militia leader in Baghdad';
const LAST_WORDS = 'commercial ships in the Red Sea.';

usesBuiltCli();

/** The CLI with TERM=dumb (node-pty sets TERM from the terminal's name, so a shell sets it after). */
const dumbTerminal = (args: string) => launchShell(`TERM=dumb exec node ${CLI} ${args}`, { cols: 80, rows: 24 });

describe('TERM=dumb', { timeout: 30_000 }, () => {
  it('prints the article after one warning, with no escape sequence at all', async (t) => {
    const s = owned(t, dumbTerminal(SEED));
    const info = await s.exit(20_000);
    expect(info.exitCode, s.dump()).toBe(0);
    expect(s.output).toContain('lede: the terminal is not fully functional (TERM=dumb): printing the article instead');
    expect(s.output).toContain(TITLE);
    expect(s.output.replace(/\s+/g, ' ')).toContain(LAST_WORDS);
    // No alternate screen, no cursor movement, no colour: nothing such a terminal would show as junk.
    expect(s.output).not.toContain('\u001b');
    // Printed at the terminal's width, not wider.
    const text = s.output.split(/\r?\n/).filter((l) => !l.startsWith('lede:'));
    expect(Math.max(...text.map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('refuses a shelf, which needs a full screen, in one line (status 2)', async (t) => {
    const s = owned(t, dumbTerminal('seeds'));
    const info = await s.exit(20_000);
    expect(info.exitCode).toBe(2);
    expect(s.output.trim()).toBe(
      'lede: the terminal is not fully functional (TERM=dumb): a shelf needs a full-screen terminal',
    );
  });
});

describe('lede - at the terminal', { timeout: 30_000 }, () => {
  it('says it is reading standard input, reads what is typed up to Ctrl-D, and opens it', async (t) => {
    const s = owned(t, launchCli(['-'], { cols: 100, rows: 30 }));
    await waitForOutput(s, 'lede: reading standard input… Ctrl-D to end');
    expect(s.isAltScreen()).toBe(false);
    s.press('A pasted headline\r\rThe first paragraph of what was pasted.\r');
    s.press('\u0004');
    await s.waitFor((rows) => s.isAltScreen() && rows.some((r) => r.includes('A pasted headline')));
    await s.waitForRawMode();
    // Keys still come from the terminal after its end of input: q quits.
    s.press('q');
    const info = await s.exit();
    expect(info.exitCode).toBe(0);
    expect(s.isAltScreen()).toBe(false);
  });
});
