import type { IsoDate } from '../calendar/iso-date.js';
import { schoolYear, schoolYearOf } from '../calendar/school-year.js';
import type {
  Guardrail, Plan, PlanNode, PlanTree, StatusSummary, TacticCounts, TreeGoal, TreeMetric, TreeStrategy, TreeTactic,
} from '../contracts/plans.js';
import { type MetricStatusResult, metricStatus } from '../status/metric-status.js';
import { type RollupChild, metricHealth, rollupStatus, tacticHealthStatus } from '../status/rollup.js';
import { type TacticHealth, tacticHealth } from '../status/tactic-health.js';
import { nextTarget } from '../targets/expected-value.js';
import {
  type Cadence, type DatedValue, type Direction, type RollupMode, type StatusBands, TACTIC_STATUSES, type TacticStatus,
  type UpdateCadence,
} from './plan.js';

export interface TreeTacticInput {
  readonly id: string;
  readonly strategyId: string;
  readonly title: string;
  readonly ownerId: string;
  readonly status: TacticStatus;
  readonly percentComplete: number;
  readonly startDate: IsoDate | null;
  readonly dueDate: IsoDate | null;
  readonly updateCadence: UpdateCadence;
  readonly weight: number;
  readonly lastCheckIn: IsoDate | null;
}

export interface TreeMetricInput {
  readonly id: string;
  /** The goal or guardrail the metric belongs to. */
  readonly parentId: string;
  readonly name: string;
  readonly unit: string;
  readonly decimals: number;
  readonly direction: Direction;
  readonly band: { readonly low: number; readonly high: number } | null;
  readonly cadence: Cadence;
  readonly lagDays: number;
  readonly headline: boolean;
  readonly baseline: DatedValue | null;
  readonly targets: readonly { readonly schoolYear: number; readonly value: number }[];
  readonly latest: { readonly value: number; readonly periodEnd: IsoDate } | null;
}

export interface PlanTreeInput {
  readonly plan: Plan;
  readonly asOf: IsoDate;
  readonly schoolYearStartMonth: number;
  readonly bands: StatusBands;
  readonly rollupMode: RollupMode;
  readonly priorities: readonly PlanNode[];
  readonly goals: readonly PlanNode[];
  readonly strategies: readonly PlanNode[];
  readonly guardrails: readonly Guardrail[];
  readonly tactics: readonly TreeTacticInput[];
  readonly metrics: readonly TreeMetricInput[];
}

/** The whole plan with every status computed for `asOf`: metrics → goals → priorities → plan, tactics → strategies. */
export function buildPlanTree(input: PlanTreeInput): PlanTree {
  const { asOf, rollupMode } = input;
  const byParent = <T extends { parentId: string }>(items: readonly T[]) => groupBy(items, (i) => i.parentId);
  const metricsByParent = byParent(input.metrics.map((m) => ({ ...m, tree: treeMetric(m, input) })));
  const allTactics: Rated[] = input.tactics.map((t) => ({ input: t, health: healthOf(t, asOf) }));
  const tacticsByStrategy = groupBy(allTactics, (t) => t.input.strategyId);
  const strategiesByGoal = byParent(input.strategies);
  const goalsByPriority = byParent(input.goals);

  const summarize = (children: readonly RollupChild[]): StatusSummary => {
    const rollup = rollupStatus(children, rollupMode);
    return { status: rollup.status, score: rollup.score ?? null, counts: rollup.counts };
  };
  const implementation = (tactics: readonly Rated[]) =>
    summarize(tactics.flatMap(({ input: t, health }) => {
      const status = tacticHealthStatus(health);
      return status ? [{ status, weight: t.weight }] : [];
    }));
  const results = (metrics: readonly TreeMetric[]) => summarize(metrics.map((m) => ({ status: metricHealth(m.status) })));

  const goalTactics = new Map<string, Rated[]>();
  const goals = new Map<string, TreeGoal>();
  for (const goal of input.goals) {
    const strategies: TreeStrategy[] = (strategiesByGoal.get(goal.id) ?? []).map((strategy) => {
      const tactics = tacticsByStrategy.get(strategy.id) ?? [];
      return { ...strategy, implementation: implementation(tactics), tactics: tactics.map(treeTactic) };
    });
    const tactics = (strategiesByGoal.get(goal.id) ?? []).flatMap((s) => tacticsByStrategy.get(s.id) ?? []);
    goalTactics.set(goal.id, tactics);
    const metrics = (metricsByParent.get(goal.id) ?? []).map((m) => m.tree);
    goals.set(goal.id, {
      ...goal,
      status: results(metrics),
      implementation: implementation(tactics),
      tacticCounts: countTactics(tactics),
      metrics,
      strategies,
    });
  }

  const priorities = input.priorities.map((priority) => {
    const children = (goalsByPriority.get(priority.id) ?? []).map((g) => goals.get(g.id) as TreeGoal);
    const tactics = children.flatMap((g) => goalTactics.get(g.id) ?? []);
    return {
      ...priority,
      status: summarize(children.map((g) => ({ status: g.status.status }))),
      implementation: implementation(tactics),
      tacticCounts: countTactics(tactics),
      goals: children,
    };
  });

  const guardrails = input.guardrails.map((guardrail) => {
    const metrics = (metricsByParent.get(guardrail.id) ?? []).map((m) => m.tree);
    return { ...guardrail, status: results(metrics), metrics };
  });

  return {
    plan: input.plan,
    asOf,
    schoolYear: schoolYearOf(asOf, input.schoolYearStartMonth).label,
    status: summarize(priorities.map((p) => ({ status: p.status.status }))),
    implementation: implementation(allTactics),
    tacticCounts: countTactics(allTactics),
    priorities,
    guardrails,
  };
}

interface Rated {
  readonly input: TreeTacticInput;
  readonly health: TacticHealth;
}

function healthOf(t: TreeTacticInput, asOf: IsoDate): TacticHealth {
  return tacticHealth({
    status: t.status,
    startDate: t.startDate ?? undefined,
    dueDate: t.dueDate ?? undefined,
    updateCadence: t.updateCadence,
    lastCheckIn: t.lastCheckIn ?? undefined,
    asOf,
  });
}

function treeTactic({ input: t, health }: Rated): TreeTactic {
  return {
    id: t.id,
    title: t.title,
    ownerId: t.ownerId,
    status: t.status,
    percentComplete: t.percentComplete,
    dueDate: t.dueDate,
    overdue: health.overdue,
    stale: health.stale,
  };
}

function treeMetric(m: TreeMetricInput, input: PlanTreeInput): TreeMetric {
  const targets = targetPoints(m.targets, input.schoolYearStartMonth);
  const result: MetricStatusResult = metricStatus({
    direction: m.direction,
    band: m.band ?? undefined,
    baseline: m.baseline ?? undefined,
    targets,
    latest: m.latest ?? undefined,
    cadence: m.cadence,
    lagDays: m.lagDays,
    asOf: input.asOf,
    bands: input.bands,
  });
  const current = schoolYearOf(input.asOf, input.schoolYearStartMonth).startYear;
  return {
    id: m.id,
    name: m.name,
    unit: m.unit,
    decimals: m.decimals,
    direction: m.direction,
    headline: m.headline,
    status: result.status,
    baseline: m.baseline?.value ?? null,
    latest: m.latest,
    expected: result.expected ?? null,
    progress: result.progress ?? null,
    currentTarget: m.targets.find((t) => t.schoolYear === current)?.value ?? null,
    finalTarget: nextTarget(targets, '9999-12-31')?.value ?? null,
  };
}

/** Yearly targets placed at the end of their school year, as the trajectory functions expect. */
export function targetPoints(
  targets: readonly { readonly schoolYear: number; readonly value: number }[],
  startMonth: number,
): DatedValue[] {
  return targets.map((t) => ({ date: schoolYear(t.schoolYear, startMonth).end, value: t.value }));
}

function countTactics(tactics: readonly Rated[]): TacticCounts {
  const byStatus = Object.fromEntries(TACTIC_STATUSES.map((s) => [s, 0])) as Record<TacticStatus, number>;
  let overdue = 0;
  let stale = 0;
  for (const { input: t, health } of tactics) {
    byStatus[t.status] += 1;
    if (health.overdue) overdue += 1;
    if (health.stale) stale += 1;
  }
  return { total: tactics.length, byStatus, overdue, stale };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
