import type { Span } from '../analysis/types.js';
import { reveal } from './moves.js';
import { findMatches } from './search.js';
import type { ViewState } from './state.js';

/**
 * A walk across the shelf: the mentions of one entity (from the shelf's X-Ray) or the matches of
 * one query (from the shelf's search), article after article. In the reader it is the usual walk
 * (the chosen entity, or the search) plus this: `n` at the last mention asks the session for the
 * next article that has one, `N` at the first for the one before. Pure, like the reducer.
 */
export interface Trail {
  /** What is walked: the entity's name or the query. */
  readonly label: string;
  /** The sidebar entity walked (an index into `entities`), or null for a search. */
  readonly entity: number | null;
  /** Whether an article later (earlier) on the shelf has more of it. */
  readonly next: boolean;
  readonly previous: boolean;
  /** Set when `n` (or `N`) walks off this article: the session opens the next (previous) one. */
  readonly onward: { readonly direction: 1 | -1 } | null;
}

/** What the reader is opened with: where to start, and what to walk. */
export type TrailStart = {
  /** Start at the first mention (or match), or at the last one when coming back with `N`. */
  readonly from: 'first' | 'last';
  readonly next: boolean;
  readonly previous: boolean;
  /** Said in the status bar as the article opens ("article 2 of 5 that mention …"). */
  readonly message: string | null;
} & (
  | { readonly kind: 'entity'; readonly name: string; readonly mentions: readonly Span[] }
  | { readonly kind: 'search'; readonly query: string }
);

/**
 * The reader's first state for an article opened from the shelf's index or search: at the
 * first (or last) mention of the entity, marked, with n/N walking its mentions; or at the first
 * (or last) match of the query with the search active. The entity is the sidebar's entity that
 * holds the shelf's mention; without one, the mention is only marked.
 */
export function beginTrail(s: ViewState, start: TrailStart): ViewState {
  const pick = <T>(list: readonly T[]) => (start.from === 'first' ? 0 : list.length - 1);
  const base = { label: '', next: start.next, previous: start.previous, onward: null };
  if (start.kind === 'search') {
    const matches = findMatches(s.doc.analysis.text, start.query);
    if (!matches.length) return { ...s, message: start.message };
    const index = pick(matches);
    const search = { typing: false, query: start.query, matches, index, originTop: s.top };
    const trail: Trail = { ...base, label: start.query, entity: null };
    return reveal({ ...s, search, chosen: null, trail, message: start.message }, matches[index]!);
  }
  const target = start.mentions[pick(start.mentions)];
  if (!target) return { ...s, message: start.message };
  const entity = s.entities.findIndex((e) => e.mentions.some((m) => m.start === target.start));
  if (entity < 0) return reveal({ ...s, message: start.message }, target);
  const mention = s.entities[entity]!.mentions.findIndex((m) => m.start === target.start);
  const trail: Trail = { ...base, label: start.name, entity };
  const chosen: ViewState = { ...s, chosen: entity, selected: entity, mention, search: null, trail };
  return reveal({ ...chosen, message: start.message }, target);
}

/**
 * `n` (direction 1) or `N` (-1) on a trail: at the last (first) mention or match of what the
 * trail walks, with another article beyond it, the reader asks to go on; at the end of the
 * shelf it says so and wraps as usual. Anything else is the reader's own walk (undefined).
 */
export function trailStep(s: ViewState, direction: 1 | -1): ViewState | undefined {
  const trail = s.trail;
  if (!trail || trail.onward) return undefined;
  let at: number;
  let count: number;
  if (trail.entity === null) {
    if (!s.search || s.search.typing || s.search.query !== trail.label || !s.search.matches.length) return undefined;
    at = s.search.index;
    count = s.search.matches.length;
  } else {
    if (s.search || s.chosen !== trail.entity) return undefined;
    at = s.mention;
    count = s.entities[trail.entity]?.mentions.length ?? 0;
  }
  const atEdge = direction === 1 ? at >= count - 1 : at <= 0;
  if (!atEdge) return undefined;
  if (direction === 1 ? trail.next : trail.previous) return { ...s, trail: { ...trail, onward: { direction } } };
  return undefined;
}
