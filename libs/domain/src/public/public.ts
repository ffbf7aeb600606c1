// The public feature's contracts and pure logic: the community's public page (published items only, suppression
// applied on the server), publish flags and plain-language summaries, and community feedback per goal.
import type { IsoDate } from '../calendar/iso-date.js';
import { schoolYearOf } from '../calendar/school-year.js';
import type { HealthStatus, Language, MetricStatus, MetricUnit, TacticStatus } from '../plan/plan.js';

/** Plain-language summaries stay short enough to read on a phone. */
export const PUBLIC_SUMMARY_MAX = 600;
export const FEEDBACK_MESSAGE_MAX = 2000;
export const FEEDBACK_ROLES = ['parent', 'student', 'staff', 'community', 'other'] as const;
export type FeedbackRole = (typeof FEEDBACK_ROLES)[number];

/** The publish fields of a priority or a goal (PATCH /api/priorities|goals/:id and their responses). */
export interface PublishFields {
  readonly published: boolean;
  /** The title in Spanish ('' = not translated). */
  readonly titleEs: string;
  readonly publicSummaryEn: string;
  readonly publicSummaryEs: string;
}
/** A metric also chooses whether its student-group series are public (All Students always is, when published). */
export interface MetricPublishFields extends Omit<PublishFields, 'titleEs'> {
  readonly publishGroups: boolean;
  /** The name in Spanish ('' = not translated). */
  readonly nameEs: string;
}

/** One school year of a public series: the year's latest figure against that year's target. */
export interface PublicPoint {
  readonly schoolYear: string;
  readonly periodEnd: IsoDate;
  /** Null when withheld: the figure never leaves the server. */
  readonly value: number | null;
  readonly target: number | null;
  /** Not shown: fewer students than the district's minimum, withheld by the source, or hidden to protect another group. */
  readonly withheld: boolean;
  /** Why it is not shown (null when it is). */
  readonly reason: WithheldReason | null;
}

/**
 * small-group: fewer students than min n; protects-small-group: hidden so a small group cannot be worked out from
 * the others and the total (complementary suppression); not-reported: the source withheld it or sent no value.
 */
export type WithheldReason = 'small-group' | 'protects-small-group' | 'not-reported';

export interface PublicSeries {
  readonly groupCode: string;
  readonly groupName: string;
  readonly points: readonly PublicPoint[];
}

/**
 * The language each text is in: the page's, or English where the district has not translated it (the page then
 * marks that text `lang="en"` so a screen reader reads it as English).
 */
export interface TextLanguages {
  readonly titleLang: Language;
  readonly summaryLang: Language;
}

export interface PublicMetric extends TextLanguages {
  readonly id: string;
  /** In the page's language when translated (see titleLang). */
  readonly name: string;
  readonly summary: string;
  readonly unit: MetricUnit;
  readonly decimals: number;
  readonly direction: string;
  readonly status: MetricStatus;
  readonly series: readonly PublicSeries[];
}

/** Tactics are public only as counts by status: never their titles or owners. */
export interface PublicTacticCounts {
  readonly total: number;
  readonly byStatus: Readonly<Record<TacticStatus, number>>;
}

export interface PublicGoal extends TextLanguages {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly status: HealthStatus;
  readonly tactics: PublicTacticCounts;
  readonly metrics: readonly PublicMetric[];
}

export interface PublicPriority extends TextLanguages {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly status: HealthStatus;
  readonly goals: readonly PublicGoal[];
}

export interface PublicDistrict {
  readonly name: string;
  readonly language: Language;
  /** Smallest group shown: the page says "fewer than {minN} students" for withheld figures. */
  readonly minN: number;
  readonly asOf: IsoDate;
}

/** GET /api/public/plan: the whole public page. */
export interface PublicPlan extends PublicDistrict {
  readonly plan: {
    readonly name: string;
    readonly mission: string;
    readonly vision: string;
    readonly values: readonly string[];
    readonly missionLang: Language;
    readonly visionLang: Language;
    readonly valuesLang: Language;
    readonly firstSchoolYear: number;
    readonly lastSchoolYear: number;
  };
  readonly priorities: readonly PublicPriority[];
}

/** GET /api/public/goals/:id: one goal (the embed). */
export interface PublicGoalPage extends PublicDistrict {
  readonly priorityTitle: string;
  readonly priorityTitleLang: Language;
  readonly goal: PublicGoal;
}

export interface CreateFeedbackRequest {
  readonly message: string;
  readonly name?: string;
  readonly email?: string;
  readonly role?: FeedbackRole;
  readonly language?: Language;
}

export interface Feedback {
  readonly id: string;
  readonly goalId: string;
  readonly goalTitle: string;
  readonly message: string;
  readonly name: string | null;
  readonly email: string | null;
  readonly role: FeedbackRole | null;
  readonly language: Language;
  readonly createdAt: string;
  readonly readAt: string | null;
}

export interface FeedbackList {
  readonly items: readonly Feedback[];
  readonly total: number;
  readonly unread: number;
}

export interface UpdateFeedbackRequest {
  readonly read: boolean;
}

export interface PublishedCount {
  readonly published: number;
  readonly total: number;
}

/** GET /api/community: what the public page shows and how much feedback waits. */
export interface CommunityOverview {
  readonly publicEnabled: boolean;
  readonly priorities: PublishedCount;
  readonly goals: PublishedCount;
  readonly metrics: PublishedCount;
  readonly metricsWithGroups: number;
  readonly feedback: { readonly total: number; readonly unread: number };
  /** Every goal of the active plan, for the feedback filter. */
  readonly goalOptions: readonly { readonly id: string; readonly title: string }[];
}

/** One stored measurement of a public series, before the disclosure rules. */
export interface StoredPoint {
  readonly periodEnd: IsoDate;
  readonly value: number | null;
  /** Students behind the value; null when it is not a student count. */
  readonly n: number | null;
  /** Withheld by the source. */
  readonly suppressed: boolean;
  /** Hidden by complementary suppression (to protect a smaller group in the same table). */
  readonly complementary?: boolean;
}

/** Whether a stored figure may be published: not withheld by the source, has a value, and n ≥ minN when counted. */
export function isPublicFigure(point: StoredPoint, minN: number): boolean {
  return withheldReason(point, minN) === null;
}

/** Why a stored figure may not be published, or null when it may. */
export function withheldReason(point: StoredPoint, minN: number): WithheldReason | null {
  if (point.suppressed) return 'not-reported';
  if (point.n !== null && point.n < minN) return 'small-group';
  if (point.complementary) return 'protects-small-group';
  return point.value === null ? 'not-reported' : null;
}

/**
 * A series thinned to one point per school year (the year's latest measurement), each against that year's target:
 * the plain-language "actual by year vs target". Withheld figures become null; their n and value never pass.
 */
export function yearlyPublicPoints(
  stored: readonly StoredPoint[],
  targets: ReadonlyMap<number, number>,
  minN: number,
  startMonth: number,
): PublicPoint[] {
  const latest = new Map<number, StoredPoint>();
  for (const point of stored) {
    const year = schoolYearOf(point.periodEnd, startMonth).startYear;
    const current = latest.get(year);
    if (!current || current.periodEnd < point.periodEnd) latest.set(year, point);
  }
  return [...latest.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, point]) => {
      const reason = withheldReason(point, minN);
      return {
        schoolYear: schoolYearOf(point.periodEnd, startMonth).label,
        periodEnd: point.periodEnd,
        value: reason === null ? point.value : null,
        target: targets.get(year) ?? null,
        withheld: reason !== null,
        reason,
      };
    });
}
