/**
 * The expected trajectory of a metric: a straight line, by calendar day, from the baseline through each yearly
 * target. Boards read "where should we be by now?" off this line, so it is computed on day numbers (leap days
 * count) rather than on fractions of school years.
 */
import type { DatedValue } from '../plan/plan.js';
import { type IsoDate, toDayNumber } from '../calendar/iso-date.js';

function byDate(a: DatedValue, b: DatedValue): number {
  return toDayNumber(a.date) - toDayNumber(b.date);
}

/** Expected value on a date: linear (by day number) between the baseline and the yearly targets sorted by date. */
export function expectedValue(baseline: DatedValue, targets: readonly DatedValue[], asOf: IsoDate): number {
  const points = trajectoryPoints(baseline, targets);
  const day = toDayNumber(asOf);
  // Before the plan starts nothing is expected to have moved yet.
  if (day <= toDayNumber(baseline.date)) return baseline.value;
  for (let i = 1; i < points.length; i++) {
    const to = points[i];
    const toDay = toDayNumber(to.date);
    if (day <= toDay) {
      const from = points[i - 1];
      const fromDay = toDayNumber(from.date);
      // fromDay < day <= toDay here, so the span is never zero even when two targets share a date.
      return from.value + ((to.value - from.value) * (day - fromDay)) / (toDay - fromDay);
    }
  }
  // Past the last target the plan expects the last target to hold.
  return points[points.length - 1].value;
}

/** The expected trajectory as chart points: the baseline followed by the targets after it, sorted by date. */
export function trajectoryPoints(baseline: DatedValue, targets: readonly DatedValue[]): DatedValue[] {
  const start = toDayNumber(baseline.date);
  // A target dated on or before the baseline cannot be reached "from" it; it is a data-entry slip, not a goal.
  const later = targets.filter((target) => toDayNumber(target.date) > start).sort(byDate);
  return [baseline, ...later];
}

/** The first target dated on or after `date` (the next target to reach); the last target when all are earlier; undefined when there are none. */
export function nextTarget(targets: readonly DatedValue[], date: IsoDate): DatedValue | undefined {
  const sorted = [...targets].sort(byDate);
  const day = toDayNumber(date);
  return sorted.find((target) => toDayNumber(target.date) >= day) ?? sorted[sorted.length - 1];
}
