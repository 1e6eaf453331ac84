/**
 * End-to-end harness: runs a program in a real pseudo-terminal (node-pty) and feeds everything
 * it writes into a headless xterm.js of the same size, so tests can read the screen the way a
 * person would see it — rows of text, cell colours, alternate screen, cursor visibility.
 */
import { tempDir } from '../helpers/temp.js';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ptyModule from 'node-pty';
import type { IPty } from 'node-pty';
import xtermModule from '@xterm/headless';
import type { IBufferCell, Terminal as XTerminal } from '@xterm/headless';
import { type TestContext, afterAll, beforeAll, expect } from 'vitest';
import { existsSync } from 'node:fs';

// Both packages are CommonJS; take the classes from the default export so ESM interop never bites.
const { spawn: spawnPty } = ptyModule;
const { Terminal } = xtermModule;
const execFileAsync = promisify(execFile);

/** Where `dist/cli.js` is run from: this checkout, unless LEDE_E2E_ROOT points at another build. */
export const REPO_ROOT = process.env.LEDE_E2E_ROOT ?? fileURLToPath(new URL('../../', import.meta.url));
export const CLI = 'dist/cli.js';

/** Raw key sequences, as a terminal sends them. */
export const KEY = {
  DOWN: '\x1b[B',
  UP: '\x1b[A',
  RIGHT: '\x1b[C',
  LEFT: '\x1b[D',
  PGDN: '\x1b[6~',
  PGUP: '\x1b[5~',
  HOME: '\x1b[H',
  END: '\x1b[F',
  TAB: '\t',
  ENTER: '\r',
  ESC: '\x1b',
  BACKSPACE: '\x7f',
  CTRL_C: '\x03',
} as const;

/** How long one expectation may take: the machine is small and may be busy. */
export const WAIT_MS = 5_000;
/** The screen counts as settled when it has not changed for this long. */
export const SETTLE_MS = 100;
/** The analysis of a test article, in its worker, on a loaded two-core machine. */
export const ANALYSIS_WAIT_MS = 20_000;

export interface ExitInfo {
  readonly exitCode: number;
  readonly signal?: number;
}

export interface LaunchOptions {
  readonly cols?: number;
  readonly rows?: number;
  /** Extra environment, merged over process.env and the colour defaults. */
  readonly env?: Record<string, string>;
  readonly cwd?: string;
}

export type ScreenPredicate = (rows: string[], session: Session) => boolean;

const live = new Set<Session>();

/**
 * The test runner's environment as a person's shell would have it. CI and CONTINUOUS_INTEGRATION
 * are dropped: Ink (through is-in-ci) draws nothing but the last frame, at exit, when it thinks it
 * runs in CI, so with them the reader's screen never appears in the pty.
 */
export function interactiveEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key === 'CI' || key === 'CONTINUOUS_INTEGRATION') continue;
    env[key] = value;
  }
  // Reading positions go to a fresh state directory per launch: no test resumes where another
  // stopped, and the user's own positions are never touched. Tests of resuming pass their own.
  env.XDG_STATE_HOME = tempDir('lede-state-');
  return env;
}

export class Session {
  readonly pty: IPty;
  readonly term: XTerminal;
  /** Everything the program wrote, raw, in order. */
  output = '';
  private pendingWrites = 0;
  private lastWrite: Promise<void> = Promise.resolve();
  private lastDataAt = Date.now();
  private exitInfo: ExitInfo | null = null;
  private readonly exited: Promise<ExitInfo>;
  private disposed = false;

  constructor(file: string, args: readonly string[], options: LaunchOptions = {}) {
    const cols = options.cols ?? 120;
    const rows = options.rows ?? 40;
    this.term = new Terminal({ cols, rows, allowProposedApi: true, scrollback: 1000 });
    this.pty = spawnPty(file, [...args], {
      name: 'xterm-256color',
      cols,
      rows,
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...interactiveEnv(), FORCE_COLOR: '3', TERM: 'xterm-256color', ...options.env },
    });
    this.pty.onData((data) => {
      if (this.disposed) return;
      this.output += data;
      this.lastDataAt = Date.now();
      this.pendingWrites++;
      this.lastWrite = new Promise<void>((resolve) =>
        this.term.write(data, () => {
          this.pendingWrites--;
          resolve();
        }),
      );
    });
    this.exited = new Promise<ExitInfo>((resolve) => {
      this.pty.onExit(({ exitCode, signal }) => {
        this.exitInfo = { exitCode, signal };
        resolve(this.exitInfo);
      });
    });
    live.add(this);
  }

  get cols(): number {
    return this.term.cols;
  }

  get rows(): number {
    return this.term.rows;
  }

  /** The visible rows of the active buffer, trailing blanks trimmed. */
  screen(): string[] {
    const buffer = this.term.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < this.term.rows; y++)
      out.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    return out;
  }

  /** The screen as one string, rows numbered, for failure messages. */
  dump(): string {
    const rows = this.screen();
    const width = String(rows.length - 1).length;
    return [
      `--- screen ${this.cols}x${this.rows}, ${this.isAltScreen() ? 'alternate' : 'normal'} buffer, cursor ${this.isCursorHidden() ? 'hidden' : 'visible'}${this.exitInfo ? `, exited ${JSON.stringify(this.exitInfo)}` : ''} ---`,
      ...rows.map((row, y) => `${String(y).padStart(width)}|${row}`),
      '---',
    ].join('\n');
  }

  /** True while the program is drawing on the alternate screen. */
  isAltScreen(): boolean {
    return this.term.buffer.active.type === 'alternate';
  }

  /**
   * Whether the program hid the cursor (DECTCEM, `CSI ? 25 l`). xterm.js tracks it but its public
   * `term.modes` does not expose it, so this reads the core service — the one internal access here.
   */
  isCursorHidden(): boolean {
    const core = (this.term as unknown as { _core?: { coreService?: { isCursorHidden?: unknown } } })._core;
    const hidden = core?.coreService?.isCursorHidden;
    if (typeof hidden !== 'boolean')
      throw new Error('@xterm/headless no longer exposes _core.coreService.isCursorHidden; update the harness');
    return hidden;
  }

  /** The cell at a column and row of the visible screen (0-based). */
  cell(x: number, y: number): IBufferCell | undefined {
    const buffer = this.term.buffer.active;
    return buffer.getLine(buffer.viewportY + y)?.getCell(x);
  }

  /** Every visible cell that satisfies `test`, with its position and character, in reading order. */
  findCells(
    test: (cell: IBufferCell, x: number, y: number) => boolean,
    area: { x0?: number; x1?: number; y0?: number; y1?: number } = {},
  ): { x: number; y: number; chars: string }[] {
    const { x0 = 0, x1 = this.cols, y0 = 0, y1 = this.rows } = area;
    const buffer = this.term.buffer.active;
    const hits: { x: number; y: number; chars: string }[] = [];
    for (let y = y0; y < y1; y++) {
      const line = buffer.getLine(buffer.viewportY + y);
      if (!line) continue;
      for (let x = x0; x < x1; x++) {
        const c = line.getCell(x);
        if (c && test(c, x, y)) hits.push({ x, y, chars: c.getChars() });
      }
    }
    return hits;
  }

  /** Waits until everything received so far has been parsed by xterm. */
  async flush(): Promise<void> {
    while (this.pendingWrites > 0) await this.lastWrite;
  }

  /** Polls until the screen matches; fails with the screen in the message. */
  async waitFor(expected: string | RegExp | ScreenPredicate, timeoutMs = WAIT_MS, what?: string): Promise<string[]> {
    const test: ScreenPredicate =
      typeof expected === 'string'
        ? (rows) => rows.some((r) => r.includes(expected))
        : expected instanceof RegExp
          ? (rows) => expected.test(rows.join('\n'))
          : expected;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.flush();
      const rows = this.screen();
      let ok = false;
      let error: unknown;
      // Inside a synchronized update (`CSI ? 2026 h` … `l`, which Ink wraps each frame in) the
      // screen is half drawn: judge only whole frames.
      if (!this.term.modes.synchronizedOutputMode) {
        try {
          ok = test(rows, this);
        } catch (e) {
          error = e;
        }
      }
      if (ok) return rows;
      if (Date.now() > deadline) {
        const label =
          what ??
          (typeof expected === 'function'
            ? 'the screen to match a predicate'
            : `the screen to show ${String(expected)}`);
        throw new Error(
          `timed out after ${timeoutMs} ms waiting for ${label}${error ? ` (last check threw: ${String(error)})` : ''}\n${this.dump()}`,
        );
      }
      await delay(20);
    }
  }

  /**
   * Waits for the analysis (which runs in a worker while the text already shows) to fill the
   * sidebar, as a reader sees it: in the sidebar when it is drawn, else by opening the entity
   * list with Tab and closing it again once it no longer says it is still finding.
   */
  async waitForAnalysis(timeoutMs = ANALYSIS_WAIT_MS): Promise<void> {
    const finding = (rows: string[]) => rows.some((r) => r.includes('finding…'));
    const hasList = (rows: string[]) => rows.some((r) => /Entities/.test(r));
    await this.waitForRawMode();
    // The sidebar shows from 80 columns (SIDEBAR_MIN_COLUMNS); narrower, the list takes the text's place.
    if (this.cols >= 80) {
      await this.waitFor((r) => hasList(r) && !finding(r), timeoutMs, 'the analysis to fill the sidebar');
      return;
    }
    this.press('\t');
    await this.waitFor(hasList, timeoutMs, 'Tab to show the entity list');
    await this.waitFor((r) => hasList(r) && !finding(r), timeoutMs, 'the analysis to fill the entity list');
    this.press('\t');
    await this.waitFor((r) => !hasList(r), timeoutMs, 'Tab to go back to the text');
    await this.waitForSettle(60, timeoutMs);
  }

  /** Waits until nothing new has arrived and the screen has not changed for `quietMs`. */
  async waitForSettle(quietMs = SETTLE_MS, timeoutMs = WAIT_MS): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    await this.flush();
    let last = this.screen().join('\n');
    let since = Date.now();
    for (;;) {
      await delay(20);
      await this.flush();
      const now = this.screen().join('\n');
      if (now !== last) {
        last = now;
        since = Date.now();
      } else if (
        Date.now() - since >= quietMs &&
        Date.now() - this.lastDataAt >= quietMs &&
        !this.term.modes.synchronizedOutputMode
      ) {
        // (Inside a synchronized update the screen is not shown yet: that is not settled.)
        return this.screen();
      }
      if (Date.now() > deadline) throw new Error(`the screen did not settle within ${timeoutMs} ms\n${this.dump()}`);
    }
  }

  /**
   * The pty's current line settings as `stty -a` lists them ('icanon', '-echo'…), read from the
   * slave side, or null once nothing holds it open any more.
   */
  async ttyFlags(): Promise<string[] | null> {
    const name = (this.pty as unknown as { ptsName?: string }).ptsName;
    if (!name) throw new Error('node-pty no longer exposes ptsName; update the harness');
    try {
      const { stdout } = await execFileAsync('stty', ['-a', '-F', name], { encoding: 'utf8' });
      return stdout.split(/[\s;]+/).filter(Boolean);
    } catch {
      return null;
    }
  }

  /** Waits until the program has put the terminal in raw mode, so keys reach it one by one, unechoed. */
  async waitForRawMode(timeoutMs = WAIT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let flags: string[] | null;
    while (!(flags = await this.ttyFlags())?.includes('-icanon')) {
      if (Date.now() > deadline) {
        throw new Error(
          `timed out after ${timeoutMs} ms waiting for raw mode (-icanon); stty -a: ${flags?.join(' ') ?? 'unreadable'}\n${this.dump()}`,
        );
      }
      await delay(25);
    }
  }

  /**
   * Types raw key sequences (see KEY). Keys written back to back may reach the program in a single
   * read, so a test that means separate key presses waits for each one's effect before the next;
   * likewise a lone ESC followed at once by a key reads as Alt+key.
   */
  press(...keys: string[]): void {
    for (const k of keys) this.pty.write(k);
  }

  resize(cols: number, rows: number): void {
    this.pty.resize(cols, rows);
    this.term.resize(cols, rows);
  }

  /** Resolves when the program exits, once its last output has been parsed. */
  async exit(timeoutMs = WAIT_MS): Promise<ExitInfo> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the program did not exit within ${timeoutMs} ms\n${this.dump()}`)),
        timeoutMs,
      );
    });
    try {
      const info = await Promise.race([this.exited, timeout]);
      // node-pty may report the exit before the last bytes are read: let the output drain.
      await this.waitForSettle(50, timeoutMs);
      return info;
    } finally {
      clearTimeout(timer);
    }
  }

  get hasExited(): boolean {
    return this.exitInfo !== null;
  }

  /**
   * Kills the program and everything it started (the whole process group the pty leads, so a
   * `bash -c 'cat … | node …'` leaves nothing behind), waits briefly for the exit, frees the terminal.
   * Safe to call twice.
   */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    live.delete(this);
    if (!this.exitInfo) {
      try {
        process.kill(-this.pty.pid, 'SIGKILL');
      } catch {
        try {
          this.pty.kill('SIGKILL');
        } catch {
          // already gone
        }
      }
      await Promise.race([this.exited, delay(2_000)]);
    }
    this.term.dispose();
  }
}

/** Runs the built CLI (`node dist/cli.js …args`) in a pseudo-terminal. */
export function launchCli(args: readonly string[] = [], options: LaunchOptions = {}): Session {
  return new Session(process.execPath, [CLI, ...args], options);
}

/** Runs a shell snippet in a pseudo-terminal (`bash -c script`), e.g. a pipe into the CLI. */
export function launchShell(script: string, options: LaunchOptions = {}): Session {
  return new Session('bash', ['-c', script], options);
}

/** Kills every session still running; call from afterEach so a failing test leaves nothing behind. */
export async function disposeAll(): Promise<void> {
  await Promise.all([...live].map((s) => s.dispose()));
}

/** Direct children of a process (Linux /proc), e.g. the CLI that a `bash -c` wrapper started. */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Ties a session to its test: it is disposed when the test finishes, passed or failed. */
export function owned(t: TestContext, s: Session): Session {
  t.onTestFinished(() => s.dispose());
  return s;
}

/**
 * A shell that prints a marker, runs `command`, then reports its exit status and whether the tty
 * settings came back (`[lede-exit:N]`, `[stty-same]`, `[stty-a:…]`, `[done]`), and waits for Enter
 * so that the test reads all of it: node-pty can report an exit before the last bytes arrive.
 */
export function wrapped(t: TestContext, command: string, cols: number, rows: number): Session {
  return owned(
    t,
    launchShell(
      [
        'printf "[before lede]\\n"',
        'before=$(stty -g)',
        command,
        'status=$?',
        'after=$(stty -g)',
        'printf "\\n[lede-exit:%s]\\n" "$status"',
        'if [ "$before" = "$after" ]; then echo "[stty-same]"; else echo "[stty-changed]"; fi',
        'printf "[stty-a:%s]\\n" "$(stty -a | tr "\\n" " ")"',
        'echo "[done]"',
        'read -r _',
      ].join('; '),
      { cols, rows },
    ),
  );
}

/** Polls the raw output (not the screen) until it contains `text`. */
export async function waitForOutput(s: Session, text: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!s.output.includes(text)) {
    if (Date.now() > deadline) throw new Error(`"${text}" never appeared in the output\n${s.dump()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** What the wrapper shell reported after lede exited. */
export interface Afterwards {
  readonly status: number;
  readonly sttySame: boolean;
  /** `stty -a` as one line, and split into its flags. */
  readonly sttyA: string;
  readonly flags: string[];
}

/** Waits for the wrapper to finish (see `wrapped`) and reads what it reported about the terminal. */
export async function afterwards(s: Session): Promise<Afterwards> {
  await waitForOutput(s, '[done]');
  s.press('\r');
  const info = await s.exit();
  expect(info.exitCode, `the wrapper shell failed\n${s.dump()}`).toBe(0);
  const status = /\[lede-exit:(\d+)\]/.exec(s.output);
  expect(status, `no exit status reported\n${s.dump()}`).not.toBeNull();
  const sttyA = /\[stty-a:([^\]]*)\]/.exec(s.output)?.[1] ?? '';
  return {
    status: Number(status![1]),
    sttySame: s.output.includes('[stty-same]'),
    sttyA,
    flags: sttyA.split(/[\s;]+/),
  };
}

/**
 * For a test file that runs the built CLI: fails at once, with what to do, when dist/ is missing,
 * and kills whatever sessions its tests left behind when they are done.
 */
export function usesBuiltCli(): void {
  beforeAll(() => {
    if (!existsSync(join(REPO_ROOT, CLI)))
      throw new Error(`${CLI} is missing: run \`npm run build\` before the e2e tests`);
  });
  // Each session is killed when its own test finishes (see `owned`); this catches anything left over.
  afterAll(async () => {
    await disposeAll();
  });
}
