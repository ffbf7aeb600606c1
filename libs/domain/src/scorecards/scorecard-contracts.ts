import type { IsoDate } from '../calendar/iso-date.js';
import type { HealthStatus, MetricStatus } from '../plan/plan.js';

/** How a status moved since the previous quarter's end; `not-comparable` when either side has no rating. */
export type StatusTrend = 'improved' | 'declined' | 'unchanged' | 'not-comparable';

export interface StatusChange<S extends string> {
  readonly previousStatus: S | null;
  readonly trend: StatusTrend;
}

/** A series' change since last quarter: status, and the value's difference when both values may be shown. */
export interface SeriesChange extends StatusChange<MetricStatus> {
  readonly delta: number | null;
}

/**
 * One series of a metric on the board's scorecard (All Students or a targeted student group). A suppressed
 * series has no value, n or period figures at all: only `suppressed: true` and its targets.
 */
export interface ScorecardSeries {
  readonly groupId: string;
  readonly code: string;
  readonly nameEn: string;
  readonly nameEs: string;
  readonly allStudents: boolean;
  readonly suppressed: boolean;
  /**
   * Suppressed although its own n is large enough: hidden because a smaller group of the same partition (race/ethnicity
   * or gender, which add up to All Students) is, exactly as on the equity and public pages.
   */
  readonly complementary?: boolean;
  readonly value?: number;
  readonly n?: number | null;
  readonly periodEnd: IsoDate | null;
  /** Target of the school year viewed. */
  readonly target: number | null;
  readonly expected: number | null;
  readonly status: MetricStatus;
  readonly change: SeriesChange;
}

export interface ScorecardPoint {
  readonly periodEnd: IsoDate;
  readonly value: number;
}

export interface ScorecardMetric {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly decimals: number;
  readonly direction: string;
  readonly series: readonly ScorecardSeries[];
  /** All Students history up to the quarter's end (published values only), for the small chart. */
  readonly history: readonly ScorecardPoint[];
}

export interface ScorecardNarrative {
  readonly text: string;
  readonly authorName: string | null;
  readonly updatedAt: string | null;
}

export interface ScorecardGoal {
  readonly id: string;
  readonly title: string;
  readonly ownerId: string;
  readonly ownerName: string;
  readonly status: HealthStatus;
  readonly change: StatusChange<HealthStatus>;
  readonly narrative: ScorecardNarrative | null;
  readonly metrics: readonly ScorecardMetric[];
}

export interface ScorecardPriority {
  readonly id: string;
  readonly title: string;
  readonly status: HealthStatus;
  readonly change: StatusChange<HealthStatus>;
  readonly goals: readonly ScorecardGoal[];
}

export interface ScorecardGuardrail {
  readonly id: string;
  readonly statement: string;
  readonly ownerName: string;
  readonly status: HealthStatus;
  readonly change: StatusChange<HealthStatus>;
  readonly metrics: readonly ScorecardMetric[];
}

export type ScorecardState = 'live' | 'draft' | 'archived';

/** The scorecard record of a quarter (board meeting date, archive state), when one was created. */
export interface ScorecardRecord {
  readonly id: string;
  readonly boardMeetingOn: IsoDate;
  readonly state: 'draft' | 'archived';
  readonly narrativesRequestedAt: string | null;
  readonly archivedAt: string | null;
  readonly version: number;
}

/** The board's quarterly scorecard, computed as of the quarter's end (or today), or as archived. */
export interface Scorecard {
  readonly planId: string;
  readonly planName: string;
  readonly schoolYear: number;
  readonly schoolYearLabel: string;
  readonly quarter: number;
  readonly label: string;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  readonly asOf: IsoDate;
  readonly previousAsOf: IsoDate;
  readonly minN: number;
  readonly state: ScorecardState;
  readonly record: ScorecardRecord | null;
  readonly generatedAt: string;
  readonly priorities: readonly ScorecardPriority[];
  readonly guardrails: readonly ScorecardGuardrail[];
}

/** A quarter the board may open, with where to read it. */
export interface ScorecardQuarter {
  readonly schoolYear: number;
  readonly schoolYearLabel: string;
  readonly quarter: number;
  readonly label: string;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  readonly current: boolean;
  readonly state: ScorecardState;
  readonly record: ScorecardRecord | null;
  readonly links: { readonly json: string; readonly pdf: string; readonly xlsx: string };
}

export interface ScorecardList {
  readonly planId: string;
  readonly quarters: readonly ScorecardQuarter[];
}

export interface CreateScorecardRequest {
  readonly planId: string;
  readonly schoolYear: number;
  readonly quarter: number;
  readonly boardMeetingOn: IsoDate;
}

export interface UpdateScorecardRequest {
  readonly boardMeetingOn?: IsoDate;
  readonly version: number;
}

export interface PutNarrativeRequest {
  readonly goalId: string;
  readonly narrative: string;
}

/** Shown (PDF, XLSX) instead of a figure hidden by complementary suppression. */
export const COMPLEMENTARY_TEXT = 'hidden so that a smaller group cannot be worked out';

/** Shown (PDF, XLSX) wherever a hidden figure would be: too few students (the district's minimum n), or complementary. */
export function hiddenFigureText(series: { readonly complementary?: boolean }, minN: number): string {
  return series.complementary ? COMPLEMENTARY_TEXT : `fewer than ${minN} students`;
}
