import { describe, expect, it } from '@jest/globals';
import { isPublicFigure, yearlyPublicPoints } from './public.js';

describe('isPublicFigure', () => {
  it.each([
    [{ periodEnd: '2025-06-30', value: 50, n: 120, suppressed: false }, true],
    [{ periodEnd: '2025-06-30', value: 50, n: 9, suppressed: false }, false],
    [{ periodEnd: '2025-06-30', value: 50, n: 10, suppressed: false }, true],
    [{ periodEnd: '2025-06-30', value: 87.654, n: 200, suppressed: true }, false],
    [{ periodEnd: '2025-06-30', value: null, n: 200, suppressed: false }, false],
    [{ periodEnd: '2025-06-30', value: 1200000, n: null, suppressed: false }, true],
    [{ periodEnd: '2025-06-30', value: 48, n: 400, suppressed: false, complementary: true }, false],
  ])('%j → %s', (point, expected) => {
    expect(isPublicFigure(point, 10)).toBe(expected);
  });
});

describe('yearlyPublicPoints', () => {
  it('keeps the latest figure of each school year against that year’s target', () => {
    const points = yearlyPublicPoints(
      [
        { periodEnd: '2024-10-31', value: 10, n: 100, suppressed: false },
        { periodEnd: '2025-06-30', value: 12, n: 100, suppressed: false },
        { periodEnd: '2025-09-30', value: 14, n: 100, suppressed: false },
      ],
      new Map([[2024, 11], [2025, 15]]),
      10,
      7,
    );
    expect(points).toEqual([
      { schoolYear: '2024-25', periodEnd: '2025-06-30', value: 12, target: 11, withheld: false, reason: null },
      { schoolYear: '2025-26', periodEnd: '2025-09-30', value: 14, target: 15, withheld: false, reason: null },
    ]);
  });

  it('never passes a withheld value on', () => {
    const [point] = yearlyPublicPoints([{ periodEnd: '2025-06-30', value: 87.654, n: 4, suppressed: false }], new Map(), 10, 7);
    expect(point).toEqual({ schoolYear: '2024-25', periodEnd: '2025-06-30', value: null, target: null, withheld: true, reason: 'small-group' });
  });

  it.each([
    [{ periodEnd: '2025-06-30', value: 87.654, n: 300, suppressed: true }, 'not-reported'],
    [{ periodEnd: '2025-06-30', value: 61.2, n: 300, suppressed: false, complementary: true }, 'protects-small-group'],
  ] as const)('says why a figure is withheld: %j → %s', (stored, reason) => {
    const [point] = yearlyPublicPoints([stored], new Map(), 10, 7);
    expect(point).toEqual(expect.objectContaining({ value: null, withheld: true, reason }));
  });
});
