/**
 * Where the reader has been: the jump list (vim's Ctrl-O and its forward key, less's '') and
 * marks (m + letter, ' + letter). Places are text offsets, so they survive re-wrapping. Pure:
 * each function returns a new list.
 */

/** Jumps remembered; the oldest go first beyond this (vim keeps 100). */
export const MAX_JUMPS = 100;

export interface JumpList {
  /** Places jumped from, oldest first. */
  readonly entries: readonly number[];
  /** Where Ctrl-O goes from: entries.length when at the newest place. */
  readonly index: number;
}

export const EMPTY_JUMPS: JumpList = { entries: [], index: 0 };

/** A jump from `from`: remembered, and whatever was ahead of the current place is dropped. */
export function recordJump(list: JumpList, from: number): JumpList {
  const kept = list.entries.slice(0, list.index);
  if (kept.at(-1) !== from) kept.push(from);
  const entries = kept.slice(-MAX_JUMPS);
  return { entries, index: entries.length };
}

/** Back along the list (Ctrl-O): the place to go, or null at its start. */
export function jumpBack(list: JumpList, current: number): { list: JumpList; to: number } | null {
  let { entries, index } = list;
  // Leaving the newest place: remember it, so the forward key can come back to it.
  if (index === entries.length && entries.at(-1) !== current) {
    entries = [...entries, current].slice(-MAX_JUMPS);
    index = entries.length - 1;
  }
  while (index > 0 && entries[index - 1] === current) index--;
  if (index === 0) return null;
  return { list: { entries, index: index - 1 }, to: entries[index - 1]! };
}

/** Forward again (undoes Ctrl-O): the place to go, or null at the newest. */
export function jumpForward(list: JumpList): { list: JumpList; to: number } | null {
  if (list.index >= list.entries.length - 1) return null;
  return { list: { ...list, index: list.index + 1 }, to: list.entries[list.index + 1]! };
}

/** less's '': back to where the last jump started; doing it again comes back. */
export function jumpToPrevious(list: JumpList, current: number): { list: JumpList; to: number } | null {
  const to = list.entries[list.index - 1] ?? list.entries.at(-1);
  if (to === undefined || to === current) return null;
  return { list: recordJump(list, current), to };
}

/** Marks by letter: a–z and A–Z. */
export type Marks = Readonly<Record<string, number>>;
export const isMarkName = (key: string): boolean => /^[a-zA-Z]$/.test(key);

/** Marks read back from a saved position: letters with offsets inside the text, the rest dropped. */
export function validMarks(raw: unknown, textLength: number): Marks {
  if (!raw || typeof raw !== 'object') return {};
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(raw))
    if (isMarkName(k) && Number.isInteger(v) && (v as number) >= 0 && (v as number) < textLength) out[k] = v as number;
  return out;
}
