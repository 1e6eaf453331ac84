/**
 * A list of items under headings, as the quotes and timeline overlays draw it: which item is
 * chosen, the moves over the items (headings are passed over), and which rows fit on the screen.
 * Pure.
 */
export type ListRow =
  { readonly kind: 'heading'; readonly group: number } | { readonly kind: 'item'; readonly item: number };

/** The chosen item moved by `delta`, clamped to the list (`count` items). */
export function moveItem(index: number, delta: number, count: number): number {
  return Math.max(0, Math.min(count - 1, index + delta));
}

/** The chosen item inside the list, however the list changed since it was chosen. */
export function clampItem(index: number, count: number): number {
  return Math.max(0, Math.min(count - 1, index));
}

/**
 * The first row drawn when `body` rows fit: the chosen item kept in the middle, and its heading
 * kept with it when the list starts there.
 */
export function firstListRow(rows: readonly ListRow[], item: number, body: number): number {
  const at = rows.findIndex((r) => r.kind === 'item' && r.item === item);
  if (at < 0) return 0;
  return Math.max(0, Math.min(at - Math.floor(body / 2), rows.length - body));
}
