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

/** Each group's place in GROUPS, by entity type. */
const GROUP_OF: ReadonlyMap<EntityType, number> = new Map(GROUPS.map((g, i) => [g.type, i]));

/**
 * Entities in the order the sidebar lists them: by group, then most mentioned, then first seen.
 * In time and garbage for a book's tens of thousands of entities (issue 14: they arrive while
 * keys are pressed): put in their groups in one pass, each group sorted on its own.
 */
export function sidebarEntities(entities: readonly Entity[]): Entity[] {
  const steps = sidebarOrderSteps(entities);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `sidebarEntities`, a step at a time (the grouping, then each group's sort), for a caller that
 * lets other work in between: each step of a book's entities is a few milliseconds.
 */
export function* sidebarOrderSteps(entities: readonly Entity[]): Generator<void, Entity[]> {
  const groups: Entity[][] = GROUPS.map(() => []);
  for (const e of entities) {
    const g = GROUP_OF.get(e.type);
    if (g !== undefined && e.mentions.length > 0) groups[g]!.push(e);
  }
  const byMentions = (a: Entity, b: Entity) =>
    b.mentions.length - a.mentions.length || a.mentions[0]!.start - b.mentions[0]!.start;
  for (const members of groups) {
    if (members.length < 2) continue;
    yield;
    members.sort(byMentions);
  }
  return groups.flat();
}

/** Rows of the sidebar: a heading per non-empty group, then its entities (index into `ordered`). */
export function sidebarRows(ordered: readonly Entity[]): SidebarRow[] {
  const members: number[][] = GROUPS.map(() => []);
  ordered.forEach((entity, index) => {
    const g = GROUP_OF.get(entity.type);
    if (g !== undefined) members[g]!.push(index);
  });
  const rows: SidebarRow[] = [];
  GROUPS.forEach((group, g) => {
    const indices = members[g]!;
    if (!indices.length) return;
    rows.push({ kind: 'group', label: group.label, count: indices.length });
    for (const index of indices) rows.push({ kind: 'entity', entity: ordered[index]!, index });
  });
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
