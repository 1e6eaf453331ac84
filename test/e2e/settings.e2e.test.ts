/**
 * Looks and settings (issue 12) in a real terminal: the theme chosen from the terminal's answer
 * to OSC 11 (the test answers it through the pty, as a terminal would), a start that does not
 * wait on a terminal that answers nothing, the config file (each setting honoured, a bad one a
 * single line), LEDE, and a remapped key that works and shows in the help.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type TestContext, describe, expect, it } from 'vitest';
import { look } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';
import { type Session, launchCli, launchShell, owned, usesBuiltCli } from './harness.js';

usesBuiltCli();

const SEED = 'seeds/us-drone-strike-baghdad.txt';
const QUERY = '\u001b]11;?';
const ALT_SCREEN = '\u001b[?1049h';
/** xterm's palette numbers of the heading colour: cyan on a dark background, blue on a light one. */
const CYAN = 6;
const BLUE = 4;

/** A Markdown article whose first page shows a heading (coloured by the theme) and a quotation. */
function article(): string {
  const file = join(tempDir('lede-looks-'), 'storm.md');
  const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} tells of the damage along the coast.`);
  writeFileSync(
    file,
    [
      '# Harbours close as the storm reaches the coast',
      'Officials in Lisbon said the storm had closed 12 ports by Monday.',
      '## What the harbour master said',
      '“We have never seen waves like these,” said Ana Costa, the harbour master.',
      ...paragraphs,
    ].join('\n\n'),
  );
  return file;
}

/** A config directory holding `toml` as lede/config.toml. */
function configHome(toml: string): { home: string; file: string } {
  const home = tempDir('lede-xdg-');
  mkdirSync(join(home, 'lede'));
  const file = join(home, 'lede', 'config.toml');
  writeFileSync(file, toml);
  return { home, file };
}

/** The palette colour of the first cell of the row showing `text`, as a number, or null. */
function colourOf(s: Session, text: string): number | null {
  const rows = s.screen();
  const y = rows.findIndex((r) => r.includes(text));
  if (y < 0) return null;
  const buffer = s.term.buffer.active;
  const cell = look(buffer.getLine(buffer.viewportY + y)?.getCell(rows[y]!.indexOf(text)));
  const m = /:(\d+)$/.exec(cell?.fg ?? '');
  return m ? Number(m[1]) : null;
}

const HEADING = 'What the harbour master said';

/** Answers lede's background query through the pty as a terminal would, with `reply` first. */
function answerQuery(s: Session, reply: string): void {
  let answered = false;
  s.onData(() => {
    if (answered || !s.output.includes(QUERY)) return;
    answered = true;
    s.pty.write(reply);
  });
}

async function open(t: TestContext, args: string[], env: Record<string, string> = {}, cols = 100): Promise<Session> {
  const s = owned(t, launchCli(args, { cols, rows: 30, env }));
  await s.waitFor('? help', 20_000, 'the reader to open');
  return s;
}

describe('the theme follows the terminal’s background', { timeout: 60_000 }, () => {
  it('a terminal that answers OSC 11 with white gets the light palette; a key typed meanwhile is kept', async (t) => {
    const s = owned(t, launchCli([article()], { cols: 100, rows: 30 }));
    // `?` reaches lede before the answer, as a key typed at once would: it must open the help, not vanish.
    answerQuery(s, '?\u001b]11;rgb:ffff/ffff/ffff\u001b\\\u001b[?62;22c');
    await s.waitFor('Keys', 20_000, 'the help, opened by the key typed before the answer');
    expect(colourOf(s, 'Keys')).toBe(BLUE);
    s.press('q');
    await s.waitFor(HEADING, 10_000, 'the article again');
    expect(colourOf(s, HEADING)).toBe(BLUE);
  });

  it('rgb:0000/0000/0000 gives the dark palette', async (t) => {
    const s = owned(t, launchCli([article()], { cols: 100, rows: 30 }));
    answerQuery(s, '\u001b]11;rgb:0000/0000/0000\u0007\u001b[?62;22c');
    await s.waitFor(HEADING, 20_000);
    expect(colourOf(s, HEADING)).toBe(CYAN);
  });

  it('a terminal that answers nothing: lede asked, did not hang, and falls back to COLORFGBG, then dark', async (t) => {
    const dark = await open(t, [article()]);
    expect(dark.output).toContain(QUERY);
    expect(colourOf(dark, HEADING)).toBe(CYAN);
    const light = await open(t, [article()], { COLORFGBG: '0;15' });
    expect(colourOf(light, HEADING)).toBe(BLUE);
  });

  it('--theme light asks nothing and draws the light palette', async (t) => {
    const s = await open(t, ['--theme', 'light', article()]);
    expect(s.output).not.toContain(QUERY);
    expect(colourOf(s, HEADING)).toBe(BLUE);
  });

  it('the terminal is not asked when standard input is not a terminal, nor with TERM=dumb', async (t) => {
    const piped = owned(t, launchShell(`cat ${article()} | node dist/cli.js`, { cols: 100, rows: 30 }));
    await piped.waitFor('? help', 20_000);
    expect(piped.output).not.toContain(QUERY);
    // node-pty sets TERM from the terminal's name, so the shell sets it after (as terminal-edges does).
    const dumb = owned(t, launchShell(`TERM=dumb exec node dist/cli.js ${article()}`, { cols: 100, rows: 30 }));
    const info = await dumb.exit(20_000);
    expect(info.exitCode).toBe(0);
    expect(dumb.output).toContain('Paragraph 30');
    expect(dumb.output).not.toContain(QUERY);
  });
});

describe('the config file', { timeout: 60_000 }, () => {
  it('every setting is honoured: theme, width, sidebar, highlight', async (t) => {
    const { home } = configHome('theme = "light"\nwidth = 40\nsidebar = false\nhighlight = true\n');
    const s = await open(t, [article()], { XDG_CONFIG_HOME: home });
    expect(s.output).not.toContain(QUERY); // the theme is set: nothing to ask
    expect(colourOf(s, HEADING)).toBe(BLUE);
    const rows = s.screen();
    expect(rows.some((r) => r.includes('Entities'))).toBe(false);
    expect(rows.find((r) => r.includes('HIGHLIGHT'))).toBeDefined();
    const text = rows.filter((r) => r.includes('Paragraph'));
    expect(text.length).toBeGreaterThan(2);
    for (const r of text) expect(r.trimEnd().length).toBeLessThanOrEqual(41);
  });

  it('the defaults, with no config file: sidebar shown, highlight off, the measure up to 80', async (t) => {
    const s = await open(t, [article()], {}, 140);
    const rows = s.screen();
    expect(rows.some((r) => r.includes('Entities'))).toBe(true);
    expect(rows.some((r) => r.includes('READ'))).toBe(true);
  });

  it('the command line beats LEDE, which beats the file', async (t) => {
    const { home } = configHome('sidebar = true\nhighlight = false\n');
    const s = await open(t, ['--highlight', article()], { XDG_CONFIG_HOME: home, LEDE: '--no-sidebar --no-highlight' });
    const rows = s.screen();
    expect(rows.some((r) => r.includes('Entities'))).toBe(false);
    expect(rows.some((r) => r.includes('HIGHLIGHT'))).toBe(true);
  });

  it('a bad config file is one line naming the file and the problem, and lede starts with the defaults', async (t) => {
    const { home, file } = configHome('width = "wide"\nsidebar = false\n[keys]\nfly = "f"\n');
    const s = await open(t, [article()], { XDG_CONFIG_HOME: home });
    const before = s.output.slice(0, s.output.indexOf(ALT_SCREEN));
    const lines = before.split(/\r?\n/).filter((l) => l.includes('lede:'));
    expect(lines).toEqual([
      `lede: ${file}: width must be a whole number from 20 to 1000; keys: no command is called "fly" (? in lede lists them); using the defaults for those`,
    ]);
    // The good setting beside the bad ones is kept.
    expect(s.screen().some((r) => r.includes('Entities'))).toBe(false);
    s.press('Q');
    expect((await s.exit()).exitCode).toBe(0);
  });

  it('bad TOML is one line too, and lede starts', async (t) => {
    const { home, file } = configHome('width = \n');
    const s = await open(t, [article()], { XDG_CONFIG_HOME: home });
    const before = s.output.slice(0, s.output.indexOf(ALT_SCREEN));
    expect(before.split(/\r?\n/).filter((l) => l.includes('lede:'))).toEqual([
      `lede: ${file}: is not valid TOML (line 1); using the defaults`,
    ]);
  });
});

describe('a remapped key', { timeout: 60_000 }, () => {
  it('does what its command does, the old key no longer does, and ? shows it', async (t) => {
    const { home } = configHome('[keys]\nlineDown = ["e", "ctrl+p"]\n');
    const s = await open(t, [SEED], { XDG_CONFIG_HOME: home });
    // The article's column only: the sidebar's heading changes by itself as the analysis runs.
    const top = () => s.screen()[0]!.split('│')[0];
    const first = top();
    s.press('j');
    await s.waitForSettle();
    expect(top()).toBe(first);
    s.press('e');
    await s.waitFor(() => top() !== first, 10_000, 'e to move a line down');
    const second = top();
    s.press('\u0010'); // Ctrl-P
    await s.waitFor(() => top() !== second, 10_000, 'Ctrl-P to move a line down');
    s.press('?');
    const help = await s.waitFor('Keys', 10_000);
    expect(help.some((r) => /e Ctrl-P\s+line down/.test(r))).toBe(true);
    expect(help.some((r) => /j k ↓ ↑\s+line down/.test(r))).toBe(false);
    // The help's own hint is drawn from the remapped table too.
    expect(help.some((r) => r.includes('e/k scroll'))).toBe(true);
  });
});

describe('--print-config', () => {
  it('prints the effective settings in the config format, from every layer', async (t) => {
    const { home } = configHome('width = 60\n[keys]\nquit = ["x", "q"]\n');
    const s = owned(
      t,
      launchCli(['--print-config', '--no-sidebar'], { env: { XDG_CONFIG_HOME: home, LEDE: '--theme light' } }),
    );
    expect((await s.exit()).exitCode).toBe(0);
    const out = s.output.replace(/\r/g, '');
    expect(out).toContain(
      'theme = "light"\nwidth = 60\nsidebar = false\nhighlight = false\n\n[keys]\nquit = ["x", "q"]\n',
    );
  });
});
