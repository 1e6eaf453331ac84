// A key's frame is drawn at once, not held back by a frame drawn for something else just before
// (issue 14). Put into Ink 6.8 by scripts/bundle.mjs: ink.js asks for its frames through
// `keyFirst` instead of its own throttle, and App.js handles each key inside `duringInput`.
//
// Ink draws at most `maxFps` frames a second: a frame asked for within 1000 / maxFps ms of the
// last one waits for the end of that interval (17 ms at 60). So a key pressed just after a frame
// drawn for another reason — the analysis's progress in the sidebar, redrawn on its own every
// ~170 ms on a long document — waited up to 17 ms for its own: the slowest presses while a long
// document was analysed (`bench-during`, a probe in the reader: 17 ms asleep between the key and
// its frame each time, and each right after a progress frame). Now the first frame asked for after
// a key is drawn at once unless a key's frame was drawn less than the interval ago: keys faster
// than the frame rate (a held key repeating fast) are still folded together as before, and frames
// asked for by anything else are throttled as before.

/**
 * Whether a key has been handled (App.js's `emitInput`) and no frame asked for since: the next
 * frame asked for is that key's. React renders and commits what a key changed after the key's
 * handlers return (a task of React's scheduler, a turn or more of the event loop later, and with
 * any other change made meanwhile), so the key is not known by the time its frame is asked for.
 * A key that changes nothing leaves the next frame, whatever asks for it, to be taken as its own.
 */
let keyWaiting = false;

/** Runs `handle` (the handling of one key) as a key's: the next frame asked for is drawn for it. */
export function duringInput(handle) {
  keyWaiting = true;
  return handle();
}

/**
 * Ink's throttled frame, made with Ink's own `throttle` over `render` every `ms` ms (leading and
 * trailing), and `request`, what Ink calls for each frame it wants: `throttled`, except that a
 * key's frame held back by a frame drawn for something else is drawn at once.
 */
export function keyFirst(throttle, render, ms) {
  /** Whether the last frame drawn, and the one held back if any, were asked for by a key; when the last was drawn. */
  let lastForKey = false;
  let heldForKey = false;
  let drawnAt = -Infinity;
  const throttled = throttle(
    () => {
      lastForKey = heldForKey;
      heldForKey = false;
      drawnAt = Date.now();
      render();
    },
    ms,
    { leading: true, trailing: true },
  );
  const request = () => {
    const forKey = keyWaiting;
    keyWaiting = false;
    heldForKey ||= forKey;
    throttled();
    // Held back by another's frame, or by none drawn in the last `ms` (the throttle's timer is
    // a debounce's, restarted by every request): drawn now. Only a key's frame drawn less than
    // `ms` ago holds a key's back.
    if (forKey && (!lastForKey || Date.now() - drawnAt >= ms)) throttled.flush();
  };
  return { throttled, request };
}
