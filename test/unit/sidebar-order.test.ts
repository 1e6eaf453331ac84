/**
 * The sidebar's order and rows, worked out in one pass per group (issue 14: a book's tens of
 * thousands of entities arrive while keys are pressed), are the ones the plain definitions give.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../../src/analysis/types.js';
import { GROUPS, type SidebarRow, sidebarEntities, sidebarRows } from '../../src/layout/sidebar.js';

const RUNS = { numRuns: Math.max(50, Math.round(300 * Number(process.env.LEDE_PROPERTY_SCALE ?? 1))) };

/** By group, then most mentioned, then first seen; entities with no mention, or of no group, left out. */
function plainOrder(entities: readonly Entity[]): Entity[] {
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

/** A heading per non-empty group, then its entities. */
function plainRows(ordered: readonly Entity[]): SidebarRow[] {
  const rows: SidebarRow[] = [];
  for (const group of GROUPS) {
    const members = ordered.map((entity, index) => ({ entity, index })).filter((m) => m.entity.type === group.type);
    if (!members.length) continue;
    rows.push({ kind: 'group', label: group.label, count: members.length });
    for (const m of members) rows.push({ kind: 'entity', ...m });
  }
  return rows;
}

const TYPES = [...GROUPS.map((g) => g.type), 'misc' as EntityType];
// Few distinct counts and starts, so ties (same group, count and first mention) are common.
const entity = fc
  .tuple(fc.constantFrom(...TYPES), fc.array(fc.nat(6), { maxLength: 4 }), fc.nat(1000))
  .map(([type, starts, n]): Entity => ({
    id: `e${n}`,
    name: `E${n}`,
    type,
    aliases: [],
    mentions: starts.map((s) => ({ start: s, end: s + 1 })),
  }));

describe('the sidebar, one pass per group', () => {
  it('orders entities as the plain sort does, ties kept in the order found', () => {
    fc.assert(
      fc.property(fc.array(entity, { maxLength: 60 }), (entities) => {
        const ordered = sidebarEntities(entities);
        expect(ordered).toEqual(plainOrder(entities));
        // The same objects, not copies: the reader keys its caches on them.
        ordered.forEach((e, k) => expect(e).toBe(plainOrder(entities)[k]));
      }),
      RUNS,
    );
  });

  it('makes the rows the plain grouping makes, also of a list in any order', () => {
    fc.assert(
      fc.property(fc.array(entity, { maxLength: 60 }), fc.boolean(), (entities, sorted) => {
        const list = sorted ? sidebarEntities(entities) : entities;
        expect(sidebarRows(list)).toEqual(plainRows(list));
      }),
      RUNS,
    );
  });
});
