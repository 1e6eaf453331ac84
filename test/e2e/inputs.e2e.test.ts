/**
 * Opening what people read, end to end: Markdown, saved web pages, URLs (from a server this test
 * starts), Latin-1 and UTF-16 files, a shelf of articles, and resuming where the reader stopped —
 * the built CLI in a real pseudo-terminal. Needs `npm run build`.
 */
import { tempDir } from '../helpers/temp.js';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type LocalServer, closedPort, listenLocal } from '../helpers/http.js';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type TestContext, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, KEY, REPO_ROOT, type Session, interactiveEnv, launchCli, owned, usesBuiltCli } from './harness.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/inputs/', import.meta.url));
const MARKDOWN = join(FIXTURES, 'field-notes.md');
const PAGE = join(FIXTURES, 'page.html');
const EMPHASIS = join(FIXTURES, 'emphasis.txt');
const SEED = 'seeds/us-drone-strike-baghdad.txt';
const SEED_TITLE = 'US drone strike kills Iran-backed militia leader in Baghdad';
/** The first screen of a freshly started CLI can take a while when every test starts one at once. */
const OPEN_MS = 15_000;

usesBuiltCli();

// ---- a local web server -------------------------------------------------------------------------

let local: LocalServer;
let base = '';
let closedPortNumber = 0;

beforeAll(async () => {
  const page = readFileSync(PAGE);
  local = await listenLocal((req, res) => {
    switch (new URL(req.url ?? '/', 'http://x').pathname) {
      case '/story.html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
        return;
      case '/photo.png':
        res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    }
  });
  base = local.base;
  closedPortNumber = await closedPort();
});

afterAll(async () => {
  await local?.close();
});

// ---- helpers ------------------------------------------------------------------------------------

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const statusBar = (s: Session, rows = s.screen()) => rows[s.rows - 1] ?? '';
/** The reader is up: its status bar is drawn. */
const readerUp = (rows: string[], s: Session) =>
  /\? help/.test(statusBar(s, rows)) && /\b(READ|HIGHLIGHT)\b/.test(statusBar(s, rows));
/** Everything above the status bar. Tests that read the text run narrower than 80 columns, so no sidebar. */
const pane = (s: Session, rows = s.screen()) => rows.slice(0, s.rows - 1);

async function openReader(
  t: TestContext,
  args: string[],
  options: { cols?: number; rows?: number; env?: Record<string, string> } = {},
): Promise<Session> {
  const s = owned(t, launchCli(args, { cols: options.cols ?? 72, rows: options.rows ?? 30, env: options.env }));
  await s.waitFor(readerUp, OPEN_MS, `the reader to open ${args.join(' ')}`);
  await s.waitForAnalysis();
  return s;
}

/** A fresh directory with files in it (contents as strings or bytes). */
function dirWith(files: Record<string, string | Buffer>): string {
  const dir = tempDir('lede-inputs-');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Runs the CLI with pipes (no terminal), without blocking the other tests. */
function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: REPO_ROOT,
      env: { ...interactiveEnv(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 25_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function expectTerminalRestored(s: Session): void {
  expect(s.isAltScreen(), `still on the alternate screen\n${s.dump()}`).toBe(false);
  expect(s.isCursorHidden(), `the cursor is still hidden\n${s.dump()}`).toBe(false);
}

// ---- formats ------------------------------------------------------------------------------------

describe('opening Markdown and web pages', { timeout: 30_000, concurrent: true }, () => {
  it('a Markdown file: its title, its sections in the status bar, bullets and code as written', async (t) => {
    const s = await openReader(t, [MARKDOWN], { cols: 72, rows: 44 });
    const rows = await s.waitFor(
      (r) => squash(pane(s, r).join(' ')).includes('expect delays until spring'),
      undefined,
      'the whole article on screen',
    );
    const text = pane(s, rows);
    expect(text[0]!.trim()).toBe('Field notes from the harbour');
    // Text before the first heading is a section of its own: 1 + 3 headings.
    expect(statusBar(s, rows)).toMatch(/§1\/4\b/);
    expect(text.some((r) => r.includes('• the clock drifts by a minute a week'))).toBe(true);
    const nested = text.find((r) => r.includes('• sometimes twice'))!;
    const outer = text.find((r) => r.includes('• the tide data'))!;
    expect(nested.indexOf('•'), 'a nested item is indented further').toBeGreaterThan(outer.indexOf('•'));
    expect(text.some((r) => r.includes('1. replace the server'))).toBe(true);
    // Code keeps its lines and its indentation.
    const def = text.findIndex((r) => r.includes('def next_sailing(tide):'));
    expect(def, s.dump()).toBeGreaterThan(0);
    const indent = (r: string) => r.length - r.trimStart().length;
    expect(text[def + 1]!.trim()).toBe('if tide.high:');
    expect(text[def + 2]!.trim()).toBe('return tide.time + 30');
    expect(indent(text[def + 1]!) - indent(text[def]!)).toBe(4);
    expect(indent(text[def + 2]!) - indent(text[def]!)).toBe(8);
    // Markup is gone.
    expect(text.join('\n')).not.toMatch(/^#|\*\*|```/m);
    expect(text.join('\n')).toContain('two hours late');
    // In a shorter terminal (where there is room to move), ] goes to the next section.
    s.resize(72, 14);
    await s.waitFor(
      (r) => readerUp(r, s) && /§1\/4\b/.test(statusBar(s, r)) && pane(s, r)[0]!.includes('Field notes'),
      undefined,
      'the shorter layout',
    );
    s.press(']');
    await s.waitFor(
      (r) => /§2\/4\b/.test(statusBar(s, r)) && pane(s, r).some((x) => x.trim() === 'What went wrong'),
      undefined,
      '] to reach the second section',
    );
  });

  it('a saved web page shows its title and its paragraphs, not the page’s furniture', async (t) => {
    const s = await openReader(t, [PAGE]);
    const rows = await s.waitFor(
      (r) => squash(pane(s, r).join(' ')).includes('The harbour at Portsmouth reopened'),
      undefined,
      'the first paragraph',
    );
    expect(squash(pane(s, rows).join(' '))).toContain('Harbour reopens after storm');
    expect(statusBar(s, rows)).toContain('Harbour reopens after storm');
    expect(pane(s, rows).join('\n')).not.toMatch(/<\/?\w+/);
  });

  it('--format markdown reads a .txt file as Markdown: the emphasis markers go', async (t) => {
    const s = await openReader(t, ['--format', 'markdown', EMPHASIS]);
    const rows = await s.waitFor(
      (r) => squash(pane(s, r).join(' ')).includes('Residents are told'),
      undefined,
      'the article',
    );
    const text = squash(pane(s, rows).join(' '));
    expect(text).toContain('Storm warning for the south coast');
    expect(text).toContain('Forecasters say gale force winds');
    expect(text).toContain('• ferries cancelled');
    expect(text).not.toContain('*');
  });

  it('without --format the same .txt file is plain text, stars and all', async (t) => {
    const s = await openReader(t, [EMPHASIS]);
    const rows = await s.waitFor(
      (r) => squash(pane(s, r).join(' ')).includes('Residents are told'),
      undefined,
      'the article',
    );
    expect(squash(pane(s, rows).join(' '))).toContain('Forecasters say **gale force** winds');
  });
});

describe('encodings', { timeout: 30_000, concurrent: true }, () => {
  it('a Latin-1 file shows its pound signs', async (t) => {
    const dir = dirWith({
      'match.txt': Buffer.from('Match report\n\nTickets cost \xa325 each, and a caf\xe9 sells tea.\n', 'latin1'),
    });
    const s = await openReader(t, [join(dir, 'match.txt')]);
    const rows = await s.waitFor(
      (r) => squash(pane(s, r).join(' ')).includes('Tickets cost'),
      undefined,
      'the paragraph',
    );
    expect(squash(pane(s, rows).join(' '))).toContain('Tickets cost £25 each, and a café sells tea.');
    expect(rows.join('\n')).not.toContain('\uFFFD');
  });

  it('a UTF-16 file opens', async (t) => {
    const dir = dirWith({
      'wide.txt': Buffer.from('\uFEFFZoë’s report\n\nThe café on Rue Saint-Honoré reopened — at last.\n', 'utf16le'),
    });
    const s = await openReader(t, [join(dir, 'wide.txt')]);
    const rows = await s.waitFor(
      (r) => squash(pane(s, r).join(' ')).includes('Saint-Honoré'),
      undefined,
      'the paragraph',
    );
    expect(pane(s, rows)[0]!.trim()).toBe('Zoë’s report');
    expect(squash(pane(s, rows).join(' '))).toContain('The café on Rue Saint-Honoré reopened — at last.');
  });
});

// ---- URLs ---------------------------------------------------------------------------------------

describe('URLs', { timeout: 30_000, concurrent: true }, () => {
  it('opens a page from a web server', async (t) => {
    const s = await openReader(t, [`${base}/story.html`]);
    const rows = await s.waitFor(
      (r) => squash(pane(s, r).join(' ')).includes('backlog of freight lorries'),
      undefined,
      'the paragraphs',
    );
    const text = squash(pane(s, rows).join(' '));
    expect(text).toContain('Harbour reopens after storm');
    expect(text).toContain('The harbour at Portsmouth reopened on Friday morning');
    expect(text).toContain('Forecasters expect calmer weather');
  });

  it.each([
    { what: 'a page that is not there', path: () => `${base}/gone.html`, problem: 'the server answered 404 Not Found' },
    { what: 'an image', path: () => `${base}/photo.png`, problem: 'is not an article (the server sent image/png)' },
    {
      what: 'a closed port',
      path: () => `http://127.0.0.1:${closedPortNumber}/story.html`,
      problem: 'the connection was refused',
    },
  ])('$what: one line, `lede: URL: problem`, status 1', async ({ path, problem }) => {
    const url = path();
    const r = await run([url]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`lede: ${url}: ${problem}\n`);
  });

  it('a host that does not exist: one line, status 1', async (t) => {
    const started = Date.now();
    const r = await run(['http://no-such-host.invalid/story']);
    expect(r.status).toBe(1);
    if (/timed out/.test(r.stderr) || Date.now() - started > 10_000) t.skip('name resolution is too slow here to tell');
    expect(r.stderr).toBe('lede: http://no-such-host.invalid/story: no such host\n');
  });

  it('in a terminal, the failure is the same one line and the screen is left alone', async (t) => {
    const url = `${base}/gone.html`;
    const s = owned(t, launchCli([url], { cols: 120, rows: 10 }));
    const info = await s.exit(OPEN_MS);
    expect(info.exitCode).toBe(1);
    expect(s.screen().filter((r) => r.trim())).toEqual([`lede: ${url}: the server answered 404 Not Found`]);
    expectTerminalRestored(s);
  });
});

// ---- the shelf ----------------------------------------------------------------------------------

describe('the shelf', { timeout: 30_000, concurrent: true }, () => {
  const shelfDir = () =>
    dirWith({
      '1-harbour.txt':
        'Harbour reopens after the storm\n\nThe harbour reopened on Friday after three days of gales kept the ferries in port.\n\nThe backlog will take until the weekend to clear.\n',
      '2-notes.md': readFileSync(MARKDOWN),
      '3-broken.txt': Buffer.from('Not\u0000really\u0000text', 'latin1'),
      '.hidden.txt': 'Hidden\n\nNever listed.\n',
      'photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });

  it('lists the articles; j Enter opens the second; q comes back with its progress; Q quits cleanly', async (t) => {
    const dir = shelfDir();
    const s = owned(t, launchCli([dir], { cols: 110, rows: 20 }));
    const listed = await s.waitFor(
      (r) => r.some((x) => x.includes('Harbour reopens after the storm')) && r.some((x) => x.includes('3-broken.txt')),
      OPEN_MS,
      'the shelf',
    );
    await s.waitForRawMode();
    const screen = listed.join('\n');
    expect(listed[0]).toContain(`${dir} — 3 articles`);
    expect(screen).not.toContain('Hidden');
    expect(screen).not.toContain('photo.png');
    const harbour = listed.find((r) => r.includes('Harbour reopens after the storm'))!;
    expect(harbour).toMatch(/\b\d+ words\s+1 min\b/);
    const notes = listed.find((r) => r.includes('Field notes from the harbour'))!;
    expect(notes).toMatch(/\b\d+ words\s+\d+ min\b/);
    const broken = listed.find((r) => r.includes('3-broken.txt'))!;
    expect(broken).toContain('✗');
    expect(broken).toContain('looks like a binary file, not text');
    // The first row is the one chosen.
    expect(harbour).toContain('❯');

    s.press('j');
    await s.waitFor(
      (r) => (r.find((x) => x.includes('Field notes from the harbour')) ?? '').includes('❯'),
      undefined,
      'j to choose the second article',
    );
    s.press(KEY.ENTER);
    await s.waitFor(
      (r) => readerUp(r, s) && r[0]!.includes('Field notes from the harbour'),
      undefined,
      'Enter to open it',
    );
    s.press('G');
    await s.waitFor(() => /\b100%/.test(statusBar(s)), undefined, 'G to reach the end');
    s.press('q');
    const back = await s.waitFor((r) => r[0]!.includes(`${dir} — 3 articles`), undefined, 'q to return to the shelf');
    const marked = back.find((x) => x.includes('Field notes from the harbour'))!;
    expect(marked, s.dump()).toMatch(/✓|\d+%/);
    // The shelf keeps the second row chosen.
    expect(marked).toContain('❯');
    // The unread one has no mark.
    expect(back.find((x) => x.includes('Harbour reopens after the storm'))).not.toMatch(/✓|\d+%/);

    s.press('Q');
    const info = await s.exit();
    expect(info.exitCode).toBe(0);
    expectTerminalRestored(s);
  });

  it('Enter on the broken article says why, and stays on the shelf', async (t) => {
    const s = owned(t, launchCli([shelfDir()], { cols: 110, rows: 20 }));
    await s.waitFor((r) => r.some((x) => x.includes('3-broken.txt')), OPEN_MS, 'the shelf');
    await s.waitForRawMode();
    s.press('j');
    await s.waitFor((r) => (r.find((x) => x.includes('Field notes')) ?? '').includes('❯'), undefined, 'j');
    s.press('j');
    await s.waitFor((r) => (r.find((x) => x.includes('3-broken.txt')) ?? '').includes('❯'), undefined, 'j again');
    s.press(KEY.ENTER);
    await s.waitFor(
      (r) => r[s.rows - 1]!.includes('3-broken.txt: looks like a binary file, not text'),
      undefined,
      'the problem in the footer',
    );
    s.press('q');
    expect((await s.exit()).exitCode).toBe(0);
    expectTerminalRestored(s);
  });

  it('--json with a directory is a usage error (status 2)', async () => {
    const r = await run(['--json', shelfDir()]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^lede: .*--json takes one article at a time/);
  });

  it('--plain with several files is a usage error (status 2)', async () => {
    const r = await run(['--plain', MARKDOWN, EMPHASIS]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });
});

// ---- resuming -----------------------------------------------------------------------------------

describe('resuming where the reader stopped', { timeout: 30_000, concurrent: true }, () => {
  const top = (s: Session, rows = s.screen()) => pane(s, rows)[0] ?? '';

  it('reopens at the line it was left at; --no-resume starts at the top', async (t) => {
    const state = tempDir('lede-state-');
    const env = { XDG_STATE_HOME: state };
    const first = await openReader(t, [SEED], { cols: 72, rows: 16, env });
    const start = top(first);
    expect(squash(start)).toContain('US drone strike');
    first.press(KEY.PGDN);
    await first.waitFor(() => top(first) !== start, undefined, 'PgDn to page down');
    const once = top(first);
    first.press(KEY.PGDN);
    await first.waitFor(() => top(first) !== once, undefined, 'PgDn again');
    await first.waitForSettle();
    const left = top(first);
    const leftPercent = /(\d+)%/.exec(statusBar(first))![1];
    first.press('q');
    expect((await first.exit()).exitCode).toBe(0);
    expect(existsSync(join(state, 'lede', 'positions.json'))).toBe(true);

    const again = await openReader(t, [SEED], { cols: 72, rows: 16, env });
    await again.waitForSettle();
    expect(top(again), again.dump()).toBe(left);
    expect(squash(top(again))).not.toContain('US drone strike');
    expect(statusBar(again)).toContain(`${leftPercent}%`);
    again.press('q');
    await again.exit();

    const fresh = await openReader(t, ['--no-resume', SEED], { cols: 72, rows: 16, env });
    await fresh.waitForSettle();
    expect(top(fresh)).toBe(start);
    fresh.press('q');
    await fresh.exit();
  });

  it('a position is saved when lede is killed with SIGTERM, too', async (t) => {
    const state = tempDir('lede-state-');
    const env = { XDG_STATE_HOME: state };
    const first = await openReader(t, [MARKDOWN], { cols: 72, rows: 12, env });
    const start = top(first);
    first.press('d');
    await first.waitFor(() => top(first) !== start, undefined, 'd to move half a page');
    await first.waitForSettle();
    const left = top(first);
    first.pty.kill('SIGTERM');
    expect((await first.exit()).exitCode).toBe(143);
    const again = await openReader(t, [MARKDOWN], { cols: 72, rows: 12, env });
    await again.waitForSettle();
    expect(top(again), again.dump()).toBe(left);
  });

  it('a corrupt positions file: a warning naming it, and the reader still opens', async (t) => {
    const state = tempDir('lede-state-');
    const file = join(state, 'lede', 'positions.json');
    mkdirSync(join(state, 'lede'));
    writeFileSync(file, '{ this is not json');
    const s = await openReader(t, [SEED], { cols: 160, rows: 20, env: { XDG_STATE_HOME: state } });
    expect(squash(s.screen().join(' '))).toContain(SEED_TITLE);
    s.press('q');
    expect((await s.exit()).exitCode).toBe(0);
    expectTerminalRestored(s);
    const warnings = s.screen().filter((r) => r.includes('lede: '));
    expect(warnings, s.dump()).toHaveLength(1);
    expect(warnings[0]).toBe(`lede: ignoring saved reading positions: ${file} is not a valid positions file`);
    // Leaving saved a good file over the corrupt one.
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1 });
  });
});
