/**
 * Where the demo district "really" is on each metric: the board's trajectory (baseline → yearly targets) and the
 * district All Students value the generator aims at for each reporting period, plus which periods exist and have
 * been released by `today`.
 */
import {
  type DatedValue, type IsoDate, type PeriodKind, addDays, expectedValue, monthsOfSchoolYear, parseIsoDate,
  quartersOfSchoolYear, schoolYear,
} from '@throughline/domain';
import type { DemoMetric } from './demo-metrics.js';
import { rng } from './prng.js';

export interface Horizon {
  readonly today: IsoDate;
  /** Start year of the first school year of the plan (today's school year − 2). */
  readonly first: number;
  readonly last: number;
  /** Start year of today's school year (plan year 3). */
  readonly current: number;
}

export interface Period {
  readonly end: IsoDate;
  readonly kind: PeriodKind;
  /** 0 = the baseline year before the plan, 1 = plan year 1, … */
  readonly yearIndex: number;
}

/** The targets in force: the adopted ones, with later board revisions applied. */
export function currentTargets(metric: DemoMetric): (number | null)[] {
  const { revision } = metric;
  return metric.targets.map((value, i) => (revision && i >= revision.from ? revision.values[i - revision.from] : value));
}

/** The baseline's date: the end of the school year before the plan, or before the metric was introduced. */
export function baselineDate(metric: DemoMetric, h: Horizon): IsoDate {
  return schoolYear(h.first - 1 + (metric.introducedYear ?? 0)).end;
}

export function trajectory(metric: DemoMetric, h: Horizon): { baseline: DatedValue; targets: DatedValue[] } {
  const targets = currentTargets(metric).flatMap((value, i) => (value === null ? [] : [{ date: schoolYear(h.first + i).end, value }]));
  return { baseline: { date: baselineDate(metric, h), value: metric.baseline }, targets };
}

function periodEnds(metric: DemoMetric, startYear: number): { end: IsoDate; kind: PeriodKind }[] {
  const year = schoolYear(startYear);
  switch (metric.cadence) {
    case 'annual':
      return [{ end: year.end, kind: 'year' }];
    case 'semester': {
      const months = monthsOfSchoolYear(year);
      return [months[5], months[11]].map((m) => ({ end: m.end, kind: 'semester' as const }));
    }
    case 'quarterly':
      return quartersOfSchoolYear(year).map((q) => ({ end: q.end, kind: 'quarter' as const }));
    case 'monthly':
      // Monthly school data runs August to June; July has no school days.
      return monthsOfSchoolYear(year).slice(1).map((m) => ({ end: m.end, kind: 'month' as const }));
  }
}

/** Periods of the plan so far whose data has been released by today (period end + lag), minus a stopped feed. */
export function releasedPeriods(metric: DemoMetric, h: Horizon): Period[] {
  const cutoff = addDays(h.today, -(metric.feedStopsDaysBeforeToday ?? 0));
  const firstYearIndex = 1 + (metric.introducedYear ?? 0);
  const periods: Period[] = [];
  for (let yearIndex = firstYearIndex; h.first + yearIndex - 1 <= h.current; yearIndex++) {
    for (const p of periodEnds(metric, h.first + yearIndex - 1)) {
      if (addDays(p.end, metric.lagDays) <= cutoff) periods.push({ ...p, yearIndex });
    }
  }
  return periods;
}

/** The baseline period itself (for group and school baselines): the last period of the baseline year. */
export function baselinePeriod(metric: DemoMetric, h: Horizon): Period {
  const ends = periodEnds(metric, h.first - 1);
  return { ...ends[ends.length - 1], yearIndex: 0 };
}

/** The district All Students value the generator aims at for a period. */
export function designedValue(metric: DemoMetric, h: Horizon, period: Period): number {
  if (period.yearIndex === 0) return metric.baseline;
  const fixed = metric.values?.[period.yearIndex - 1];
  if (fixed !== undefined) return fixed;
  const { baseline, targets } = trajectory(metric, h);
  const progress = metric.progress[Math.min(period.yearIndex, metric.progress.length) - 1] ?? 1;
  const expected = expectedValue(baseline, targets, period.end);
  const month = parseIsoDate(period.end)?.month ?? 6;
  const season = metric.season?.[month - 1] ?? 0;
  const wobble = (metric.wobble ?? 0) * rng(`wobble:${metric.key}:${period.yearIndex}:${month}`).normal();
  return baseline.value + progress * (expected - baseline.value) + season + wobble;
}
