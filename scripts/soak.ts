// Soak: every article of the BBC News corpus (../shared/data/bbc-news, 2,225 articles) through
// the built CLI twice — `lede --json FILE` (the JSON parsed, every span checked) and the
// interactive reader in a pseudo-terminal read back through @xterm/headless (open, wait for the
// title, G to the end, Tab ↓ Enter to jump to an entity, n to its next mention, q), checking that
// it exits 0 and leaves the terminal restored (main screen, cursor visible, nothing left on it).
//
// Usage: npm run soak -- [--sample N] [--concurrency N] [--json]   (builds first; after a build,
//        `tsx scripts/soak.ts` runs it alone)
//   --sample N       an evenly spaced sample of N articles instead of all of them
//   --concurrency N  articles in flight at once (default 3: the pty sessions mostly wait)
//   --json           print the summary as one JSON object on stdout (progress goes to stderr)
// Exit status: 0 when every article passed (or the corpus is absent: it says so), 1 on any failure.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ExitInfo, PtySession, killAllSync, withoutCi } from '../test/helpers/pty.js';
import { corpusFiles } from './corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli.js');
const CORPUS = join(ROOT, '../shared/data/bbc-news');
/** The reader's terminal: roomy enough for the sidebar. */
const COLS = 120;
const ROWS = 40;
/** How long one step (the reader opening, a key's effect, the exit) may take on a busy machine. */
const STEP_MS = 20_000;
/** How long `--json` may take for one article. */
const JSON_MS = 60_000;

// ---- arguments ----------------------------------------------------------------------------------

interface Options {
  sample: number | null;
  concurrency: number;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { sample: null, concurrency: 3, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const number = (name: string): number => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) return usage(`${name} needs a whole number above 0`);
      return n;
    };
    if (arg === '--sample') options.sample = number('--sample');
    else if (arg === '--concurrency') options.concurrency = number('--concurrency');
    else if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') usage(null);
    else usage(`unknown argument ${arg}`);
  }
  return options;
}

function usage(problem: string | null): never {
  const text = 'usage: npm run soak -- [--sample N] [--concurrency N] [--json]';
  if (problem) {
    console.error(`soak: ${problem}\n${text}`);
    process.exit(2);
  }
  console.log(text);
  process.exit(0);
}

const options = parseArgs(process.argv.slice(2));
/** Progress and messages: stderr when stdout carries the JSON summary. */
const say = (line: string) => (options.json ? process.stderr : process.stdout).write(line + '\n');

// ---- the corpus ---------------------------------------------------------------------------------

function articles(): string[] {
  return corpusFiles(CORPUS);
}

/** `n` files spread evenly over the sorted list (every topic is represented). */
function evenlySpaced(files: readonly string[], n: number): readonly string[] {
  // (`files[Math.floor(…)]` is always within the list.)
  if (n >= files.length) return files;
  return Array.from({ length: n }, (_, i) => files[Math.floor((i * files.length) / n)]!);
}

// ---- checks -------------------------------------------------------------------------------------

class Failure extends Error {
  readonly stage: string;
  readonly detail: string;

  constructor(stage: string, reason: string, detail = '') {
    super(reason);
    this.stage = stage;
    this.detail = detail;
  }
}

/** `--json` children still running, killed if the soak itself is interrupted (the pty sessions are the driver's). */
const live = new Set<ChildProcess>();

/** The parts of `lede --json` the soak checks. */
interface Analysis {
  readonly title: string;
  readonly text: string;
  readonly sections: readonly Span[];
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  readonly quotes: readonly Span[];
  readonly numbers: readonly Span[];
  readonly entities: readonly { readonly id: string; readonly mentions: readonly Span[] }[];
}

interface Span {
  readonly start: number;
  readonly end: number;
}

function runJson(file: string): Promise<{ analysis: Analysis; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, '--json', file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    live.add(child);
    const out: Buffer[] = [];
    let err = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, JSON_MS);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      live.delete(child);
      const ms = performance.now() - started;
      if (timedOut) return reject(new Failure('json', `--json took longer than ${JSON_MS / 1000} s`));
      if (status !== 0)
        return reject(
          new Failure('json', `--json exited ${status ?? signal}: ${err.trim().split('\n')[0] ?? ''}`, err),
        );
      if (err) return reject(new Failure('json', `--json wrote to stderr: ${err.trim().split('\n')[0]}`, err));
      let analysis: Analysis;
      try {
        analysis = JSON.parse(Buffer.concat(out).toString('utf8')) as Analysis;
      } catch (error) {
        return reject(new Failure('json', `--json printed something that is not JSON (${firstLine(error)})`));
      }
      try {
        checkAnalysis(analysis);
      } catch (error) {
        return reject(error);
      }
      resolve({ analysis, ms });
    });
  });
}

/** The documented model: every span within the text, every list sorted by start. */
function checkAnalysis(a: Analysis): void {
  if (typeof a.text !== 'string' || typeof a.title !== 'string' || !a.title)
    throw new Failure('json', 'no title or text');
  if (!a.text.startsWith(a.title)) throw new Failure('json', 'the text does not start with the title');
  const lists: [string, readonly Span[]][] = [
    ['sections', a.sections],
    ['paragraphs', a.paragraphs],
    ['sentences', a.sentences],
    ['quotes', a.quotes],
    ['numbers', a.numbers],
    ...a.entities.map((e): [string, readonly Span[]] => [`mentions of ${e.id}`, e.mentions]),
  ];
  for (const [name, spans] of lists) {
    if (!Array.isArray(spans)) throw new Failure('json', `${name} is not a list`);
    spans.forEach((s, i) => {
      if (!(
        Number.isInteger(s.start) &&
        Number.isInteger(s.end) &&
        0 <= s.start &&
        s.start <= s.end &&
        s.end <= a.text.length
      )) {
        throw new Failure(
          'json',
          `${name}[${i}] = [${s.start}, ${s.end}) lies outside the text (length ${a.text.length})`,
        );
      }
      if (i > 0 && spans[i - 1]!.start > s.start) throw new Failure('json', `${name} is not sorted by start at ${i}`);
    });
  }
  for (const e of a.entities) if (!e.mentions.length) throw new Failure('json', `entity ${e.id} has no mentions`);
}

// ---- the reader in a pseudo-terminal ------------------------------------------------------------

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The reader in a pseudo-terminal (the driver the tests use), with what the soak reads off its screen. */
class ReaderSession extends PtySession {
  constructor(file: string, stateDir: string) {
    // A person's shell: no CI (Ink draws nothing in CI), a fresh state directory.
    super(process.execPath, [CLI, file], {
      cols: COLS,
      rows: ROWS,
      cwd: ROOT,
      scrollback: 0,
      env: { ...withoutCi(), TERM: 'xterm-256color', XDG_STATE_HOME: stateDir },
    });
  }

  statusBar(): string {
    return this.screen()[ROWS - 1] ?? '';
  }

  /** The sidebar's border column (a │ on every pane row), or the width when there is none. */
  sidebarX(): number {
    for (let x = 0; x < COLS; x++) {
      let border = true;
      for (let y = 0; y < ROWS - 1 && border; y++) border = this.cell(x, y)?.getChars() === '│';
      if (border) return x;
    }
    return COLS;
  }

  articleText(): string {
    const x = this.sidebarX();
    const b = this.term.buffer.active;
    return squash(
      Array.from({ length: ROWS - 1 }, (_, y) => b.getLine(b.viewportY + y)?.translateToString(true, 0, x) ?? '').join(
        ' ',
      ),
    );
  }

  /** Text of the inverse cells in a region: the selected entity, or the marked mention. */
  inverse(x0: number, x1: number): string {
    let text = '';
    for (let y = 0; y < ROWS - 1; y++)
      for (let x = x0; x < x1; x++) {
        const c = this.cell(x, y);
        if (c?.isInverse()) text += c.getChars() || ' ';
      }
    return text;
  }

  /** Waits for `test` (whole frames only), failing the article when it times out or lede exits. */
  async until(test: () => boolean, what: string): Promise<void> {
    try {
      await this.waitFor(() => test(), STEP_MS, what, { stopOnExit: true });
    } catch (error) {
      throw new Failure('reader', firstLine(error), this.dump());
    }
  }

  async leave(): Promise<ExitInfo> {
    try {
      return await this.exit(STEP_MS);
    } catch (error) {
      throw new Failure('reader', `did not exit within ${STEP_MS / 1000} s of q`, firstLine(error));
    }
  }
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

const STATUS = /\d+%\s+(READ|HIGHLIGHT)/;

async function runReader(file: string, analysis: Analysis): Promise<{ ms: number }> {
  const started = performance.now();
  const stateDir = mkdtempSync(join(tmpdir(), 'lede-soak-state-'));
  const s = new ReaderSession(file, stateDir);
  try {
    const title = squash(analysis.title);
    await s.until(
      () => STATUS.test(s.statusBar()) && s.articleText().includes(title),
      'the reader to open with the title on screen',
    );
    if (!s.isAltScreen() || !s.isCursorHidden())
      throw new Failure('reader', 'the reader is not full screen with the cursor hidden', s.dump());

    s.pty.write('G');
    await s.until(() => /\b100%/.test(s.statusBar()), 'G to reach the end (100%)');

    // The analysis runs in a worker while the text shows: the sidebar says 'finding…' until it is in.
    await s.until(() => !s.screen().some((r) => r.includes('finding…')), 'the analysis to fill the sidebar');
    if (analysis.entities.length > 0) {
      const side = () => s.inverse(s.sidebarX(), COLS);
      s.pty.write('\t');
      await s.until(() => side().trim() !== '', 'Tab to select an entity in the sidebar');
      if (analysis.entities.length > 1) {
        const before = side();
        s.pty.write('\x1b[B');
        await s.until(() => side().trim() !== '' && side() !== before, '↓ to select the next entity');
      }
      s.pty.write('\r');
      const chosen = /(\d+)\/(\d+)\s+\? help/;
      await s.until(
        () => chosen.test(s.statusBar()) && s.inverse(0, s.sidebarX()).trim() !== '',
        'Enter to jump to the entity, its mention marked',
      );
      const total = Number(chosen.exec(s.statusBar())?.[2]);
      if (total > 1) {
        s.pty.write('n');
        await s.until(() => s.statusBar().includes(` 2/${total}`), `n to go to the second of ${total} mentions`);
      }
    }

    s.pty.write('q');
    const info = await s.leave();
    if (info.exitCode !== 0)
      throw new Failure(
        'reader',
        `exited with status ${info.exitCode}${info.signal ? ` (signal ${info.signal})` : ''} after q`,
        s.dump(),
      );
    if (s.isAltScreen()) throw new Failure('reader', 'still on the alternate screen after q', s.dump());
    if (s.isCursorHidden()) throw new Failure('reader', 'the cursor is still hidden after q', s.dump());
    const left = s.screen().filter((r) => r.trim() !== '');
    if (left.length) throw new Failure('reader', `left text on the main screen: ${JSON.stringify(left[0])}`, s.dump());
    if (s.titles.length) throw new Failure('reader', `changed the window title to ${JSON.stringify(s.titles[0])}`);
    return { ms: performance.now() - started };
  } finally {
    await s.dispose();
    rmSync(stateDir, { recursive: true, force: true });
  }
}

// ---- the run ------------------------------------------------------------------------------------

const seconds = (ms: number) =>
  ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;

function stats(values: readonly number[]): { median: number; p95: number; max: number } | null {
  if (!values.length) return null;
  const v = [...values].sort((a, b) => a - b);
  const at = (q: number) => Math.round(v[Math.min(v.length - 1, Math.floor(q * v.length))]!);
  return { median: at(0.5), p95: at(0.95), max: Math.round(v[v.length - 1]!) };
}

async function main(): Promise<number> {
  if (!existsSync(CORPUS)) {
    say(`soak: ${relative(process.cwd(), CORPUS) || CORPUS} is absent: no articles to soak (nothing was tested)`);
    if (options.json)
      process.stdout.write(JSON.stringify({ corpus: CORPUS, absent: true, articles: 0, failures: [] }) + '\n');
    return 0;
  }
  if (!existsSync(CLI)) {
    console.error('soak: dist/cli.js is missing: run `npm run build` first (npm run soak does)');
    return 1;
  }
  const all = articles();
  const files = options.sample ? evenlySpaced(all, options.sample) : all;
  say(
    `soak: ${files.length} of ${all.length} articles from ${relative(ROOT, CORPUS)}, ${options.concurrency} at a time: --json, then the reader at ${COLS}×${ROWS}`,
  );

  const started = performance.now();
  const failures: { file: string; stage: string; reason: string; detail: string }[] = [];
  const jsonTimes: number[] = [];
  const readerTimes: number[] = [];
  let done = 0;
  let next = 0;
  const every = Math.max(1, Math.round(files.length / 40));

  const one = async (file: string) => {
    const name = relative(CORPUS, file);
    try {
      const { analysis, ms } = await runJson(file);
      jsonTimes.push(ms);
      readerTimes.push((await runReader(file, analysis)).ms);
    } catch (error) {
      const f =
        error instanceof Failure
          ? error
          : new Failure('soak', `unexpected: ${error instanceof Error ? error.stack : String(error)}`);
      failures.push({ file: name, stage: f.stage, reason: f.message, detail: f.detail });
      say(`FAIL ${name} (${f.stage}): ${f.message}`);
    }
    done++;
    if (done % every === 0 || done === files.length) {
      const elapsed = performance.now() - started;
      const left = (elapsed / done) * (files.length - done);
      say(
        `[${String(done).padStart(String(files.length).length)}/${files.length}] ${seconds(elapsed)} elapsed, about ${seconds(left)} left, ${failures.length} failure${failures.length === 1 ? '' : 's'}`,
      );
    }
  };
  const worker = async () => {
    while (next < files.length) await one(files[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, files.length) }, worker));

  const total = performance.now() - started;
  failures.sort((a, b) => a.file.localeCompare(b.file));
  const summary = {
    corpus: CORPUS,
    articles: files.length,
    of: all.length,
    concurrency: options.concurrency,
    seconds: Math.round(total / 100) / 10,
    jsonMs: stats(jsonTimes),
    readerMs: stats(readerTimes),
    failures: failures.map(({ file, stage, reason }) => ({ file, stage, reason })),
  };
  if (options.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  say(
    `soak: ${files.length} articles in ${seconds(total)}; --json median ${summary.jsonMs?.median ?? '-'} ms (p95 ${summary.jsonMs?.p95 ?? '-'}, max ${summary.jsonMs?.max ?? '-'}), ` +
      `reader session median ${summary.readerMs?.median ?? '-'} ms (p95 ${summary.readerMs?.p95 ?? '-'}, max ${summary.readerMs?.max ?? '-'}); ` +
      `${failures.length ? `${failures.length} FAILED` : 'no failures'}`,
  );
  for (const f of failures) {
    say(`\nFAILED ${f.file} (${f.stage}): ${f.reason}`);
    if (f.detail) say(f.detail.split('\n').slice(0, 45).join('\n'));
  }
  return failures.length ? 1 : 0;
}

const interrupt = (signal: NodeJS.Signals, status: number) =>
  process.once(signal, () => {
    killAllSync();
    for (const x of live) x.kill('SIGKILL');
    say(`soak: interrupted (${signal})`);
    process.exit(status);
  });
interrupt('SIGINT', 130);
interrupt('SIGTERM', 143);

process.exitCode = await main();
