import { describe, expect, it } from '@jest/globals';
import type { HealthStatus, MetricStatus, TacticStatus } from '../plan/plan.js';
import { type RollupChild, metricHealth, rollupStatus, tacticHealthStatus } from './rollup.js';
import type { TacticHealth } from './tactic-health.js';

const of = (...statuses: HealthStatus[]): RollupChild[] => statuses.map((status) => ({ status }));
const counts = (onTrack: number, watch: number, offTrack: number, noData: number) => ({
  'on-track': onTrack,
  watch,
  'off-track': offTrack,
  'no-data': noData,
});

describe('rollupStatus', () => {
  it.each<[string, RollupChild[], HealthStatus, number]>([
    ['all on track', of('on-track', 'on-track'), 'on-track', 1],
    ['4 of 5 on track', of('on-track', 'on-track', 'on-track', 'on-track', 'off-track'), 'on-track', 0.8],
    ['3 of 5 on track', of('on-track', 'on-track', 'on-track', 'off-track', 'off-track'), 'watch', 0.6],
    ['one watch, one on track', of('watch', 'on-track'), 'watch', 0.75],
    ['one watch, three on track', of('watch', 'on-track', 'on-track', 'on-track'), 'on-track', 0.875],
    ['all watch', of('watch', 'watch'), 'watch', 0.5],
    ['half off track', of('on-track', 'off-track'), 'watch', 0.5],
    ['mostly off track', of('watch', 'off-track'), 'off-track', 0.25],
    ['no-data is left out', of('on-track', 'no-data', 'no-data'), 'on-track', 1],
  ])('weighted: %s', (_, children, status, score) => {
    const result = rollupStatus(children);
    expect(result.status).toBe(status);
    expect(result.score).toBeCloseTo(score, 9);
  });

  it('weights children', () => {
    const children: RollupChild[] = [
      { status: 'off-track', weight: 3 },
      { status: 'on-track', weight: 1 },
    ];
    expect(rollupStatus(children)).toEqual({ status: 'off-track', score: 0.25, counts: counts(1, 0, 1, 0) });
  });

  it.each([0, -2, Number.NaN])('ignores a child weighted %p in the score but still counts it', (weight) => {
    const children: RollupChild[] = [{ status: 'off-track', weight }, { status: 'on-track' }];
    expect(rollupStatus(children)).toEqual({ status: 'on-track', score: 1, counts: counts(1, 0, 1, 0) });
    expect(rollupStatus(children, 'worst').status).toBe('on-track');
  });

  it.each<[RollupChild[]]>([[[]], [of('no-data', 'no-data')], [[{ status: 'on-track', weight: 0 }]]])(
    'is no-data with nothing rated (%j)',
    (children) => {
      for (const mode of ['weighted', 'worst'] as const) {
        const result = rollupStatus(children, mode);
        expect(result.status).toBe('no-data');
        expect(result.score).toBeUndefined();
      }
    },
  );

  it.each<[RollupChild[], HealthStatus, number]>([
    [of('on-track', 'on-track', 'on-track', 'on-track', 'off-track'), 'off-track', 0.8],
    [of('on-track', 'watch', 'no-data'), 'watch', 0.75],
    [of('on-track', 'no-data'), 'on-track', 1],
  ])('worst-of: %j is %s (score %d)', (children, status, score) => {
    const result = rollupStatus(children, 'worst');
    expect(result.status).toBe(status);
    expect(result.score).toBeCloseTo(score, 9);
  });

  it('counts every status, unweighted, with all four keys', () => {
    expect(rollupStatus([{ status: 'watch', weight: 5 }, ...of('no-data', 'watch')]).counts).toEqual(
      counts(0, 2, 0, 1),
    );
    expect(rollupStatus([]).counts).toEqual(counts(0, 0, 0, 0));
  });
});

describe('metricHealth', () => {
  it.each<[MetricStatus, HealthStatus]>([
    ['met', 'on-track'],
    ['on-track', 'on-track'],
    ['watch', 'watch'],
    ['off-track', 'off-track'],
    ['no-data', 'no-data'],
    ['awaiting-release', 'no-data'],
    ['stale', 'no-data'],
  ])('%s → %s', (status, health) => {
    expect(metricHealth(status)).toBe(health);
  });
});

describe('tacticHealthStatus', () => {
  const health = (status: TacticStatus, overdue = false): TacticHealth => ({
    status,
    overdue,
    daysOverdue: overdue ? 3 : 0,
    stale: false,
  });

  it.each<[TacticStatus, boolean, HealthStatus | undefined]>([
    ['cancelled', false, undefined],
    ['complete', false, 'on-track'],
    ['on-track', false, 'on-track'],
    ['at-risk', false, 'watch'],
    ['off-track', false, 'off-track'],
    ['not-started', false, 'no-data'],
    ['on-track', true, 'off-track'],
    ['at-risk', true, 'off-track'],
    ['not-started', true, 'off-track'],
  ])('%s (overdue %p) → %s', (status, overdue, expected) => {
    expect(tacticHealthStatus(health(status, overdue))).toBe(expected);
  });
});
