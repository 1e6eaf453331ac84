/**
 * Opening an address in the browser: `$BROWSER` when it is set (a list separated by `:`, tried
 * in turn, each a command with its arguments, `%s` standing for the address, as man pages and
 * xdg-utils read it), else the desktop's opener (`open` on macOS, `xdg-open` elsewhere). The
 * browser is started detached, its input and output kept off the reader's screen, and lede does
 * not wait for it. What became of it is reported once or twice: when it has started, and again
 * if it then fails (exits with a status other than 0, as xdg-open does when it finds no browser).
 * The address goes to the command as one argument, never through a shell; addresses are
 * sanitised where they are loaded (printable ASCII, http/https/mailto only).
 */
import { spawn } from 'node:child_process';
import { sanitizeLine } from '../load/sanitize.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The commands to try for `url`, in order, each as [program, ...arguments]. */
export function browserCommands(url: string, env: Env, platform: NodeJS.Platform = process.platform): string[][] {
  const fromEnv = (env.BROWSER ?? '')
    .split(':')
    .map((entry) => entry.trim().split(/\s+/).filter(Boolean))
    .filter((words) => words.length > 0)
    .map((words) => (words.some((w) => w.includes('%s')) ? words.map((w) => w.replace(/%s/g, url)) : [...words, url]));
  if (fromEnv.length) return fromEnv;
  return [[platform === 'darwin' ? 'open' : 'xdg-open', url]];
}

/** Starts one command detached; calls back once it has started or could not, and again if it fails later. */
function start(command: readonly string[], report: (outcome: Outcome) => void): void {
  let child;
  try {
    child = spawn(command[0]!, command.slice(1), { detached: true, stdio: 'ignore' });
  } catch (error) {
    report({ kind: 'error', code: (error as NodeJS.ErrnoException).code });
    return;
  }
  child.on('error', (error: NodeJS.ErrnoException) => report({ kind: 'error', code: error.code }));
  child.on('spawn', () => report({ kind: 'started' }));
  child.on('exit', (code, signal) => {
    if (code) report({ kind: 'failed', how: `exited with status ${code}` });
    else if (signal) report({ kind: 'failed', how: `was stopped by ${signal}` });
  });
  // lede may quit while the browser runs on.
  child.unref();
}

type Outcome =
  | { readonly kind: 'started' }
  | { readonly kind: 'error'; readonly code: string | undefined }
  | { readonly kind: 'failed'; readonly how: string };

/**
 * Opens `url`; `report` gets one line for the status bar each time there is news: "opened …",
 * then possibly "could not open …: <why>".
 */
export function openInBrowser(
  url: string,
  report: (message: string) => void,
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
): void {
  const commands = browserCommands(url, env, platform);
  // The command's name comes from $BROWSER, which may hold anything.
  const say = (message: string) => report(sanitizeLine(message));
  const attempt = (k: number): void => {
    const command = commands[k]!;
    const name = command[0]!.split('/').pop() ?? command[0]!;
    start(command, (outcome) => {
      if (outcome.kind === 'started') say(`opened ${url}`);
      else if (outcome.kind === 'failed') say(`could not open ${url}: ${name} ${outcome.how}`);
      else if (outcome.code === 'ENOENT' && k + 1 < commands.length) attempt(k + 1);
      else if (outcome.code === 'ENOENT')
        say(`could not open ${url}: no ${name} found${env.BROWSER ? '' : ' (set $BROWSER)'}`);
      else say(`could not open ${url}: ${name} could not start (${outcome.code ?? 'error'})`);
    });
  };
  attempt(0);
}
