import { toSparkline } from './to-sparkline';
import type { GoalSparkline } from './plans-api';

const line = (overrides: Partial<GoalSparkline> = {}): GoalSparkline => ({
  goalId: 'g1',
  metricId: 'm1',
  baseline: { value: 42, asOf: '2024-06-30' },
  trajectory: [],
  totalPoints: 2,
  actuals: [
    { periodEnd: '2025-06-30', value: 46, expected: 45.6 },
    { periodEnd: '2026-06-30', value: 48, expected: 49.2 },
  ],
  ...overrides,
});

describe('toSparkline', () => {
  it('starts both lines at the baseline and scales them into the box (highest value on top)', () => {
    const shape = toSparkline(line(), 106, 34, 3);
    // x: 2024-06-30 → 3, 2025-06-30 → 53, 2026-06-30 → 103; y: 42 → 31 (bottom), 49.2 → 3 (top).
    expect(shape?.actual).toBe('M3 31 L53 15.4 L103 7.7');
    expect(shape?.expected).toBe('M3 31 L53 17 L103 3');
    expect(shape?.last).toEqual({ x: 103, y: 7.7 });
  });

  it('draws a lone actual without a baseline in the middle, with no expected line', () => {
    const shape = toSparkline(line({ baseline: null, actuals: [{ periodEnd: '2025-06-30', value: 85.6, expected: null }] }), 100, 30);
    expect(shape).toEqual({ actual: 'M50 15', expected: '', last: { x: 50, y: 15 } });
  });

  it('has nothing to draw before the first actual', () => {
    expect(toSparkline(line({ actuals: [] }), 100, 30)).toBeUndefined();
  });
});
