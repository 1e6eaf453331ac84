import { sanitizeLine } from '../load/sanitize.js';

/**
 * One line on standard error, `lede: …`. Every message lede prints goes through here or through
 * the CLI's fail(): a message may quote a file name, a URL, a server's words or a path from the
 * environment, and none of it reaches the terminal with its control characters.
 */
export function printMessage(message: string): void {
  process.stderr.write(`lede: ${sanitizeLine(message)}\n`);
}
