// The moment the reader (Ink) takes over from the first screen (src/app/first-screen.ts, reader.tsx),
// read back from a session's output: shared by the first-screen and first-keys end-to-end tests.
import type { Terminal } from '@xterm/headless';
import { type CellLook, look, replay } from '../helpers/pty.js';

/** Where the reader takes over from the first screen (src/app/reader.tsx). */
export const HANDOVER = '\u001b[?2026h\u001b[H\u001b[2J';
/** The end of a synchronized update: of Ink's first frame, after the handover. */
export const FRAME_END = '\u001b[?2026l';

/** Whether the output holds the handover and Ink's whole first frame after it. */
export function inkFrameShown(output: string): boolean {
  return output.includes(HANDOVER) && output.includes(FRAME_END, output.indexOf(HANDOVER));
}

/** The screen just before the handover (the first screen's last page) and with Ink's first frame. */
export async function screensAtHandover(
  output: string,
  cols: number,
  rows: number,
): Promise<{ before: Terminal; ink: Terminal }> {
  const handover = output.indexOf(HANDOVER);
  const before = await replay(output.slice(0, handover), cols, rows);
  const ink = await replay(output.slice(0, output.indexOf(FRAME_END, handover) + FRAME_END.length), cols, rows);
  return { before, ink };
}

/** Every cell of the screen as it looks, row by row. */
export function cells(term: Terminal): (CellLook | undefined)[][] {
  const buffer = term.buffer.active;
  return Array.from({ length: term.rows }, (_, y) => {
    const line = buffer.getLine(buffer.viewportY + y);
    return Array.from({ length: term.cols }, (_, x) => look(line?.getCell(x)));
  });
}

/** The cells that differ between two screens: "(x, y): a against b". */
export function cellDifferences(a: (CellLook | undefined)[][], b: (CellLook | undefined)[][]): string[] {
  const out: string[] = [];
  a.forEach((row, y) =>
    row.forEach((cell, x) => {
      if (JSON.stringify(cell) !== JSON.stringify(b[y]?.[x]))
        out.push(`(${x}, ${y}): ${JSON.stringify(cell)} against ${JSON.stringify(b[y]?.[x])}`);
    }),
  );
  return out;
}
