/** Contracts of metrics, their baselines and targets, measurements and series. */
import type { IsoDate } from '../calendar/iso-date.js';
import type { Cadence, Direction, Disaggregation, MetricKind, MetricStatus, MetricUnit, PeriodKind } from '../plan/plan.js';

export interface Metric {
  readonly id: string;
  readonly goalId: string | null;
  readonly guardrailId: string | null;
  readonly name: string;
  readonly definition: string;
  readonly unit: MetricUnit;
  readonly decimals: number;
  readonly direction: Direction;
  readonly bandLow: number | null;
  readonly bandHigh: number | null;
  readonly kind: MetricKind;
  readonly cadence: Cadence;
  readonly lagDays: number;
  readonly ownerId: string;
  readonly disaggregation: Disaggregation;
  readonly headline: boolean;
  readonly sortOrder: number;
  readonly version: number;
}
export interface CreateMetricRequest {
  readonly goalId?: string | null;
  readonly guardrailId?: string | null;
  readonly name: string;
  /** The name in Spanish ('' = not translated). */
  readonly nameEs?: string;
  readonly definition?: string;
  readonly unit: MetricUnit;
  readonly decimals?: number;
  readonly direction: Direction;
  readonly bandLow?: number | null;
  readonly bandHigh?: number | null;
  readonly kind: MetricKind;
  readonly cadence: Cadence;
  readonly lagDays?: number;
  readonly ownerId: string;
  readonly disaggregation?: Disaggregation;
  readonly headline?: boolean;
  readonly sortOrder?: number;
}
export type UpdateMetricRequest = Partial<Omit<CreateMetricRequest, 'goalId' | 'guardrailId'>> & {
  /** The version the client read; a stale version gets 409 and changes nothing. */
  readonly version: number;
};

/** A series: the district (schoolId null) or one school, for one student group (null = All Students). */
export interface SeriesKey {
  readonly schoolId?: string | null;
  readonly groupId?: string | null;
}

export interface Baseline {
  readonly schoolId: string | null;
  readonly groupId: string;
  readonly value: number;
  readonly asOf: IsoDate;
}
export interface SetBaselineRequest extends SeriesKey {
  readonly value: number;
  readonly asOf: IsoDate;
}

export interface Target {
  readonly id: string;
  readonly schoolId: string | null;
  readonly groupId: string;
  readonly schoolYear: number;
  readonly value: number;
  readonly reason: string | null;
  readonly setAt: string;
  /** Null for the current target; the time it was replaced for history rows. */
  readonly supersededAt: string | null;
}
/** Sets one series' yearly targets; changing an existing target keeps the old one in history and needs a reason. */
export interface SetTargetsRequest extends SeriesKey {
  readonly targets: readonly { readonly schoolYear: number; readonly value: number }[];
  readonly reason?: string;
}

export interface Measurement {
  readonly id: string;
  readonly metricId: string;
  readonly periodEnd: IsoDate;
  readonly periodKind: PeriodKind;
  readonly schoolId: string | null;
  readonly groupId: string;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly suppressed: boolean;
  readonly sourceRunId: string | null;
  readonly note: string | null;
}
export interface MeasurementInput {
  readonly metricId: string;
  readonly periodEnd: IsoDate;
  readonly periodKind: PeriodKind;
  readonly schoolId?: string | null;
  readonly groupId?: string | null;
  readonly value?: number | null;
  readonly numerator?: number | null;
  readonly denominator?: number | null;
  readonly suppressed?: boolean;
  readonly note?: string | null;
}
export interface BulkMeasurementsRequest {
  readonly measurements: readonly MeasurementInput[];
}
export interface BulkMeasurementsResult {
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface SeriesPointResponse {
  readonly periodEnd: IsoDate;
  readonly value: number | null;
  readonly expected: number | null;
  readonly n: number | null;
  readonly suppressed: boolean;
}

/** Expected vs actual for one series, downsampled to at most the requested number of points. */
export interface MetricSeries {
  readonly metricId: string;
  readonly schoolId: string | null;
  readonly groupId: string;
  readonly status: MetricStatus;
  /** True when this series has no baseline/targets of its own and uses the district All Students ones. */
  readonly inheritsTargets: boolean;
  readonly baseline: { readonly value: number; readonly asOf: IsoDate } | null;
  readonly targets: readonly { readonly schoolYear: number; readonly date: IsoDate; readonly value: number }[];
  readonly trajectory: readonly { readonly date: IsoDate; readonly value: number }[];
  readonly actuals: readonly SeriesPointResponse[];
  readonly totalPoints: number;
}

/**
 * One goal's headline metric (the one flagged headline, else its first metric) as a sparkline: the district All
 * Students actuals against the expected trajectory. The same shapes as GET /api/metrics/{id}/series;
 * GET /api/plans/{id}/sparklines answers PlanSparklines.
 */
export interface GoalSparkline extends Pick<MetricSeries, 'metricId' | 'baseline' | 'trajectory' | 'totalPoints'> {
  readonly goalId: string;
  readonly actuals: readonly Pick<SeriesPointResponse, 'periodEnd' | 'value' | 'expected'>[];
}

export interface PlanSparklines {
  readonly planId: string;
  readonly asOf: IsoDate;
  readonly sparklines: readonly GoalSparkline[];
}
