// Pieces of the benchmark (scripts/bench.mjs): a small pseudo-terminal driver read back through
// @xterm/headless (modelled on test/e2e/harness.ts, which a plain .mjs script cannot import),
// statistics, and the long document built from the bbc-news corpus.
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { delimiter, join } from 'node:path';
import ptyModule from 'node-pty';
import xtermModule from '@xterm/headless';

// Both packages are CommonJS: take the classes from the default export.
const { spawn: spawnPty } = ptyModule;
const { Terminal } = xtermModule;

/** Every pty still open, so an interrupted run leaves nothing behind. */
const live = new Set();

export const KEY = { DOWN: '\x1b[B', TAB: '\t', ENTER: '\r' };

export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * One program in a pseudo-terminal. Every chunk it writes is fed to xterm; listeners registered
 * in parsedListeners run once xterm has processed that chunk and get the time the chunk arrived,
 * so a screen check done there dates the frame by when the program wrote it, not by when we
 * parsed it.
 */
export class PtyProgram {
  constructor(file, args, { cols = 120, rows = 40, env, cwd }) {
    this.term = new Terminal({ cols, rows, allowProposedApi: true, scrollback: 200 });
    this.rows = rows;
    this.pending = 0;
    this.lastParsed = Promise.resolve();
    this.lastDataAt = null;
    this.bytes = 0;
    this.rawListeners = new Set();
    this.parsedListeners = new Set();
    this.exitInfo = null;
    this.closed = false;
    this.spawnedAt = performance.now();
    this.pty = spawnPty(file, args, { name: 'xterm-256color', cols, rows, cwd, env });
    this.pid = this.pty.pid;
    live.add(this);
    this.exited = new Promise((resolve) => {
      this.pty.onExit(({ exitCode, signal }) => {
        this.exitInfo = { exitCode, signal, at: performance.now() };
        resolve(this.exitInfo);
      });
    });
    this.pty.onData((data) => {
      if (this.closed) return;
      const at = performance.now();
      this.lastDataAt = at;
      this.bytes += data.length;
      for (const l of [...this.rawListeners]) l(at);
      this.pending++;
      this.lastParsed = new Promise((resolve) =>
        this.term.write(data, () => {
          this.pending--;
          for (const l of [...this.parsedListeners]) l(at);
          resolve();
        }),
      );
    });
  }

  /** The visible rows of the active buffer, trailing blanks trimmed. */
  screen() {
    const buffer = this.term.buffer.active;
    const out = [];
    for (let y = 0; y < this.term.rows; y++)
      out.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    return out;
  }

  /** A whole frame is on screen: not inside a synchronized update (`CSI ? 2026 h` … `l`, which Ink wraps frames in). */
  settledFrame() {
    return !this.term.modes.synchronizedOutputMode;
  }

  dump() {
    return this.screen()
      .map((r, y) => `${String(y).padStart(2)}|${r}`)
      .join('\n');
  }

  /** Resolves once xterm has parsed everything received so far. */
  async flush() {
    while (this.pending > 0) await this.lastParsed;
  }

  /**
   * Resolves with the arrival time of the chunk after which the screen first satisfies `test`
   * (checked after every chunk, whole frames only), or null on timeout or exit.
   */
  waitForScreen(test, timeoutMs) {
    return new Promise((resolve) => {
      let timer;
      let done = false;
      const finish = (value) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        this.parsedListeners.delete(check);
        resolve(value);
      };
      const check = (at) => {
        if (this.settledFrame() && test(this.screen())) finish(at);
      };
      this.parsedListeners.add(check);
      timer = setTimeout(() => finish(null), timeoutMs);
      // Exited: let the last output drain, then give up.
      this.exited.then(() => delay(200)).then(() => finish(null));
      // Already there (everything parsed and matching)?
      if (this.pending === 0 && this.lastDataAt !== null && this.settledFrame() && test(this.screen()))
        finish(this.lastDataAt);
    });
  }

  /** Resolves true once nothing has arrived for `quietMs` and the screen holds a whole frame, or false after `capMs`. */
  waitForQuiet(quietMs, capMs) {
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

  /**
   * Writes a key and times it: from the write to the last chunk of the frame it caused (the frame
   * is over when nothing more arrives for `quietMs`, which is not counted). Returns
   * { ms, frame: true, settled } or { ms: noFrameMs, frame: false } when nothing arrived within
   * noFrameMs.
   */
  timeKey(key, { quietMs = 30, noFrameMs = 1000, capMs = 10_000 } = {}) {
    return new Promise((resolve) => {
      let last = null;
      let quietTimer;
      let done = false;
      const t0 = performance.now();
      const finish = async (result) => {
        if (done) return;
        done = true;
        clearTimeout(quietTimer);
        clearTimeout(noFrameTimer);
        clearTimeout(capTimer);
        this.rawListeners.delete(onData);
        await this.flush();
        resolve(result);
      };
      // The frame is over after quietMs without data, once xterm has parsed it all and it is not
      // inside a synchronized update (a frame whose writer was descheduled halfway through).
      const endOfFrame = async () => {
        const seen = last;
        await this.flush();
        if (seen !== last) return; // more arrived meanwhile: its own timer decides
        if (!this.settledFrame()) return; // the rest of the frame re-arms the timer when it comes
        finish({ ms: last - t0, frame: true, settled: true });
      };
      const onData = (at) => {
        last = at;
        clearTimeout(noFrameTimer);
        clearTimeout(quietTimer);
        quietTimer = setTimeout(endOfFrame, quietMs);
      };
      this.rawListeners.add(onData);
      const noFrameTimer = setTimeout(() => finish({ ms: noFrameMs, frame: false, settled: true }), noFrameMs);
      // Output that never stops (a spinner, say): take what we have after capMs.
      const capTimer = setTimeout(
        () => finish({ ms: last === null ? noFrameMs : last - t0, frame: last !== null, settled: false }),
        capMs,
      );
      this.pty.write(key);
    });
  }

  /**
   * Writes keys untimed and waits after each for its frame (the first chunk after the write, or
   * up to `frameMs` when none comes) and then for `quietMs` of quiet.
   */
  async press(keys, quietMs = 60, capMs = 5_000, frameMs = 1_000) {
    for (const k of keys) {
      const t0 = performance.now();
      this.pty.write(k);
      while ((this.lastDataAt ?? 0) < t0 && performance.now() - t0 < frameMs && !this.exitInfo) await delay(5);
      await this.waitForQuiet(quietMs, capMs);
      await this.flush();
    }
  }

  /** Peak resident set size of the process (VmHWM in /proc, kB → bytes), or null. */
  peakRss() {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
      return m ? Number(m[1]) * 1024 : null;
    } catch {
      return null;
    }
  }

  /** Sends q (unless told not to), waits briefly, then kills the whole process group. */
  async close({ quit = true, graceMs = 1_500 } = {}) {
    if (!this.exitInfo && quit) {
      try {
        this.pty.write('q');
      } catch {
        // gone already
      }
      await Promise.race([this.exited, delay(graceMs)]);
    }
    if (!this.exitInfo) {
      killGroup(this);
      await Promise.race([this.exited, delay(2_000)]);
    }
    this.closed = true;
    live.delete(this);
    this.term.dispose();
  }
}

function killGroup(p) {
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

/** Synchronous last resort (exit handlers, signals): kill every pty still running. */
export function killAllSync() {
  for (const p of live) if (!p.exitInfo) killGroup(p);
  live.clear();
}

// ---- statistics ------------------------------------------------------------------------------

export function median(xs) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile (so p95 of 7 runs is the slowest). */
export function percentile(xs, p) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export function summarize(xs) {
  return {
    n: xs.length,
    median: round1(median(xs)),
    p95: round1(percentile(xs, 95)),
    min: round1(xs.length ? Math.min(...xs) : null),
    max: round1(xs.length ? Math.max(...xs) : null),
  };
}

export function round1(x) {
  return x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 10) / 10;
}

// ---- environment -----------------------------------------------------------------------------

/** An executable on PATH, or null. */
export function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * A person's shell environment, as the e2e harness builds it: without CI markers (Ink draws only
 * the last frame when it thinks it runs in CI) and without colour or pager settings (LESS, and
 * LESSOPEN's preprocessor), so each run sees the same thing.
 */
export function cleanEnv(extra = {}) {
  const drop = new Set([
    'CI',
    'CONTINUOUS_INTEGRATION',
    'NO_COLOR',
    'FORCE_COLOR',
    'LESS',
    'LESSOPEN',
    'LESSCLOSE',
    'PAGER',
  ]);
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !drop.has(k)) env[k] = v;
  return { ...env, TERM: 'xterm-256color', ...extra };
}

// ---- documents -------------------------------------------------------------------------------

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes) {
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/**
 * The long document: every bbc-news article, sorted by category and file name, each under a
 * `#` heading made of its first line. Rewritten only when the result's size differs from the
 * file already there.
 */
export function buildLongDocument(corpusDir, outFile) {
  const categories = readdirSync(corpusDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const files = categories.flatMap((c) =>
    readdirSync(join(corpusDir, c))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(corpusDir, c, f)),
  );
  const parts = [`BBC News: ${files.length.toLocaleString('en-US')} articles`];
  for (const f of files) {
    const text = decode(readFileSync(f)).replace(/\r\n?/g, '\n');
    const nl = text.indexOf('\n');
    const first = (nl < 0 ? text : text.slice(0, nl)).trim();
    const rest = (nl < 0 ? '' : text.slice(nl + 1)).replace(/^\s*\n/, '').trimEnd();
    parts.push(`# ${first}`);
    if (rest) parts.push(rest);
  }
  const content = Buffer.from(parts.join('\n\n') + '\n', 'utf8');
  let reused = false;
  if (existsSync(outFile) && statSync(outFile).size === content.length) reused = true;
  else {
    mkdirSync(join(outFile, '..'), { recursive: true });
    const tmp = `${outFile}.${process.pid}.tmp`;
    writeFileSync(tmp, content);
    renameSync(tmp, outFile);
  }
  return { file: outFile, articles: files.length, bytes: content.length, reused };
}

/** What the first frame must show: the title's first words and the first paragraph's. */
export function firstFrameMarks(file, words = 5) {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim());
  const titleAt = lines.findIndex((l) => l !== '');
  const title = lines[titleAt].replace(/^#+\s*/, '');
  const para = lines.slice(titleAt + 1).find((l) => l !== '' && !l.startsWith('#')) ?? '';
  const head = (s) => s.split(/\s+/).filter(Boolean).slice(0, words).join(' ');
  return { title: head(title), paragraph: head(para) };
}

/** Whether every needle is on some screen row, runs of spaces collapsed (padding and wrapping aside). */
export function showsAll(rows, needles) {
  const flat = rows.map((r) => r.replace(/\s+/g, ' '));
  return needles.every((n) => flat.some((r) => r.includes(n)));
}

export function countWords(text) {
  return (text.match(/\S+/g) ?? []).length;
}
