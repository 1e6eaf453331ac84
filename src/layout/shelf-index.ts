/**
 * The shelf's X-Ray: the entities of every article on a shelf, grouped across articles, and a
 * search across their texts. Pure: the shelf gives it the analyses it has, in any order and as
 * they arrive, and draws the rows.
 */
import { nameKey } from '../analysis/name-key.js';
import type { Entity, EntityType, Span } from '../analysis/types.js';

/** What the index needs of one article's analysis. */
export interface IndexedArticle {
  /** The article's place on the shelf. */
  readonly index: number;
  readonly entities: readonly Pick<Entity, 'name' | 'type' | 'aliases' | 'mentions'>[];
}

export interface ShelfEntity {
  readonly name: string;
  readonly type: EntityType;
  /** The articles that mention it, in shelf order, with their mentions there. */
  readonly articles: readonly { readonly index: number; readonly mentions: readonly Span[] }[];
  readonly mentionCount: number;
}

/**
 * Entities across articles. Two articles' entities are one when they have the same type and share
 * a name or an alias by spelling ("U.S." and "US", "Centcom" as an alias of "US Central Command").
 * A bare surname in one article is not matched to a full name in another: across articles, a
 * "Smith" is not known to be the same Smith. Dates are left out: "Wednesday" in two articles is
 * rarely one day.
 */
export function shelfIndex(articles: readonly IndexedArticle[]): ShelfEntity[] {
  const groups: { name: string; type: EntityType; keys: Set<string>; byArticle: Map<number, Span[]> }[] = [];
  const byKey = new Map<string, number>();
  for (const article of [...articles].sort((a, b) => a.index - b.index)) {
    for (const entity of article.entities) {
      if (entity.type === 'date' || !entity.mentions.length) continue;
      const keys = [entity.name, ...entity.aliases].map((n) => `${entity.type}:${nameKey(n)}`);
      // The multi-word names first: a one-word alias is weaker evidence than a full name.
      const hit = keys.map((k) => byKey.get(k)).find((g) => g !== undefined);
      const g = hit ?? groups.push({ name: entity.name, type: entity.type, keys: new Set(), byArticle: new Map() }) - 1;
      const group = groups[g]!;
      if (entity.name.length > group.name.length && entity.name.includes(' ')) group.name = entity.name;
      for (const k of keys) {
        group.keys.add(k);
        if (!byKey.has(k)) byKey.set(k, g);
      }
      const spans = group.byArticle.get(article.index) ?? [];
      for (const m of entity.mentions) spans.push(m);
      group.byArticle.set(article.index, spans);
    }
  }
  return groups
    .map((g) => {
      const list = [...g.byArticle.entries()]
        .sort(([a], [b]) => a - b)
        .map(([index, mentions]) => ({ index, mentions: [...mentions].sort((a, b) => a.start - b.start) }));
      return {
        name: g.name,
        type: g.type,
        articles: list,
        mentionCount: list.reduce((n, a) => n + a.mentions.length, 0),
      };
    })
    .sort(
      (a, b) =>
        b.articles.length - a.articles.length || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name),
    );
}

/**
 * Which of `count` articles mention the entity, as a strip of one cell per article (or per run of
 * articles when there are more than `cells`): `·` none, `▄` some, `█` all of the run.
 */
export function articleStrip(entity: Pick<ShelfEntity, 'articles'>, count: number, cells: number): string {
  if (cells <= 0 || count <= 0) return '';
  const n = Math.min(cells, count);
  const hits = new Array<number>(n).fill(0);
  const sizes = new Array<number>(n).fill(0);
  for (let i = 0; i < count; i++) sizes[Math.floor((i * n) / count)]!++;
  for (const a of entity.articles) if (a.index < count) hits[Math.floor((a.index * n) / count)]!++;
  return hits.map((h, i) => (h === 0 ? '·' : h >= sizes[i]! ? '█' : '▄')).join('');
}

/** Search as the reader does it: case-insensitive unless the query has a capital. */
export function queryPattern(query: string): RegExp | null {
  if (!query) return null;
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped, /\p{Lu}/u.test(query) ? 'gu' : 'giu');
}

export interface ShelfMatch {
  readonly index: number;
  readonly count: number;
  /** Where the first match starts: opening the article goes there. */
  readonly first: number;
}

/** The articles whose text matches `query`, with how often, in shelf order. */
export function searchShelf(texts: readonly (string | null)[], query: string): ShelfMatch[] {
  const pattern = queryPattern(query);
  if (!pattern) return [];
  const out: ShelfMatch[] = [];
  texts.forEach((text, index) => {
    if (!text) return;
    let count = 0;
    let first = -1;
    for (const m of text.matchAll(pattern)) {
      if (first < 0) first = m.index;
      count++;
    }
    if (count) out.push({ index, count, first });
  });
  return out;
}
