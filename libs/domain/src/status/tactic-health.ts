/**
 * Whether a tactic is late (past its due date) or quiet (its owner has not checked in on schedule). Both are
 * computed from dates, so a cabinet review sees the same picture whoever opens it.
 */
import type { TacticStatus, UpdateCadence } from '../plan/plan.js';
import { type IsoDate, addDays, daysBetween } from '../calendar/iso-date.js';

export interface TacticHealthInput {
  readonly status: TacticStatus;
  readonly startDate?: IsoDate;
  readonly dueDate?: IsoDate;
  readonly updateCadence: UpdateCadence;
  readonly lastCheckIn?: IsoDate;
  readonly asOf: IsoDate;
  readonly graceDays?: number;
}

export interface TacticHealth {
  readonly status: TacticStatus;
  readonly overdue: boolean;
  readonly daysOverdue: number;
  readonly stale: boolean;
  readonly daysSinceCheckIn?: number;
  readonly nextCheckInDue?: IsoDate;
}

// A month is 31 days and a quarter 92 so the longest calendar month or quarter never reads as a missed update.
const CADENCE_DAYS: Readonly<Record<UpdateCadence, number>> = { weekly: 7, biweekly: 14, monthly: 31, quarterly: 92 };
const DEFAULT_GRACE_DAYS = 7;

/** Days allowed between check-ins: weekly 7, biweekly 14, monthly 31, quarterly 92. */
export function cadenceDays(cadence: UpdateCadence): number {
  return CADENCE_DAYS[cadence];
}

/** Overdue and stale flags of a tactic as of a date, plus when its next check-in is due. */
export function tacticHealth(input: TacticHealthInput): TacticHealth {
  const { status, dueDate, lastCheckIn, asOf } = input;
  // Finished or dropped work owes neither a deliverable nor a check-in.
  const open = status !== 'complete' && status !== 'cancelled';
  const daysPastDue = open && dueDate !== undefined ? daysBetween(dueDate, asOf) : 0;
  const overdue = daysPastDue > 0;

  // A tactic that has never been checked in on is measured from its start, so new work is not stale on day one.
  const reference = lastCheckIn ?? input.startDate;
  const cadence = cadenceDays(input.updateCadence);
  const grace = input.graceDays ?? DEFAULT_GRACE_DAYS;
  const sinceReference = reference === undefined ? undefined : daysBetween(reference, asOf);
  const stale = open && sinceReference !== undefined && sinceReference > cadence + grace;

  return {
    status,
    overdue,
    daysOverdue: overdue ? daysPastDue : 0,
    stale,
    ...(lastCheckIn === undefined ? {} : { daysSinceCheckIn: daysBetween(lastCheckIn, asOf) }),
    ...(open && reference !== undefined ? { nextCheckInDue: addDays(reference, cadence) } : {}),
  };
}
