/** Contracts of the monthly review API (GET/POST /api/reviews…, /api/action-items, status history). */
import { type IsoDate, endOfMonth } from '../calendar/iso-date.js';
import type { AgendaEntity, AgendaReason } from './agenda.js';

export const REVIEW_STATES = ['open', 'closed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface Review {
  readonly id: string;
  readonly planId: string;
  readonly title: string;
  readonly heldOn: IsoDate;
  /** The agenda compares with this date (the previous closed review's date, or 30 days before the first). */
  readonly since: IsoDate | null;
  readonly previousReviewId: string | null;
  readonly state: ReviewState;
  readonly closedAt: string | null;
  /** When the agenda was last generated from the plan's data. */
  readonly agendaGeneratedAt: string;
  readonly snapshotId: string | null;
  readonly itemCount: number;
  readonly discussedCount: number;
  readonly openActionItems: number;
}

/** A check-in shown on an agenda item, acknowledged (or not) by a reviewer. */
export interface ReviewCheckIn {
  readonly id: string;
  readonly tacticId: string;
  readonly tacticTitle: string;
  readonly status: string;
  readonly percentComplete: number;
  readonly narrative: string;
  readonly authorName: string;
  readonly createdAt: string;
  readonly acknowledgedAt: string | null;
  readonly acknowledgedByName: string | null;
}

export interface ReviewItem {
  readonly id: string;
  readonly position: number;
  readonly entity: AgendaEntity;
  readonly entityId: string;
  readonly title: string;
  readonly reasons: readonly AgendaReason[];
  readonly status: string | null;
  readonly previousStatus: string | null;
  readonly discussed: boolean;
  readonly notes: string;
  readonly ownerName: string | null;
  /** The goal the item belongs to (itself for a goal): where the status-over-time chart comes from. */
  readonly goalId: string | null;
  readonly priorityId: string | null;
  readonly checkIns: readonly ReviewCheckIn[];
}

export interface ReviewDecision {
  readonly id: string;
  readonly reviewItemId: string | null;
  readonly text: string;
  readonly createdAt: string;
  readonly createdByName: string | null;
}

export interface ActionItem {
  readonly id: string;
  readonly reviewId: string;
  readonly reviewTitle: string;
  readonly reviewItemId: string | null;
  readonly title: string;
  readonly ownerId: string;
  readonly ownerName: string;
  readonly dueDate: IsoDate;
  readonly doneOn: IsoDate | null;
  readonly version: number;
}

export interface ReviewDetail extends Review {
  readonly items: readonly ReviewItem[];
  readonly decisions: readonly ReviewDecision[];
  readonly actionItems: readonly ActionItem[];
}

export interface CreateReviewRequest {
  readonly planId: string;
  readonly heldOn: IsoDate;
  readonly title?: string;
}
export interface UpdateReviewItemRequest {
  readonly discussed?: boolean;
  readonly notes?: string;
}
export interface CreateDecisionRequest {
  readonly text: string;
  readonly reviewItemId?: string | null;
}
export interface CreateActionItemRequest {
  readonly title: string;
  readonly ownerId: string;
  readonly dueDate: IsoDate;
  readonly reviewItemId?: string | null;
}
export interface UpdateActionItemRequest {
  readonly done: boolean;
  readonly version: number;
}
/** Check-ins shown on an agenda item to acknowledge; all of the item's unacknowledged ones when omitted. */
export interface AcknowledgeRequest {
  readonly statusUpdateIds?: readonly string[];
}

/** One point of a goal's or priority's status over time, from a snapshot. */
export interface StatusHistoryPoint {
  readonly asOf: IsoDate;
  readonly kind: 'review' | 'monthly';
  readonly status: string;
  readonly score: number | null;
}
export interface StatusHistory {
  readonly entity: 'priority' | 'goal';
  readonly id: string;
  readonly title: string;
  readonly points: readonly StatusHistoryPoint[];
}

/** The default title of a review held on a date: "Cabinet review — November 2026". */
export function defaultReviewTitle(heldOn: IsoDate): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `Cabinet review — ${months[Number(heldOn.slice(5, 7)) - 1]} ${heldOn.slice(0, 4)}`;
}

/** Status history points in date order, one per date (a review's snapshot wins over the monthly one of that day). */
export function statusHistoryPoints(points: readonly StatusHistoryPoint[]): StatusHistoryPoint[] {
  const byDate = new Map<string, StatusHistoryPoint>();
  for (const p of [...points].sort((a, b) => a.asOf.localeCompare(b.asOf))) {
    const kept = byDate.get(p.asOf);
    if (!kept || (kept.kind === 'monthly' && p.kind === 'review')) byDate.set(p.asOf, p);
  }
  return [...byDate.values()];
}

/**
 * The month ends a plan's monthly snapshots should cover as of `today`: last month's, and when the plan has none
 * yet, the `backfill` month ends before it too (not before `from`, the plan's start), oldest first. A first run
 * thus gives status-over-time charts their history.
 */
export function monthlySnapshotDates(today: IsoDate, from: IsoDate, hasAny: boolean, backfill = 12): IsoDate[] {
  const dates: IsoDate[] = [];
  let end = previousMonthEnd(today);
  for (let i = 0; i < (hasAny ? 1 : backfill) && end >= from; i++) {
    dates.unshift(end);
    end = previousMonthEnd(end);
  }
  return dates;
}

/** The last day of the month before the one `today` falls in: the as-of date of the monthly snapshot. */
export function previousMonthEnd(today: IsoDate): IsoDate {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? endOfMonth(year - 1, 12) : endOfMonth(year, month - 1);
}
