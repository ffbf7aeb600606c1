import { describe, expect, it } from '@jest/globals';
import { type SuppressionCell, type SuppressionReason, suppress } from './suppress.js';

const RACE = ['AI', 'AS', 'BL', 'HI', 'PI', 'TW', 'WH'];
const GENDER = ['F', 'M', 'X'];
const cell = (group: string, n: number | null): SuppressionCell => ({ key: `reading:2026:${group}`, group, n });
const reasons = (cells: readonly SuppressionCell[], minN: number, partitions: readonly (readonly string[])[]) =>
  Object.fromEntries([...suppress(cells, minN, partitions).suppressed].map(([key, reason]) => [key.slice(13), reason]));

describe('suppress', () => {
  it.each<[string, number | null, boolean]>([
    ['n = 0', 0, true],
    ['n = 9', 9, true],
    ['n exactly 10', 10, false],
    ['n = 250', 250, false],
    ['null n (not a student count)', null, false],
  ])('primary suppression with minN 10: %s → suppressed %p', (_, n, expected) => {
    expect(suppress([cell('ALL', n)], 10, []).suppressed.has('reading:2026:ALL')).toBe(expected);
  });

  it('suppresses nothing when every cell is large enough', () => {
    const cells = [cell('ALL', 300), ...GENDER.map((g, i) => cell(g, 20 + i))];
    expect(suppress(cells, 10, [GENDER]).suppressed.size).toBe(0);
  });

  it('hides the smallest other member when one cell in a complementary set is suppressed', () => {
    const cells = [
      cell('ALL', 300),
      cell('AI', 12),
      cell('AS', 40),
      cell('BL', 55),
      cell('HI', 90),
      cell('PI', 4),
      cell('TW', 18),
      cell('WH', 81),
    ];
    // Without hiding AI, PI = ALL − (the six published groups).
    expect(reasons(cells, 10, [RACE])).toEqual({ PI: 'primary', AI: 'complementary' });
  });

  it('adds nothing when two members are already suppressed', () => {
    const cells = [cell('AI', 3), cell('PI', 0), cell('AS', 40), cell('WH', 200)];
    expect(reasons(cells, 10, [RACE])).toEqual({ AI: 'primary', PI: 'primary' });
  });

  it.each<[string, SuppressionCell[], Record<string, SuppressionReason>]>([
    ['smallest n wins', [cell('F', 5), cell('M', 30), cell('X', 12)], { F: 'primary', X: 'complementary' }],
    ['ties go to the lowest key', [cell('X', 5), cell('M', 30), cell('F', 30)], { X: 'primary', F: 'complementary' }],
    ['only present cells count', [cell('F', 5), cell('M', 30)], { F: 'primary', M: 'complementary' }],
    ['a single present member is left alone', [cell('F', 5), cell('AS', 30)], { F: 'primary' }],
    [
      'null n cells are never picked',
      [cell('F', 5), cell('M', null), cell('X', 40)],
      { F: 'primary', X: 'complementary' },
    ],
    ['a lone null partner protects nothing', [cell('F', 5), cell('M', null)], { F: 'primary' }],
  ])('complementary choice: %s', (_, cells, expected) => {
    expect(reasons(cells, 10, [GENDER])).toEqual(expected);
  });

  it('cascades across two partitions sharing a group', () => {
    // Race (with HI) and ethnicity (HI / non-Hispanic NH) both add up to the published All Students figure.
    const cells = [
      cell('ALL', 300),
      cell('AS', 6),
      cell('HI', 11),
      cell('BL', 40),
      cell('WH', 243),
      cell('NH', 289),
    ];
    expect(reasons(cells, 10, [RACE, ['HI', 'NH']])).toEqual({
      AS: 'primary',
      HI: 'complementary',
      NH: 'complementary',
    });
    // Order of partitions does not change the outcome.
    expect(reasons(cells, 10, [['HI', 'NH'], RACE])).toEqual({
      AS: 'primary',
      HI: 'complementary',
      NH: 'complementary',
    });
  });

  it('keeps cascading through a chain of partitions', () => {
    // GENDER: F suppressed → X (smallest) hidden; [X, Y]: X hidden → Y hidden; [Y, Z]: Y hidden → Z hidden.
    const cells = [cell('F', 2), cell('M', 50), cell('X', 20), cell('Y', 30), cell('Z', 15)];
    expect(reasons(cells, 10, [GENDER, ['X', 'Y'], ['Y', 'Z']])).toEqual({
      F: 'primary',
      X: 'complementary',
      Y: 'complementary',
      Z: 'complementary',
    });
  });
});
