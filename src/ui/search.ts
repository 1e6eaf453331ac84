import type { Span } from '../analysis/types.js';

/**
 * Search as a pure model: the query being typed or confirmed, its matches in the text, and which
 * match is current. Where the view goes (to the match, back to the origin) is the reducer's part.
 */
export interface Search {
  readonly typing: boolean;
  readonly query: string;
  readonly matches: readonly Span[];
  readonly index: number;
  /** Where the view was when the search began, to return to on cancel. */
  readonly originTop: number;
  /** The search (and marked span) in place when this one began, back again if it is cancelled. */
  readonly before?: { readonly search: Search | null; readonly mark: Span | null };
}

/** A search just begun with `/`: nothing typed yet. */
export function startSearch(originTop: number, before?: Search['before']): Search {
  // The earlier search is kept without its own `before`: one level back is all Esc restores.
  const kept = before?.search ? { ...before, search: { ...before.search, before: undefined } } : before;
  return { typing: true, query: '', matches: [], index: 0, originTop, ...(kept ? { before: kept } : {}) };
}

/** Literal search, case-insensitive unless the query has a capital letter (vim's smartcase). */
export function findMatches(text: string, query: string): Span[] {
  if (!query) return [];
  // A regex over the text itself keeps offsets exact; lower-casing a copy would not ("İ" → two units).
  const flags = query !== query.toLowerCase() ? 'gu' : 'giu';
  const literal = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);
  return [...text.matchAll(literal)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The search with a new query over `text`: its matches, the current one being the first at or
 * after `from` (the offset the search began at), or the first of all when none is after it.
 */
export function withQuery(search: Search, text: string, query: string, from: number): Search {
  const matches = findMatches(text, query);
  const index = Math.max(
    0,
    matches.findIndex((m) => m.start >= from),
  );
  return { ...search, query, matches, index };
}

/** The match the search is on, if it has any. */
export function currentMatch(search: Search): Span | undefined {
  return search.matches[search.index];
}

/** Whether n and N walk the matches: once the query is confirmed and found something. */
export function walking(search: Search | null): search is Search {
  return !!search && !search.typing && search.matches.length > 0;
}

/** The next (or previous) match, wrapping at either end. */
export function stepMatch(search: Search, direction: 1 | -1): Search {
  const n = search.matches.length;
  if (!n) return search;
  return { ...search, index: (search.index + direction + n) % n };
}

/** Enter while typing: an empty query ends the search; otherwise it stays, with a word when nothing matched. */
export function confirmSearch(search: Search): { readonly search: Search | null; readonly message: string | null } {
  if (!search.query) return { search: null, message: null };
  return {
    search: { ...search, typing: false, before: undefined },
    message: search.matches.length ? null : `not found: ${search.query}`,
  };
}
