import type { IsoDate } from '../calendar/iso-date.js';
import { schoolYearOf } from '../calendar/school-year.js';
import { targetPoints } from '../plan/build-plan-tree.js';
import type { Cadence, DatedValue, Direction, StatusBands } from '../plan/plan.js';
import { metricStatus } from '../status/metric-status.js';

type YearlyTargets = readonly { readonly schoolYear: number; readonly value: number }[];

/** A student group's district series of a metric, as loaded for a snapshot. */
export interface GroupSeriesInput {
  readonly metricId: string;
  readonly groupId: string;
  readonly direction: Direction;
  readonly band: { readonly low: number; readonly high: number } | null;
  readonly cadence: Cadence;
  readonly lagDays: number;
  /** The group's own baseline and targets; when it has neither, the district All Students ones apply. */
  readonly own: { readonly baseline: DatedValue | null; readonly targets: YearlyTargets };
  readonly district: { readonly baseline: DatedValue | null; readonly targets: YearlyTargets };
  /** The latest stored value (a withheld one too): what the snapshot records. */
  readonly latest: { readonly value: number | null; readonly periodEnd: IsoDate; readonly n: number | null; readonly suppressed: boolean } | null;
  /** The latest value that can be shown: what the status is computed from. */
  readonly latestShown: { readonly value: number; readonly periodEnd: IsoDate } | null;
}

export interface GroupSeriesSnapshot {
  readonly metricId: string;
  readonly groupId: string;
  readonly status: string;
  readonly value: number | null;
  readonly periodEnd: IsoDate | null;
  readonly n: number | null;
  readonly suppressed: boolean;
  readonly expected: number | null;
  readonly target: number | null;
}

/**
 * A group series' row of a snapshot: its latest stored value with n and suppression, and its status against its own
 * trajectory (or the district's, as the metric page does), expected value and current school-year target as of `asOf`.
 */
export function groupSeriesSnapshot(input: GroupSeriesInput, asOf: IsoDate, startMonth: number, bands: StatusBands): GroupSeriesSnapshot {
  const plan = input.own.baseline !== null || input.own.targets.length > 0 ? input.own : input.district;
  const result = metricStatus({
    direction: input.direction,
    ...(input.band ? { band: input.band } : {}),
    ...(plan.baseline ? { baseline: plan.baseline } : {}),
    targets: targetPoints(plan.targets, startMonth),
    ...(input.latestShown ? { latest: input.latestShown } : {}),
    cadence: input.cadence,
    lagDays: input.lagDays,
    asOf,
    bands,
  });
  const current = schoolYearOf(asOf, startMonth).startYear;
  return {
    metricId: input.metricId,
    groupId: input.groupId,
    status: result.status,
    value: input.latest?.suppressed ? null : (input.latest?.value ?? null),
    periodEnd: input.latest?.periodEnd ?? null,
    n: input.latest?.n ?? null,
    suppressed: input.latest?.suppressed ?? false,
    expected: result.expected ?? null,
    target: plan.targets.find((t) => t.schoolYear === current)?.value ?? null,
  };
}
