/**
 * Issue 12, moving as in less and vim, and copying: counts, the jump list, marks kept across a
 * restart, the less keys, the unknown-key hint, and `y` putting the text on the clipboard through
 * OSC 52. The built CLI in a real pty, read back through a headless xterm.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type TestContext, describe, expect, it } from 'vitest';
import { CLI, KEY, REPO_ROOT, type Session, launchCli, owned, usesBuiltCli } from './harness.js';
import { tempDir } from '../helpers/temp.js';

usesBuiltCli();

const SEED = 'seeds/us-drone-strike-baghdad.txt';
const COLS = 100;
const ROWS = 24;
/** The reader's first screen, on a loaded two-core machine running other sessions too. */
const OPEN_WAIT_MS = 15_000;
/** One key's effect on the screen, with room for the same load. */
const WAIT = 10_000;

// ---- reading the screen ----------------------------------------------------------------------

const statusBar = (s: Session, rows = s.screen()) => rows[s.rows - 1] ?? '';

/** First column of the sidebar (a `│` in the same column on every pane row), or the width. */
function sidebarX(s: Session, rows = s.screen()): number {
  const pane = rows.slice(0, s.rows - 1).map((r) => [...r]);
  const first = pane[0] ?? [];
  for (let x = 0; x < first.length; x++) if (first[x] === '│' && pane.every((r) => r[x] === '│')) return x;
  return s.cols;
}

/** The article pane's rows (no sidebar, no status bar), trailing blanks trimmed. */
function pane(s: Session, rows = s.screen()): string[] {
  const x = sidebarX(s, rows);
  return rows.slice(0, s.rows - 1).map((r) => [...r].slice(0, x).join('').trimEnd());
}

const same = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');

async function open(t: TestContext, args: string[], env: Record<string, string> = {}, analysed = false) {
  // No desktop clipboard tool: the terminal's OSC 52 is the way, as over SSH.
  const s = owned(t, launchCli(args, { cols: COLS, rows: ROWS, env: { DISPLAY: '', WAYLAND_DISPLAY: '', ...env } }));
  await s.waitFor((r) => /\? help/.test(statusBar(s, r)), OPEN_WAIT_MS, 'the reader to open');
  await s.waitForRawMode();
  if (analysed) await s.waitForAnalysis();
  await s.waitForSettle();
  return s;
}

/** Presses `key` and waits until the pane is no longer `before`. */
async function move(s: Session, key: string, before = pane(s), what = `${JSON.stringify(key)} to move the text`) {
  s.press(key);
  await s.waitFor((r) => !same(pane(s, r), before), WAIT, what);
  await s.waitForSettle();
  return pane(s);
}

/** Types a count, each digit once the status bar shows the count so far (a burst may read as one key). */
async function typeCount(s: Session, n: number) {
  for (let i = 1; i <= String(n).length; i++) {
    const sofar = String(n).slice(0, i);
    s.press(sofar.at(-1)!);
    await s.waitFor((r) => statusBar(s, r).includes(`count ${sofar}`), WAIT, `the count ${sofar} to show`);
  }
}

/** A counted move (`25j`): the count typed, then the key, and the text has moved. */
async function counted(s: Session, n: number, key: string) {
  await typeCount(s, n);
  return move(s, key, pane(s), `${n}${key} to move the text`);
}

/** `m` or `'` and a letter, each key once the one before has shown. */
async function markKey(s: Session, prefix: 'm' | "'", letter: string, done: (status: string) => boolean) {
  s.press(prefix);
  await s.waitFor((r) => /which (letter|mark)/.test(statusBar(s, r)), WAIT, `${prefix} to ask for a letter`);
  s.press(letter);
  await s.waitFor((r) => done(statusBar(s, r)), WAIT, `${prefix}${letter} to be done`);
  await s.waitForSettle();
}

// ---- counts and the less keys ------------------------------------------------------------------

describe('counts and the less keys', { timeout: 60_000, concurrent: true }, () => {
  it('5j moves five lines, showing the count while it is typed', async (t) => {
    const s = await open(t, [SEED]);
    const before = pane(s);
    s.press('5');
    await s.waitFor((r) => statusBar(s, r).includes('count 5'), WAIT, 'the count in the status bar');
    expect(same(pane(s), before)).toBe(true);
    const after = await move(s, 'j', before, 'j to move five lines');
    expect(after.slice(0, -5)).toEqual(before.slice(5));
    expect(statusBar(s)).not.toContain('count');
    // Esc drops a count: the next j moves one line.
    await typeCount(s, 7);
    s.press(KEY.ESC);
    await s.waitFor((r) => !statusBar(s, r).includes('count'), WAIT, 'Esc to drop the count');
    const one = await move(s, 'j', after, 'j after Esc');
    expect(one.slice(0, -1)).toEqual(after.slice(1));
  });

  it('Ctrl-F and Ctrl-B page, Ctrl-E and Enter go a line down, Ctrl-Y a line up', async (t) => {
    const s = await open(t, [SEED]);
    const top = pane(s);
    const page = await move(s, '\x06', top, 'Ctrl-F to page down');
    expect(await move(s, '\x02', page, 'Ctrl-B to page up')).toEqual(top);
    // Ctrl-F went as far as space does.
    expect(await move(s, ' ', top, 'space to page down')).toEqual(page);
    await move(s, 'g', page, 'g to go back to the top');
    const e = await move(s, '\x05', top, 'Ctrl-E to go a line down');
    expect(e.slice(0, -1)).toEqual(top.slice(1));
    const enter = await move(s, KEY.ENTER, e, 'Enter to go a line down');
    expect(enter.slice(0, -1)).toEqual(e.slice(1));
    expect((await move(s, '\x19', enter, 'Ctrl-Y to go a line up')).slice(1)).toEqual(enter.slice(0, -1));
  });

  it('= tells the line, the percentage and the time left; an unknown key says it is not one', async (t) => {
    const s = await open(t, [SEED]);
    s.press('=');
    await s.waitFor(
      (r) => /line 1\/\d+ · \d+% · [\d,]+ words · \d+ min left/.test(statusBar(s, r)),
      undefined,
      '= in the status bar',
    );
    s.press('x');
    await s.waitFor((r) => statusBar(s, r).includes('x is not a key here; ? for help'), WAIT, 'the hint for x');
    s.press('\x17');
    await s.waitFor((r) => statusBar(s, r).includes('Ctrl-W is not a key here'), WAIT, 'the hint for Ctrl-W');
  });

  it('Ctrl-L clears whatever got onto the screen and draws the reader again', async (t) => {
    // Analysed first: a sidebar still filling in would change the screen on its own.
    const s = await open(t, [SEED], {}, true);
    const before = s.screen();
    // Something else wrote over the screen (a background job, a wall message).
    await new Promise<void>((resolve) =>
      s.term.write('\x1b[5;5HGARBAGE FROM ELSEWHERE\x1b[24;1HMORE GARBAGE', resolve),
    );
    expect(s.screen().join('\n')).toContain('GARBAGE');
    s.press('\x0c');
    await s.waitFor((r) => !r.join('\n').includes('GARBAGE'), WAIT, 'Ctrl-L to redraw');
    await s.waitForSettle();
    expect(s.screen()).toEqual(before);
  });
});

// ---- the jump list and marks ---------------------------------------------------------------------

describe('the jump list and marks', { timeout: 60_000, concurrent: true }, () => {
  it("Ctrl-O after an entity jump returns to the exact line; Ctrl-N and '' go back to the mention", async (t) => {
    const s = await open(t, [SEED], {}, true);
    const here = await counted(s, 25, 'j');
    s.press(KEY.TAB);
    await s.waitFor((r) => /Entities/.test(r.join('\n')), WAIT, 'Tab into the sidebar');
    await s.waitForSettle();
    // Enter on the first entity: its first mention is near the top, well above line 25.
    const mention = await move(s, KEY.ENTER, here, 'Enter to jump to the first mention');
    s.press(KEY.TAB);
    await s.waitForSettle();
    expect(await move(s, '\x0f', mention, 'Ctrl-O to go back')).toEqual(here);
    expect(await move(s, '\x0e', here, 'Ctrl-N to go forward')).toEqual(mention);
    s.press("'");
    await s.waitFor((r) => statusBar(s, r).includes('which mark'), WAIT, "' to ask for a mark");
    expect(await move(s, "'", mention, "'' to go back")).toEqual(here);
  });

  it("a mark set, quit, reopen: 'a returns to it", async (t) => {
    const env = { XDG_STATE_HOME: tempDir('lede-state-') };
    const first = await open(t, [SEED], env);
    const marked = await counted(first, 20, 'j');
    await markKey(first, 'm', 'a', (status) => status.includes('mark a set'));
    await move(first, 'g', marked, 'g to go to the top');
    first.press('q');
    expect((await first.exit()).exitCode).toBe(0);

    const again = await open(t, [SEED], env);
    const reopened = pane(again);
    expect(same(reopened, marked)).toBe(false);
    await markKey(again, "'", 'a', () => !same(pane(again), reopened));
    expect(pane(again)).toEqual(marked);
  });
});

// ---- copying -------------------------------------------------------------------------------------

/** Catches what lede puts on the clipboard through the terminal (OSC 52), decoded. */
function clipboard(s: Session): string[] {
  const copied: string[] = [];
  s.term.parser.registerOscHandler(52, (data) => {
    const [target, encoded = ''] = data.split(';');
    if (target === 'c') copied.push(Buffer.from(encoded, 'base64').toString('utf8'));
    return true;
  });
  return copied;
}

describe('copying with y and Y', { timeout: 60_000, concurrent: true }, () => {
  it('y copies the marked quotation with its speaker and the title, through OSC 52', async (t) => {
    const json = spawnSync(process.execPath, [CLI, '--json', SEED], { cwd: REPO_ROOT, encoding: 'utf8' });
    const analysis = JSON.parse(json.stdout) as {
      title: string;
      text: string;
      quotes: { start: number; end: number; speaker: string | null }[];
    };
    const quote = analysis.quotes.find((q) => analysis.text.slice(q.start, q.end).includes('collateral'))!;
    expect(quote.speaker).not.toBeNull();
    const s = await open(t, [SEED], {}, true);
    const copied = clipboard(s);
    s.press('/');
    await s.waitFor((r) => statusBar(s, r).startsWith('/'), WAIT, 'the search prompt');
    s.press('collateral');
    await s.waitFor((r) => statusBar(s, r).includes('1 match'), WAIT, 'the search to find the quotation');
    s.press(KEY.ENTER);
    await s.waitFor((r) => statusBar(s, r).includes('/collateral 1/1'), WAIT, 'Enter to confirm the search');
    s.press('y');
    await s.waitFor((r) => statusBar(s, r).includes('copied the quotation of'), WAIT, 'y to copy');
    const said = analysis.text.slice(quote.start, quote.end).replace(/\s+/g, ' ');
    expect(copied).toEqual([`${said} — ${quote.speaker}, ${analysis.title}`]);
    expect(s.output).toContain(`\x1b]52;c;${Buffer.from(copied[0]!).toString('base64')}\x07`);
  });

  it('y copies the paragraph a third of the way down; Y the path', async (t) => {
    const dir = tempDir('lede-copy-');
    const file = join(dir, 'short.txt');
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Short paragraph number ${i + 1} of the story.`);
    writeFileSync(file, ['A story of short paragraphs', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
    const s = await open(t, [file]);
    const copied = clipboard(s);
    const rows = await counted(s, 7, 'j');
    // The paragraph on the row a third of the way down, or the next one after a blank row.
    const third = rows
      .slice(Math.floor(rows.length / 3))
      .find((r) => r.trim())!
      .trim();
    s.press('y');
    await s.waitFor((r) => statusBar(s, r).includes('copied the paragraph (7 words)'), WAIT, 'y to copy');
    expect(copied).toEqual([third]);
    expect(paragraphs).toContain(third);
    s.press('Y');
    await s.waitFor((r) => statusBar(s, r).includes('copied the path'), WAIT, 'Y to copy the path');
    expect(copied).toEqual([third, file]);
  });
});
