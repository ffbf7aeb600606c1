import type { IsoDate } from '../calendar/iso-date.js';
import type { PlanTree, TreeMetric } from '../contracts/plans.js';

/** A plan node, strategy or tactic as a snapshot (and the review agenda) sees it. */
export interface SnapshotNode {
  readonly entity: 'plan' | 'priority' | 'goal' | 'strategy' | 'tactic';
  readonly entityId: string;
  readonly parentId: string | null;
  readonly title: string;
  /** Results status (plan, priorities, goals), implementation status (strategies) or reported status (tactics). */
  readonly status: string;
  readonly score: number | null;
  readonly implementation: string | null;
  readonly implementationScore: number | null;
  readonly percentComplete: number | null;
  readonly overdue: boolean;
  readonly stale: boolean;
}

/** A metric's All Students series as a snapshot sees it. */
export interface SnapshotMetric {
  readonly metricId: string;
  readonly parentId: string;
  readonly title: string;
  readonly goalId: string | null;
  readonly status: string;
  readonly value: number | null;
  readonly periodEnd: IsoDate | null;
  readonly expected: number | null;
  readonly target: number | null;
}

export interface SnapshotRows {
  readonly nodes: readonly SnapshotNode[];
  readonly metrics: readonly SnapshotMetric[];
}

/**
 * Flattens a plan tree into snapshot rows in agenda order: each priority, then its goals, each goal followed by its
 * metrics and its strategies with their tactics; guardrail metrics last. The same rows are frozen when a review
 * closes and compared with when the next agenda is generated, so both see the plan alike.
 */
export function snapshotRows(tree: PlanTree): SnapshotRows {
  const nodes: SnapshotNode[] = [];
  const metrics: SnapshotMetric[] = [];
  const metric = (m: TreeMetric, parentId: string, goalId: string | null): SnapshotMetric => ({
    metricId: m.id,
    parentId,
    title: m.name,
    goalId,
    status: m.status,
    value: m.latest?.value ?? null,
    periodEnd: m.latest?.periodEnd ?? null,
    expected: m.expected,
    target: m.currentTarget,
  });
  const plain = { percentComplete: null, overdue: false, stale: false } as const;
  nodes.push({
    entity: 'plan', entityId: tree.plan.id, parentId: null, title: tree.plan.name, status: tree.status.status, score: tree.status.score,
    implementation: tree.implementation.status, implementationScore: tree.implementation.score, ...plain,
  });
  for (const p of tree.priorities) {
    nodes.push({
      entity: 'priority', entityId: p.id, parentId: tree.plan.id, title: p.title, status: p.status.status, score: p.status.score,
      implementation: p.implementation.status, implementationScore: p.implementation.score, ...plain,
    });
    for (const g of p.goals) {
      nodes.push({
        entity: 'goal', entityId: g.id, parentId: p.id, title: g.title, status: g.status.status, score: g.status.score,
        implementation: g.implementation.status, implementationScore: g.implementation.score, ...plain,
      });
      metrics.push(...g.metrics.map((m) => metric(m, g.id, g.id)));
      for (const s of g.strategies) {
        nodes.push({
          entity: 'strategy', entityId: s.id, parentId: g.id, title: s.title, status: s.implementation.status, score: s.implementation.score,
          implementation: s.implementation.status, implementationScore: s.implementation.score, ...plain,
        });
        for (const t of s.tactics) {
          nodes.push({
            entity: 'tactic', entityId: t.id, parentId: s.id, title: t.title, status: t.status, score: null, implementation: null,
            implementationScore: null, percentComplete: t.percentComplete, overdue: t.overdue, stale: t.stale,
          });
        }
      }
    }
  }
  for (const gr of tree.guardrails) metrics.push(...gr.metrics.map((m) => metric(m, gr.id, null)));
  return { nodes, metrics };
}
