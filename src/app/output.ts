import type { LinkSpan } from '../load/article.js';

/**
 * What happens when standard output cannot be written. Node ignores SIGPIPE, so a closed pipe
 * (`lede article.txt | head -1`) surfaces as an EPIPE error on stdout, and a full disk as ENOSPC:
 * unhandled, either prints a stack trace. Every printing path (--plain, --json, --help, --version)
 * writes through process.stdout, so one handler on it covers them all.
 */

const EXIT_WRITE_FAILED = 1;
/** What a shell reports for a program killed by SIGPIPE (128 + 13), as for `less … | head -1`. */
export const EXIT_BROKEN_PIPE = 141;

/** Installs the handlers; call before anything is printed. */
export function guardOutput(
  stdout: NodeJS.WriteStream = process.stdout,
  stderr: NodeJS.WriteStream = process.stderr,
): void {
  // With stderr gone too there is nowhere left to say anything: the exit status has to do.
  stderr.on('error', () => {});
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') dieOfBrokenPipe();
    try {
      stderr.write(`lede: cannot write to standard output (${error.code ?? error.message})\n`);
    } finally {
      process.exit(EXIT_WRITE_FAILED);
    }
  });
}

/**
 * Ends lede as a closed pipe ends cat or less: killed by SIGPIPE, quietly, so the shell and any
 * `pipefail` see what they expect. Node ignores SIGPIPE; a listener added and removed again puts
 * the default action back (libuv restores SIG_DFL when the last one goes).
 */
function dieOfBrokenPipe(): never {
  const nothing = () => {};
  process.on('SIGPIPE', nothing);
  process.off('SIGPIPE', nothing);
  process.kill(process.pid, 'SIGPIPE');
  // Only reached where the signal could not end the process: the same status, by hand.
  process.exit(EXIT_BROKEN_PIPE);
}

/**
 * What `--json` prints: the analysis, and the article's links as spans over the same text
 * (`{start, end, href}`, offsets in UTF-16 code units like every other span in it). A plain text
 * article has none: `links` is then empty.
 */
export function jsonOutput<A extends { readonly text: string }>(
  analysis: A,
  article: { readonly text: string; readonly links?: readonly LinkSpan[] },
): A & { readonly links: readonly LinkSpan[] } {
  // The analysis reads the article's own text; should that ever change, no offset may point astray.
  const links = analysis.text === article.text ? (article.links ?? []) : [];
  return { ...analysis, links: links.map(({ start, end, href }) => ({ start, end, href })) };
}
