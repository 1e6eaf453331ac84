/**
 * lede's build of Ink's Output (scripts/ink/output.mjs, put in place of Ink 6.8's
 * build/output.js by scripts/bundle.mjs) against Ink's own, on random frames: styled text with
 * wide characters, emoji and combining marks, lines written over each other, past the right edge,
 * clipped. Each frame's string must be Ink's, byte for byte; and the changed-row spans it hands
 * the log-update, written over the last frame on a terminal (@xterm/headless), must leave the
 * same cells as the new frame written whole.
 */
import fc from 'fast-check';
import xtermModule from '@xterm/headless';
import type { Terminal as XTerminal } from '@xterm/headless';
import { describe, expect, it } from 'vitest';
import { look } from '../helpers/pty.js';

const { Terminal } = xtermModule;

interface Op {
  readonly kind: 'write' | 'clip' | 'unclip';
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly x2: number;
  readonly y2: number;
}
interface OutputLike {
  write(x: number, y: number, text: string, options: { transformers: ((s: string, i: number) => string)[] }): void;
  clip(clip: { x1?: number; x2?: number; y1?: number; y2?: number }): void;
  unclip(): void;
  get(): { output: string; height: number };
}
type OutputClass = new (options: { width: number; height: number }) => OutputLike;
interface Frame {
  readonly output: string;
  readonly before: string[] | null;
  readonly patches: Map<number, string>;
}

const SCALE = Math.max(0.05, Number(process.env.LEDE_PROPERTY_SCALE ?? 1) || 1);
const load = async (path: string) =>
  ((await import(new URL(path, import.meta.url).href)) as { default: OutputClass }).default;
const Fast = await load('../../scripts/ink/output.mjs');
const Ink = await load('../../node_modules/ink/build/output.js');

const STYLES = ['', '\u001b[1m', '\u001b[2m', '\u001b[7m', '\u001b[4m', '\u001b[31m', '\u001b[38;5;208m', '\u001b[0m'];
const CHARS = ['a', 'b', ' ', ' ', 'é', '“', '│', '·', '▂', '漢', '😀', 'e\u0301', '…'];
const text = fc
  .array(fc.tuple(fc.constantFrom(...STYLES), fc.array(fc.constantFrom(...CHARS), { maxLength: 12 })), {
    maxLength: 4,
  })
  .chain((segments) =>
    fc
      .boolean()
      .map((twoLines) =>
        segments.map(([style, chars], i) => `${style}${chars.join('')}${twoLines && i === 1 ? '\n' : ''}`).join(''),
      ),
  );
const op = (width: number, height: number) =>
  fc.record({
    kind: fc.constantFrom<Op['kind']>('write', 'write', 'write', 'write', 'clip', 'unclip'),
    x: fc.integer({ min: 0, max: width + 2 }),
    y: fc.integer({ min: 0, max: height }),
    text,
    x2: fc.integer({ min: 0, max: width }),
    y2: fc.integer({ min: 0, max: height }),
  });
const frames = fc
  .record({ width: fc.integer({ min: 4, max: 40 }), height: fc.integer({ min: 1, max: 6 }) })
  .chain(({ width, height }) =>
    fc.record({
      width: fc.constant(width),
      height: fc.constant(height),
      frames: fc.array(fc.array(op(width, height), { maxLength: 12 }), { minLength: 1, maxLength: 5 }),
    }),
  );

function draw(Output: OutputClass, width: number, height: number, ops: readonly Op[]): string {
  const output = new Output({ width, height });
  let clips = 0;
  for (const o of ops) {
    if (o.kind === 'write') output.write(o.x, o.y, o.text, { transformers: [] });
    else if (o.kind === 'clip') {
      clips++;
      output.clip({
        x1: Math.min(o.x, o.x2),
        x2: Math.max(o.x, o.x2),
        y1: Math.min(o.y, o.y2),
        y2: Math.max(o.y, o.y2),
      });
    } else if (clips > 0) {
      clips--;
      output.unclip();
    }
  }
  return output.get().output;
}

const written = (term: XTerminal, data: string) => new Promise<void>((resolve) => term.write(data, resolve));
const cells = (term: XTerminal) => {
  const out: unknown[] = [];
  const buffer = term.buffer.active;
  for (let y = 0; y < term.rows; y++)
    for (let x = 0; x < term.cols; x++) out.push(look(buffer.getLine(buffer.viewportY + y)?.getCell(x)));
  return out;
};
/** Whole, as the log-update draws a whole frame: from the corner, the screen erased first. */
const whole = (rows: readonly string[]) => `\u001b[H\u001b[J${rows.join('\r\n')}`;

describe("lede's Ink Output", () => {
  const patched = new Terminal({ cols: 10, rows: 2, scrollback: 0, allowProposedApi: true });
  const fresh = new Terminal({ cols: 10, rows: 2, scrollback: 0, allowProposedApi: true });
  it("makes Ink's frame byte for byte, and its changed-row spans redraw it cell for cell", async () => {
    await fc.assert(
      fc.asyncProperty(frames, async ({ width, height, frames: list }) => {
        let last: string[] | null = null;
        for (const ops of list) {
          const ours = draw(Fast, width, height, ops);
          const frame = (globalThis as { __ledeFrame?: Frame }).__ledeFrame!;
          expect(ours).toBe(draw(Ink, width, height, ops));
          expect(frame.output).toBe(ours);
          const rows = ours.split('\n');
          // Spans are against the last frame of the same width; rows wider than the terminal wrap
          // on any path, so the comparison is for frames that fit.
          const fits = (r: readonly string[]) => !r.some((row) => row.replace(/\u001b\[[0-9;]*m/g, '').length > width);
          if (last && frame.before && frame.before.join('\n') === last.join('\n') && fits(rows) && fits(last)) {
            for (const term of [patched, fresh]) {
              term.reset();
              term.resize(width + 4, height);
            }
            await written(patched, whole(last));
            let update = '';
            rows.forEach((row, y) => {
              if (row === last![y]) return;
              update += `\u001b[${y + 1};1H${frame.patches.get(y) ?? `${row}\u001b[K`}`;
            });
            await written(patched, update);
            await written(fresh, whole(rows));
            expect(cells(patched)).toEqual(cells(fresh));
          }
          last = rows;
        }
      }),
      { numRuns: Math.max(20, Math.round(200 * SCALE)) },
    );
  }, 60_000);
});
