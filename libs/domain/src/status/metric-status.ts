/**
 * The computed status of a metric against its expected trajectory. Nobody types these statuses: they follow from
 * the data, the plan's targets and the release calendar of the data source.
 */
import {
  type Cadence,
  type DatedValue,
  type Direction,
  type MetricStatus,
  type StatusBands,
  DEFAULT_STATUS_BANDS,
} from '../plan/plan.js';
import { type IsoDate, addDays, endOfMonth, parseIsoDate, toDayNumber } from '../calendar/iso-date.js';
import { expectedValue, nextTarget } from '../targets/expected-value.js';

export interface MetricStatusInput {
  readonly direction: Direction;
  /** For direction 'maintain': the acceptable band. */
  readonly band?: { readonly low: number; readonly high: number };
  readonly baseline?: DatedValue;
  readonly targets: readonly DatedValue[];
  /** The latest reported (not suppressed) actual. */
  readonly latest?: { readonly value: number; readonly periodEnd: IsoDate };
  readonly cadence: Cadence;
  /** Days between a period's end and the release of its data (state tests: ~100+). */
  readonly lagDays: number;
  readonly asOf: IsoDate;
  readonly bands?: StatusBands;
  readonly graceDays?: number;
}

export interface MetricStatusResult {
  readonly status: MetricStatus;
  /** Expected value at the latest period's end. */
  readonly expected?: number;
  /** Share of the expected progress made: (actual − baseline) / (expected − baseline). 1 = on the trajectory. */
  readonly progress?: number;
  /** When the next period's data should have arrived (next period end + lag + grace). */
  readonly nextDataDue?: IsoDate;
}

const CADENCE_MONTHS: Readonly<Record<Cadence, number>> = { monthly: 1, quarterly: 3, semester: 6, annual: 12 };
// Slower sources get more slack: a late annual file is routine, a monthly one two weeks late is not.
const DEFAULT_GRACE_DAYS: Readonly<Record<Cadence, number>> = { monthly: 7, quarterly: 14, semester: 21, annual: 30 };
// A maintain metric just outside its band (within 10 % of the band's width) is worth watching, not alarming.
const MAINTAIN_WATCH_SHARE = 0.1;
const EPSILON = 1e-9;

type Evaluation = Pick<MetricStatusResult, 'status' | 'expected' | 'progress'>;

/** The end of the period after the one ending on `periodEnd` (monthly +1, quarterly +3, semester +6, annual +12 months, always a month end). */
export function nextPeriodEnd(periodEnd: IsoDate, cadence: Cadence): IsoDate {
  const parsed = parseIsoDate(periodEnd);
  if (!parsed) throw new RangeError(`Not an ISO calendar date: ${periodEnd}`);
  // Work in months, not days, so 28 February + 12 months lands on 29 February in a leap year.
  const zeroBased = parsed.year * 12 + parsed.month - 1 + CADENCE_MONTHS[cadence];
  return endOfMonth(Math.floor(zeroBased / 12), (zeroBased % 12) + 1);
}

/**
 * Status of a metric as of a date.
 *
 * - no actual yet: `awaiting-release` until nextPeriodEnd(baseline) + lagDays + grace, then `no-data`;
 * - `stale` when asOf > nextPeriodEnd(latest) + lagDays + grace (the next period's data is overdue);
 * - maintain: inside [low, high] `on-track`, outside by ≤ 10 % of (high − low) `watch`, else `off-track`;
 * - up/down: expected = expectedValue(baseline, targets, latest.periodEnd);
 *   `met` when actual is at or better than nextTarget(targets, latest.periodEnd);
 *   progress = (actual − baseline) / (expected − baseline);
 *   progress ≥ bands.onTrack `on-track`, ≥ bands.watch `watch`, else `off-track`;
 *   when expected − baseline ≈ 0: at or better than baseline `on-track`, else `watch`.
 */
export function metricStatus(input: MetricStatusInput): MetricStatusResult {
  const grace = input.graceDays ?? DEFAULT_GRACE_DAYS[input.cadence];
  const dueAfter = (periodEnd: IsoDate): IsoDate =>
    addDays(nextPeriodEnd(periodEnd, input.cadence), input.lagDays + grace);

  if (!input.latest) {
    if (!input.baseline) return { status: 'no-data' };
    const nextDataDue = dueAfter(input.baseline.date);
    // A state test released each autumn has no actual for a year or more after the baseline; that is not a gap.
    const waiting = toDayNumber(input.asOf) <= toDayNumber(nextDataDue);
    return { status: waiting ? 'awaiting-release' : 'no-data', nextDataDue };
  }

  const nextDataDue = dueAfter(input.latest.periodEnd);
  const evaluation = evaluate(input, input.latest);
  // The release lag is part of the due date, so data that is late only because of the lag is never stale.
  const stale = toDayNumber(input.asOf) > toDayNumber(nextDataDue);
  return { ...evaluation, status: stale ? 'stale' : evaluation.status, nextDataDue };
}

function evaluate(input: MetricStatusInput, latest: NonNullable<MetricStatusInput['latest']>): Evaluation {
  if (input.direction === 'maintain') {
    return input.band ? { status: maintainStatus(latest.value, input.band) } : { status: 'no-data' };
  }
  const { baseline } = input;
  if (!baseline) return { status: 'no-data' };

  const sign = input.direction === 'up' ? 1 : -1;
  const atOrBetter = (value: number, than: number): boolean => sign * (value - than) >= 0;
  const expected = expectedValue(baseline, input.targets, latest.periodEnd);
  const expectedChange = expected - baseline.value;
  const target = nextTarget(input.targets, latest.periodEnd);
  const hasChange = Math.abs(expectedChange) >= EPSILON;
  const progress = hasChange ? (latest.value - baseline.value) / expectedChange : undefined;
  const result = (status: MetricStatus): Evaluation =>
    progress === undefined ? { status, expected } : { status, expected, progress };

  if (target && atOrBetter(latest.value, target.value)) return result('met');
  // Nothing expected to have moved yet: holding the baseline is on track, slipping below it deserves a look.
  if (progress === undefined) return result(atOrBetter(latest.value, baseline.value) ? 'on-track' : 'watch');
  const bands = input.bands ?? DEFAULT_STATUS_BANDS;
  // EPSILON keeps floating-point noise from pushing a value that sits exactly on a threshold below it.
  if (progress >= bands.onTrack - EPSILON) return result('on-track');
  return result(progress >= bands.watch - EPSILON ? 'watch' : 'off-track');
}

function maintainStatus(value: number, band: { readonly low: number; readonly high: number }): MetricStatus {
  const low = Math.min(band.low, band.high);
  const high = Math.max(band.low, band.high);
  const outside = Math.max(low - value, value - high, 0);
  if (outside === 0) return 'on-track';
  return outside <= (high - low) * MAINTAIN_WATCH_SHARE + EPSILON ? 'watch' : 'off-track';
}
