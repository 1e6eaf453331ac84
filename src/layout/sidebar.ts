import type { Entity, EntityType } from '../analysis/types.js';

export const GROUPS: readonly { readonly type: EntityType; readonly label: string }[] = [
  { type: 'person', label: 'People' },
  { type: 'organization', label: 'Organisations' },
  { type: 'place', label: 'Places' },
  { type: 'date', label: 'Dates' },
  { type: 'other', label: 'Other names' },
];

export type SidebarRow =
  | { readonly kind: 'group'; readonly label: string; readonly count: number }
  | { readonly kind: 'entity'; readonly entity: Entity; readonly index: number };

/** Entities in the order the sidebar lists them: by group, then most mentioned, then first seen. */
export function sidebarEntities(entities: readonly Entity[]): Entity[] {
  const order = new Map(GROUPS.map((g, i) => [g.type, i]));
  return [...entities]
    .filter((e) => e.mentions.length > 0 && order.has(e.type))
    .sort(
      (a, b) =>
        order.get(a.type)! - order.get(b.type)! ||
        b.mentions.length - a.mentions.length ||
        a.mentions[0]!.start - b.mentions[0]!.start,
    );
}

/** Rows of the sidebar: a heading per non-empty group, then its entities (index into `ordered`). */
export function sidebarRows(ordered: readonly Entity[]): SidebarRow[] {
  const rows: SidebarRow[] = [];
  for (const group of GROUPS) {
    const members = ordered.map((entity, index) => ({ entity, index })).filter((m) => m.entity.type === group.type);
    if (!members.length) continue;
    rows.push({ kind: 'group', label: group.label, count: members.length });
    for (const m of members) rows.push({ kind: 'entity', ...m });
  }
  return rows;
}

const LEVELS = ['·', '▂', '▄', '▆', '█'];

/**
 * Where in the article an entity is mentioned, as Kindle's X-Ray shows it: the article cut into
 * `cells` equal stretches, each drawn by how many mentions fall in it.
 */
export function mentionStrip(entity: Pick<Entity, 'mentions'>, textLength: number, cells: number): string {
  if (cells <= 0) return '';
  const counts = new Array<number>(cells).fill(0);
  const length = Math.max(1, textLength);
  for (const m of entity.mentions) counts[Math.min(cells - 1, Math.floor((m.start / length) * cells))]!++;
  return counts.map((c) => LEVELS[Math.min(c, LEVELS.length - 1)]).join('');
}
