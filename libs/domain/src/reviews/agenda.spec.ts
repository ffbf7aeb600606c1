import { describe, expect, it } from '@jest/globals';
import { type AgendaReason, agendaBaseline, buildAgenda } from './agenda.js';
import { defaultReviewTitle, monthlySnapshotDates, previousMonthEnd, statusHistoryPoints } from './review-contracts.js';
import type { SnapshotMetric, SnapshotNode, SnapshotRows } from './snapshot-rows.js';

const node = (entity: SnapshotNode['entity'], entityId: string, status: string, extra: Partial<SnapshotNode> = {}): SnapshotNode => ({
  entity, entityId, parentId: null, title: entityId, status, score: null, implementation: null, implementationScore: null,
  percentComplete: null, overdue: false, stale: false, ...extra,
});
const metric = (metricId: string, parentId: string, status: string, periodEnd: string | null): SnapshotMetric => ({
  metricId, parentId, title: metricId, goalId: parentId, status, value: periodEnd ? 50 : null, periodEnd, expected: null, target: null,
});
const rows = (nodes: SnapshotNode[], metrics: SnapshotMetric[] = []): SnapshotRows => ({ nodes, metrics });
const empty = agendaBaseline(rows([]));

describe('buildAgenda', () => {
  it.each<[string, SnapshotNode, string | undefined, AgendaReason[]]>([
    ['an on-track goal with no change', node('goal', 'g', 'on-track'), 'on-track', []],
    ['an off-track goal', node('goal', 'g', 'off-track'), 'off-track', ['off-track']],
    ['a goal on watch is at risk', node('goal', 'g', 'watch'), undefined, ['at-risk']],
    ['a goal that slipped', node('goal', 'g', 'watch'), 'on-track', ['status-changed', 'at-risk']],
    ['a goal that recovered', node('goal', 'g', 'on-track'), 'off-track', ['status-changed']],
    ['an at-risk tactic, overdue and stale', node('tactic', 't', 'at-risk', { overdue: true, stale: true }), 'at-risk', ['at-risk', 'overdue', 'stale']],
    ['an overdue tactic on track', node('tactic', 't', 'on-track', { overdue: true }), undefined, ['overdue']],
    ['an off-track strategy', node('strategy', 's', 'off-track'), undefined, ['off-track']],
    ['a new node (no baseline) is not a change', node('priority', 'p', 'on-track'), undefined, []],
  ])('%s', (_, current, previous, reasons) => {
    const baseline = agendaBaseline(rows(previous === undefined ? [] : [{ ...current, status: previous }]));
    const agenda = buildAgenda(rows([current]), baseline);
    expect(agenda.map((i) => i.reasons)).toEqual(reasons.length ? [reasons] : []);
    if (reasons.length) expect(agenda[0]?.previousStatus).toBe(previous ?? null);
  });

  it.each<[string, SnapshotMetric, SnapshotMetric | null, AgendaReason[]]>([
    ['new data since', metric('m', 'g', 'on-track', '2026-10-31'), metric('m', 'g', 'on-track', '2026-09-30'), ['new-data']],
    ['same period, same status', metric('m', 'g', 'on-track', '2026-10-31'), metric('m', 'g', 'on-track', '2026-10-31'), []],
    ['first data ever', metric('m', 'g', 'on-track', '2026-10-31'), metric('m', 'g', 'no-data', null), ['status-changed', 'new-data']],
    ['stale', metric('m', 'g', 'stale', '2025-06-30'), metric('m', 'g', 'stale', '2025-06-30'), ['stale']],
    ['watch with new data', metric('m', 'g', 'watch', '2026-10-31'), metric('m', 'g', 'on-track', '2026-09-30'), ['status-changed', 'at-risk', 'new-data']],
    ['off track, no baseline', metric('m', 'g', 'off-track', null), null, ['off-track']],
  ])('metric: %s', (_, current, previous, reasons) => {
    const agenda = buildAgenda(rows([node('goal', 'g', 'on-track')], [current]), agendaBaseline(rows([], previous ? [previous] : [])));
    expect(agenda.filter((i) => i.entity === 'metric').map((i) => i.reasons)).toEqual(reasons.length ? [reasons] : []);
  });

  it('orders in plan order: goal, its metrics, its strategies and tactics; guardrail metrics last; positions from 1', () => {
    const current = rows(
      [
        node('plan', 'plan', 'off-track'),
        node('priority', 'p1', 'off-track'),
        node('goal', 'g1', 'off-track'),
        node('strategy', 's1', 'watch'),
        node('tactic', 't1', 'off-track'),
        node('priority', 'p2', 'on-track'),
        node('goal', 'g2', 'watch'),
      ],
      [metric('guard', 'gr', 'off-track', null), metric('m2', 'g2', 'off-track', null), metric('m1', 'g1', 'stale', null)],
    );
    const agenda = buildAgenda(current, empty);
    expect(agenda.map((i) => `${i.position} ${i.entity} ${i.entityId}`)).toEqual([
      '1 priority p1', '2 goal g1', '3 metric m1', '4 strategy s1', '5 tactic t1', '6 goal g2', '7 metric m2', '8 metric guard',
    ]);
  });

  it('never puts the plan itself on the agenda', () => {
    expect(buildAgenda(rows([node('plan', 'x', 'off-track')]), empty)).toEqual([]);
  });
});

describe('review helpers', () => {
  it.each([
    ['2026-11-26', 'Cabinet review — November 2026'],
    ['2027-01-05', 'Cabinet review — January 2027'],
  ])('defaultReviewTitle(%s)', (date, title) => expect(defaultReviewTitle(date)).toBe(title));

  it.each([
    ['2026-11-26', '2026-10-31'],
    ['2026-03-01', '2026-02-28'],
    ['2024-03-15', '2024-02-29'],
    ['2027-01-01', '2026-12-31'],
  ])('previousMonthEnd(%s) = %s', (today, end) => expect(previousMonthEnd(today)).toBe(end));

  it.each<[string, boolean, number, string, string[]]>([
    ['only last month once there are snapshots', true, 12, '2024-07-01', ['2026-10-31']],
    ['a year of month ends on the first run', false, 12, '2024-07-01', [
      '2025-11-30', '2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30',
      '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31',
    ]],
    ['never before the plan starts', false, 12, '2026-08-15', ['2026-08-31', '2026-09-30', '2026-10-31']],
    ['nothing for a plan that starts later', false, 12, '2026-11-01', []],
  ])('monthlySnapshotDates: %s', (_, hasAny, backfill, from, dates) => {
    expect(monthlySnapshotDates('2026-11-26', from, hasAny, backfill)).toEqual(dates);
  });

  it('keeps one status point per date, a review over a monthly snapshot, in date order', () => {
    expect(
      statusHistoryPoints([
        { asOf: '2026-10-31', kind: 'monthly', status: 'watch', score: 0.5 },
        { asOf: '2026-09-30', kind: 'monthly', status: 'on-track', score: 1 },
        { asOf: '2026-10-31', kind: 'review', status: 'off-track', score: 0.2 },
      ]),
    ).toEqual([
      { asOf: '2026-09-30', kind: 'monthly', status: 'on-track', score: 1 },
      { asOf: '2026-10-31', kind: 'review', status: 'off-track', score: 0.2 },
    ]);
  });
});
