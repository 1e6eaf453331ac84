/** Runs `handle` (the handling of one key) as a key's: the next frame asked for is drawn for it. */
export function duringInput<T>(handle: () => T): T;

/** A throttled function as Ink's `throttle` (es-toolkit/compat) makes it. */
export interface Throttled {
  (): void;
  flush(): void;
  cancel(): void;
}

/** Ink's throttled frame and what Ink calls for each frame it wants (see key-frames.mjs). */
export function keyFirst(
  throttle: (f: () => void, ms: number, options: { leading: boolean; trailing: boolean }) => Throttled,
  render: () => void,
  ms: number,
): { throttled: Throttled; request: () => void };
