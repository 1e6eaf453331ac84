/**
 * Ctrl-Z and `fg`, as in less, inside a real job-control shell in a real pty: stopped, lede leaves
 * the terminal as the shell needs it (main screen, cursor shown, cooked mode); continued, it takes
 * the screen back, raw mode and all, and redraws. Needs `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { CLI, KEY, Session, childPids, owned, usesBuiltCli, waitForOutput } from './harness.js';

const SEED = 'seeds/us-drone-strike-baghdad.txt';
const TITLE = 'US drone strike kills Iran-backed militia leader in Baghdad';
const LAST_WORDS = 'commercial ships in the Red Sea.';
const PROMPT = 'PROMPT$';
const CTRL_Z = '\u001a';

usesBuiltCli();

/**
 * Two shells: bash, which itself resets the terminal's modes when a job stops, and dash, which
 * does not, so what `stty -a` says under dash is what lede left.
 */
const SHELLS = [
  { name: 'bash -i', file: 'bash', args: ['--norc', '--noprofile', '-i'] },
  { name: 'dash -i (set -m)', file: 'dash', args: ['-i'] },
] as const;

const lastLine = (rows: string[]) => rows.filter((r) => r.trim() !== '').at(-1) ?? '';
const showsReader = (rows: string[]) =>
  rows.some((r) => r.includes('? help')) && rows.join(' ').replace(/\s+/g, ' ').includes('US drone strike');

/** The shell's prompt is back on the main screen, lede reported stopped, the cursor shown. */
async function expectStoppedAtPrompt(s: Session, stops: number): Promise<void> {
  await s.waitFor(
    (rows) =>
      !s.isAltScreen() &&
      (s.output.match(/Stopped/g) ?? []).length >= stops &&
      lastLine(rows).trimEnd().endsWith(PROMPT),
    undefined,
    `lede to stop (${stops}) and the prompt to come back on the main screen`,
  );
  expect(s.isCursorHidden(), `the cursor is hidden at the prompt\n${s.dump()}`).toBe(false);
  // The terminal's modes as a command run from the prompt sees them.
  const marker = `[stty${stops}:`;
  s.press(`printf '[%s:%s:end]\\n' stty${stops} "$(stty -a | tr '\\n' ' ')"\r`);
  await waitForOutput(s, marker);
  await waitForOutput(s, ':end]');
  const flags = (new RegExp(`\\[stty${stops}:(.*?):end\\]`, 's').exec(s.output)?.[1] ?? '').split(/[\s;]+/);
  expect(flags, 'canonical mode').toContain('icanon');
  expect(flags, 'echo').toContain('echo');
  expect(flags).not.toContain('-icanon');
  expect(flags).not.toContain('-echo');
  await s.waitFor((rows) => lastLine(rows).trimEnd().endsWith(PROMPT));
}

/** `fg`: the reader is drawn again whole, on the alternate screen, and reads keys one by one. */
async function resume(s: Session, expected: string): Promise<void> {
  s.press('fg\r');
  await s.waitFor(
    (rows) => s.isAltScreen() && showsReader(rows) && rows.join(' ').includes(expected),
    undefined,
    `fg to bring the reader back showing "${expected}"`,
  );
  expect(s.isCursorHidden()).toBe(true);
  await s.waitForRawMode();
}

/** A job-control shell in a pty, with lede started from its prompt and the reader up. */
async function readerInShell(
  t: Parameters<typeof owned>[0],
  shell: { readonly file: string; readonly args: readonly string[] },
): Promise<Session> {
  const s = owned(
    t,
    new Session(shell.file, shell.args, {
      cols: 100,
      rows: 30,
      env: { PS1: PROMPT, HISTFILE: '/dev/null', ENV: '' },
    }),
  );
  await s.waitFor((rows) => lastLine(rows).includes(PROMPT), undefined, 'the shell prompt');
  s.press(`set -m; node ${CLI} ${SEED}\r`);
  await s.waitFor((rows) => s.isAltScreen() && showsReader(rows), 20_000, 'the reader to open');
  await s.waitForRawMode();
  return s;
}

/** q quits from the reader; the shell is left as it was, and exits. */
async function quitAndExit(s: Session): Promise<void> {
  s.press('q');
  await s.waitFor((rows) => !s.isAltScreen() && lastLine(rows).trimEnd().endsWith(PROMPT), undefined, 'q');
  expect(s.isCursorHidden()).toBe(false);
  expect(childPids(s.pty.pid)).toEqual([]);
  s.press('exit\r');
  expect((await s.exit()).exitCode).toBe(0);
}

describe('job control', { timeout: 90_000 }, () => {
  it.for(SHELLS)(
    'Ctrl-Z stops lede with the terminal restored; fg brings it back, twice, in $name',
    async (shell, t) => {
      const s = await readerInShell(t, shell);
      // Ctrl-Z: a byte in raw mode, read as the keymap's 'suspend'.
      s.press(CTRL_Z);
      await expectStoppedAtPrompt(s, 1);
      await resume(s, TITLE);
      // Keys work after fg: G goes to the end.
      s.press('G');
      await s.waitFor((rows) => rows.join(' ').replace(/\s+/g, ' ').includes(LAST_WORDS), undefined, 'G after fg');
      s.press(CTRL_Z);
      await expectStoppedAtPrompt(s, 2);
      await resume(s, LAST_WORDS);
      await quitAndExit(s);
    },
  );

  it.for(SHELLS)('kill -TSTP from outside does the same as Ctrl-Z, in $name', async (shell, t) => {
    const s = await readerInShell(t, shell);
    s.press('G');
    await s.waitFor((rows) => rows.join(' ').replace(/\s+/g, ' ').includes(LAST_WORDS), undefined, 'G');
    const [pid] = childPids(s.pty.pid);
    expect(pid, `no lede process under the shell\n${s.dump()}`).toBeDefined();
    process.kill(pid!, 'SIGTSTP');
    await expectStoppedAtPrompt(s, 1);
    // Back where it was.
    await resume(s, LAST_WORDS);
    s.press('g');
    await s.waitFor((rows) => rows[0]!.includes('US drone strike'), undefined, 'g after fg');
    await quitAndExit(s);
  });

  it('Ctrl-Z while typing a search suspends, and the search is still there after fg', async (t) => {
    const s = owned(
      t,
      new Session('bash', ['--norc', '--noprofile', '-i'], {
        cols: 100,
        rows: 30,
        env: { PS1: PROMPT, HISTFILE: '/dev/null' },
      }),
    );
    await s.waitFor((rows) => lastLine(rows).includes(PROMPT), undefined, 'the shell prompt');
    s.press(`node ${CLI} ${SEED}\r`);
    await s.waitFor((rows) => s.isAltScreen() && showsReader(rows), 20_000, 'the reader to open');
    await s.waitForRawMode();
    s.press('/');
    await s.waitFor((rows) => lastLine(rows).startsWith('/'), undefined, 'the search prompt');
    s.press('Bagh');
    await s.waitFor((rows) => rows.some((r) => r.startsWith('/Bagh')), undefined, 'the query typed');
    s.press(CTRL_Z);
    await s.waitFor((rows) => !s.isAltScreen() && lastLine(rows).trimEnd().endsWith(PROMPT));
    s.press('fg\r');
    // Ctrl-Z typed nothing into the query: the prompt's cursor (▏) follows "Bagh" at once.
    await s.waitFor((rows) => s.isAltScreen() && rows.some((r) => r.startsWith('/Bagh▏')), undefined, 'the query');
    await s.waitForRawMode();
    s.press(KEY.ESC);
    await s.waitFor((rows) => !rows.some((r) => r.startsWith('/Bagh')), undefined, 'Esc to close the search');
    s.press('q');
    await s.waitFor((rows) => !s.isAltScreen() && lastLine(rows).trimEnd().endsWith(PROMPT), undefined, 'q');
  });
});
