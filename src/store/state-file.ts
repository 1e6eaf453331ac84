import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** What reading a state file gave: its text, nothing (no file yet), or why it was set aside. */
export type StateRead =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'refused'; readonly why: string };

/** A Stats' file type in words, for a warning ("is a FIFO, not a regular file"). */
function fileType(stats: import('node:fs').Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;

/**
 * Reads a state file only when it is a regular file of at most `maxBytes`. The file is opened
 * non-blocking, so a FIFO in its place never blocks the open, and checked with fstat on the open
 * descriptor (not the path, which could be swapped between a stat and the open); the read stops at
 * `maxBytes + 1`, so a file that grows meanwhile (or /dev/zero behind a symlink) is never read whole.
 */
export function readStateFile(file: string, maxBytes: number): StateRead {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'refused', why: `cannot be read (${code ?? String(error)})` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'refused', why: `is ${fileType(stats)}, not a regular file` };
    if (stats.size > maxBytes)
      return { kind: 'refused', why: `is too large (${megabytes(stats.size)}; at most ${megabytes(maxBytes)})` };
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(stats.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return { kind: 'refused', why: `is too large (over ${megabytes(maxBytes)})` };
      if (length === buffer.length) return { kind: 'refused', why: 'grew while it was read' };
    }
    return { kind: 'text', text: buffer.toString('utf8', 0, length) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { kind: 'refused', why: `cannot be read (${code ?? String(error)})` };
  } finally {
    closeSync(fd);
  }
}
