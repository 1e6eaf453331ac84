/**
 * The built CLI in a real pseudo-terminal, read back through a headless xterm: what a person at
 * a terminal would see and what their terminal is left like afterwards. Needs `npm run build`.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import type { Quote } from '../../src/analysis/types.js';
import { speakerTags } from '../../src/layout/speakers.js';
import { type TestContext, describe, expect, it } from 'vitest';
import {
  CLI,
  KEY,
  REPO_ROOT,
  type Session,
  childPids,
  interactiveEnv,
  launchCli,
  launchShell,
  owned,
  wrapped,
  afterwards,
  type Afterwards,
  usesBuiltCli,
} from './harness.js';

const SEED = 'seeds/us-drone-strike-baghdad.txt';
const TITLE = 'US drone strike kills Iran-backed militia leader in Baghdad';
/** The article's last words, on screen once the reader is at the bottom. */
const LAST_WORDS = 'commercial ships in the Red Sea.';
/** The narrowest terminal that shows the sidebar. */
const SIDEBAR_MIN_COLUMNS = 80;

usesBuiltCli();

// ---- reading the screen ----------------------------------------------------------------------

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Rows the article pane occupies (everything above the status bar). */
const paneRows = (s: Session) => s.rows - 1;
/**
 * First column of the sidebar — its left border, a `│` in the same column on every pane row — or
 * the terminal's width when no sidebar is drawn. Read off the screen: the sidebar's width varies.
 */
function sidebarX(s: Session, rows = s.screen()): number {
  const pane = rows.slice(0, paneRows(s)).map((r) => [...r]);
  const first = pane[0] ?? [];
  for (let x = 0; x < first.length; x++) if (first[x] === '│' && pane.every((r) => r[x] === '│')) return x;
  return s.cols;
}

/** The article pane's rows, without the sidebar, trailing blanks trimmed. */
function articleRows(s: Session, rows = s.screen()): string[] {
  const x = sidebarX(s, rows);
  return rows.slice(0, paneRows(s)).map((r) => [...r].slice(0, x).join('').trimEnd());
}

function sidebarRows(s: Session, rows = s.screen()): string[] {
  const x = sidebarX(s, rows);
  return rows.slice(0, paneRows(s)).map((r) => [...r].slice(x).join('').trimEnd());
}

function statusBar(s: Session, rows = s.screen()): string {
  return rows[s.rows - 1] ?? '';
}

function percent(s: Session, rows = s.screen()): number | null {
  const m = /(\d+)%/.exec(statusBar(s, rows));
  return m ? Number(m[1]) : null;
}

/** The reader is up: the status bar is drawn and the article's title is at the top. */
function showsReader(rows: string[], s: Session): boolean {
  return /\? help/.test(statusBar(s, rows)) && squash(articleRows(s, rows).join(' ')).includes(TITLE);
}

/** Cells drawn in inverse inside the article pane (the marked mention or match). */
function inverseInArticle(s: Session) {
  return s.findCells((c) => c.isInverse() !== 0, { x1: sidebarX(s), y1: paneRows(s) });
}

function textOf(cells: { chars: string }[]): string {
  return cells.map((c) => c.chars).join('');
}

/**
 * Every line of the article as the pane shows it, read page by page from the top (where the
 * reader must be). Each space waits for its effect before the next is sent.
 */
async function readWholeArticle(s: Session): Promise<string[]> {
  expect(articleRows(s)[0], 'readWholeArticle starts at the top').toMatch(/^ ?US drone strike/);
  let page = articleRows(s);
  const height = page.length;
  const lines = [...page];
  for (let pages = 1; !(percent(s) === 100 && squash(lines.join(' ')).endsWith(LAST_WORDS)); pages++) {
    if (pages > 200) throw new Error(`the article never reaches its end\n${s.dump()}`);
    const before = page;
    s.press(' ');
    await s.waitFor(() => articleRows(s).join('\n') !== before.join('\n'), undefined, 'space to page down');
    page = articleRows(s);
    // A page moves on by exactly its height, except the last, which stops at the end of the
    // article and so repeats the previous page's last lines: skip those.
    let repeated = 0;
    if (percent(s) === 100) {
      for (let k = height - 1; k > 0; k--) {
        if (page.slice(0, k).join('\n') === before.slice(height - k).join('\n')) {
          repeated = k;
          break;
        }
      }
    }
    lines.push(...page.slice(repeated));
  }
  return lines;
}

// ---- sessions --------------------------------------------------------------------------------

async function openReader(t: TestContext, cols: number, rows: number, args: string[] = []): Promise<Session> {
  const s = owned(t, launchCli(args, { cols, rows }));
  await s.waitFor(showsReader, undefined, 'the reader to open on the bundled article');
  await s.waitForAnalysis();
  return s;
}

/** The terminal is back as a shell needs it: main screen, cursor shown, canonical mode and echo on. */
function expectTerminalRestored(s: Session, after?: Afterwards): void {
  expect(s.isAltScreen(), `still on the alternate screen\n${s.dump()}`).toBe(false);
  expect(s.isCursorHidden(), `the cursor is still hidden\n${s.dump()}`).toBe(false);
  if (after) {
    expect(after.sttySame, `stty -g differs after lede exited; stty -a: ${after.sttyA}`).toBe(true);
    const flags = after.sttyA.split(/[\s;]+/);
    expect(flags).toContain('icanon');
    expect(flags).toContain('echo');
    expect(flags).not.toContain('-icanon');
    expect(flags).not.toContain('-echo');
  }
}

/** The pid of the CLI a wrapper shell started, once it is running. */
async function cliPid(s: Session): Promise<number> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const [pid] = childPids(s.pty.pid);
    if (pid) return pid;
    if (Date.now() > deadline) throw new Error(`the wrapper started no process\n${s.dump()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * In highlight mode each quote with a known speaker that visibly ends (see layout/speakers.ts)
 * gets one "— speaker" tag, set apart from the words around it; take the tags away and the text
 * is the article's, word for word.
 */
async function expectHighlightKeepsTheText(t: TestContext, cols: number, rows: number): Promise<void> {
  const analysis = JSON.parse((await run(['--json', SEED])).stdout) as { text: string; quotes: Quote[] };
  const tagged = speakerTags(analysis.text, analysis.quotes).length;
  const speakers = [...new Set(analysis.quotes.map((q) => q.speaker).filter((x): x is string => !!x))].sort(
    (a, b) => b.length - a.length,
  );
  const s = await openReader(t, cols, rows);
  s.press('h');
  await s.waitFor(() => statusBar(s).includes('HIGHLIGHT'), undefined, 'HIGHLIGHT in the status bar');
  await s.waitForSettle();
  const shown = squash((await readWholeArticle(s)).join(' '));
  // The article has no dashes of its own: every "— " on screen starts a speaker tag.
  const tags = shown.match(/(?:^|\s)— /g) ?? [];
  expect(tags.length, `${tagged} quotes have a speaker, ${tags.length} tags are drawn:\n${shown}`).toBe(tagged);
  // A tag stands apart from the words around it; without the tags, the text is the article's.
  let words = shown;
  for (const speaker of speakers)
    words = words.replace(new RegExp(`(^|\\s)— ${speaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$)`, 'g'), '$1');
  const got = squash(words).split(' ');
  const want = squash(readFileSync(join(REPO_ROOT, SEED), 'utf8')).split(' ');
  const at = got.findIndex((w, i) => w !== want[i]);
  const context = (ws: string[]) => ws.slice(Math.max(0, at - 6), at + 6).join(' ');
  expect(
    at,
    `at ${cols}×${rows} the highlighted text differs from the article at word ${at}:\n  shown:   …${context(got)}…\n  article: …${context(want)}…`,
  ).toBe(-1);
  expect(got.length).toBe(want.length);
}

// ---- the reader, at a roomy and a cramped size --------------------------------------------------

describe.each([
  { cols: 120, rows: 40 },
  { cols: 60, rows: 20 },
])('the reader at $cols×$rows', { timeout: 30_000, concurrent: true }, ({ cols, rows }) => {
  const sidebar = cols >= SIDEBAR_MIN_COLUMNS;

  it('opens the bundled article full screen, cursor hidden', async (t) => {
    const s = await openReader(t, cols, rows);
    expect(s.isAltScreen()).toBe(true);
    expect(s.isCursorHidden()).toBe(true);
    const screen = s.screen();
    expect(articleRows(s, screen)[0]).toMatch(/^ ?US drone strike/);
    expect(statusBar(s, screen)).toMatch(/\d+%/);
    expect(statusBar(s, screen)).toContain('READ');
    expect(screen[rows - 1], 'the status bar is on the last row').toMatch(/\? help/);
    // Nothing is wider than the reading measure.
    for (const row of articleRows(s, screen)) expect(stringWidth(row)).toBeLessThanOrEqual(Math.min(82, cols));
    if (sidebar) {
      expect(sidebarX(s, screen), `no sidebar border (a │ on every pane row)\n${s.dump()}`).toBeLessThan(cols);
      const text = sidebarRows(s, screen).join('\n');
      expect(text).toContain('Entities');
      expect(text).toMatch(/People \(\d+\)/);
      expect(text).toMatch(/Places \(\d+\)/);
    } else {
      expect(sidebarX(s, screen)).toBe(cols);
      expect(screen.join('\n')).not.toContain('Entities');
      expect(screen.join('\n')).not.toContain('│');
    }
  });

  it('scrolls: j a line, space a page, G the bottom, g the top', async (t) => {
    const s = await openReader(t, cols, rows);
    const start = articleRows(s);
    const startPercent = percent(s);
    expect(startPercent).toBeLessThan(100);

    s.press('j');
    await s.waitFor(
      () => articleRows(s).slice(0, -1).join('\n') === start.slice(1).join('\n'),
      undefined,
      'j to move the text up one line',
    );
    s.press('k');
    await s.waitFor(() => articleRows(s).join('\n') === start.join('\n'), undefined, 'k to move it back');

    s.press(' ');
    await s.waitFor(
      () => (percent(s) ?? 0) > startPercent! && articleRows(s)[0] !== start[0],
      undefined,
      'space to page down',
    );
    const paged = articleRows(s);
    expect(
      paged.some((r) => start.includes(r) && r.trim().length > 20),
      'a page moves past every line that was shown',
    ).toBe(false);
    s.press('b');
    await s.waitFor(() => articleRows(s).join('\n') === start.join('\n'), undefined, 'b to page back to the top');

    s.press('G');
    await s.waitFor(
      () => percent(s) === 100 && squash(articleRows(s).join(' ')).includes(LAST_WORDS),
      undefined,
      'G to reach the bottom (100%)',
    );
    s.press('g');
    await s.waitFor(
      () => articleRows(s).join('\n') === start.join('\n') && percent(s) === startPercent,
      undefined,
      'g to return to the top',
    );
  });

  if (sidebar) {
    it('Tab and Enter jump to the first entity’s first mention; n and N step through mentions', async (t) => {
      const s = await openReader(t, cols, rows);
      s.press(KEY.TAB);
      // The selected entity is drawn in inverse in the sidebar.
      const selected = await s.waitFor(
        () => s.findCells((c) => c.isInverse() !== 0, { x0: sidebarX(s), y1: paneRows(s) }).length > 0,
        undefined,
        'Tab to select an entity in the sidebar',
      );
      const side = sidebarRows(s, selected);
      const firstEntityRow = side.findIndex((r, i) => i > 0 && /^│\s+\S/.test(r) && !/\(\d+\)$/.test(r.trim()));
      expect(firstEntityRow, `no entity row in the sidebar\n${s.dump()}`).toBeGreaterThan(0);
      // "│   Kataib Hezbol…   3 ▂··▄…": the name is what sits before the count.
      const listed = /^│\s+(?:▸\s+)?(.+?)\s+\d+\s+\S+$/.exec(side[firstEntityRow]!)?.[1];
      expect(listed, `cannot read the entity row: ${side[firstEntityRow]}`).toBeDefined();
      const prefix = listed!.replace(/…$/, '');

      s.press(KEY.ENTER);
      const chosen = /(?:READ|HIGHLIGHT)\s+(.+?) (\d+)\/(\d+)\s+\? help/;
      await s.waitFor(
        () => chosen.test(statusBar(s)) && inverseInArticle(s).length > 0,
        undefined,
        'Enter to choose the entity and mark its first mention',
      );
      const [, name, k, n] = chosen.exec(statusBar(s))!;
      expect(name!.startsWith(prefix), `status names "${name}", the sidebar listed "${listed}"`).toBe(true);
      expect(k).toBe('1');
      const total = Number(n);
      expect(total).toBeGreaterThanOrEqual(1);
      const firstMark = inverseInArticle(s);
      expect(textOf(firstMark).trim().length).toBeGreaterThan(0);
      // The mark sits on the page, not under the status bar.
      expect(Math.max(...firstMark.map((c) => c.y))).toBeLessThan(paneRows(s));

      if (total > 1) {
        s.press('n');
        await s.waitFor(
          () => statusBar(s).includes(` 2/${total}`) && inverseInArticle(s).length > 0,
          undefined,
          'n to go to the second mention',
        );
        s.press('N');
        await s.waitFor(() => statusBar(s).includes(` 1/${total}`), undefined, 'N to go back to the first mention');
        // The status bar is its own write on the last row: the pane's frame may land a moment later.
        await s.waitFor(() => textOf(inverseInArticle(s)) === textOf(firstMark), undefined, 'the first mention marked');
      }
    });
  } else {
    it('Tab shows the entity list in place of the text; Enter jumps back to the text at the first mention', async (t) => {
      const s = await openReader(t, cols, rows);
      s.press(KEY.TAB);
      await s.waitFor(
        (r) => r[0]!.includes('Entities') && !squash(r.join(' ')).includes(TITLE),
        undefined,
        'Tab to show the entity list instead of the text',
      );
      s.press(KEY.ENTER);
      const chosen = /(?:READ|HIGHLIGHT)\s+(.+?) 1\/(\d+)\s+\? help/;
      await s.waitFor(
        (r) => chosen.test(statusBar(s)) && !r[0]!.includes('Entities') && inverseInArticle(s).length > 0,
        undefined,
        'Enter to choose the first entity and return to the text with its mention marked',
      );
    });
  }

  it('h highlights: HIGHLIGHT in the status bar and quotes drawn in green', async (t) => {
    const s = await openReader(t, cols, rows);
    const green = () =>
      s.findCells(
        (c) => c.isFgPalette() && (c.getFgColor() === 2 || c.getFgColor() === 10) && c.getChars().trim() !== '',
        {
          x1: sidebarX(s),
          y1: paneRows(s),
        },
      );
    expect(green(), 'plain reading draws no text in green').toEqual([]);
    s.press('h');
    await s.waitFor(() => statusBar(s).includes('HIGHLIGHT'), undefined, 'HIGHLIGHT in the status bar');
    await s.waitForSettle();
    // The first quote may be further down: page until one is on screen.
    for (let page = 0; green().length === 0; page++) {
      if (percent(s) === 100 || page > 20)
        throw new Error(`no text drawn in green anywhere in the article\n${s.dump()}`);
      const before = articleRows(s).join('\n');
      s.press(' ');
      await s.waitFor(() => articleRows(s).join('\n') !== before, undefined, 'space to page down');
      await s.waitForSettle();
    }
    const cells = green();
    // Quoted text: plain text around it keeps the default colour.
    const row = cells[0]!.y;
    expect(
      s.findCells((c) => c.isFgDefault() && c.getChars().trim() !== '', { x1: sidebarX(s), y0: row, y1: row + 1 })
        .length + cells.length,
    ).toBeGreaterThan(0);
    expect(textOf(cells).length).toBeGreaterThan(3);

    s.press('h');
    await s.waitFor(
      () => statusBar(s).includes('READ') && green().length === 0,
      undefined,
      'h again to turn highlighting off',
    );
  });

  it('h keeps every word of the article and tags each quote with its speaker once', async (t) => {
    await expectHighlightKeepsTheText(t, cols, rows);
  });

  it('? shows every key; Esc closes it', async (t) => {
    const s = await openReader(t, cols, rows);
    const start = articleRows(s);
    s.press('?');
    await s.waitFor(
      (r) => r[0]!.includes('Keys') && r.some((x) => x.includes('line down')),
      undefined,
      'the help overlay',
    );
    // The list is longer than a small screen: j scrolls it until the last key shows.
    for (let i = 0; !s.screen().some((r) => /\bquit\b/.test(r)); i++) {
      if (i > 250) throw new Error(`"quit" never shows in the help\n${s.dump()}`);
      const before = s.screen().join('\n');
      s.press('j');
      await s.waitFor(() => s.screen().join('\n') !== before, undefined, 'j to scroll the help');
    }
    s.press(KEY.ESC);
    await s.waitFor(
      () => !s.screen()[0]!.includes('Keys') && articleRows(s).join('\n') === start.join('\n'),
      undefined,
      'Esc to close the help',
    );
  });

  it('/ searches: matches highlighted, the status shows the match count', async (t) => {
    const s = await openReader(t, cols, rows);
    s.press('/');
    await s.waitFor(() => statusBar(s).startsWith('/'), undefined, 'the search prompt');
    s.press('Baghdad');
    await s.waitFor(() => /\/Baghdad.*\d+ match/.test(statusBar(s)), undefined, 'the query and its match count');
    s.press(KEY.ENTER);
    const found = /\/Baghdad (\d+)\/(\d+)/;
    await s.waitFor(() => found.test(statusBar(s)), undefined, 'the confirmed search in the status bar');
    const [, k, n] = found.exec(statusBar(s))!;
    expect(k).toBe('1');
    expect(Number(n)).toBeGreaterThan(1);
    // Matches are drawn (yellow background), the current one marked in inverse. The status bar is
    // its own write on the last row, so the pane's frame may land a moment after it: wait for it.
    await s.waitFor(() => textOf(inverseInArticle(s)) === 'Baghdad', undefined, 'the current match marked');
    const marked = inverseInArticle(s);
    expect(textOf(marked)).toBe('Baghdad');
    const others = s.findCells((c) => c.isBgPalette() && c.getBgColor() === 3, { x1: sidebarX(s), y1: paneRows(s) });
    expect(others.length % 'Baghdad'.length).toBe(0);
    s.press('n');
    await s.waitFor(() => statusBar(s).includes(`/Baghdad 2/${n}`), undefined, 'n to go to the next match');
    await s.waitFor(() => textOf(inverseInArticle(s)) === 'Baghdad', undefined, 'the next match marked');
  });

  it('q quits with status 0 and leaves the terminal as it was', async (t) => {
    const s = wrapped(t, `node ${CLI}`, cols, rows);
    await s.waitFor(showsReader, undefined, 'the reader to open');
    await s.waitForAnalysis();
    expect(s.isAltScreen()).toBe(true);
    s.press('q');
    const after = await afterwards(s);
    expect(after.status).toBe(0);
    expectTerminalRestored(s, after);
  });

  it('Ctrl-C quits and restores the terminal', async (t) => {
    const s = wrapped(t, `node ${CLI}`, cols, rows);
    await s.waitFor(showsReader, undefined, 'the reader to open');
    await s.waitForAnalysis();
    s.press(KEY.CTRL_C);
    const after = await afterwards(s);
    expect([0, 130]).toContain(after.status);
    expectTerminalRestored(s, after);
  });

  it.for([
    { signal: 'SIGTERM', status: 143 },
    { signal: 'SIGHUP', status: 129 },
  ] as const)('$signal restores the terminal', async ({ signal, status }, t) => {
    const s = wrapped(t, `node ${CLI}`, cols, rows);
    await s.waitFor(showsReader, undefined, 'the reader to open');
    await s.waitForAnalysis();
    process.kill(await cliPid(s), signal);
    const after = await afterwards(s);
    expect(after.status).toBe(status);
    expectTerminalRestored(s, after);
  });

  it('SIGTERM sent through the pty restores the terminal', async (t) => {
    const s = await openReader(t, cols, rows);
    s.pty.kill('SIGTERM');
    const info = await s.exit();
    expect(info.exitCode).toBe(143);
    expectTerminalRestored(s);
  });

  it.for([
    { how: 'piped in', command: `cat ${SEED} | node ${CLI}` },
    { how: 'read from - ', command: `node ${CLI} - < ${SEED}` },
  ])('reads an article $how and still takes keys from the terminal', async ({ command }, t) => {
    const s = wrapped(t, command, cols, rows);
    await s.waitFor(showsReader, undefined, 'the reader to open on the piped article');
    await s.waitForAnalysis();
    const start = articleRows(s);
    s.press('j');
    await s.waitFor(
      () => articleRows(s).slice(0, -1).join('\n') === start.slice(1).join('\n'),
      undefined,
      'j to scroll',
    );
    s.press('q');
    const after = await afterwards(s);
    expect(after.status).toBe(0);
    expectTerminalRestored(s, after);
  });
});

describe(
  'the reader at 80×24, the classic terminal (sidebar shown, a 46-column measure)',
  { timeout: 30_000, concurrent: true },
  () => {
    it('h keeps every word of the article and tags each quote with its speaker once', async (t) => {
      await expectHighlightKeepsTheText(t, 80, 24);
    });
  },
);

describe('piped input without a terminal to take keys from', { timeout: 30_000, concurrent: true }, () => {
  it('says so in one line and exits 1, without touching the screen', async (t) => {
    // setsid leaves the pty as standard output but drops the controlling terminal, so /dev/tty cannot open.
    const s = owned(
      t,
      launchShell(`cat ${SEED} | setsid -w node ${CLI} 2>&1; echo "EXIT=$?"`, { cols: 100, rows: 20 }),
    );
    await s.waitFor((r) => r.some((l) => l.startsWith('EXIT=')), undefined, 'the program to finish');
    const shown = s.screen().filter((l) => l.trim() !== '');
    expect(shown).toEqual([
      'lede: standard input: no terminal to read keys from (use --plain to print the article)',
      'EXIT=1',
    ]);
    expect(s.isAltScreen()).toBe(false);
  });
});

describe('the reader without colour', { timeout: 30_000, concurrent: true }, () => {
  it('NO_COLOR draws no colour, yet highlight mode still sets quotes apart (italic)', async (t) => {
    const s = owned(t, launchCli([], { cols: 120, rows: 40, env: { NO_COLOR: '1' } }));
    await s.waitFor(showsReader, undefined, 'the reader to open on the bundled article');
    await s.waitForAnalysis();
    s.press('h');
    await s.waitFor(() => statusBar(s).includes('HIGHLIGHT'), undefined, 'HIGHLIGHT in the status bar');
    await s.waitForSettle();
    const coloured = s.findCells((c) => !c.isFgDefault() || !c.isBgDefault());
    expect(coloured, 'no cell has a colour').toEqual([]);
    const italic = s.findCells((c) => c.isItalic() !== 0 && c.getChars().trim() !== '', {
      x1: sidebarX(s),
      y1: paneRows(s),
    });
    expect(textOf(italic), 'the quotes on the first page are in italics').toContain('embarrassment');
  });
});

describe('keys that reach the reader together', { timeout: 30_000, concurrent: true }, () => {
  // Holding j down (key repeat), typing fast on a busy machine or pasting delivers several keys
  // in one read; Ink passes such a chunk to useInput as one string.
  it('handles each of several keys that arrive in one read', async (t) => {
    const s = await openReader(t, 120, 40);
    const start = articleRows(s);
    s.press('jj');
    await s.waitFor(
      () => articleRows(s).slice(0, -2).join('\n') === start.slice(2).join('\n'),
      undefined,
      '"jj" sent in one write to scroll two lines',
    );
  });
});

describe('the reader when the terminal is resized', { timeout: 30_000, concurrent: true }, () => {
  it('hides the sidebar when narrowed, shows it again when widened', async (t) => {
    const s = await openReader(t, 120, 40);
    await s.waitFor(() => sidebarRows(s).join('\n').includes('Entities'));
    s.resize(60, 20);
    await s.waitFor(
      (r) => !r.join('\n').includes('Entities') && showsReader(r, s) && /\? help/.test(r[19]!),
      undefined,
      'the narrow layout',
    );
    s.resize(120, 40);
    await s.waitFor(
      (r) => sidebarRows(s, r).join('\n').includes('Entities') && showsReader(r, s),
      undefined,
      'the sidebar to come back',
    );
  });
});

// ---- without a terminal -------------------------------------------------------------------------

/** Runs the CLI with pipes for stdin, stdout and stderr (no terminal anywhere), without blocking the other tests. */
function run(args: string[], input?: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: REPO_ROOT,
      env: { ...interactiveEnv(), FORCE_COLOR: '3', TERM: 'xterm-256color' },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 15_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('lede without a terminal', { timeout: 30_000, concurrent: true }, () => {
  it.each([
    { what: 'a missing file', path: '/no/such/file.txt', status: 1 },
    // A directory is a shelf, and a shelf needs a terminal: wrong usage here, not a bad file.
    { what: 'a directory', path: 'seeds', status: 2 },
  ])('$what: one line on stderr, status $status', async ({ path, status }) => {
    const r = await run([path]);
    expect(r.status).toBe(status);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines, `stderr was:\n${r.stderr}`).toHaveLength(1);
    expect(lines[0]).toMatch(/^lede: /);
    expect(lines[0]).toContain(path);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it.each([
    { how: '--plain FILE', args: ['--plain', SEED] },
    { how: 'FILE, stdout not a terminal', args: [SEED] },
    { how: '--plain, article piped in', args: ['--plain'], input: readFileSync(join(REPO_ROOT, SEED), 'utf8') },
    {
      how: 'no FILE, article piped in, stdout not a terminal',
      args: [],
      input: readFileSync(join(REPO_ROOT, SEED), 'utf8'),
    },
  ])('prints the article wrapped, without escapes ($how)', async ({ args, input }) => {
    const r = await run(args, input);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.replace(/\n$/, '').split('\n');
    expect(lines[0]).toBe(TITLE);
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u009b]/);
    expect(squash(r.stdout)).toContain(LAST_WORDS);
    // Every word of the article is there, in order.
    expect(squash(r.stdout)).toBe(squash(readFileSync(join(REPO_ROOT, SEED), 'utf8')));
  });
});
