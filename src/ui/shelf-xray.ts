import type { Span } from '../analysis/types.js';
import { type ShelfEntity, type ShelfMatch, searchShelf } from '../layout/shelf-index.js';
import type { Command, Layer } from './keymap.js';
import type { TrailStart } from './shelf-trail.js';

/**
 * The shelf's two views over all its articles, as a pure model: the X-Ray index (`x`: the
 * entities across articles, then the articles that mention one) and the search across the shelf
 * (`/`: the articles that match, with counts). Opening an article from either starts a walk
 * (ShelfWalk) that the reader continues from article to article. The shelf's reducer
 * (shelf-state.ts) hands its commands here while one of them is open.
 */
export type ShelfOverlay =
  | {
      readonly kind: 'index';
      readonly selected: number;
      /** Enter on an entity: the articles that mention it, one chosen. */
      readonly articles: { readonly entity: ShelfEntity; readonly selected: number } | null;
    }
  | {
      readonly kind: 'search';
      /** The query is being typed: printable keys go to it. */
      readonly typing: boolean;
      readonly query: string;
      readonly results: readonly ShelfMatch[];
      readonly selected: number;
    };

/** A walk across the shelf: the articles that have it, in shelf order, and which one is open. */
export type ShelfWalk =
  | {
      readonly kind: 'entity';
      readonly name: string;
      readonly articles: readonly { readonly index: number; readonly mentions: readonly Span[] }[];
      readonly at: number;
    }
  | { readonly kind: 'search'; readonly query: string; readonly articles: readonly ShelfMatch[]; readonly at: number };

/** What the overlays need of the shelf's state. */
export interface XrayHost {
  readonly overlay: ShelfOverlay | null;
  /** The X-Ray index as far as it is built (the shelf updates it as articles are indexed). */
  readonly entities: readonly ShelfEntity[];
  /** Each article's text (null for one that could not be opened), for the search. */
  readonly texts: readonly (string | null)[];
  /** Rows the list shows: a page. */
  readonly height: number;
  readonly open: { readonly index: number; readonly walk: ShelfWalk | null } | null;
}

/** The layer that takes keys while an overlay is open. */
export function overlayLayer(o: ShelfOverlay): Layer {
  return o.kind === 'search' && o.typing ? 'shelfPrompt' : 'shelfList';
}

/** How many rows the overlay's list has now. */
export function rowCount(s: XrayHost): number {
  const o = s.overlay;
  if (!o) return 0;
  if (o.kind === 'search') return o.results.length;
  return o.articles ? o.articles.entity.articles.length : s.entities.length;
}

/** The chosen row of the list shown. */
export function selectedRow(o: ShelfOverlay): number {
  return o.kind === 'index' && o.articles ? o.articles.selected : o.selected;
}

function select<S extends XrayHost>(s: S, row: number): S {
  const o = s.overlay!;
  const selected = Math.max(0, Math.min(rowCount(s) - 1, row));
  if (o.kind === 'index' && o.articles) return { ...s, overlay: { ...o, articles: { ...o.articles, selected } } };
  return { ...s, overlay: { ...o, selected } };
}

/** `x` or `/` on the shelf: the index, or a search prompt (a new query each time). */
export function openIndex<S extends XrayHost>(s: S): S {
  return { ...s, overlay: { kind: 'index', selected: 0, articles: null } };
}

export function openSearch<S extends XrayHost>(s: S): S {
  return { ...s, overlay: { kind: 'search', typing: true, query: '', results: [], selected: 0 } };
}

/** The query typed so far, now `query`: the matching articles, the first one chosen. */
export function searchInput<S extends XrayHost>(s: S, query: string): S {
  const o = s.overlay;
  if (o?.kind !== 'search' || !o.typing) return s;
  return { ...s, overlay: { ...o, query, results: searchShelf(s.texts, query), selected: 0 } };
}

/** The index grew (or was first built): keep the entity chosen where it has moved to. */
export function withEntities<S extends XrayHost>(s: S, entities: readonly ShelfEntity[]): S {
  const o = s.overlay;
  if (o?.kind !== 'index') return { ...s, entities };
  const was = s.entities[o.selected];
  const found = was ? entities.findIndex((e) => e.type === was.type && e.name === was.name) : -1;
  const selected = found >= 0 ? found : Math.min(o.selected, Math.max(0, entities.length - 1));
  return { ...s, entities, overlay: { ...o, selected } };
}

/** Enter on the list: an entity's articles, or an article opened with its walk. */
function choose<S extends XrayHost>(s: S): S {
  const o = s.overlay!;
  if (o.kind === 'search') {
    const hit = o.results[o.selected];
    if (!hit) return s;
    return {
      ...s,
      open: { index: hit.index, walk: { kind: 'search', query: o.query, articles: o.results, at: o.selected } },
    };
  }
  if (!o.articles) {
    const entity = s.entities[o.selected];
    return entity ? { ...s, overlay: { ...o, articles: { entity, selected: 0 } } } : s;
  }
  const { entity, selected } = o.articles;
  const article = entity.articles[selected];
  if (!article) return s;
  const walk: ShelfWalk = { kind: 'entity', name: entity.name, articles: entity.articles, at: selected };
  return { ...s, open: { index: article.index, walk } };
}

/** Esc or q: the entity's articles back to the index, the index or the search back to the shelf. */
function back<S extends XrayHost>(s: S): S {
  const o = s.overlay!;
  if (o.kind === 'index' && o.articles) return { ...s, overlay: { ...o, articles: null } };
  return { ...s, overlay: null };
}

/** The overlay's commands; undefined for one it does not take. */
export function overlayCommand<S extends XrayHost>(s: S, c: Command): S | undefined {
  const o = s.overlay;
  if (!o) return undefined;
  const at = selectedRow(o);
  switch (c) {
    case 'shelfListDown':
      return select(s, at + 1);
    case 'shelfListUp':
      return select(s, at - 1);
    case 'shelfListPageDown':
      return select(s, at + s.height);
    case 'shelfListPageUp':
      return select(s, at - s.height);
    case 'shelfListTop':
      return select(s, 0);
    case 'shelfListBottom':
      return select(s, rowCount(s) - 1);
    case 'shelfListOpen':
      return choose(s);
    case 'shelfListBack':
      return back(s);
    case 'shelfSearchConfirm':
      if (o.kind !== 'search') return s;
      return o.query ? { ...s, overlay: { ...o, typing: false } } : { ...s, overlay: null };
    case 'shelfSearchCancel':
      return { ...s, overlay: null };
    default:
      return undefined;
  }
}

/** The first row drawn when `body` rows fit: the chosen one kept in the middle, as in the outline. */
export function firstRow(selected: number, count: number, body: number): number {
  return Math.max(0, Math.min(selected - Math.floor(body / 2), count - body));
}

/** Where the reader starts in the walk's open article, and what it says as it opens. */
export function walkStart(walk: ShelfWalk, from: 'first' | 'last'): TrailStart {
  const n = walk.articles.length;
  const where = { from, next: walk.at < n - 1, previous: walk.at > 0 };
  if (walk.kind === 'search') {
    const message = `/${walk.query}: article ${walk.at + 1} of ${n} that match`;
    return { ...where, kind: 'search', query: walk.query, message };
  }
  const message = `${walk.name}: article ${walk.at + 1} of ${n} that mention it`;
  return { ...where, kind: 'entity', name: walk.name, mentions: walk.articles[walk.at]?.mentions ?? [], message };
}

/** The walk moved on to the next (or previous) article, or null at the end of the shelf. */
export function walkOn(walk: ShelfWalk, direction: 1 | -1): ShelfWalk | null {
  const at = walk.at + direction;
  return at >= 0 && at < walk.articles.length ? { ...walk, at } : null;
}
