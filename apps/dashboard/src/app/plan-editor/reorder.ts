export interface Ordered {
  readonly id: string;
  readonly sortOrder: number;
}

/**
 * Moving one item up or down among its siblings (given in their shown order): the sortOrder each sibling needs,
 * listing only those that change. Siblings are renumbered 0, 1, 2… because equal sortOrders (ties broken by
 * title) cannot express a swap.
 */
export function reorder(siblings: readonly Ordered[], id: string, direction: -1 | 1): Ordered[] {
  const index = siblings.findIndex((s) => s.id === id);
  const other = index + direction;
  if (index < 0 || other < 0 || other >= siblings.length) return [];
  const order = [...siblings];
  [order[index], order[other]] = [order[other] as Ordered, order[index] as Ordered];
  return order.flatMap((s, i) => (s.sortOrder === i ? [] : [{ id: s.id, sortOrder: i }]));
}
