/**
 * The reader's key remapping (`[keys]` in the config file) applied to the key table. It works on
 * any binding of the table, whichever file it comes from: a command given keys has those keys, and
 * only those, in every context it is bound in; a key it takes is taken from any other command
 * that had it where both are live, so one key never does two things and the help shows only what
 * each key does.
 */
import { type Binding, type Command, type Context, type KeyName, activeContexts, displayKey } from './keymap.js';

export type KeyRemap = Readonly<Partial<Record<Command, readonly KeyName[]>>>;

/** Whether bindings in these two contexts can both be live at once (one layer reads both). */
function overlap(a: Context, b: Context): boolean {
  return a === b || activeContexts(a as never).includes(b) || activeContexts(b as never).includes(a);
}

export interface Remapped {
  readonly table: readonly Binding[];
  /** Commands left with no key at all because their keys were given to others: one line each. */
  readonly problems: readonly string[];
}

type Row = { -readonly [K in keyof Binding]: Binding[K] };

export function remapKeys(table: readonly Binding[], remap: KeyRemap): Remapped {
  const given = Object.entries(remap) as [Command, readonly KeyName[]][];
  if (!given.length) return { table, problems: [] };
  const remapped = new Map<Command, readonly KeyName[]>(given.map(([c, keys]) => [c, [...new Set(keys)]]));
  const out: Row[] = table.map((b) => ({ ...b, keys: remapped.get(b.command) ?? b.keys }));
  const thief = (b: Row, key: KeyName) =>
    out.find(
      (o) =>
        o.command !== b.command && remapped.has(o.command) && o.keys.includes(key) && overlap(o.context, b.context),
    );
  const problems: string[] = [];
  for (const b of out) {
    if (remapped.has(b.command)) continue;
    const taken = b.keys.map((key) => [key, thief(b, key)?.command] as const).filter(([, by]) => by);
    if (!taken.length) continue;
    b.keys = b.keys.filter((key) => !taken.some(([k]) => k === key));
    if (!b.keys.length)
      problems.push(
        `keys: ${b.command} has no key left (${taken.map(([k, by]) => `${displayKey(k)} is now ${by}`).join(', ')})`,
      );
  }
  return { table: out, problems: [...new Set(problems)] };
}
