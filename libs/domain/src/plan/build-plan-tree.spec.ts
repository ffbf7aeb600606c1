import { describe, expect, it } from '@jest/globals';
import type { Plan } from '../contracts/plans.js';
import { type PlanTreeInput, type TreeMetricInput, type TreeTacticInput, buildPlanTree, targetPoints } from './build-plan-tree.js';
import { DEFAULT_STATUS_BANDS } from './plan.js';

const plan: Plan = {
  id: 'plan', name: 'Riverbend Rising', firstSchoolYear: 2024, lastSchoolYear: 2028, mission: '', vision: '',
  values: [], learnerProfile: [], state: 'adopted', adoptedOn: '2024-06-18', active: true,
};
const node = (id: string, parentId: string) => ({ id, parentId, title: id, description: '', ownerId: 'owner', sortOrder: 0 });
const metric = (id: string, parentId: string, latest: number | null, over: Partial<TreeMetricInput> = {}): TreeMetricInput => ({
  id, parentId, name: id, unit: 'percent', decimals: 1, direction: 'up', band: null, cadence: 'annual', lagDays: 0, headline: false,
  baseline: { date: '2024-06-30', value: 42 },
  targets: [{ schoolYear: 2028, value: 60 }],
  latest: latest === null ? null : { value: latest, periodEnd: '2026-06-30' },
  ...over,
});
const tactic = (id: string, strategyId: string, over: Partial<TreeTacticInput> = {}): TreeTacticInput => ({
  id, strategyId, title: id, ownerId: 'owner', status: 'on-track', percentComplete: 50, startDate: '2026-07-01',
  dueDate: '2027-06-30', updateCadence: 'monthly', weight: 1, lastCheckIn: '2026-07-10', ...over,
});

function input(over: Partial<PlanTreeInput> = {}): PlanTreeInput {
  return {
    plan, asOf: '2026-07-15', schoolYearStartMonth: 7, bands: DEFAULT_STATUS_BANDS, rollupMode: 'weighted',
    priorities: [node('p1', 'plan'), node('p2', 'plan')],
    goals: [node('g1', 'p1'), node('g2', 'p1'), node('g3', 'p2')],
    strategies: [node('s1', 'g1'), node('s2', 'g3')],
    guardrails: [{ id: 'gr1', planId: 'plan', statement: 'will not allow', ownerId: 'owner', sortOrder: 0 }],
    tactics: [
      tactic('t1', 's1'),
      tactic('t2', 's1', { status: 'at-risk' }),
      tactic('t3', 's1', { status: 'not-started', dueDate: '2026-07-01' }), // overdue → off track
      tactic('t4', 's2', { status: 'cancelled' }),
    ],
    metrics: [
      metric('m1', 'g1', 49.2), // on track
      metric('m2', 'g2', 42), // off track
      metric('m3', 'g3', null), // no data
      metric('m4', 'gr1', 10, { direction: 'maintain', band: { low: 8, high: 12 } }),
    ],
    ...over,
  };
}

describe('buildPlanTree', () => {
  it('computes metric statuses and rolls them up goal → priority → plan', () => {
    const tree = buildPlanTree(input());
    const [p1, p2] = tree.priorities;
    expect(p1?.goals.map((g) => [g.id, g.status.status])).toEqual([['g1', 'on-track'], ['g2', 'off-track']]);
    expect(p1?.status).toEqual(expect.objectContaining({ status: 'watch', score: 0.5 }));
    expect(p2?.status.status).toBe('no-data');
    // Priorities with data: one at 0.5 → watch; the one without data does not count.
    expect(tree.status).toEqual(expect.objectContaining({ status: 'watch', score: 0.5 }));
    expect(tree.guardrails[0]?.status.status).toBe('on-track');
    expect(tree.schoolYear).toBe('2026-27');
  });

  it('carries the numbers a reader needs beside each metric', () => {
    const m1 = buildPlanTree(input()).priorities[0]?.goals[0]?.metrics[0];
    expect(m1).toEqual(expect.objectContaining({ baseline: 42, finalTarget: 60, currentTarget: null, latest: { value: 49.2, periodEnd: '2026-06-30' } }));
    expect(m1?.expected).toBeCloseTo(49.196, 3);
  });

  it('rolls tactics up as implementation (cancelled left out, overdue counted off track) and counts them', () => {
    const tree = buildPlanTree(input());
    const g1 = tree.priorities[0]?.goals[0];
    // on-track 1 + at-risk 0.5 + overdue 0 over three tactics = 0.5 → watch
    expect(g1?.implementation).toEqual(expect.objectContaining({ status: 'watch', score: 0.5 }));
    expect(g1?.strategies[0]?.tactics.map((t) => [t.id, t.overdue])).toEqual([['t1', false], ['t2', false], ['t3', true]]);
    expect(tree.tacticCounts).toEqual(expect.objectContaining({ total: 4, overdue: 1 }));
    expect(tree.tacticCounts.byStatus).toEqual(expect.objectContaining({ 'on-track': 1, 'at-risk': 1, 'not-started': 1, cancelled: 1 }));
    expect(tree.priorities[1]?.implementation.status).toBe('no-data');
  });

  it('uses worst-of when the district asks for it', () => {
    const tree = buildPlanTree(input({ rollupMode: 'worst' }));
    expect(tree.priorities[0]?.status.status).toBe('off-track');
  });

  it('places yearly targets at the end of their school year', () => {
    expect(targetPoints([{ schoolYear: 2025, value: 50 }], 7)).toEqual([{ date: '2026-06-30', value: 50 }]);
    expect(targetPoints([{ schoolYear: 2025, value: 50 }], 8)).toEqual([{ date: '2026-07-31', value: 50 }]);
  });
});
