import type { IsoDate } from '../calendar/iso-date.js';
import { schoolYearOf } from '../calendar/school-year.js';
import { type Cadence, type DatedValue, type Direction, type HealthStatus, type MetricStatus, type StatusBands } from '../plan/plan.js';
import { targetPoints } from '../plan/build-plan-tree.js';
import { metricStatus } from '../status/metric-status.js';
import { expectedValue } from '../targets/expected-value.js';
import type { ScorecardSeries, StatusChange, StatusTrend } from './scorecard-contracts.js';

/** The latest stored measurement of a series as of a date (whatever its suppression). */
export interface Observation {
  readonly value: number | null;
  readonly n: number | null;
  readonly periodEnd: IsoDate;
  /** Withheld by the source. */
  readonly stored: boolean;
  /** Hidden by complementary suppression of its period's district table (see the equity page's rules). */
  readonly complementary?: boolean;
}

export interface SeriesInput {
  readonly groupId: string;
  readonly code: string;
  readonly nameEn: string;
  readonly nameEs: string;
  readonly allStudents: boolean;
  readonly baseline: DatedValue | null;
  readonly targets: readonly { readonly schoolYear: number; readonly value: number }[];
  readonly current: Observation | null;
  readonly previous: Observation | null;
}

export interface SeriesMetric {
  readonly direction: Direction;
  readonly band: { readonly low: number; readonly high: number } | null;
  readonly cadence: Cadence;
  readonly lagDays: number;
}

export interface SeriesContext {
  readonly asOf: IsoDate;
  readonly previousAsOf: IsoDate;
  readonly minN: number;
  readonly startMonth: number;
  readonly bands?: StatusBands;
}

/**
 * Whether an observation may be shown: not withheld by the source, n at least the district's minimum, and not
 * hidden to protect a smaller group of its partition.
 */
export function isPublishable(o: Observation, minN: number): o is Observation & { readonly value: number } {
  return !o.stored && o.value !== null && (o.n === null || o.n >= minN) && o.complementary !== true;
}

const METRIC_RANK: Partial<Record<MetricStatus, number>> = { met: 4, 'on-track': 3, watch: 2, 'off-track': 1 };
const HEALTH_RANK: Partial<Record<HealthStatus, number>> = { 'on-track': 3, watch: 2, 'off-track': 1 };

function trend(previous: number | undefined, current: number | undefined): StatusTrend {
  if (previous === undefined || current === undefined) return 'not-comparable';
  return current > previous ? 'improved' : current < previous ? 'declined' : 'unchanged';
}

/** How a rolled-up (goal, priority, guardrail) status moved since the previous quarter. */
export function healthChange(current: HealthStatus, previous: HealthStatus | null): StatusChange<HealthStatus> {
  return { previousStatus: previous, trend: trend(previous ? HEALTH_RANK[previous] : undefined, HEALTH_RANK[current]) };
}

/**
 * Scores one series for the board as of the quarter's end and the previous quarter's end. Suppression is decided
 * here, before anything leaves the server: a suppressed series carries no value, n or difference, and its status
 * is computed as if there were no data (a rating from a hidden value would disclose it).
 */
export function scoreSeries(input: SeriesInput, metric: SeriesMetric, context: SeriesContext): ScorecardSeries {
  const points = targetPoints(input.targets, context.startMonth);
  const rate = (o: Observation | null, asOf: IsoDate) => {
    const shown = o && isPublishable(o, context.minN) ? o : null;
    const result = metricStatus({
      direction: metric.direction,
      band: metric.band ?? undefined,
      baseline: input.baseline ?? undefined,
      targets: points,
      latest: shown ? { value: shown.value, periodEnd: shown.periodEnd } : undefined,
      cadence: metric.cadence,
      lagDays: metric.lagDays,
      asOf,
      bands: context.bands,
    });
    return { shown, result };
  };
  const now = rate(input.current, context.asOf);
  const before = rate(input.previous, context.previousAsOf);
  const year = schoolYearOf(context.asOf, context.startMonth).startYear;
  const expected =
    now.result.expected ?? (input.baseline && points.length ? expectedValue(input.baseline, points, context.asOf) : undefined);
  const suppressed = input.current !== null && now.shown === null;
  const delta = now.shown && before.shown ? tidy(now.shown.value - before.shown.value) : null;
  const base = {
    groupId: input.groupId,
    code: input.code,
    nameEn: input.nameEn,
    nameEs: input.nameEs,
    allStudents: input.allStudents,
    target: input.targets.find((t) => t.schoolYear === year)?.value ?? null,
    expected: expected === undefined ? null : tidy(expected),
    status: now.result.status,
    change: {
      previousStatus: input.previous ? before.result.status : null,
      trend: trend(input.previous ? METRIC_RANK[before.result.status] : undefined, METRIC_RANK[now.result.status]),
      delta,
    },
  };
  if (suppressed) {
    const complementary = input.current?.complementary === true && isPublishable({ ...input.current, complementary: false }, context.minN);
    return { ...base, suppressed: true, ...(complementary ? { complementary: true } : {}), periodEnd: input.current?.periodEnd ?? null };
  }
  return {
    ...base,
    suppressed: false,
    periodEnd: now.shown?.periodEnd ?? null,
    ...(now.shown ? { value: now.shown.value, n: now.shown.n } : {}),
  };
}

/** Differences of decimal values without binary noise. */
function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
