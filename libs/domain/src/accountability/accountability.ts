/**
 * Owner accountability for the cabinet review: did each tactic owner report on the cadence they committed to,
 * and how much of their work is late or has gone quiet.
 */
import type { TacticStatus, UpdateCadence } from '../plan/plan.js';
import { type IsoDate, daysBetween, fromDayNumber, toDayNumber } from '../calendar/iso-date.js';
import { cadenceDays, tacticHealth } from '../status/tactic-health.js';

export interface OwnerTactic {
  readonly tacticId: string;
  readonly ownerId: string;
  readonly status: TacticStatus;
  readonly startDate?: IsoDate;
  readonly dueDate?: IsoDate;
  readonly updateCadence: UpdateCadence;
  /** Dates of the tactic's check-ins, any order. */
  readonly checkIns: readonly IsoDate[];
}

export interface OwnerAccountability {
  readonly ownerId: string;
  readonly tactics: number;
  readonly expectedUpdates: number;
  readonly onTimeUpdates: number;
  /** Undefined when nothing was expected yet. */
  readonly onTimeRate?: number;
  readonly overdue: number;
  readonly stale: number;
  readonly medianDaysSinceCheckIn?: number;
  readonly lastCheckIn?: IsoDate;
}

const DEFAULT_GRACE_DAYS = 7;

interface TacticFacts {
  readonly expected: number;
  readonly onTime: number;
  readonly overdue: boolean;
  readonly stale: boolean;
  readonly daysSinceCheckIn?: number;
  readonly lastCheckIn?: IsoDate;
}

/** Per owner: on-time update rate, overdue and stale tactics, median days since the last check-in. */
export function accountability(
  tactics: readonly OwnerTactic[],
  asOf: IsoDate,
  options: { readonly windowStart?: IsoDate; readonly graceDays?: number } = {},
): OwnerAccountability[] {
  // windowStart limits the review to e.g. the current school year; grace is how late a check-in may be.
  const grace = options.graceDays ?? DEFAULT_GRACE_DAYS;
  const byOwner = new Map<string, TacticFacts[]>();
  // Cancelled work owes no updates; counting it would punish owners for stopping what the plan dropped.
  for (const tactic of tactics.filter((t) => t.status !== 'cancelled')) {
    const facts = byOwner.get(tactic.ownerId) ?? [];
    facts.push(tacticFacts(tactic, asOf, grace, options.windowStart));
    byOwner.set(tactic.ownerId, facts);
  }
  return [...byOwner.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((ownerId) => summarise(ownerId, byOwner.get(ownerId) ?? []));
}

function tacticFacts(tactic: OwnerTactic, asOf: IsoDate, grace: number, windowStart?: IsoDate): TacticFacts {
  const today = toDayNumber(asOf);
  // Check-ins after asOf had not happened yet on that date; ignoring them keeps past reviews reproducible.
  const checkIns = tactic.checkIns.map(toDayNumber).filter((day) => day <= today).sort((a, b) => a - b);
  const last = checkIns.length > 0 ? checkIns[checkIns.length - 1] : undefined;
  const lastCheckIn = last === undefined ? undefined : fromDayNumber(last);

  const cadence = cadenceDays(tactic.updateCadence);
  const starts = [tactic.startDate, windowStart].filter((d): d is IsoDate => d !== undefined).map(toDayNumber);
  // A finished tactic owes nothing after its final check-in (and nothing at all if it never checked in).
  const stopAfter = tactic.status === 'complete' ? (last ?? -Infinity) : Infinity;
  let expected = 0;
  let onTime = 0;
  if (starts.length > 0) {
    // Back-to-back slots of `cadence` days; each owes one check-in, which may arrive up to `grace` days late.
    // Each check-in counts for one slot only (earliest first), so one late-in-grace update cannot cover two months.
    let unused = 0;
    for (let slotStart = Math.max(...starts); slotStart <= stopAfter; slotStart += cadence) {
      const deadline = slotStart + cadence - 1 + grace;
      if (deadline > today) break;
      expected += 1;
      while (unused < checkIns.length && checkIns[unused] < slotStart) unused += 1;
      if (unused < checkIns.length && checkIns[unused] <= deadline) {
        onTime += 1;
        unused += 1;
      }
    }
  }

  const health = tacticHealth({ ...tactic, lastCheckIn, asOf, graceDays: grace });
  const reference = lastCheckIn ?? tactic.startDate;
  const counted = tactic.status !== 'complete' && reference !== undefined && toDayNumber(reference) <= today;
  return {
    expected,
    onTime,
    overdue: health.overdue,
    stale: health.stale,
    ...(counted ? { daysSinceCheckIn: daysBetween(reference, asOf) } : {}),
    ...(lastCheckIn === undefined ? {} : { lastCheckIn }),
  };
}

function summarise(ownerId: string, facts: readonly TacticFacts[]): OwnerAccountability {
  const expectedUpdates = sum(facts.map((f) => f.expected));
  const onTimeUpdates = sum(facts.map((f) => f.onTime));
  const days = facts.flatMap((f) => (f.daysSinceCheckIn === undefined ? [] : [f.daysSinceCheckIn]));
  const lastCheckIns = facts.flatMap((f) => (f.lastCheckIn === undefined ? [] : [f.lastCheckIn])).sort();
  return {
    ownerId,
    tactics: facts.length,
    expectedUpdates,
    onTimeUpdates,
    ...(expectedUpdates > 0 ? { onTimeRate: onTimeUpdates / expectedUpdates } : {}),
    overdue: facts.filter((f) => f.overdue).length,
    stale: facts.filter((f) => f.stale).length,
    ...(days.length > 0 ? { medianDaysSinceCheckIn: median(days) } : {}),
    ...(lastCheckIns.length > 0 ? { lastCheckIn: lastCheckIns[lastCheckIns.length - 1] } : {}),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
