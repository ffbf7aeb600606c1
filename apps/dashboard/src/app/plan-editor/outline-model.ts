import type { Initiative, PlanTree, TreeMetric } from '@throughline/domain';
import type { ItemKind } from './plan-editor-api';
import type { Ordered } from './reorder';

/** Where an item sits in the plan: its siblings in shown order, its parent and the chain of ancestors. */
export interface Place {
  readonly title: string;
  readonly parentId: string | null;
  /** Shown order; sortOrder is known for the kinds the tree carries it for (not tactics and metrics). */
  readonly siblings: readonly { readonly id: string; readonly sortOrder?: number }[];
  /** Ids of the priorities, goals and strategies above it (to expand the outline down to it). */
  readonly ancestors: readonly string[];
}

const metricsPlace = (metrics: readonly TreeMetric[], id: string, parentId: string, ancestors: string[]): Place | undefined => {
  const metric = metrics.find((m) => m.id === id);
  return metric ? { title: metric.name, parentId, siblings: metrics.map((m) => ({ id: m.id })), ancestors } : undefined;
};

/** Finds an item of the outline; undefined when it is not (or no longer) in the plan. */
export function placeOf(tree: PlanTree, initiatives: readonly Initiative[], kind: ItemKind, id: string): Place | undefined {
  const planId = tree.plan.id;
  if (kind === 'priority') {
    const p = tree.priorities.find((x) => x.id === id);
    return p && { title: p.title, parentId: planId, siblings: tree.priorities, ancestors: [] };
  }
  if (kind === 'guardrail') {
    const g = tree.guardrails.find((x) => x.id === id);
    return g && { title: g.statement, parentId: planId, siblings: tree.guardrails, ancestors: [] };
  }
  if (kind === 'initiative') {
    const i = initiatives.find((x) => x.id === id);
    return i && { title: i.name, parentId: planId, siblings: initiatives.map((x) => ({ id: x.id })), ancestors: [] };
  }
  for (const guardrail of tree.guardrails) {
    const found = kind === 'metric' ? metricsPlace(guardrail.metrics, id, guardrail.id, [guardrail.id]) : undefined;
    if (found) return found;
  }
  for (const priority of tree.priorities) {
    const goal = priority.goals.find((g) => g.id === id);
    if (kind === 'goal' && goal) return { title: goal.title, parentId: priority.id, siblings: priority.goals, ancestors: [priority.id] };
    for (const g of priority.goals) {
      const up = [priority.id, g.id];
      const metric = kind === 'metric' ? metricsPlace(g.metrics, id, g.id, up) : undefined;
      if (metric) return metric;
      const strategy = g.strategies.find((s) => s.id === id);
      if (kind === 'strategy' && strategy) return { title: strategy.title, parentId: g.id, siblings: g.strategies, ancestors: up };
      for (const s of g.strategies) {
        const tactic = s.tactics.find((t) => t.id === id);
        if (kind === 'tactic' && tactic) {
          return { title: tactic.title, parentId: s.id, siblings: s.tactics.map((t) => ({ id: t.id })), ancestors: [...up, s.id] };
        }
      }
    }
  }
  return undefined;
}

/** The siblings in shown order with the sortOrder each has (known ones from the tree, the rest from `fetched`). */
export function withSortOrders(place: Place, fetched: readonly Ordered[] = []): Ordered[] {
  const known = new Map(fetched.map((f) => [f.id, f.sortOrder]));
  return place.siblings.map((s) => ({ id: s.id, sortOrder: s.sortOrder ?? known.get(s.id) ?? 0 }));
}

/** The plan's goals as "priority title › goal title" options (initiatives support goals). */
export function goalOptions(tree: PlanTree | undefined): { id: string; label: string }[] {
  return (tree?.priorities ?? []).flatMap((p) => p.goals.map((g) => ({ id: g.id, label: g.title })));
}
