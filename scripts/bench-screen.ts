// Pieces of scripts/bench.ts that read what a key press wrote: the bytes it cost, the bytes the
// rows it changed needed at least, and a held key (presses at a steady rate, each one drawn?).
import type { PtySession } from '../test/helpers/pty.js';
import { look, type CellLook } from '../test/helpers/pty.js';
import { delay } from './bench-lib.js';

/** Every visible cell's look, row by row. */
export type Snapshot = CellLook[][];

export function snapshot(p: PtySession): Snapshot {
  const rows: CellLook[][] = [];
  for (let y = 0; y < p.rows; y++) {
    const row: CellLook[] = [];
    for (let x = 0; x < p.cols; x++) row.push(look(p.cell(x, y)) ?? BLANK);
    rows.push(row);
  }
  return rows;
}

const BLANK: CellLook = { chars: ' ', width: 1, fg: 'default', bg: 'default', styles: '' };

const same = (a: CellLook, b: CellLook) =>
  a.chars === b.chars && a.width === b.width && a.fg === b.fg && a.bg === b.bg && a.styles === b.styles;
const sameAttributes = (a: CellLook, b: CellLook) => a.fg === b.fg && a.bg === b.bg && a.styles === b.styles;

const STYLE_CODES: Record<string, string> = {
  bold: '1',
  dim: '2',
  italic: '3',
  underline: '4',
  blink: '5',
  inverse: '7',
  invisible: '8',
  strikethrough: '9',
  overline: '53',
};

/** xterm's colour modes (IBufferCell.getFgColorMode): palette 16, palette 256, RGB. */
function colourCode(colour: string, base: 30 | 40): string | null {
  if (colour === 'default') return null;
  const [mode, value] = colour.split(':').map(Number) as [number, number];
  if (mode === 0x1000000) return String(value < 8 ? base + value : base + 60 + value - 8);
  if (mode === 0x2000000) return `${base + 8};5;${value}`;
  return `${base + 8};2;${(value >> 16) & 255};${(value >> 8) & 255};${value & 255}`;
}

/** The shortest SGR that sets `to` from scratch (a reset and its attributes). */
function sgr(to: CellLook): string {
  const codes = ['0'];
  for (const s of to.styles ? to.styles.split('+') : []) codes.push(STYLE_CODES[s] ?? '0');
  const fg = colourCode(to.fg, 30);
  const bg = colourCode(to.bg, 40);
  if (fg) codes.push(fg);
  if (bg) codes.push(bg);
  return `\u001b[${codes.join(';')}m`;
}

/**
 * The bytes a program needs at least to turn `before` into `after` by rewriting rows (no
 * scrolling): for each row that changed, a cursor move to its first changed cell, the cells up to
 * its last changed cell, an SGR wherever the attributes change, and a reset at the end.
 */
export function neededBytes(before: Snapshot, after: Snapshot): { bytes: number; rows: number } {
  let bytes = 0;
  let rows = 0;
  after.forEach((row, y) => {
    const old = before[y] ?? [];
    let first = -1;
    let last = -1;
    row.forEach((cell, x) => {
      if (!same(cell, old[x] ?? BLANK)) {
        if (first < 0) first = x;
        last = x;
      }
    });
    if (first < 0) return;
    rows++;
    let out = `\u001b[${y + 1};${first + 1}H`;
    let attrs = BLANK;
    for (let x = first; x <= last; x++) {
      const cell = row[x]!;
      if (cell.width === 0) continue; // the second half of a wide character
      if (!sameAttributes(cell, attrs)) {
        out += sgr(cell);
        attrs = cell;
      }
      out += cell.chars;
    }
    if (!sameAttributes(attrs, BLANK)) out += '\u001b[0m';
    bytes += Buffer.byteLength(out, 'utf8');
  });
  return { bytes, rows };
}

/** What a key press wrote, and what it needed. */
export interface PressBytes {
  readonly written: number;
  readonly needed: number;
}

/** Bytes the program wrote since `fromChars` characters of its output (UTF-8). */
export function bytesSince(p: PtySession, fromChars: number): number {
  return Buffer.byteLength(p.output.slice(fromChars), 'utf8');
}

export interface Held {
  readonly presses: number;
  /** Presses followed by at least one frame before the next press (or, for the last, before the quiet). */
  readonly drawn: number;
  /** From the last press to the last byte of output after it, in ms. */
  readonly lagMs: number;
  readonly seconds: number;
}

/**
 * Holds a key: `presses` writes, `intervalMs` apart on a fixed schedule (a missed slot is not made
 * up by a burst), and reads when output arrived. A press is drawn when output arrives between it
 * and the next press.
 */
export async function holdKey(p: PtySession, key: string, presses: number, intervalMs: number): Promise<Held> {
  const arrivals: number[] = [];
  const unsubscribe = p.onData((at) => arrivals.push(at));
  const writes: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < presses; i++) {
    const at = t0 + i * intervalMs;
    while (performance.now() < at - 2) await delay(Math.max(1, Math.min(10, at - performance.now() - 2)));
    while (performance.now() < at) {
      // the last two milliseconds: spin, timers are too coarse
    }
    writes.push(performance.now());
    p.pty.write(key);
  }
  await p.waitForQuiet(300, 10_000);
  unsubscribe();
  let drawn = 0;
  let j = 0;
  for (let i = 0; i < writes.length; i++) {
    const end = writes[i + 1] ?? Infinity;
    while (j < arrivals.length && arrivals[j]! <= writes[i]!) j++;
    if (j < arrivals.length && arrivals[j]! <= end) drawn++;
  }
  const last = writes.at(-1)!;
  const after = arrivals.filter((a) => a > last);
  return { presses, drawn, lagMs: after.length ? after.at(-1)! - last : 0, seconds: (last - t0) / 1000 };
}
