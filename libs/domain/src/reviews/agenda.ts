import type { SnapshotMetric, SnapshotNode, SnapshotRows } from './snapshot-rows.js';

export const AGENDA_REASONS = ['status-changed', 'off-track', 'at-risk', 'overdue', 'stale', 'new-data'] as const;
/** Why an item is on the agenda; an item carries every reason that applies. */
export type AgendaReason = (typeof AGENDA_REASONS)[number];

export const AGENDA_ENTITIES = ['priority', 'goal', 'strategy', 'tactic', 'metric'] as const;
export type AgendaEntity = (typeof AGENDA_ENTITIES)[number];

export interface AgendaItem {
  readonly position: number;
  readonly entity: AgendaEntity;
  readonly entityId: string;
  readonly title: string;
  readonly reasons: readonly AgendaReason[];
  readonly status: string;
  readonly previousStatus: string | null;
}

/** What the agenda compares with: the previous review's snapshot, or the plan as of `since`. */
export interface AgendaBaseline {
  readonly nodeStatus: ReadonlyMap<string, string>;
  /** Metric id → its latest period end then (null when it had no data). */
  readonly metricPeriod: ReadonlyMap<string, string | null>;
  readonly metricStatus: ReadonlyMap<string, string>;
}

// Health statuses say "watch" where tactics say "at risk"; the agenda speaks of both as at risk.
const OFF_TRACK = new Set(['off-track']);
const AT_RISK = new Set(['at-risk', 'watch']);

/** The baseline of an agenda from snapshot rows (the previous review's snapshot or the tree as of `since`). */
export function agendaBaseline(rows: SnapshotRows): AgendaBaseline {
  return {
    nodeStatus: new Map(rows.nodes.map((n) => [`${n.entity}:${n.entityId}`, n.status])),
    metricPeriod: new Map(rows.metrics.map((m) => [m.metricId, m.periodEnd])),
    metricStatus: new Map(rows.metrics.map((m) => [m.metricId, m.status])),
  };
}

function nodeReasons(node: SnapshotNode, previous: string | undefined): AgendaReason[] {
  const reasons: AgendaReason[] = [];
  if (previous !== undefined && previous !== node.status) reasons.push('status-changed');
  if (OFF_TRACK.has(node.status)) reasons.push('off-track');
  if (AT_RISK.has(node.status)) reasons.push('at-risk');
  if (node.overdue) reasons.push('overdue');
  if (node.stale) reasons.push('stale');
  return reasons;
}

function metricReasons(metric: SnapshotMetric, baseline: AgendaBaseline): AgendaReason[] {
  const reasons: AgendaReason[] = [];
  const previous = baseline.metricStatus.get(metric.metricId);
  if (previous !== undefined && previous !== metric.status) reasons.push('status-changed');
  if (metric.status === 'off-track') reasons.push('off-track');
  if (metric.status === 'watch') reasons.push('at-risk');
  if (metric.status === 'stale') reasons.push('stale');
  // New data: a later period than the baseline knew of (a metric the baseline did not know counts when it has data).
  const before = baseline.metricPeriod.get(metric.metricId);
  if (metric.periodEnd !== null && (before === undefined || before === null || metric.periodEnd > before)) reasons.push('new-data');
  return reasons;
}

/**
 * The generated agenda: one item per priority, goal, strategy, tactic or metric that changed status since the
 * baseline, is off track or at risk, is overdue or stale, or (metrics) has new data — in plan order (each priority,
 * its goals, each goal's metrics then its strategies and tactics; guardrail metrics last).
 */
export function buildAgenda(current: SnapshotRows, baseline: AgendaBaseline): AgendaItem[] {
  const items: Omit<AgendaItem, 'position'>[] = [];
  const metricsByParent = new Map<string, SnapshotMetric[]>();
  for (const m of current.metrics) metricsByParent.set(m.parentId, [...(metricsByParent.get(m.parentId) ?? []), m]);
  const addMetrics = (parentId: string) => {
    for (const m of metricsByParent.get(parentId) ?? []) {
      const reasons = metricReasons(m, baseline);
      if (reasons.length) {
        items.push({ entity: 'metric', entityId: m.metricId, title: m.title, reasons, status: m.status, previousStatus: baseline.metricStatus.get(m.metricId) ?? null });
      }
    }
    metricsByParent.delete(parentId);
  };
  for (const node of current.nodes) {
    if (node.entity === 'plan') continue;
    const previous = baseline.nodeStatus.get(`${node.entity}:${node.entityId}`);
    const reasons = nodeReasons(node, previous);
    if (reasons.length) items.push({ entity: node.entity, entityId: node.entityId, title: node.title, reasons, status: node.status, previousStatus: previous ?? null });
    if (node.entity === 'goal') addMetrics(node.entityId);
  }
  // What is left belongs to guardrails (in their order).
  for (const parentId of [...metricsByParent.keys()]) addMetrics(parentId);
  return items.map((item, i) => ({ ...item, position: i + 1 }));
}
