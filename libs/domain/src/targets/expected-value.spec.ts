import { describe, expect, it } from '@jest/globals';
import type { DatedValue } from '../plan/plan.js';
import { expectedValue, nextTarget, trajectoryPoints } from './expected-value.js';

const baseline: DatedValue = { date: '2024-06-30', value: 42 };
const fiveYear: DatedValue[] = [{ date: '2029-06-30', value: 60 }];
const yearly: DatedValue[] = [
  { date: '2025-06-30', value: 45 },
  { date: '2026-06-30', value: 50 },
  { date: '2027-06-30', value: 54 },
  { date: '2028-06-30', value: 57 },
  { date: '2029-06-30', value: 60 },
];

describe('expectedValue', () => {
  it('is 49.2 two of five years into a 42 → 60 plan', () => {
    // 2024-06-30 → 2026-06-30 is 730 days of 1826: 42 + 18 × 730 / 1826.
    expect(expectedValue(baseline, fiveYear, '2026-06-30')).toBeCloseTo(49.2, 1);
    expect(expectedValue(baseline, fiveYear, '2026-06-30')).toBeCloseTo(42 + (18 * 730) / 1826, 9);
  });

  it.each([
    ['2020-01-01', 42],
    ['2024-06-29', 42],
    ['2024-06-30', 42],
    ['2029-06-30', 60],
    ['2030-01-01', 60],
    ['2035-06-30', 60],
  ])('holds the baseline before the first target and the last target after it: %s → %d', (asOf, expected) => {
    expect(expectedValue(baseline, fiveYear, asOf)).toBe(expected);
  });

  it.each([
    // asOf, expected: each yearly target is hit exactly on its date, linear in between.
    ['2025-06-30', 45],
    ['2026-06-30', 50],
    ['2027-06-30', 54],
    ['2028-06-30', 57],
    ['2025-12-30', 45 + (5 * 183) / 365],
    ['2028-12-30', 57 + (3 * 183) / 365],
  ])('follows multiple yearly targets: %s → %d', (asOf, expected) => {
    expect(expectedValue(baseline, yearly, asOf)).toBeCloseTo(expected, 9);
  });

  it('counts the leap day: 2027-06-30 → 2028-06-30 has 366 days', () => {
    const points: DatedValue[] = [{ date: '2028-06-30', value: 366 }];
    const start: DatedValue = { date: '2027-06-30', value: 0 };
    expect(expectedValue(start, points, '2028-02-29')).toBe(244);
    expect(expectedValue(start, points, '2028-03-01')).toBe(245);
  });

  it('sorts unsorted targets', () => {
    const shuffled = [yearly[3], yearly[0], yearly[4], yearly[2], yearly[1]];
    expect(expectedValue(baseline, shuffled, '2026-06-30')).toBe(50);
    expect(expectedValue(baseline, shuffled, '2027-12-30')).toBeCloseTo(54 + (3 * 183) / 366, 9);
  });

  it.each([
    ['2024-06-30', 18],
    ['2025-06-30', 15],
    ['2025-12-31', 15 - (3 * 184) / 365],
    ['2026-06-30', 12],
    ['2027-06-30', 12],
  ])('follows a decreasing trajectory (direction down): %s → %d', (asOf, expected) => {
    const absenteeism: DatedValue[] = [{ date: '2026-06-30', value: 12 }];
    expect(expectedValue({ date: '2024-06-30', value: 18 }, absenteeism, asOf)).toBeCloseTo(expected, 9);
  });

  it.each(['2020-01-01', '2024-06-30', '2030-06-30'])('is the baseline without targets (%s)', (asOf) => {
    expect(expectedValue(baseline, [], asOf)).toBe(42);
  });

  it('ignores targets dated on or before the baseline', () => {
    const targets: DatedValue[] = [
      { date: '2023-06-30', value: 99 },
      { date: '2024-06-30', value: 99 },
      ...fiveYear,
    ];
    expect(expectedValue(baseline, targets, '2026-06-30')).toBeCloseTo(49.2, 1);
  });
});

describe('trajectoryPoints', () => {
  it('starts with the baseline and sorts the later targets', () => {
    const targets: DatedValue[] = [yearly[1], { date: '2020-06-30', value: 1 }, yearly[0]];
    expect(trajectoryPoints(baseline, targets)).toEqual([baseline, yearly[0], yearly[1]]);
  });

  it('is only the baseline without targets', () => {
    expect(trajectoryPoints(baseline, [])).toEqual([baseline]);
  });
});

describe('nextTarget', () => {
  it.each([
    ['2024-06-30', '2025-06-30'],
    ['2025-06-30', '2025-06-30'],
    ['2025-07-01', '2026-06-30'],
    ['2028-02-29', '2028-06-30'],
    ['2029-06-30', '2029-06-30'],
    ['2031-01-01', '2029-06-30'],
  ])('on %s is the target of %s', (date, targetDate) => {
    const shuffled = [yearly[4], yearly[2], yearly[0], yearly[3], yearly[1]];
    expect(nextTarget(shuffled, date)?.date).toBe(targetDate);
  });

  it('is undefined without targets', () => {
    expect(nextTarget([], '2026-06-30')).toBeUndefined();
  });
});
