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
 * Ink is given (`stdout`). When only the status changes, `set` draws it a frame's time later.
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
/** Longer than Ink's frame interval (30 frames a second): its frame comes first when there is one. */
const INK_FRAME_MS = 40;

export function createStatusRow(out: NodeJS.WriteStream): { stdout: NodeJS.WriteStream; row: StatusRow } {
  let staged: string | null = null;
  let drawn: string | null = null;
  let pending: ReturnType<typeof setTimeout> | null = null;
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
      // Ink's frame for the same change may still be on its way (it draws at most 30 times a
      // second): leave the row to it, and draw it here only if no frame has by then, as when only
      // the status changed. Drawn first, the status bar would run ahead of the text it describes.
      if (pending || drawn === text) return;
      pending = setTimeout(() => {
        pending = null;
        if (staged !== null && drawn !== staged) out.write(draw());
      }, INK_FRAME_MS);
      pending.unref?.();
    },
    clear() {
      if (pending) clearTimeout(pending);
      pending = null;
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
