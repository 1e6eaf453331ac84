import { offsetOfLine } from '../layout/lines.js';
import { MAX_REPEAT, REPEATED, scaledLines, withDigit } from './counts.js';
import { copyChoice, locationChoice, whereText } from './copying.js';
import { paneHeight } from './geometry.js';
import {
  EMPTY_JUMPS,
  type JumpList,
  type Marks,
  isMarkName,
  jumpBack,
  jumpForward,
  jumpToPrevious,
  recordJump,
  validMarks,
} from './jumps.js';
import { NAMED_KEYS } from './key-names.js';
import { type Command, KEYMAP, type KeyName, type Layer, displayKey, keyHint, lookup } from './keymap.js';
import { locate, scrollTo } from './moves.js';
import type { ViewState } from './state.js';

/**
 * Moving as in less and vim, as a sub-reducer of the reader's (state.ts): counts before a command,
 * the jump list (Ctrl-O and its forward key, less's ''), marks (m and ' with a letter), the
 * unknown-key hint, and the requests the App carries out for the reducer (copy, redraw). Places
 * are text offsets of the line at the top of the view, so they survive re-wrapping at a new width.
 */

/** Something the App does for the reducer, which stays pure: write to the clipboard, redraw the screen. */
export type Effect =
  { readonly kind: 'copy'; readonly text: string; readonly what: string } | { readonly kind: 'redraw' };

export interface Nav {
  /** Digits typed for the next command, if any. */
  readonly count: number | null;
  /** `m` or `'` typed: the next key names the mark. */
  readonly prefix: 'setMark' | 'goToMark' | null;
  readonly jumps: JumpList;
  readonly marks: Marks;
  /** A request for the App, done once and then cleared ('effectDone'). */
  readonly effect: Effect | null;
}

export function initialNav(marks: unknown = null, textLength = 0): Nav {
  return { count: null, prefix: null, jumps: EMPTY_JUMPS, marks: validMarks(marks, textLength), effect: null };
}

/** Where the view is: the text offset of its top line, the same whatever the width. */
export const placeOf = (s: Pick<ViewState, 'layout' | 'top'>): number => offsetOfLine(s.layout.lines, s.top);

/** The view with the line holding `offset` at the top (clamped at the end of the text). */
export function goToOffset(s: ViewState, offset: number): ViewState {
  const [at, line] = locate(s, offset);
  return scrollTo(at, line);
}

/** Line `n` (1-based, as `=` counts them) at the top, as less's `NG`. */
export function goToLine(s: ViewState, n: number): ViewState {
  return scrollTo(s, Math.max(0, n - 1));
}

/** `N%`: the line holding the offset N percent through the text at the top. */
export function goToPercent(s: ViewState, n: number): ViewState {
  const length = s.doc.analysis.text.length;
  return goToOffset(s, Math.floor((length * Math.min(100, Math.max(0, n))) / 100));
}

const withNav = (s: ViewState, nav: Partial<Nav>): ViewState => ({ ...s, nav: { ...s.nav, ...nav } });

/** A jump that moved the view remembers where it came from (`from`, by default where `before` was). */
function remember(before: ViewState, after: ViewState, from = placeOf(before)): ViewState {
  if (placeOf(after) === from) return after;
  return withNav(after, { jumps: recordJump(after.nav.jumps, from) });
}

/**
 * Commands that move the view without being jumps: scrolling, and going back to where a cancelled
 * search began. Every other command that moves the view (a mention, a section, a match, g/G, the
 * outline, a view over the analysis) is a jump.
 */
const NOT_JUMPS = new Set<Command>([
  'lineDown',
  'lineUp',
  'pageDown',
  'pageUp',
  'halfPageDown',
  'halfPageUp',
  'cancelSearch',
  'jumpBack',
  'jumpForward',
  'toggleHighlight',
  'toggleSidebar',
]);

type Run = (s: ViewState, c: Command) => ViewState;

/** A command through the counts and the jump list; `once` is the reader's own handling of it. */
export function navCommand(s: ViewState, command: Command, once: Run): ViewState {
  // Two places take the focus, the text and the entities: backwards is the other one.
  const c = command === 'focusBack' ? 'toggleFocus' : command;
  const { count, prefix } = s.nav;
  const t = count === null && prefix === null ? s : withNav(s, { count: null, prefix: null });
  // Esc with a count or a mark's letter pending cancels that, and nothing else.
  if (c === 'clear' && (count !== null || prefix !== null)) return t;
  const own = ownCommand(t, c, count ?? 1, count !== null);
  if (own) return own;
  if (count !== null && t.overlay === null) {
    const counted = countedMove(t, c, count, once);
    if (counted) return counted;
  }
  const next = once(t, c);
  if (NOT_JUMPS.has(c)) return next;
  // A confirmed search jumped from where the search began, not from where typing it had scrolled.
  const from = c === 'confirmSearch' && t.search ? offsetOfLine(t.layout.lines, t.search.originTop) : placeOf(t);
  return remember(t, next, from);
}

const samePlace = (a: ViewState, b: ViewState) =>
  a.top === b.top &&
  a.mark === b.mark &&
  a.selected === b.selected &&
  a.mention === b.mention &&
  a.search?.index === b.search?.index;

/** A command with a count: lines and pages scaled, `NG` and `Ng` to line N, the rest repeated. */
function countedMove(s: ViewState, c: Command, count: number, once: Run): ViewState | undefined {
  if (c === 'top' || c === 'bottom') return remember(s, goToLine(s, count));
  const by = scaledLines(c, count, paneHeight(s));
  if (by !== null) return scrollTo(s, s.top + by);
  if (!REPEATED.has(c)) return undefined;
  let at = once(s, c);
  for (let i = 1; i < Math.min(count, MAX_REPEAT); i++) {
    const next = once(at, c);
    const stuck = samePlace(next, at);
    at = next;
    // Run out (no later section, the last entity): repeating it changes nothing.
    if (stuck) break;
  }
  return remember(s, at);
}

function ownCommand(s: ViewState, c: Command, count: number, counted: boolean): ViewState | undefined {
  switch (c) {
    case 'count':
      return s; // the digit itself is read with the key (navKey)
    case 'goToPercent':
      if (!counted) return { ...s, message: `a number first: 50${keyHint('goToPercent')} goes half-way` };
      return remember(s, goToPercent(s, count));
    case 'jumpBack':
    case 'jumpForward':
      return walkJumps(s, c === 'jumpBack' ? -1 : 1, count);
    case 'setMark':
    case 'goToMark':
      return withNav(s, { prefix: c });
    case 'copy':
    case 'copyLocation': {
      const choice = c === 'copy' ? copyChoice(s) : locationChoice(s);
      return 'message' in choice
        ? { ...s, message: choice.message }
        : withNav(s, { effect: { kind: 'copy', ...choice } });
    }
    case 'where': {
      const all: ViewState = { ...s, layout: s.layout.withAll() };
      return { ...all, message: whereText(all) };
    }
    case 'redraw':
      return withNav(s, { effect: { kind: 'redraw' } });
    default:
      return undefined;
  }
}

/** Ctrl-O (back) or its forward key, `count` steps along the jump list. */
function walkJumps(s: ViewState, direction: -1 | 1, count: number): ViewState {
  let list = s.nav.jumps;
  let to: number | null = null;
  for (let i = 0; i < Math.min(count, MAX_REPEAT); i++) {
    const step: { list: JumpList; to: number } | null =
      direction < 0 ? jumpBack(list, to ?? placeOf(s)) : jumpForward(list);
    if (!step) break;
    list = step.list;
    to = step.to;
  }
  if (to === null) return { ...s, message: direction < 0 ? 'no earlier jump' : 'no later jump' };
  return goToOffset(withNav(s, { jumps: list }), to);
}

/**
 * Keys the navigation reads before the key table: the letter after `m` or `'`, and the digits of
 * a count. Undefined when the key is not one of those.
 */
export function navKey(s: ViewState, name: string, layer: Layer): ViewState | undefined {
  // A mark's name is one character; any other key (Ctrl-C, an arrow) cancels the mark and acts.
  if (s.nav.prefix && (name === 'escape' || [...name].length === 1)) return markKey(s, s.nav.prefix, name);
  if (lookup(layer, name) === 'count') return withNav(s, { count: withDigit(s.nav.count, name) });
  return undefined;
}

function markKey(s: ViewState, prefix: 'setMark' | 'goToMark', name: string): ViewState {
  const t = withNav(s, { prefix: null, count: null });
  if (name === 'escape') return t;
  const key = keyHint(prefix);
  if (prefix === 'goToMark' && name === "'") {
    const back = jumpToPrevious(t.nav.jumps, placeOf(t));
    return back ? goToOffset(withNav(t, { jumps: back.list }), back.to) : { ...t, message: 'no jump to go back to' };
  }
  if (!isMarkName(name)) return { ...t, message: `${key} then a letter, a–z or A–Z` };
  if (prefix === 'setMark')
    return { ...withNav(t, { marks: { ...t.nav.marks, [name]: placeOf(t) } }), message: `mark ${name} set` };
  const at = t.nav.marks[name];
  if (at === undefined) return { ...t, message: `no mark ${name} (${keyHint('setMark')}${name} sets it)` };
  return remember(t, goToOffset(t, at));
}

/** The App has done what `effect` asked; `message` says how it went. */
export function effectDone(s: ViewState, message: string | null): ViewState {
  return { ...withNav(s, { effect: null }), message };
}

/** What the status bar shows while a count or a mark's letter is being typed. */
export function pendingText(nav: Nav): string | null {
  if (nav.prefix === 'setMark') return `${keyHint('setMark')}: which letter?`;
  if (nav.prefix === 'goToMark') {
    const key = keyHint('goToMark');
    return `${key}: which mark? (${key} for the last jump)`;
  }
  return nav.count === null ? null : `count ${nav.count}`;
}

/**
 * A key as the hint names it, the way the help shows keys; null for what is not a key a person
 * pressed on purpose (a modifier's or an unknown sequence's empty name, a burst of characters),
 * so those stay silent. A printable character is shown as itself, never a control character.
 */
export function shownKey(name: string): string | null {
  if (NAMED_KEYS.has(name) || /^ctrl\+[a-z]$/.test(name)) return displayKey(name as KeyName);
  return [...name].length === 1 && /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(name) ? name : null;
}

/** A key bound to nothing here: a short hint in the status bar (and any count is dropped). */
export function unknownKey(s: ViewState, name: string, layer: Layer): ViewState {
  const shown = shownKey(name);
  if (!shown) return s;
  const t = s.nav.count === null && s.nav.prefix === null ? s : withNav(s, { count: null, prefix: null });
  const reader = layer === 'article' || layer === 'sidebar';
  const close = KEYMAP.find((b) => b.command === 'closeOverlay' && b.context === layer);
  const then = reader ? `; ${keyHint('help')} for help` : close ? `; ${displayKey(close.keys[0]!)} closes` : '';
  return { ...t, message: `${shown} is not a key here${then}` };
}
