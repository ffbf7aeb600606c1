/**
 * The vocabulary of a district strategic plan. String-literal unions with their value lists, so the API can
 * validate against the same lists the dashboard renders.
 */
import type { IsoDate } from '../calendar/iso-date.js';

export const PLAN_STATES = ['draft', 'adopted', 'archived'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export const SCHOOL_LEVELS = ['elementary', 'middle', 'high', 'other'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export const GROUP_KINDS = ['all', 'race-ethnicity', 'program', 'reporting'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const METRIC_UNITS = ['percent', 'count', 'rate', 'score', 'currency', 'ratio'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

/** Which way is better: up, down, or staying within a band (e.g. fund balance 8–12 %). */
export const DIRECTIONS = ['up', 'down', 'maintain'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const METRIC_KINDS = ['lagging', 'leading'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export const CADENCES = ['monthly', 'quarterly', 'semester', 'annual'] as const;
export type Cadence = (typeof CADENCES)[number];

export const DISAGGREGATIONS = ['district', 'school', 'group', 'both'] as const;
export type Disaggregation = (typeof DISAGGREGATIONS)[number];

export const PERIOD_KINDS = ['month', 'quarter', 'semester', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** What a tactic owner reports at a check-in. */
export const TACTIC_STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'complete', 'cancelled'] as const;
export type TacticStatus = (typeof TACTIC_STATUSES)[number];

export const UPDATE_CADENCES = ['weekly', 'biweekly', 'monthly', 'quarterly'] as const;
export type UpdateCadence = (typeof UPDATE_CADENCES)[number];

/** Computed from data against the expected trajectory (never typed by a person). */
export const METRIC_STATUSES = ['met', 'on-track', 'watch', 'off-track', 'no-data', 'awaiting-release', 'stale'] as const;
export type MetricStatus = (typeof METRIC_STATUSES)[number];

/** The common scale rollups use for goals, strategies, priorities and the plan. */
export const HEALTH_STATUSES = ['on-track', 'watch', 'off-track', 'no-data'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

export const INITIATIVE_DECISIONS = ['keep', 'adjust', 'abandon'] as const;
export type InitiativeDecision = (typeof INITIATIVE_DECISIONS)[number];

export const ROLLUP_MODES = ['weighted', 'worst'] as const;
export type RollupMode = (typeof ROLLUP_MODES)[number];

/** Thresholds of progress toward the expected value (share of expected progress made). */
export interface StatusBands {
  /** At or above: on track. Default 0.95. */
  readonly onTrack: number;
  /** At or above (and below onTrack): watch. Below: off track. Default 0.85. */
  readonly watch: number;
}

export const DEFAULT_STATUS_BANDS: StatusBands = { onTrack: 0.95, watch: 0.85 };
export const DEFAULT_MIN_N = 10;

/** A value at a date: a baseline, or one yearly target placed at the end of its school year. */
export interface DatedValue {
  readonly date: IsoDate;
  readonly value: number;
}
