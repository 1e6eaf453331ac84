/**
 * The shelf's X-Ray built as its articles are indexed, one article at a time, rather than all
 * over again each time the shelf looks: `shelfIndex` (shelf-index.ts) regroups thousands of
 * articles in a few hundred milliseconds, too long for the thread that draws the screen. The
 * grouping rules are shelfIndex's; given the articles in shelf order, the result is the same.
 */
import { nameKey } from '../analysis/name-key.js';
import type { EntityType, Span } from '../analysis/types.js';
import type { IndexedArticle, ShelfEntity } from './shelf-index.js';

interface Group {
  name: string;
  readonly type: EntityType;
  /** In shelf order, each with its mentions in text order; never changed once made, only replaced. */
  readonly articles: { readonly index: number; readonly mentions: readonly Span[] }[];
  mentionCount: number;
}

export class ShelfIndexBuilder {
  private readonly groups: Group[] = [];
  private readonly byKey = new Map<string, Group>();
  private built: ShelfEntity[] | null = [];

  /** Adds one article's entities (dates left out, as in shelfIndex). */
  add(article: IndexedArticle): void {
    for (const entity of article.entities) {
      if (entity.type === 'date' || !entity.mentions.length) continue;
      const keys = [entity.name, ...entity.aliases].map((n) => `${entity.type}:${nameKey(n)}`);
      let group = keys.map((k) => this.byKey.get(k)).find((g) => g !== undefined);
      if (!group) {
        group = { name: entity.name, type: entity.type, articles: [], mentionCount: 0 };
        this.groups.push(group);
      }
      if (entity.name.length > group.name.length && entity.name.includes(' ')) group.name = entity.name;
      for (const k of keys) if (!this.byKey.has(k)) this.byKey.set(k, group);
      addMentions(group, article.index, entity.mentions);
    }
    this.built = null;
  }

  /** The index as it stands: most articles first, then most mentions, then by name. */
  entities(): ShelfEntity[] {
    this.built ??= this.groups
      .map((g) => ({
        name: g.name,
        type: g.type,
        // A copy of the list, sharing its (never changed) rows: cheap for thousands of entities.
        articles: g.articles.slice(),
        mentionCount: g.mentionCount,
      }))
      .sort(
        (a, b) =>
          b.articles.length - a.articles.length || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name),
      );
    return this.built;
  }
}

function addMentions(group: Group, index: number, mentions: readonly Span[]): void {
  let at = group.articles.length;
  while (at > 0 && group.articles[at - 1]!.index > index) at--;
  const same = group.articles[at - 1];
  if (same?.index === index)
    group.articles[at - 1] = { index, mentions: [...same.mentions, ...mentions].sort((a, b) => a.start - b.start) };
  else group.articles.splice(at, 0, { index, mentions: [...mentions] });
  group.mentionCount += mentions.length;
}
