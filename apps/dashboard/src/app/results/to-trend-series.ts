import { type IsoDate, type MetricSeries, type SeriesPointResponse, schoolYearLabel } from '@throughline/domain';
import type { ChartReference, ChartSeries } from '../shared/line-chart';
import { isoDateToUtc } from './format';

/** Why a period shows words instead of a value: the source withheld it, or too few students to show it publicly. */
export type HiddenReason = 'suppressed' | 'small-n';

/** One period of the data table under the chart. `actual` is null when hidden or not reported. */
export interface TrendRow {
  readonly periodEnd: IsoDate;
  readonly actual: number | null;
  readonly expected: number | null;
  readonly n: number | null;
  readonly hidden: HiddenReason | null;
}

export interface TrendLabels {
  readonly actual: string;
  readonly expected: string;
  /** The marker of a yearly target, from the school year's label: `2026-27 target`. */
  readonly target: (schoolYear: string) => string;
}

export interface TrendChart {
  readonly series: ChartSeries[];
  readonly references: ChartReference[];
}

/** Suppressed by the source, or counted fewer students than the district's minimum n: never shown as a number. */
export function hiddenReason(point: SeriesPointResponse, minN: number): HiddenReason | null {
  if (point.suppressed) return 'suppressed';
  if (point.n !== null && point.n < minN) return 'small-n';
  return null;
}

/** The rows of the data table: every period the API returned, with hidden values left out. */
export function toTrendRows(series: MetricSeries, minN: number): TrendRow[] {
  return series.actuals.map((point) => {
    const hidden = hiddenReason(point, minN);
    return { periodEnd: point.periodEnd, actual: hidden ? null : point.value, expected: point.expected, n: point.n, hidden };
  });
}

/**
 * The chart: actuals (only the values the table shows too) against the expected trajectory from the baseline
 * through every yearly target, with a marker at each target. A series with its own baseline starts its actual
 * line there; an inheriting series does not, since the district's baseline is not this group's value.
 */
export function toTrendSeries(series: MetricSeries, minN: number, labels: TrendLabels, schoolYearStartMonth: number): TrendChart {
  const shown = toTrendRows(series, minN).filter((row): row is TrendRow & { actual: number } => row.actual !== null);
  const actual = shown.map((row) => ({ name: isoDateToUtc(row.periodEnd), value: row.actual }));
  const baseline = series.baseline;
  if (baseline && !series.inheritsTargets && !shown.some((row) => row.periodEnd <= baseline.asOf)) {
    actual.unshift({ name: isoDateToUtc(baseline.asOf), value: baseline.value });
  }
  const expected = series.trajectory.map((point) => ({ name: isoDateToUtc(point.date), value: point.value }));
  const result: ChartSeries[] = [];
  if (actual.length) result.push({ name: labels.actual, series: actual });
  if (expected.length) result.push({ name: labels.expected, series: expected, dashed: true });
  const references = series.targets.map((t) => ({ name: labels.target(schoolYearLabel(t.schoolYear, schoolYearStartMonth)), value: t.value }));
  const values = [...result.flatMap((s) => s.series.map((p) => p.value)), ...references.map((r) => r.value)];
  return { series: result, references: spreadReferences(references, Math.max(...values) - Math.min(...values)) };
}

/**
 * Target markers far enough apart for their labels not to overlap (at least `minFraction` of the value range),
 * the final target first: on a wide scale (a small group's ups and downs) close targets would print on top of
 * each other. The expected line still bends at every target, and the targets table lists them all.
 */
export function spreadReferences(references: readonly ChartReference[], range: number, minFraction = 0.07): ChartReference[] {
  const kept: ChartReference[] = [];
  for (const reference of [...references].reverse()) {
    if (kept.every((k) => Math.abs(k.value - reference.value) >= range * minFraction)) kept.push(reference);
  }
  return kept.reverse();
}
