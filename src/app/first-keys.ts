/**
 * Keys pressed on the first screen, before Ink has loaded (issue 14). Ink, React and the first
 * React render take a few hundred milliseconds of the reader's thread after the first page is
 * out (more on a busy machine, and the analysis starts at the same moment): a key pressed
 * meanwhile used to wait for all of it. Here a key that only scrolls (j, k, space, b, d, u… as
 * the key table in use binds them) is applied by the reader's own reducer and the page drawn
 * again at once, with the same drawing the first page used (ui/view.ts `firstFrame`). Any other
 * key, and every key after it, is left for the reader, in order, exactly as it was typed.
 *
 * When the reader takes over (`handOver`) it opens at the line the first screen shows: the state
 * it builds from that line's offset is the one drawn here, which `scrollsOnly` checks before a
 * key is taken (a key whose effect could not be handed over that way is the reader's).
 */
import type { AnalysisEvent, AnalysisJob } from '../analysis/in-worker.js';
import { offsetOfLine } from '../layout/lines.js';
import { locate, scrollTo } from '../ui/moves.js';
import { type ViewState, reducer } from '../ui/state.js';
import { noteInput } from './last-input.js';

/** The first screen's keys, until the reader takes over. */
export interface FirstKeys {
  /** The state drawn now (for a redraw after Ctrl-Z and fg). */
  readonly state: () => ViewState;
  /**
   * Stops taking keys, puts back those left for the reader (which reads them first), and says
   * where the text's top line is, or null when no key moved it.
   */
  handOver(): number | null;
}

/** The name the key table gives one printable ASCII character (as ui/key-names.ts names Ink's input). */
function nameOf(byte: number): string | null {
  if (byte === 0x20) return 'space';
  return byte > 0x20 && byte < 0x7f ? String.fromCharCode(byte) : null;
}

/**
 * `next`, when it differs from `before` only in where the text is scrolled to (and how far it is
 * wrapped), and the reader, opened at its top line's offset, shows the same lines: else null.
 */
export function scrollsOnly(before: ViewState, next: ViewState): ViewState | null {
  for (const key of Object.keys(next) as (keyof ViewState)[])
    if (key !== 'top' && key !== 'layout' && next[key] !== before[key]) return null;
  if (next.top === before.top) return next;
  // As the reader opens at an offset (ui/state.ts createInitialState).
  const [at, line] = locate(next, offsetOfLine(next.layout.lines, next.top));
  return scrollTo(at, line).top === next.top ? next : null;
}

/**
 * Takes the keys typed on `keyboard` (raw mode) from now on, drawing the state each scrolling
 * key leads to with `draw`. The analysis's progress is shown as the reader would show it.
 */
export function takeFirstKeys(
  keyboard: NodeJS.ReadableStream & { unshift(chunk: Buffer): void },
  initial: ViewState,
  job: AnalysisJob,
  draw: (state: ViewState) => void,
  size: () => { cols: number; rows: number },
): FirstKeys {
  let state = initial;
  let progress: AnalysisEvent | null = null;
  /** Bytes for the reader, in the order they came; once there is one, every later byte is its too. */
  const held: Buffer[] = [];
  const unsubscribe = job.subscribe((event) => {
    progress = event;
  });
  const onData = (chunk: Buffer | string) => {
    noteInput();
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let taken = 0;
    let moved = false;
    const { cols, rows } = size();
    // A resized terminal, or an analysis done: the reader draws those, and the keys from then on.
    const ours =
      !held.length && cols === state.cols && rows === state.rows && (progress === null || progress.type === 'progress');
    while (ours && taken < bytes.length) {
      const name = nameOf(bytes[taken]!);
      if (name === null) break;
      let from = state;
      if (progress?.type === 'progress')
        from = reducer(from, { type: 'analysisProgress', done: progress.done, total: progress.total });
      const next = scrollsOnly(from, reducer(from, { type: 'key', name, text: name === 'space' ? ' ' : name }));
      if (!next) break;
      moved ||= next !== state;
      state = next;
      taken++;
    }
    if (moved) draw(state);
    if (taken < bytes.length) held.push(bytes.subarray(taken));
  };
  // Read as Ink reads (on 'readable'), never switching the stream to flowing and back: Ink then
  // takes over a stream in the state it expects, with what is left for it still buffered.
  const onReadable = () => {
    let chunk: Buffer | string | null;
    while ((chunk = keyboard.read() as Buffer | string | null) !== null) onData(chunk);
  };
  keyboard.on('readable', onReadable);
  return {
    state: () => state,
    handOver() {
      keyboard.removeListener('readable', onReadable);
      unsubscribe();
      if (held.length) keyboard.unshift(Buffer.concat(held));
      return state === initial ? null : offsetOfLine(state.layout.lines, state.top);
    },
  };
}
