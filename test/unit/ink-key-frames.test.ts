/**
 * Ink's frame throttle as lede's bundle patches it (scripts/ink/key-frames.mjs, put into Ink 6.8's
 * ink.js and App.js by scripts/bundle.mjs), with Ink's own `throttle` and a fake clock: a key's
 * frame is drawn at once even right after a frame drawn for something else (the analysis's
 * progress), where Ink's throttle alone held it back to the end of the frame interval; keys
 * faster than the frame rate, and everything else, are still folded together as Ink does.
 */
import { throttle } from 'es-toolkit/compat';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { duringInput, keyFirst } from '../../scripts/ink/key-frames.mjs';

/** Ink's frame interval at lede's 60 frames a second. */
const FRAME_MS = 17;

/** A frame throttle over a renderer that records what each frame showed. */
function frames() {
  const drawn: string[] = [];
  let screen = '';
  const { request } = keyFirst(throttle, () => drawn.push(screen), FRAME_MS);
  /** Something other than a key changes the screen (the analysis's progress) and asks for a frame. */
  const progress = (text: string) => {
    screen = text;
    request();
  };
  /**
   * A key is handled and changes the screen; as in React, the frame is asked for after the key's
   * handlers have returned (here at once after; in the reader a turn or more later).
   */
  const key = (text: string) => {
    duringInput(() => {
      screen = text;
    });
    request();
  };
  return { drawn, progress, key };
}

describe("Ink's frames, keys first", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws a key pressed just after a progress frame at once, not at the end of the interval', () => {
    const f = frames();
    f.progress('finding… 36%');
    vi.advanceTimersByTime(3);
    f.key('line 2 at the top');
    // Ink's throttle alone drew only the progress until 17 ms had passed.
    expect(f.drawn).toEqual(['finding… 36%', 'line 2 at the top']);
    vi.advanceTimersByTime(FRAME_MS);
    expect(f.drawn).toEqual(['finding… 36%', 'line 2 at the top']);
  });

  it('folds keys that come faster than the frame rate, as Ink does', () => {
    const f = frames();
    f.key('line 2 at the top');
    vi.advanceTimersByTime(3);
    f.key('line 3 at the top');
    vi.advanceTimersByTime(3);
    f.key('line 4 at the top');
    expect(f.drawn).toEqual(['line 2 at the top']);
    vi.advanceTimersByTime(FRAME_MS);
    expect(f.drawn).toEqual(['line 2 at the top', 'line 4 at the top']);
  });

  it('holds a key no longer than the frame interval after the last frame drawn', () => {
    // A held key at 100 presses a second: Ink's throttle restarts its timer at every press, so it
    // drew the third press 37 ms after the first frame; one frame per interval draws it at 20.
    const f = frames();
    f.key('line 2 at the top');
    vi.advanceTimersByTime(10);
    f.key('line 3 at the top');
    vi.advanceTimersByTime(10);
    f.key('line 4 at the top');
    expect(f.drawn).toEqual(['line 2 at the top', 'line 4 at the top']);
    vi.advanceTimersByTime(FRAME_MS);
    expect(f.drawn).toEqual(['line 2 at the top', 'line 4 at the top']);
  });

  it('still throttles the frames nobody typed for', () => {
    const f = frames();
    f.progress('finding… 36%');
    vi.advanceTimersByTime(3);
    f.progress('finding… 38%');
    expect(f.drawn).toEqual(['finding… 36%']);
    vi.advanceTimersByTime(FRAME_MS);
    expect(f.drawn).toEqual(['finding… 36%', 'finding… 38%']);
  });

  it('holds a progress frame that comes just after a key’s, and draws it at the end of the interval', () => {
    const f = frames();
    f.key('line 2 at the top');
    vi.advanceTimersByTime(3);
    f.progress('finding… 38%');
    expect(f.drawn).toEqual(['line 2 at the top']);
    vi.advanceTimersByTime(FRAME_MS);
    expect(f.drawn).toEqual(['line 2 at the top', 'finding… 38%']);
  });
});
