/**
 * lede attacked through what it names and what it is fed: file names and server answers that
 * carry terminal controls, and small inputs built to make the wrapper or the parsers run for
 * minutes or overflow the stack. The built CLI runs in a real pty read back through xterm, or as
 * a plain child process for `--plain`. Needs `npm run build`.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, listenRaw } from '../helpers/http.js';
import { tempDir } from '../helpers/temp.js';
import { CLI, REPO_ROOT, type Session, interactiveEnv, launchCli, owned, usesBuiltCli } from './harness.js';

usesBuiltCli();

/** Sets the window title (OSC 0, ended by BEL), then colours red (SGR 31). */
const TITLE_SEQ = '\x1b]0;PWNED\x07';
const RED = '\x1b[31m';

/** A process killed after this long has hung: the ceiling is generous, the point is that it ends. */
const HANG_CEILING_MS = 20_000;

interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI to its end (or kills it at the ceiling) and reports what it printed. */
function runCli(args: readonly string[], timeoutMs = HANG_CEILING_MS): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: REPO_ROOT, env: interactiveEnv(), timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ status, signal: error?.signal ?? null, stdout, stderr });
      },
    );
  });
}

/** What the terminal was made to do besides drawing text. */
function watchTitles(s: Session): { titles: string[]; oscs: string[] } {
  const seen = { titles: [] as string[], oscs: [] as string[] };
  s.term.onTitleChange((t) => seen.titles.push(t));
  for (const id of [0, 1, 2, 8, 52]) {
    s.term.parser.registerOscHandler(id, (data) => {
      seen.oscs.push(`${id};${data}`);
      return false;
    });
  }
  return seen;
}

/** Cells drawn red (palette 1, 9, 160, 196 or a red RGB), as `ESC[31m` would make them. */
function redCells(s: Session): number {
  const red = (palette: boolean, rgb: boolean, c: number) =>
    (palette && [1, 9, 160, 196].includes(c)) ||
    (rgb && c >> 16 > 0x80 && ((c >> 8) & 0xff) < 0x60 && (c & 0xff) < 0x60);
  return s.findCells((c) => red(c.isFgPalette(), c.isFgRGB(), c.getFgColor())).length;
}

describe('names and server answers cannot drive the terminal', () => {
  let notFound: LocalServer;
  let badType: LocalServer;

  beforeAll(async () => {
    notFound = await listenRaw(`HTTP/1.1 404 ${TITLE_SEQ}${RED}Gone\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    badType = await listenRaw(
      'HTTP/1.1 200 OK\r\nContent-Type: image/x\x9d0;PWNED\x9c\x9b31m\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi',
    );
  });
  afterAll(async () => {
    await notFound.close();
    await badType.close();
  });

  it('shows a shelf of files with escapes in their names with stand-ins, title and colours untouched', async (t) => {
    const dir = tempDir('lede-attack-shelf-');
    writeFileSync(join(dir, `evil${TITLE_SEQ}${RED}red.txt`), 'Harbour report\n\nThe ferry ran late again today.\n');
    writeFileSync(join(dir, `broken${TITLE_SEQ}.txt`), '');
    const s = owned(t, launchCli([dir], { cols: 100, rows: 20 }));
    const seen = watchTitles(s);
    const rows = await s.waitFor('Harbour report');
    const shown = rows.join('\n');
    expect(shown, s.dump()).toContain('evil␛]0;PWNED␇␛[31mred.txt');
    expect(shown, s.dump()).toContain('broken␛]0;PWNED␇.txt: the file is empty');
    expect(seen.titles).toEqual([]);
    expect(seen.oscs).toEqual([]);
    expect(redCells(s), s.dump()).toBe(0);
    expect(s.output).not.toContain(TITLE_SEQ);
    expect(s.output).not.toContain(RED);
  });

  it('prints a hostile reason phrase on one safe line and exits 1', async () => {
    const run = await runCli(['--plain', `${notFound.base}/story`]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`lede: ${notFound.base}/story: the server answered 404 ␛]0;PWNED␇␛[31mGone\n`);
  });

  it('prints a hostile Content-Type with stand-ins for its C1 controls', async () => {
    const run = await runCli(['--plain', `${badType.base}/story`]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`lede: ${badType.base}/story: is not an article (the server sent image/x⍰0)\n`);
  });

  it('prints a warning that quotes a state path from the environment with stand-ins', async (t) => {
    // XDG_STATE_HOME is the user's, but a warning quoting it reaches the terminal like any text.
    const state = join(tempDir('lede-attack-state-'), `state${TITLE_SEQ}${RED}`);
    mkdirSync(join(state, 'lede'), { recursive: true });
    writeFileSync(join(state, 'lede', 'positions.json'), '{ not json');
    const seed = join(REPO_ROOT, 'seeds/us-drone-strike-baghdad.txt');
    const s = owned(t, launchCli([seed], { cols: 120, rows: 20, env: { XDG_STATE_HOME: state } }));
    const seen = watchTitles(s);
    await s.waitFor('US drone strike');
    s.press('q');
    await s.exit();
    const shown = s.screen().join('');
    expect(shown, s.dump()).toContain('state␛]0;PWNED␇␛[31m/lede/positions.json is not a');
    expect(seen.titles).toEqual([]);
    expect(s.output).not.toContain(TITLE_SEQ);
  });

  it("shows the servers' answers in the shelf's error rows with stand-ins", async (t) => {
    const s = owned(t, launchCli([`${notFound.base}/a`, `${badType.base}/b`], { cols: 120, rows: 20 }));
    const seen = watchTitles(s);
    await s.waitFor('the server sent');
    const shown = s.screen().join('\n');
    expect(shown, s.dump()).toContain('the server answered 404 ␛]0;PWNED␇␛[31mGone');
    expect(shown, s.dump()).toContain('is not an article (the server sent image/x⍰0)');
    expect(seen.titles).toEqual([]);
    expect(seen.oscs).toEqual([]);
    expect(redCells(s), s.dump()).toBe(0);
    expect(s.output).not.toMatch(/[\x07\x9b\x9c\x9d]/);
  });
});

/** Writes `content` to a fresh file named `name` and returns its path. */
function hostileFile(name: string, content: string): string {
  const path = join(tempDir('lede-attack-input-'), name);
  writeFileSync(path, content);
  return path;
}

/** Ran to its end on its own, with no stack trace and no internal error. */
function expectFinished(run: Run, what: string): void {
  expect(run.signal, `${what} was killed after ${HANG_CEILING_MS / 1000} s: it hangs`).toBeNull();
  expect(run.stderr).not.toMatch(/Maximum call stack|unexpected error|\n\s+at /);
  expect(run.status, `${what}: ${run.stderr}`).toBe(0);
}

// Each test runs lede up to twice; the vitest limit leaves room for both to reach the ceiling, so a
// slow run on a loaded machine fails as a hang (expectFinished) only when it is one.
describe('small hostile inputs open within seconds', { timeout: 2 * HANG_CEILING_MS + 5_000 }, () => {
  it('wraps a 200,000-character word at the measure, every character kept', async () => {
    const word = 'QmFzZTY0'.repeat(25_000);
    const run = await runCli(['--plain', '--width', '60', hostileFile('blob.txt', `A blob\n\n${word}\n`)]);
    expectFinished(run, 'a 200,000-character word');
    const lines = run.stdout.trimEnd().split('\n').slice(2);
    expect(lines.every((l) => l.length <= 60)).toBe(true);
    expect(lines.join('')).toBe(word);
  });

  it("reads '_a*' × 10,000 as text, with one warning", async () => {
    const run = await runCli(['--plain', hostileFile('emphasis.md', `# Stars\n\n${'_a*'.repeat(10_000)}\n`)]);
    expectFinished(run, "'_a*' × 10,000");
    expect(run.stdout.replace(/\s/g, '')).toBe(`Stars${'_a*'.repeat(10_000)}`);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      /emphasis\.md: too complex to format in full: 1 paragraph shown without Markdown formatting/,
    );
  });

  it('opens 2,000 nested block quotes (one level more each line), flattened', async () => {
    const lines = Array.from({ length: 2_000 }, (_, i) => `${'>'.repeat(i + 1)} level${i + 1}`);
    const run = await runCli(['--plain', hostileFile('quotes.md', `# Deep\n\n${lines.join('\n')}\n`)]);
    expectFinished(run, '2,000 nested block quotes');
    expect(run.stdout).toContain('level1\n');
    expect(run.stdout).toContain('level2000');
    expect(run.stderr).toMatch(/nesting deeper than 16 levels is flattened/);
  });

  it("opens 2,000 '>' on one line and 10,000 nested list items", async () => {
    const quotes = await runCli(['--plain', hostileFile('q.md', `# Q\n\n${'>'.repeat(2_000)} deepest\n`)]);
    expectFinished(quotes, "2,000 '>'");
    expect(quotes.stdout).toContain('deepest');
    const list = await runCli(['--plain', hostileFile('l.md', `# L\n\n${'- '.repeat(10_000)}innermost\n`)]);
    expectFinished(list, '10,000 nested list items');
    expect(list.stdout).toContain('• innermost');
  });

  it('opens Markdown full of unclosed comments, block and inline', async () => {
    const block = await runCli(['--plain', hostileFile('c.md', `# C\n\nBefore.\n\n${'<!-- x\n'.repeat(60_000)}`)]);
    expectFinished(block, 'unclosed <!-- blocks');
    expect(block.stdout).toContain('Before.');
    const inline = await runCli(['--plain', hostileFile('i.md', `# I\n\nsay ${'<!-- y '.repeat(60_000)}\n`)]);
    expectFinished(inline, 'unclosed <!-- inline');
    expect(inline.stdout).toContain('say <!-- y <!-- y');
  });

  it('opens HTML with 10,000 and 100,000 nested <div>s, flattened', async () => {
    for (const depth of [10_000, 100_000]) {
      const page = `<html><body><h1>Nested</h1>${'<div>'.repeat(depth)}<p>The innermost paragraph has words enough to read.</p>${'</div>'.repeat(depth)}</body></html>`;
      const run = await runCli(['--plain', hostileFile(`d${depth}.html`, page)]);
      expectFinished(run, `${depth} nested <div>s`);
      expect(run.stdout).toContain('The innermost paragraph has words enough to read.');
      expect(run.stderr).toMatch(/nesting deeper than 128 levels is flattened/);
    }
  });

  it('opens a plain-text heading line of 20,000 spaces', async () => {
    const run = await runCli(['--plain', hostileFile('h.txt', `Title\n\n# a${' '.repeat(20_000)}b\n\nBody.\n`)]);
    expectFinished(run, 'a heading of spaces');
    expect(run.stdout).toContain('a b');
  });

  it('shows a 200,000-character word in the reader and quits on q', async (t) => {
    const word = 'x'.repeat(200_000);
    const s = owned(t, launchCli([hostileFile('word.txt', `Long word\n\n${word}\n`)], { cols: 100, rows: 20 }));
    await s.waitFor('Long word', HANG_CEILING_MS);
    await s.waitFor((rows) => rows.some((r) => r.includes('x'.repeat(40))), HANG_CEILING_MS);
    await s.waitForRawMode(HANG_CEILING_MS);
    s.press('q');
    expect((await s.exit(HANG_CEILING_MS)).exitCode).toBe(0);
  });
});
