/**
 * The terminal's last row, drawn outside Ink. Ink clears the whole terminal and redraws it on
 * every frame once its output is as tall as the terminal (Ink issue #450), so its output stays
 * one row short; the status bar goes on that last row, as in less, written here with absolute
 * cursor moves between save and restore (DECSC/DECRC), so Ink's own bookkeeping of where its
 * cursor is never changes.
 *
 * Ink's frame starts by erasing the lines it drew, counted from its cursor, which it leaves on
 * the last row: each frame erases that row too. So the row is drawn again at the end of every
 * frame Ink writes, in the same write — inside the same synchronized update — through the stream
 * Ink is given (`stdout`). When only the status changes, `set` draws it at once.
 */
export interface StatusRow {
  /**
   * The content for the next frame Ink writes, painted, at most the terminal's width less one
   * column; drawn with that frame, in the same synchronized update. Called while rendering.
   */
  stage(text: string): void;
  /** The content now: drawn at once unless it is already on the screen (after the commit). */
  set(text: string): void;
  /** Forgets the content: nothing is drawn on the last row any more (the reader has gone). */
  clear(): void;
}

const SAVE = '\u001b7';
const RESTORE = '\u001b8';
const ERASE_LINE = '\u001b[2K';

export function createStatusRow(out: NodeJS.WriteStream): { stdout: NodeJS.WriteStream; row: StatusRow } {
  let staged: string | null = null;
  let drawn: string | null = null;
  const draw = () => {
    drawn = staged;
    return staged === null ? '' : `${SAVE}\u001b[${Math.max(1, out.rows ?? 24)};1H${ERASE_LINE}${staged}${RESTORE}`;
  };
  const write = (chunk: unknown, ...rest: unknown[]): boolean => {
    const write = out.write.bind(out) as (...args: unknown[]) => boolean;
    // A frame is the only thing Ink writes with a line break in it (cursor and sync toggles have none).
    if (staged !== null && typeof chunk === 'string' && chunk.includes('\n')) return write(chunk + draw(), ...rest);
    return write(chunk, ...rest);
  };
  const stdout = new Proxy(out, {
    get(target, key) {
      if (key === 'write') return write;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  const row: StatusRow = {
    stage(text) {
      staged = text;
    },
    set(text) {
      staged = text;
      if (drawn !== text) out.write(draw());
    },
    clear() {
      staged = drawn = null;
    },
  };
  return { stdout, row };
}

/**
 * Whether the last row can be drawn outside Ink: it needs cursor addressing, which a terminal
 * without attributes (TERM=dumb, colour mode 'none') is not assumed to have; there the status bar
 * stays Ink's last line, one row above the bottom.
 */
export function canUseStatusRow(mode: 'color' | 'mono' | 'none'): boolean {
  return mode !== 'none';
}
