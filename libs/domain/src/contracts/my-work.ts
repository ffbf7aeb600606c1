import type { IsoDate } from '../calendar/iso-date.js';
import type { Disaggregation, MetricUnit, PeriodKind } from '../plan/plan.js';
import type { DigestItem } from '../reminders/digest.js';
import type { ActionItem } from '../reviews/review-contracts.js';
import type { LocalDateTime } from '../schedule/schedule.js';
import type { TacticHealth } from '../status/tactic-health.js';
import type { Milestone, StatusUpdate, Tactic } from './tactics.js';

// The response of GET /api/my-work: the signed-in person's tactics, what is due, data requests and action items.

/** One of the person's tactics, with what the check-in form needs. */
export interface MyTactic extends Tactic {
  /** Owner: accountable for its check-ins; contributor: may check in too. */
  readonly role: 'owner' | 'contributor';
  readonly strategyTitle: string;
  readonly goalTitle: string;
  readonly health: TacticHealth;
  /** The latest check-in; createdOn is its day in the district. */
  readonly lastUpdate: (StatusUpdate & { readonly authorName: string; readonly createdOn: IsoDate }) | null;
  readonly milestones: readonly Milestone[];
}

/** One row of a data request's entry grid: the district or a school, for one student group. */
export interface EntryRow {
  readonly schoolId: string | null;
  readonly schoolName: string | null;
  readonly groupId: string;
  readonly groupNameEn: string;
  readonly groupNameEs: string;
  /** What is stored for this period already (prefilled in the grid). */
  readonly value: number | null;
  readonly denominator: number | null;
  /** Stored as withheld by its source (no value). */
  readonly suppressed: boolean;
}

export interface RequestMetric {
  readonly id: string;
  readonly name: string;
  readonly unit: MetricUnit;
  readonly decimals: number;
  readonly disaggregation: Disaggregation;
  readonly rows: readonly EntryRow[];
}

/** A manual source the person stewards whose latest scheduled slot has no data since. */
export interface DataRequest {
  readonly sourceId: string;
  readonly name: string;
  /** The slot that opened the request (district time). */
  readonly slot: LocalDateTime;
  readonly dueSince: IsoDate;
  readonly daysOpen: number;
  /** The slot after that one, if any within five years. */
  readonly nextSlot: LocalDateTime | null;
  /** The period to enter, from the source mapping's period rule. */
  readonly period: { readonly end: IsoDate; readonly kind: PeriodKind };
  readonly metrics: readonly RequestMetric[];
}

export interface MyWorkResponse {
  readonly asOf: IsoDate;
  readonly personId: string;
  /** What is due, most urgent first (the same items as the daily digest). */
  readonly due: readonly DigestItem[];
  readonly tactics: readonly MyTactic[];
  readonly dataRequests: readonly DataRequest[];
  /** Open action items from cabinet reviews that the person owns, due date first. */
  readonly actionItems: readonly ActionItem[];
}
