import { describe, expect, it } from '@jest/globals';
import type { Cadence, DatedValue, MetricStatus } from '../plan/plan.js';
import { type MetricStatusInput, metricStatus, nextPeriodEnd } from './metric-status.js';

// Grade 3 reading proficiency: 42 % in 2023-24, 60 % by 2028-29, state test released ~120 days after June.
const reading: MetricStatusInput = {
  direction: 'up',
  baseline: { date: '2024-06-30', value: 42 },
  targets: [{ date: '2029-06-30', value: 60 }],
  cadence: 'annual',
  lagDays: 120,
  asOf: '2026-10-30',
};
const at = (value: number, periodEnd = '2026-06-30') => ({ value, periodEnd });

describe('metricStatus', () => {
  it.each<[number, MetricStatus, number]>([
    [49.2, 'on-track', 1],
    [48.5, 'watch', 0.903],
    [47, 'off-track', 0.695],
    [42, 'off-track', 0],
    [40, 'off-track', -0.278],
  ])('42 → 60 two years in: actual %d is %s (progress ≈ %d)', (value, status, progress) => {
    const result = metricStatus({ ...reading, latest: at(value) });
    expect(result.status).toBe(status);
    expect(result.expected).toBeCloseTo(49.2, 1);
    expect(result.progress).toBeCloseTo(progress, 2);
    // 2027-06-30 + 120 days lag + 30 days grace.
    expect(result.nextDataDue).toBe('2027-11-27');
  });

  it.each<[DatedValue[], number, MetricStatus]>([
    [[{ date: '2026-06-30', value: 50 }, { date: '2029-06-30', value: 60 }], 50, 'met'],
    [[{ date: '2026-06-30', value: 50 }, { date: '2029-06-30', value: 60 }], 50.5, 'met'],
    [[{ date: '2026-06-30', value: 50 }, { date: '2029-06-30', value: 60 }], 49.9, 'on-track'],
    [[{ date: '2029-06-30', value: 60 }], 61, 'met'],
    [[{ date: '2025-06-30', value: 45 }], 45, 'met'],
  ])('is met at or above the next target (%j, actual %d → %s)', (targets, value, status) => {
    expect(metricStatus({ ...reading, targets, latest: at(value) }).status).toBe(status);
  });

  describe('direction down (chronic absenteeism 18 % → 12 %)', () => {
    const absenteeism: MetricStatusInput = {
      direction: 'down',
      baseline: { date: '2024-06-30', value: 18 },
      targets: [
        { date: '2025-06-30', value: 16.5 },
        { date: '2026-06-30', value: 15 },
        { date: '2027-06-30', value: 13.5 },
        { date: '2028-06-30', value: 12 },
      ],
      cadence: 'monthly',
      lagDays: 10,
      asOf: '2026-07-15',
    };
    it.each<[string, number, MetricStatus, number]>([
      // periodEnd, actual, status, progress (expected 15.0 on 2026-06-30)
      ['2026-06-30', 15.5, 'off-track', 0.833],
      ['2026-06-30', 15.2, 'watch', 0.933],
      ['2026-06-30', 15.0, 'met', 1],
      ['2026-06-30', 14.2, 'met', 1.267],
      ['2026-06-30', 18.5, 'off-track', -0.167],
      ['2026-05-31', 15.1, 'on-track', 2.9 / (18 - (15 + (1.5 * 30) / 365))],
    ])('%s: %d % is %s', (periodEnd, value, status, progress) => {
      const result = metricStatus({ ...absenteeism, latest: at(value, periodEnd) });
      expect(result.status).toBe(status);
      expect(result.progress).toBeCloseTo(progress, 3);
    });
  });

  describe('maintain (fund balance 8–12 %)', () => {
    const fundBalance: MetricStatusInput = {
      direction: 'maintain',
      band: { low: 8, high: 12 },
      targets: [],
      cadence: 'quarterly',
      lagDays: 30,
      asOf: '2026-04-15',
    };
    it.each<[number, MetricStatus]>([
      [8, 'on-track'],
      [10, 'on-track'],
      [12, 'on-track'],
      [12.4, 'watch'],
      [7.6, 'watch'],
      [12.5, 'off-track'],
      [7.5, 'off-track'],
      [3, 'off-track'],
    ])('%d % is %s', (value, status) => {
      const result = metricStatus({ ...fundBalance, latest: at(value, '2026-03-31') });
      expect(result).toEqual({ status, nextDataDue: '2026-08-13' });
    });

    it('has no status without a band', () => {
      expect(metricStatus({ ...fundBalance, band: undefined, latest: at(10, '2026-03-31') }).status).toBe('no-data');
    });
  });

  describe('without an actual', () => {
    const stateTest: MetricStatusInput = { ...reading, baseline: { date: '2025-06-30', value: 42 } };
    it.each<[string, MetricStatus]>([
      ['2025-09-01', 'awaiting-release'],
      ['2026-09-01', 'awaiting-release'],
      ['2026-11-27', 'awaiting-release'],
      ['2026-11-28', 'no-data'],
      ['2026-12-01', 'no-data'],
    ])('an annual state test with a 120-day lag on %s is %s', (asOf, status) => {
      // 2026-06-30 + 120 days lag + 30 days grace = 2026-11-27.
      expect(metricStatus({ ...stateTest, asOf })).toEqual({ status, nextDataDue: '2026-11-27' });
    });

    it('is no-data without a baseline', () => {
      expect(metricStatus({ ...reading, baseline: undefined })).toEqual({ status: 'no-data' });
    });

    it('is no-data for an up metric with an actual but no baseline', () => {
      expect(metricStatus({ ...reading, baseline: undefined, latest: at(50) }).status).toBe('no-data');
    });
  });

  describe('staleness', () => {
    it.each<[number, string, MetricStatus]>([
      // lagDays, asOf, status: 2025-06-30 data, the 2026 file is due 2026-06-30 + lag + 30.
      [120, '2026-10-01', 'off-track'],
      [120, '2026-11-27', 'off-track'],
      [120, '2026-11-28', 'stale'],
      [0, '2026-07-30', 'off-track'],
      [0, '2026-07-31', 'stale'],
      [0, '2026-10-01', 'stale'],
    ])('with lag %d on %s the 2025 data is %s', (lagDays, asOf, status) => {
      const result = metricStatus({ ...reading, lagDays, asOf, latest: at(42, '2025-06-30') });
      expect(result.status).toBe(status);
      // Stale still says how far behind the last known value was.
      expect(result.progress).toBe(0);
      expect(result.expected).toBeCloseTo(42 + (18 * 365) / 1826, 9);
    });

    it('honours a custom grace period', () => {
      const input = { ...reading, lagDays: 0, graceDays: 0, latest: at(49.2, '2025-06-30') };
      expect(metricStatus({ ...input, asOf: '2026-06-30' }).status).toBe('on-track');
      expect(metricStatus({ ...input, asOf: '2026-07-01' }).status).toBe('stale');
    });
  });

  it.each<[number, number, MetricStatus]>([
    [0.9, 0.7, 'on-track'],
    [0.95, 0.91, 'off-track'],
    [0.9033, 0.5, 'watch'],
  ])('uses custom bands (on track ≥ %d, watch ≥ %d): 48.5 is %s', (onTrack, watch, status) => {
    expect(metricStatus({ ...reading, bands: { onTrack, watch }, latest: at(48.5) }).status).toBe(status);
  });

  it.each<[number, MetricStatus]>([
    [42, 'on-track'],
    [43, 'on-track'],
    [41.9, 'watch'],
  ])('with no expected change yet, %d against a 42 baseline is %s', (value, status) => {
    const result = metricStatus({ ...reading, asOf: '2024-12-01', latest: at(value, '2024-06-30') });
    expect(result.status).toBe(status);
    expect(result.progress).toBeUndefined();
    expect(metricStatus({ ...reading, targets: [], latest: at(value) }).status).toBe(status);
  });
});

describe('nextPeriodEnd', () => {
  it.each<[string, Cadence, string]>([
    ['2026-01-31', 'monthly', '2026-02-28'],
    ['2028-01-31', 'monthly', '2028-02-29'],
    ['2028-02-29', 'monthly', '2028-03-31'],
    ['2026-04-30', 'monthly', '2026-05-31'],
    ['2026-12-31', 'monthly', '2027-01-31'],
    ['2026-01-15', 'monthly', '2026-02-28'],
    ['2027-02-28', 'annual', '2028-02-29'],
    ['2028-02-29', 'annual', '2029-02-28'],
    // School-year boundaries (July–June): Q4 → next year's Q1, S1 → S2, one school year → the next.
    ['2026-06-30', 'quarterly', '2026-09-30'],
    ['2025-09-30', 'quarterly', '2025-12-31'],
    ['2025-12-31', 'quarterly', '2026-03-31'],
    ['2025-12-31', 'semester', '2026-06-30'],
    ['2026-06-30', 'semester', '2026-12-31'],
    ['2026-06-30', 'annual', '2027-06-30'],
    ['2025-11-30', 'quarterly', '2026-02-28'],
  ])('after %s (%s) is %s', (periodEnd, cadence, expected) => {
    expect(nextPeriodEnd(periodEnd, cadence)).toBe(expected);
  });

  it('refuses a malformed date', () => {
    expect(() => nextPeriodEnd('2026-02-30', 'monthly')).toThrow(RangeError);
  });
});
