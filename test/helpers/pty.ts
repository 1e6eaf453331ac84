/**
 * The one pseudo-terminal driver, shared by the end-to-end tests (test/e2e/harness.ts), the
 * benchmarks (scripts/bench.ts, scripts/bench-fps.ts) and the soak (scripts/soak.ts). It runs a
 * program in a real pseudo-terminal (node-pty) and feeds everything it writes into a headless
 * xterm.js of the same size, so a caller reads the screen the way a person would see it: rows of
 * text, cell colours, the alternate screen, the cursor. Nothing here knows vitest or lede.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import ptyModule from 'node-pty';
import type { IPty } from 'node-pty';
import xtermModule from '@xterm/headless';
import type { IBufferCell, Terminal as XTerminal } from '@xterm/headless';

// Both packages are CommonJS; take the classes from the default export so ESM interop never bites.
const { spawn: spawnPty } = ptyModule;
const { Terminal } = xtermModule;
const execFileAsync = promisify(execFile);

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

/** How long one expectation may take by default: the machine is small and may be busy. */
export const WAIT_MS = 5_000;
/** The screen counts as settled when it has not changed for this long. */
export const SETTLE_MS = 100;

export interface ExitInfo {
  readonly exitCode: number;
  readonly signal?: number;
  /** When the exit was reported (performance.now()). */
  readonly at: number;
}

export interface PtyOptions {
  readonly cols?: number;
  readonly rows?: number;
  /** The program's whole environment (see `withoutCi`). */
  readonly env?: Record<string, string>;
  readonly cwd?: string;
  /** Lines xterm keeps above the screen. */
  readonly scrollback?: number;
}

export type ScreenPredicate<S extends PtySession = PtySession> = (rows: string[], session: S) => boolean;

/** Called with the time (performance.now()) a chunk of output arrived. */
type DataListener = (at: number) => void;

/** What one timed key press gave (see `timeKey`). */
export interface KeyTiming {
  /** From the write to the last chunk of the frame it caused (or `noFrameMs` when none came). */
  readonly ms: number;
  readonly frame: boolean;
  /** False when the output never went quiet within the cap. */
  readonly settled: boolean;
}

const live = new Set<PtySession>();

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * An environment without CI and CONTINUOUS_INTEGRATION: Ink (through is-in-ci) draws nothing but
 * the last frame, at exit, when it thinks it runs in CI, so with them no screen appears in the pty.
 */
export function withoutCi(env: NodeJS.ProcessEnv = process.env, drop: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  const skip = new Set(['CI', 'CONTINUOUS_INTEGRATION', ...drop]);
  for (const [key, value] of Object.entries(env)) if (value !== undefined && !skip.has(key)) out[key] = value;
  return out;
}

export class PtySession {
  readonly pty: IPty;
  readonly term: XTerminal;
  readonly pid: number;
  /** When the program was started (performance.now()). */
  readonly spawnedAt = performance.now();
  /** Everything the program wrote, raw, in order. */
  output = '';
  /** When the last chunk arrived (performance.now()), or null before the first. */
  lastDataAt: number | null = null;
  /** Window titles the program set (OSC 0/2), in order. */
  readonly titles: string[] = [];
  private pending = 0;
  private lastParsed: Promise<void> = Promise.resolve();
  private readonly rawListeners = new Set<DataListener>();
  private readonly parsedListeners = new Set<DataListener>();
  private exitInfo: ExitInfo | null = null;
  /** Resolves when the program exits (the exit may be reported before its last output is read). */
  readonly exited: Promise<ExitInfo>;
  private disposed = false;

  constructor(file: string, args: readonly string[], options: PtyOptions = {}) {
    const cols = options.cols ?? 120;
    const rows = options.rows ?? 40;
    this.term = new Terminal({ cols, rows, allowProposedApi: true, scrollback: options.scrollback ?? 1000 });
    this.term.onTitleChange((title) => this.titles.push(title));
    this.pty = spawnPty(file, [...args], {
      name: 'xterm-256color',
      cols,
      rows,
      cwd: options.cwd,
      env: options.env ?? withoutCi(),
    });
    this.pid = this.pty.pid;
    this.pty.onData((data) => {
      if (this.disposed) return;
      const at = performance.now();
      this.output += data;
      this.lastDataAt = at;
      for (const l of [...this.rawListeners]) l(at);
      this.pending++;
      this.lastParsed = new Promise<void>((resolve) =>
        this.term.write(data, () => {
          this.pending--;
          for (const l of [...this.parsedListeners]) l(at);
          resolve();
        }),
      );
    });
    this.exited = new Promise<ExitInfo>((resolve) => {
      this.pty.onExit(({ exitCode, signal }) => {
        this.exitInfo = { exitCode, signal, at: performance.now() };
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

  get hasExited(): boolean {
    return this.exitInfo !== null;
  }

  /** How the program exited, once it has. */
  get exitStatus(): ExitInfo | null {
    return this.exitInfo;
  }

  /** Runs `listener` as each chunk of output arrives, before xterm parses it; returns the unsubscribe. */
  onData(listener: DataListener): () => void {
    this.rawListeners.add(listener);
    return () => this.rawListeners.delete(listener);
  }
  /** Like onData, once xterm has parsed the chunk (with the time it arrived). */
  onParsed(listener: DataListener): () => void {
    this.parsedListeners.add(listener);
    return () => this.parsedListeners.delete(listener);
  }

  // ---- reading the screen -----------------------------------------------------------------------

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
      `--- screen ${this.cols}x${this.rows}, ${this.isAltScreen() ? 'alternate' : 'normal'} buffer, cursor ${this.isCursorHidden() ? 'hidden' : 'visible'}${this.exitInfo ? `, exited ${JSON.stringify({ exitCode: this.exitInfo.exitCode, signal: this.exitInfo.signal })}` : ''} ---`,
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
      throw new Error('@xterm/headless no longer exposes _core.coreService.isCursorHidden; update the driver');
    return hidden;
  }

  /** A whole frame is on screen: not inside a synchronized update (`CSI ? 2026 h` … `l`, which Ink wraps frames in). */
  settledFrame(): boolean {
    return !this.term.modes.synchronizedOutputMode;
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

  // ---- waiting ------------------------------------------------------------------------------------

  /** Waits until everything received so far has been parsed by xterm. */
  async flush(): Promise<void> {
    while (this.pending > 0) await this.lastParsed;
  }

  /**
   * Polls until the screen matches (whole frames only); throws with the screen in the message after
   * `timeoutMs`, or as soon as the program has exited when `stopOnExit` is set.
   */
  async waitFor(
    expected: string | RegExp | ScreenPredicate<this>,
    timeoutMs = WAIT_MS,
    what?: string,
    { stopOnExit = false }: { stopOnExit?: boolean } = {},
  ): Promise<string[]> {
    const test: ScreenPredicate<this> =
      typeof expected === 'string'
        ? (rows) => rows.some((r) => r.includes(expected))
        : expected instanceof RegExp
          ? (rows) => expected.test(rows.join('\n'))
          : expected;
    const deadline = Date.now() + timeoutMs;
    const label = () =>
      what ??
      (typeof expected === 'function' ? 'the screen to match a predicate' : `the screen to show ${String(expected)}`);
    for (;;) {
      await this.flush();
      const rows = this.screen();
      let ok = false;
      let error: unknown;
      // Inside a synchronized update the screen is half drawn: judge only whole frames.
      if (this.settledFrame()) {
        try {
          ok = test(rows, this);
        } catch (e) {
          error = e;
        }
      }
      if (ok) return rows;
      if (stopOnExit && this.exitInfo)
        throw new Error(
          `exited (${JSON.stringify({ exitCode: this.exitInfo.exitCode, signal: this.exitInfo.signal })}) while waiting for ${label()}\n${this.dump()}`,
        );
      if (Date.now() > deadline)
        throw new Error(
          `timed out after ${timeoutMs} ms waiting for ${label()}${error ? ` (last check threw: ${String(error)})` : ''}\n${this.dump()}`,
        );
      await delay(20);
    }
  }

  /**
   * Resolves with the arrival time of the chunk after which the screen first satisfies `test`
   * (checked after every chunk, whole frames only), or null on timeout or exit. Dating the frame
   * by when the program wrote it, not by when it was parsed, is what makes it a measurement.
   */
  waitForScreen(test: (rows: string[]) => boolean, timeoutMs: number): Promise<number | null> {
    return new Promise((resolve) => {
      let done = false;
      const finish = (value: number | null) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        this.parsedListeners.delete(check);
        resolve(value);
      };
      const check = (at: number) => {
        if (this.settledFrame() && test(this.screen())) finish(at);
      };
      this.parsedListeners.add(check);
      const timer = setTimeout(() => finish(null), timeoutMs);
      // Exited: let the last output drain, then give up.
      void this.exited.then(() => delay(200)).then(() => finish(null));
      // Already there (everything parsed and matching)?
      if (this.pending === 0 && this.lastDataAt !== null && this.settledFrame() && test(this.screen()))
        finish(this.lastDataAt);
    });
  }

  /** Resolves true once nothing has arrived for `quietMs` and the screen holds a whole frame, or false after `capMs` or on exit. */
  waitForQuiet(quietMs: number, capMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const start = performance.now();
      const tick = () => {
        const now = performance.now();
        const since = now - (this.lastDataAt ?? this.spawnedAt);
        if (since >= quietMs && this.pending === 0 && this.settledFrame()) return resolve(true);
        if (now - start >= capMs || this.exitInfo) return resolve(false);
        setTimeout(tick, Math.max(2, Math.min(quietMs - since, 20)));
      };
      tick();
    });
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
        performance.now() - (this.lastDataAt ?? this.spawnedAt) >= quietMs &&
        this.settledFrame()
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
    if (!name) throw new Error('node-pty no longer exposes ptsName; update the driver');
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

  // ---- typing ---------------------------------------------------------------------------------------

  /**
   * Types raw key sequences (see KEY). Keys written back to back may reach the program in a single
   * read, so a caller that means separate key presses waits for each one's effect before the next;
   * likewise a lone ESC followed at once by a key reads as Alt+key.
   */
  press(...keys: string[]): void {
    for (const k of keys) this.pty.write(k);
  }

  /**
   * Types keys one at a time, waiting after each for its frame (the first chunk after the write,
   * or up to `frameMs` when none comes) and then for `quietMs` of quiet.
   */
  async pressEach(keys: readonly string[], quietMs = 60, capMs = 5_000, frameMs = 1_000): Promise<void> {
    for (const k of keys) {
      const t0 = performance.now();
      this.pty.write(k);
      while ((this.lastDataAt ?? 0) < t0 && performance.now() - t0 < frameMs && !this.exitInfo) await delay(5);
      await this.waitForQuiet(quietMs, capMs);
      await this.flush();
    }
  }

  /**
   * Writes a key and times it: from the write to the last chunk of the frame it caused (the frame
   * is over when nothing more arrives for `quietMs`, which is not counted). With no output at all
   * within `noFrameMs` the key drew no frame (counted as `noFrameMs`); output that never stops is
   * taken as it is after `capMs`.
   *
   * `unrelated(before, after)`, given the screen before and after a chunk, tells a chunk that is
   * not the key's (a progress counter redrawn on its own): such a chunk is not part of its frame.
   */
  timeKey(
    key: string,
    {
      quietMs = 30,
      noFrameMs = 1000,
      capMs = 10_000,
      unrelated,
    }: {
      quietMs?: number;
      noFrameMs?: number;
      capMs?: number;
      unrelated?: (before: readonly string[], after: readonly string[]) => boolean;
    } = {},
  ): Promise<KeyTiming> {
    return new Promise((resolve) => {
      let last: number | null = null;
      let quietTimer: NodeJS.Timeout | undefined;
      let done = false;
      const t0 = performance.now();
      const finish = async (result: KeyTiming) => {
        if (done) return;
        done = true;
        clearTimeout(quietTimer);
        clearTimeout(noFrameTimer);
        clearTimeout(capTimer);
        unsubscribe();
        await this.flush();
        resolve(result);
      };
      /** The frame's end was checked while a synchronized update was still open. */
      let unsettled = false;
      // The frame is over after quietMs without data, once xterm has parsed it all and it is not
      // inside a synchronized update (a frame whose writer was descheduled halfway through).
      const endOfFrame = async () => {
        const seen = last;
        await this.flush();
        if (seen !== last || last === null) return; // more arrived meanwhile: its own timer decides
        unsettled = !this.settledFrame();
        if (unsettled) return; // the rest of the frame re-arms the timer when it comes
        void finish({ ms: last - t0, frame: true, settled: true });
      };
      let screen = unrelated ? this.screen() : [];
      const chunk = (at: number) => {
        if (unrelated) {
          const before = screen;
          screen = this.screen();
          if (unrelated(before, screen)) {
            // The end of the key's own frame may come in a chunk that changes nothing on the
            // screen: the synchronized update's closing mark, its writer descheduled after the
            // frame. It ends that frame (a terminal that honours the mark shows the frame then).
            // Judged unrelated, it used to leave the frame unfinished until the next related
            // change, seconds later: a key "taking" 4–5 s in bench-during once in ~6 rounds.
            if (unsettled && !done) {
              last = at;
              clearTimeout(quietTimer);
              quietTimer = setTimeout(() => void endOfFrame(), quietMs);
            }
            return;
          }
        }
        last = at;
        clearTimeout(noFrameTimer);
        clearTimeout(quietTimer);
        quietTimer = setTimeout(() => void endOfFrame(), quietMs);
      };
      // (Judged by what a chunk changed on the screen, once xterm has parsed it.)
      const unsubscribe = unrelated ? this.onParsed(chunk) : this.onData(chunk);
      const noFrameTimer = setTimeout(() => void finish({ ms: noFrameMs, frame: false, settled: true }), noFrameMs);
      const capTimer = setTimeout(
        () => void finish({ ms: last === null ? noFrameMs : last - t0, frame: last !== null, settled: false }),
        capMs,
      );
      this.pty.write(key);
    });
  }

  resize(cols: number, rows: number): void {
    this.pty.resize(cols, rows);
    this.term.resize(cols, rows);
  }

  // ---- the end --------------------------------------------------------------------------------------

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

  /** Peak resident set size of the program (VmHWM in /proc, kB → bytes), or null. */
  peakRss(): number | null {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
      return m ? Number(m[1]) * 1024 : null;
    } catch {
      return null;
    }
  }

  /**
   * Kills the program and everything it started (the whole process group the pty leads, so a
   * `bash -c 'cat … | node …'` leaves nothing behind), waits briefly for the exit, frees the
   * terminal. With `quit`, it first sends q and gives the program `graceMs` to leave by itself.
   * Safe to call twice.
   */
  async dispose({ quit = false, graceMs = 1_500 }: { quit?: boolean; graceMs?: number } = {}): Promise<void> {
    if (this.disposed) return;
    if (!this.exitInfo && quit) {
      try {
        this.pty.write('q');
      } catch {
        // gone already
      }
      await Promise.race([this.exited, delay(graceMs)]);
    }
    this.disposed = true;
    live.delete(this);
    if (!this.exitInfo) {
      killGroup(this);
      await Promise.race([this.exited, delay(2_000)]);
    }
    this.term.dispose();
  }
}

function killGroup(p: PtySession): void {
  try {
    process.kill(-p.pid, 'SIGKILL');
  } catch {
    try {
      p.pty.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Kills every session still running (after a failed test, at the end of a run). */
export async function disposeAll(): Promise<void> {
  await Promise.all([...live].map((s) => s.dispose()));
}

/** Synchronous last resort (exit handlers, signals): kill every program still running. */
export function killAllSync(): void {
  for (const p of live) if (!p.hasExited) killGroup(p);
  live.clear();
}

/** Direct children of a process (Linux /proc), e.g. the CLI that a `bash -c` wrapper started. */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The attributes of one cell that show: its character and width, colours and styles. */
export interface CellLook {
  readonly chars: string;
  readonly width: number;
  readonly fg: string;
  readonly bg: string;
  readonly styles: string;
}

/** How a cell looks, in a form two cells can be compared by (undefined: no such cell). */
export function look(cell: IBufferCell | undefined): CellLook | undefined {
  if (!cell) return undefined;
  const colour = (mode: number, value: number) => (mode === 0 ? 'default' : `${mode}:${value}`);
  const styles = [
    cell.isBold() && 'bold',
    cell.isDim() && 'dim',
    cell.isItalic() && 'italic',
    cell.isUnderline() && 'underline',
    cell.isInverse() && 'inverse',
    cell.isStrikethrough() && 'strikethrough',
    cell.isInvisible() && 'invisible',
    cell.isBlink() && 'blink',
    cell.isOverline() && 'overline',
  ].filter(Boolean);
  return {
    // A cell never written and one written with a plain space look the same.
    chars: cell.getChars() || ' ',
    width: cell.getWidth(),
    fg: colour(cell.getFgColorMode(), cell.getFgColor()),
    bg: colour(cell.getBgColorMode(), cell.getBgColor()),
    styles: styles.join('+'),
  };
}

/** A fresh headless terminal of the given size after `data` (raw output) has been written to it. */
export async function replay(data: string, cols: number, rows: number): Promise<XTerminal> {
  const term = new Terminal({ cols, rows, allowProposedApi: true, scrollback: 0 });
  await new Promise<void>((resolve) => term.write(data, resolve));
  return term;
}
