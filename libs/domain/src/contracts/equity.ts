import type { IsoDate } from '../calendar/iso-date.js';
import type { GapStatus } from '../equity/equity-gap.js';
import type { Direction, Disaggregation, GroupKind, MetricUnit } from '../plan/plan.js';

// The response of GET /api/equity: each student group against All Students for a metric and period.

/** Why a figure is not published: too few students, the source withheld it, or it would reveal a hidden one. */
export type HiddenReason = 'fewer-than-min-n' | 'withheld-by-source' | 'complementary';

/**
 * One published or hidden figure. A hidden one carries no value, numerator, n or anything derived from them: the
 * response itself must not disclose it, whatever the page does.
 */
export interface EquityFigure {
  readonly suppressed: boolean;
  readonly reason?: HiddenReason;
  readonly value?: number;
  readonly numerator?: number | null;
  readonly n?: number | null;
}

export interface EquityGroup {
  readonly groupId: string;
  readonly code: string;
  readonly nameEn: string;
  readonly nameEs: string;
  readonly kind: GroupKind;
}

/** A student group against the reference group: the gap is positive when the group is behind. */
export interface EquityRow extends EquityGroup, EquityFigure {
  readonly gap?: number;
  readonly baselineGap?: number;
  /** The group's own baseline, or its earliest published measurement in the plan's horizon. */
  readonly baselineAsOf?: IsoDate;
  readonly baselineSource?: 'own' | 'measured';
  /** gap − baselineGap: negative = the group gained on the reference. */
  readonly change?: number;
  /** Whether the size of the difference (|gap| against |baselineGap|) shrank or grew. */
  readonly trend?: 'narrower' | 'wider' | 'unchanged';
  /** The gap the group's and the reference's targets put at this period (only when both have targets). */
  readonly expectedGap?: number;
  readonly status?: GapStatus;
}

export interface EquitySchoolRow {
  readonly schoolId: string;
  readonly code: string;
  readonly name: string;
  readonly cells: readonly (EquityFigure & { readonly groupId: string })[];
}

export interface EquityMetric {
  readonly id: string;
  readonly name: string;
  readonly unit: MetricUnit;
  readonly decimals: number;
  readonly direction: Direction;
  readonly disaggregation: Disaggregation;
}

export interface EquityReport {
  /** The active plan's metrics broken down by student group (what the page offers). */
  readonly metrics: readonly { readonly id: string; readonly name: string; readonly disaggregation: Disaggregation }[];
  readonly metric: EquityMetric | null;
  readonly minN: number;
  /** Periods with data for the metric, latest first. */
  readonly periods: readonly IsoDate[];
  readonly periodEnd: IsoDate | null;
  readonly schoolId: string | null;
  readonly reference: EquityRow | null;
  readonly groups: readonly EquityRow[];
  /** School × group (metrics disaggregated by both); null when the metric has no school rows. */
  readonly schoolTable: { readonly groups: readonly EquityGroup[]; readonly schools: readonly EquitySchoolRow[] } | null;
}
