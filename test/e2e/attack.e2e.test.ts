/**
 * lede attacked through what it names and what it is fed: file names and server answers that
 * carry terminal controls, and small inputs built to make the wrapper or the parsers run for
 * minutes or overflow the stack. The built CLI runs in a real pty read back through xterm, or as
 * a plain child process for `--plain`. Needs `npm run build`.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
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
