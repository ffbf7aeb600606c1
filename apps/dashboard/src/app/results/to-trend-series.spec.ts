import type { MetricSeries, SeriesPointResponse } from '@throughline/domain';
import { hiddenReason, spreadReferences, toTrendRows, toTrendSeries } from './to-trend-series';

const point = (periodEnd: string, value: number | null, n: number | null, suppressed = false): SeriesPointResponse => ({
  periodEnd,
  value,
  expected: 45.6,
  n,
  suppressed,
});

const series = (overrides: Partial<MetricSeries> = {}): MetricSeries => ({
  metricId: 'm1',
  schoolId: null,
  groupId: 'all',
  status: 'on-track',
  inheritsTargets: false,
  baseline: { value: 42, asOf: '2024-06-30' },
  targets: [
    { schoolYear: 2024, date: '2025-06-30', value: 45.6 },
    { schoolYear: 2028, date: '2029-06-30', value: 60 },
  ],
  trajectory: [
    { date: '2024-06-30', value: 42 },
    { date: '2025-06-30', value: 45.6 },
    { date: '2029-06-30', value: 60 },
  ],
  actuals: [point('2025-06-30', 45, 850), point('2026-06-30', null, null, true), point('2027-06-30', 51, 9)],
  totalPoints: 3,
  ...overrides,
});

const labels = { actual: 'Actual', expected: 'Expected', target: (year: string) => `${year} target` };

describe('hiddenReason', () => {
  it('hides what the source suppressed and what counts fewer students than the minimum n', () => {
    expect(hiddenReason(point('2026-06-30', null, null, true), 10)).toBe('suppressed');
    expect(hiddenReason(point('2026-06-30', 51, 9), 10)).toBe('small-n');
    expect(hiddenReason(point('2026-06-30', 51, 10), 10)).toBeNull();
    // No n (a count, a survey score): nothing to protect.
    expect(hiddenReason(point('2026-06-30', 3.5, null), 10)).toBeNull();
  });
});

describe('toTrendRows', () => {
  it('keeps every period, with no value where it is hidden', () => {
    expect(toTrendRows(series(), 10)).toEqual([
      { periodEnd: '2025-06-30', actual: 45, expected: 45.6, n: 850, hidden: null },
      { periodEnd: '2026-06-30', actual: null, expected: 45.6, n: null, hidden: 'suppressed' },
      { periodEnd: '2027-06-30', actual: null, expected: 45.6, n: 9, hidden: 'small-n' },
    ]);
  });
});

describe('toTrendSeries', () => {
  it('draws the shown actuals from the baseline, and the dashed expected line through every target', () => {
    const chart = toTrendSeries(series(), 10, labels, 7);
    expect(chart.series.map((s) => [s.name, !!s.dashed])).toEqual([
      ['Actual', false],
      ['Expected', true],
    ]);
    expect(chart.series[0].series).toEqual([
      { name: new Date('2024-06-30T00:00:00Z'), value: 42 },
      { name: new Date('2025-06-30T00:00:00Z'), value: 45 },
    ]);
    expect(chart.series[1].series.map((p) => p.value)).toEqual([42, 45.6, 60]);
    expect(chart.references).toEqual([
      { name: '2024-25 target', value: 45.6 },
      { name: '2028-29 target', value: 60 },
    ]);
  });

  it("does not start a group's actual line at the district's baseline it inherits", () => {
    const chart = toTrendSeries(series({ inheritsTargets: true }), 10, labels, 7);
    expect(chart.series[0].series.map((p) => p.value)).toEqual([45]);
  });

  it('leaves out a series with nothing to draw, so the page can show its empty state', () => {
    const empty = toTrendSeries(series({ baseline: null, trajectory: [], targets: [], actuals: [] }), 10, labels, 7);
    expect(empty).toEqual({ series: [], references: [] });
  });
});

describe('spreadReferences', () => {
  const targets = [
    { name: '2024-25 target', value: 19.5 },
    { name: '2025-26 target', value: 17.5 },
    { name: '2026-27 target', value: 15.5 },
    { name: '2027-28 target', value: 13.5 },
    { name: '2028-29 target', value: 12 },
  ];

  it('keeps every target when the scale leaves room for their labels', () => {
    expect(spreadReferences(targets, 10)).toEqual(targets);
  });

  it('on a wide scale keeps the final target and those far enough from the ones kept', () => {
    expect(spreadReferences(targets, 40).map((t) => t.name)).toEqual(['2024-25 target', '2026-27 target', '2028-29 target']);
  });
});
