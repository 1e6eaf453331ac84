/**
 * Issue 13, the reader's views: who said what (`"`), the timeline (`T`) and the brief written
 * from the reader (`B`), driven in a real pty on the bundled article (the seed) and on a saved
 * page that gives its date. Needs `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type TestContext, describe, expect, it } from 'vitest';
import { CLI, KEY, REPO_ROOT, Session, launchCli, owned, usesBuiltCli } from './harness.js';
import { tempDir } from '../helpers/temp.js';

usesBuiltCli();

const SEED = 'seeds/us-drone-strike-baghdad.txt';
const COLS = 100;
const ROWS = 30;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const statusBar = (s: Session, rows = s.screen()) => rows[s.rows - 1] ?? '';
/** The text drawn in reverse video above the status bar: the marked quotation, date or mention. */
const marked = (s: Session) => {
  const rows = new Map<number, string>();
  for (const c of s.findCells((cell) => cell.isInverse() !== 0, { y1: s.rows - 1 }))
    rows.set(c.y, (rows.get(c.y) ?? '') + (c.chars || ' '));
  return squash([...rows.values()].join(' '));
};

async function open(t: TestContext, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const s = owned(
    t,
    options.cwd
      ? new Session(process.execPath, [join(REPO_ROOT, CLI), ...args], { cols: COLS, rows: ROWS, ...options })
      : launchCli(args, { cols: COLS, rows: ROWS, ...options }),
  );
  await s.waitFor((r) => /\? help/.test(r[ROWS - 1] ?? ''), undefined, 'the reader to open');
  await s.waitForAnalysis();
  return s;
}

async function quit(s: Session) {
  s.press('q');
  expect((await s.exit()).exitCode).toBe(0);
}

describe('who said what (")', { timeout: 120_000 }, () => {
  it('lists the seed’s quotations by speaker and walks one speaker’s with n after Enter', async (t) => {
    const s = await open(t, [SEED]);
    s.press('"');
    const rows = await s.waitFor('Who said what', undefined, '" to open the quotations');
    expect(rows[0]).toMatch(
      /Who said what {3}8 quotations, 5 speakers {3}↑↓ choose · Enter jump \(then n N\) · Esc close/,
    );
    const headings = rows.filter((r) => /^ \S.*\(\d\)$/.test(r.trimEnd())).map((r) => r.trim());
    expect(headings).toEqual([
      'Kataib Hezbollah (1)',
      'US Central Command (2)',
      'crowds of protesters (1)',
      'one man (2)',
      'Harakat al Nujaba (2)',
    ]);
    expect(rows[2]).toMatch(/^ ▸ said {7}“embarrassment”/);
    expect(rows.some((r) => /^ {3}shouted {4}“You are foreigners,”/.test(r))).toBe(true);

    // ↓ twice: US Central Command's second quotation.
    s.press(KEY.DOWN);
    await s.waitFor((r) => /▸ said {7}“commander responsible/.test(r.join('\n')), undefined, '↓ to move the choice');
    s.press('j');
    await s.waitFor((r) => /▸ said {7}“There are no indications/.test(r.join('\n')), undefined, 'j to move the choice');
    s.press(KEY.ENTER);
    await s.waitFor((r) => !r.join('\n').includes('Who said what'), undefined, 'Enter to close the quotations');
    await s.waitFor(
      (r) => statusBar(s, r).includes('US Central Command quote 2/2'),
      undefined,
      'the walk in the status bar',
    );
    expect(marked(s)).toBe('“There are no indications of collateral damage or civilian casualties at this time,”');
    s.press('n');
    await s.waitFor((r) => statusBar(s, r).includes('US Central Command quote 1/2'), undefined, 'n to walk on');
    expect(marked(s)).toBe(
      '“commander responsible for directly planning and participating in attacks on US forces in the region”',
    );
    s.press('N');
    await s.waitFor((r) => statusBar(s, r).includes('US Central Command quote 2/2'), undefined, 'N to walk back');
    // Esc clears the mark and the walk with it; q in the overlay closes it, never quits.
    s.press(KEY.ESC);
    await s.waitFor((r) => !statusBar(s, r).includes('quote'), undefined, 'Esc to end the walk');
    s.press('"');
    await s.waitFor('Who said what');
    s.press('q');
    await s.waitFor((r) => !r.join('\n').includes('Who said what'), undefined, 'q to close the quotations');
    await quit(s);
  });
});

describe('the timeline (T)', { timeout: 120_000 }, () => {
  it('lists the seed’s dates apart, since a text file gives no date to place them by, and jumps to one', async (t) => {
    const s = await open(t, [SEED]);
    s.press('T');
    const rows = await s.waitFor('Timeline', undefined, 'T to open the timeline');
    expect(rows[0]).toMatch(/Timeline {3}0 of 9 placed {3}↑↓ choose · Enter jump · Esc close/);
    expect(rows[1]!.trim()).toBe('Not placed on the calendar');
    expect(rows.join('\n')).not.toContain('On the calendar');
    expect(rows[2]).toMatch(/▸ .*killed three US troops last month\./);
    s.press('G');
    await s.waitFor((r) => /▸ .*since the Israel Gaza war began on 7 October\./.test(r.join('\n')), undefined, 'G');
    s.press(KEY.ENTER);
    await s.waitFor((r) => !r.join('\n').includes('Timeline'), undefined, 'Enter to close the timeline');
    await s.waitFor(() => marked(s) === '7 October', undefined, 'the date marked in the text');
    await quit(s);
  });

  it('places the dates of a page that gives its own, in time order, and keeps the others apart', async (t) => {
    const dir = tempDir('lede-views-');
    const page = join(dir, 'storm.html');
    writeFileSync(
      page,
      `<!doctype html><html><head><title>Storm hits port</title>
<meta property="article:published_time" content="2024-02-08T10:00:00Z"></head>
<body><article><h1>Storm hits port</h1>
<p>The storm reached the coast last Friday, officials said, after warnings on 28 January.</p>
<p>“We have never seen waves like these,” said Ana Costa, the harbour master. The port had been closed since Wednesday night.</p>
<p>Repairs will take until next year, and some boats were lost last month.</p>
<p>Nobody knows when the ferries will sail again.</p>
</article></body></html>`,
    );
    const s = await open(t, [page]);
    s.press('T');
    const rows = await s.waitFor('Timeline', undefined, 'T to open the timeline');
    const body = rows.slice(
      1,
      rows.findIndex((r) => r.trim() === '') > 0 ? rows.findIndex((r) => r.trim() === '') : undefined,
    );
    const placed = body.map((r) => /^ [▸ ] (\d{4}(?:-\d\d){0,2})\s/.exec(r)?.[1]).filter(Boolean);
    expect(placed).toEqual(['2024-01', '2024-01-28', '2024-02-02', '2024-02-07', '2024-02-08', '2025']);
    expect(body[0]!.trim()).toBe('On the calendar');
    expect(body.find((r) => r.includes('2024-02-02'))).toContain('The storm reached the coast last Friday');
    // The choice on "last Friday" (third), Enter: its words are marked in the text.
    s.press('j', 'j');
    await s.waitFor((r) => /▸ 2024-02-02/.test(r.join('\n')), undefined, 'j j');
    s.press(KEY.ENTER);
    await s.waitFor(() => marked(s) === 'last Friday', undefined, 'the date marked in the text');
    await quit(s);
  });
});

describe('the brief (B)', { timeout: 120_000 }, () => {
  it('writes what --brief prints to the current directory, never over a file, else to the data directory', async (t) => {
    const cwd = tempDir('lede-brief-cwd-');
    const data = tempDir('lede-brief-data-');
    const seed = join(REPO_ROOT, SEED);
    const name = 'us-drone-strike-kills-iran-backed';
    const s = await open(t, [seed], { cwd, env: { XDG_DATA_HOME: data } });
    s.press('B');
    await s.waitFor(
      (r) => statusBar(s, r).includes(`brief written to ${name}.brief.md`),
      undefined,
      'B to write the brief',
    );
    const printed = execFileSync(process.execPath, [join(REPO_ROOT, CLI), '--brief', seed], { encoding: 'utf8' });
    expect(readFileSync(join(cwd, `${name}.brief.md`), 'utf8')).toBe(printed);
    s.press('B');
    await s.waitFor(
      (r) => statusBar(s, r).includes(`brief written to ${name}-1.brief.md`),
      undefined,
      'B again: a new name',
    );
    expect(readdirSync(cwd).sort()).toEqual([`${name}-1.brief.md`, `${name}.brief.md`]);
    // The directory gone from under lede: the brief goes to $XDG_DATA_HOME/lede/briefs.
    rmSync(cwd, { recursive: true });
    s.press('B');
    const fallback = join(data, 'lede', 'briefs', `${name}.brief.md`);
    await s.waitFor(
      (r) => /brief written to \/.*\/lede\/briefs\//.test(statusBar(s, r)),
      undefined,
      'B with the directory gone: the data directory named in the status bar',
    );
    expect(readFileSync(fallback, 'utf8')).toBe(printed);
    await quit(s);
  });
});
