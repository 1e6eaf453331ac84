/**
 * End-to-end harness: the built CLI in a real pseudo-terminal, read back through a headless
 * xterm.js, for vitest. The driver itself (spawning, reading the screen, waiting, typing) is
 * test/helpers/pty.ts, which the benchmarks and the soak use too; this adds what the tests need
 * around it: launching lede as a person's shell would, waiting for its analysis, tying sessions
 * to tests, and the wrapper shell that reports how the terminal was left.
 */
import { tempDir } from '../helpers/temp.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type TestContext, afterAll, beforeAll, expect } from 'vitest';
import { type PtyOptions, PtySession, disposeAll, withoutCi } from '../helpers/pty.js';

export { type ExitInfo, KEY, SETTLE_MS, WAIT_MS, childPids, delay, disposeAll } from '../helpers/pty.js';

/** Where `dist/cli.js` is run from: this checkout, unless LEDE_E2E_ROOT points at another build. */
export const REPO_ROOT = process.env.LEDE_E2E_ROOT ?? fileURLToPath(new URL('../../', import.meta.url));
export const CLI = 'dist/cli.js';

/** The analysis of a test article, in its worker, on a loaded two-core machine. */
export const ANALYSIS_WAIT_MS = 20_000;

export interface LaunchOptions {
  readonly cols?: number;
  readonly rows?: number;
  /** Extra environment, merged over process.env and the colour defaults. */
  readonly env?: Record<string, string>;
  readonly cwd?: string;
}

export type ScreenPredicate = (rows: string[], session: Session) => boolean;

/**
 * The test runner's environment as a person's shell would have it: without CI markers (see
 * `withoutCi`), and with reading positions in a fresh state directory per launch, so no test
 * resumes where another stopped and the user's own positions are never touched. Tests of
 * resuming pass their own. Likewise settings: an empty config directory and no LEDE.
 */
export function interactiveEnv(): Record<string, string> {
  // No config file and no LEDE of the person running the tests: lede's defaults, unless a test sets them.
  return {
    ...withoutCi(),
    XDG_STATE_HOME: tempDir('lede-state-'),
    XDG_CONFIG_HOME: tempDir('lede-config-'),
    LEDE: '',
    COLORFGBG: '',
  };
}

export class Session extends PtySession {
  constructor(file: string, args: readonly string[], options: LaunchOptions = {}) {
    const settings: PtyOptions = {
      cols: options.cols ?? 120,
      rows: options.rows ?? 40,
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...interactiveEnv(), FORCE_COLOR: '3', TERM: 'xterm-256color', ...options.env },
    };
    super(file, args, settings);
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
}

/** Runs the built CLI (`node dist/cli.js …args`) in a pseudo-terminal. */
export function launchCli(args: readonly string[] = [], options: LaunchOptions = {}): Session {
  return new Session(process.execPath, [CLI, ...args], options);
}

/**
 * Runs a shell snippet in a pseudo-terminal (`bash -c script`), e.g. a pipe into the CLI.
 *
 * The shell keeps the pty open for a moment after the snippet, then exits with its status: on
 * Linux node-pty can drop the last bytes a program wrote when the pty's other end closes at once
 * (microsoft/node-pty#72), which made a test that waits for a short program's output fail now
 * and then. (A snippet that `exec`s its last command gets no such grace.)
 */
export function launchShell(script: string, options: LaunchOptions = {}): Session {
  return new Session('bash', ['-c', `${script}\n__lede_status=$?; sleep 0.3; exit $__lede_status`], options);
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
