/**
 * Rolls metric and tactic statuses up to goals, strategies, priorities and the plan, on one four-value scale.
 */
import { type HealthStatus, type MetricStatus, type RollupMode, HEALTH_STATUSES } from '../plan/plan.js';
import type { TacticHealth } from './tactic-health.js';

export interface RollupChild {
  readonly status: HealthStatus;
  /** Default 1; zero or negative weights are left out of the score. */
  readonly weight?: number;
}

export interface Rollup {
  readonly status: HealthStatus;
  readonly score?: number;
  readonly counts: Readonly<Record<HealthStatus, number>>;
}

// no-data is absent on purpose: a child without data neither helps nor hurts, it is just not rated.
const SCORES: Readonly<Record<Exclude<HealthStatus, 'no-data'>, number>> = {
  'on-track': 1,
  watch: 0.5,
  'off-track': 0,
};
const ON_TRACK_SCORE = 0.8;
const WATCH_SCORE = 0.5;
const EPSILON = 1e-9;

/** Rolls children up to one status: weighted score, or worst-of for boards that want it. */
export function rollupStatus(children: readonly RollupChild[], mode: RollupMode = 'weighted'): Rollup {
  const counts = Object.fromEntries(HEALTH_STATUSES.map((status) => [status, 0])) as Record<HealthStatus, number>;
  for (const child of children) counts[child.status] += 1;

  const rated = children.filter((child) => child.status !== 'no-data' && weightOf(child) > 0);
  if (rated.length === 0) return { status: 'no-data', counts };
  const total = rated.reduce((sum, child) => sum + weightOf(child), 0);
  const score = rated.reduce((sum, child) => sum + weightOf(child) * scoreOf(child.status), 0) / total;

  if (mode === 'worst') {
    const present = (status: HealthStatus) => rated.some((child) => child.status === status);
    const worst = present('off-track') ? 'off-track' : present('watch') ? 'watch' : 'on-track';
    return { status: worst, score, counts };
  }
  // EPSILON keeps a score that is 0.8 up to floating-point noise (fractional weights) on the right side of the line.
  const status: HealthStatus =
    score >= ON_TRACK_SCORE - EPSILON ? 'on-track' : score >= WATCH_SCORE - EPSILON ? 'watch' : 'off-track';
  return { status, score, counts };
}

/** A computed metric status on the rollup scale. */
export function metricHealth(status: MetricStatus): HealthStatus {
  switch (status) {
    case 'met':
    case 'on-track':
      return 'on-track';
    case 'watch':
      return 'watch';
    case 'off-track':
      return 'off-track';
    // Data that is missing, not yet released or out of date says nothing about progress.
    case 'no-data':
    case 'awaiting-release':
    case 'stale':
      return 'no-data';
  }
}

/** A tactic on the rollup scale; undefined for cancelled tactics (they do not count). */
export function tacticHealthStatus(health: TacticHealth): HealthStatus | undefined {
  if (health.status === 'cancelled') return undefined;
  if (health.status === 'complete') return 'on-track';
  // Past its due date a tactic is off track whatever its owner last reported.
  if (health.overdue) return 'off-track';
  switch (health.status) {
    case 'on-track':
      return 'on-track';
    case 'at-risk':
      return 'watch';
    case 'off-track':
      return 'off-track';
    case 'not-started':
      return 'no-data';
  }
}

function weightOf(child: RollupChild): number {
  return child.weight ?? 1;
}

function scoreOf(status: HealthStatus): number {
  return status === 'no-data' ? 0 : SCORES[status];
}
