import { describe, expect, it } from '@jest/globals';
import { DEFAULT_STATUS_BANDS } from '../plan/plan.js';
import { type GroupSeriesInput, groupSeriesSnapshot } from './group-series.js';

const base: GroupSeriesInput = {
  metricId: 'm',
  groupId: 'g',
  direction: 'up',
  band: null,
  cadence: 'annual',
  lagDays: 90,
  own: { baseline: null, targets: [] },
  district: { baseline: { value: 30, date: '2024-06-30' }, targets: [{ schoolYear: 2024, value: 32 }, { schoolYear: 2025, value: 34 }, { schoolYear: 2026, value: 36 }] },
  latest: { value: 33.5, periodEnd: '2026-06-30', n: 420, suppressed: false },
  latestShown: { value: 33.5, periodEnd: '2026-06-30' },
};

describe('groupSeriesSnapshot', () => {
  it('uses the district trajectory when the group has none of its own', () => {
    const row = groupSeriesSnapshot(base, '2026-11-26', 7, DEFAULT_STATUS_BANDS);
    expect(row).toEqual(expect.objectContaining({ value: 33.5, periodEnd: '2026-06-30', n: 420, suppressed: false, target: 36 }));
    expect(row.expected).toBeCloseTo(34, 5);
    expect(['on-track', 'watch', 'off-track']).toContain(row.status);
  });

  it('uses the group’s own targets when it has them', () => {
    const own = { baseline: { value: 20, date: '2024-06-30' }, targets: [{ schoolYear: 2026, value: 40 }] };
    const row = groupSeriesSnapshot({ ...base, own }, '2026-11-26', 7, DEFAULT_STATUS_BANDS);
    expect(row.target).toBe(40);
    expect(row.expected).not.toBeCloseTo(34, 1);
  });

  it('keeps a withheld value withheld: no number, flagged, status from what can be shown', () => {
    const row = groupSeriesSnapshot(
      { ...base, latest: { value: null, periodEnd: '2026-06-30', n: 6, suppressed: true }, latestShown: null },
      '2026-11-26',
      7,
      DEFAULT_STATUS_BANDS,
    );
    expect(row).toEqual(expect.objectContaining({ value: null, suppressed: true, n: 6 }));
    expect(row.status).not.toBe('on-track');
  });
});
