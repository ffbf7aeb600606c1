import { describe, expect, it } from '@jest/globals';
import { type EquityGapInput, type GapStatus, equityGap } from './equity-gap.js';

describe('equityGap', () => {
  it.each<[string, EquityGapInput, number]>([
    ['up, group behind', { direction: 'up', group: 30, reference: 42 }, 12],
    ['up, group ahead', { direction: 'up', group: 50, reference: 42 }, -8],
    ['down, group behind (more absent)', { direction: 'down', group: 24, reference: 18 }, 6],
    ['down, group ahead', { direction: 'down', group: 15, reference: 18 }, -3],
  ])('measures the gap so positive means behind: %s', (_, input, gap) => {
    expect(equityGap(input)).toEqual({ gap, status: 'no-baseline' });
  });

  it.each<[Partial<EquityGapInput>]>([[{ baselineGroup: 30 }], [{ baselineReference: 42 }]])(
    'has no baseline without both baseline values (%j)',
    (baseline) => {
      expect(equityGap({ direction: 'up', group: 30, reference: 42, ...baseline }).status).toBe('no-baseline');
    },
  );

  // Reading proficiency: English learners 30 % vs All Students 42 % at baseline (gap 12).
  it.each<[number, number, number | undefined, GapStatus, number]>([
    // group, reference, expectedClosure, status, change
    [36, 45, 0.25, 'closing', -3],
    [38, 45, 0.25, 'closing', -5],
    [35, 45, 0.25, 'watch', -2],
    [33, 45, 0.25, 'widening', 0],
    [30, 45, 0.25, 'widening', 3],
    [33, 45, 0, 'closing', 0],
    [34, 45, undefined, 'closing', -1],
    [45, 45, 1, 'closing', -12],
    [44, 45, 1, 'watch', -11],
    [40, 45, 1.5, 'watch', -7],
    [33, 45, -0.5, 'closing', 0],
  ])('up: %d vs %d with %p expected closure is %s', (group, reference, expectedClosure, status, change) => {
    const input: EquityGapInput = { direction: 'up', group, reference, baselineGroup: 30, baselineReference: 42 };
    const result = equityGap(expectedClosure === undefined ? input : { ...input, expectedClosure });
    expect(result).toEqual({ gap: reference - group, baselineGap: 12, change, status });
  });

  it('closes exactly on the required gap despite floating-point noise', () => {
    // 0.1 + 0.2 style noise: required = 0.3 × (1 − 0.1) = 0.27.
    const result = equityGap({
      direction: 'up',
      group: 0.73,
      reference: 1,
      baselineGroup: 0.7,
      baselineReference: 1,
      expectedClosure: 0.1,
    });
    expect(result.status).toBe('closing');
  });

  it.each<[number, GapStatus]>([
    // Chronic absenteeism: students with disabilities 24 % vs All Students 18 % at baseline (gap 6).
    [18, 'closing'],
    [19, 'closing'],
    [20, 'watch'],
    [21, 'watch'],
    [22, 'widening'],
  ])('down: students with disabilities at %d % vs 16 % is %s (half the gap expected closed)', (group, status) => {
    const result = equityGap({
      direction: 'down',
      group,
      reference: 16,
      baselineGroup: 24,
      baselineReference: 18,
      expectedClosure: 0.5,
    });
    expect(result).toEqual({ gap: group - 16, baselineGap: 6, change: group - 16 - 6, status });
  });

  it.each<[number, number, GapStatus]>([
    // baseline group, current group (reference 42 both times), status
    [42, 42, 'no-gap'],
    [45, 44, 'no-gap'],
    [45, 41, 'widening'],
    [42, 40, 'widening'],
  ])('a group not behind at baseline (%d) now at %d is %s', (baselineGroup, group, status) => {
    const result = equityGap({ direction: 'up', group, reference: 42, baselineGroup, baselineReference: 42 });
    expect(result.status).toBe(status);
    expect(result.baselineGap).toBe(42 - baselineGroup);
  });
});
