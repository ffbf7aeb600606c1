import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { MetricSeries, PlanTree, Tactic, Target } from '@throughline/domain';
import { type Client, type RunningApp, startApp } from './support/app.js';
import { asAdmin } from './support/users.js';
import { dataSourceOf, truncateAll } from './support/db.js';
import { type PlanFixture, buildPlan } from './support/plan-fixture.js';

// Statuses read back from the API must equal what a person computes by hand from the plan's numbers.
describe('a plan built through the API, read back with computed statuses', () => {
  let app: RunningApp;
  let plan: PlanFixture;
  let admin: Client;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    await truncateAll(app);
    admin = await asAdmin(app);
    plan = await buildPlan(admin);
    // Baseline 42.0 in June 2024, target 60.0 for 2028-29 (June 2029): the board's grade-3 reading goal.
    expect((await admin.send('PUT', `/api/metrics/${plan.metricId}/baselines`, { value: 42.0, asOf: '2024-06-30' })).status).toBe(200);
    expect((await admin.send('PUT', `/api/metrics/${plan.metricId}/targets`, { targets: [{ schoolYear: 2028, value: 60.0 }] })).status).toBe(200);
  });

  const record = (value: number, periodEnd = '2026-06-30') =>
    admin.send('POST', '/api/measurements/bulk', { measurements: [{ metricId: plan.metricId, periodEnd, periodKind: 'year', value, denominator: 850 }] });
  const tree = async (asOf: string) => (await admin.get<PlanTree>(`/api/plans/${plan.planId}/tree?asOf=${asOf}`)).body;
  const metricOf = (t: PlanTree) => t.priorities[0]?.goals[0]?.metrics[0];

  it('expects 49.2 in June 2026 on the way from 42.0 (June 2024) to 60.0 (June 2029)', async () => {
    await record(49.2);
    const metric = metricOf(await tree('2026-07-15'));
    // 42 + 18 × 730 / 1826 days = 49.196
    expect(metric?.expected).toBeCloseTo(49.2, 1);
    expect(metric?.expected).toBeCloseTo(49.196, 3);
    expect(metric?.status).toBe('on-track');
    expect(metric?.latest).toEqual({ value: 49.2, periodEnd: '2026-06-30' });
    expect(metric?.finalTarget).toBe(60);
  });

  it.each([
    // actual, status, progress = (actual − 42) / (49.196 − 42)
    [48.5, 'watch', 0.903],
    [47.0, 'off-track', 0.695],
    [42.0, 'off-track', 0],
    [60.0, 'met', 2.501],
  ])('an actual of %d is %s (progress %d)', async (actual, status, progress) => {
    await record(actual);
    const metric = metricOf(await tree('2026-07-15'));
    expect(metric?.status).toBe(status);
    expect(metric?.progress).toBeCloseTo(progress, 2);
  });

  it('rolls the metric up to its goal, priority and plan', async () => {
    await record(48.5);
    const t = await tree('2026-07-15');
    expect(t.priorities[0]?.goals[0]?.status.status).toBe('watch');
    expect(t.priorities[0]?.status.status).toBe('watch');
    expect(t.status.status).toBe('watch');
    expect(t.schoolYear).toBe('2026-27');
  });

  it('says "awaiting release" before the first data can exist, and "no data" after', async () => {
    await admin.send('PATCH', `/api/metrics/${plan.metricId}`, { lagDays: 120, version: 1 });
    // First period after the baseline ends 2025-06-30; + 120 days lag + 30 days grace = 2025-11-27.
    expect(metricOf(await tree('2025-11-27'))?.status).toBe('awaiting-release');
    expect(metricOf(await tree('2025-11-28'))?.status).toBe('no-data');
  });

  it('calls a metric stale only after its next period plus the release lag has passed', async () => {
    await record(49.2, '2025-06-30');
    // Next period ends 2026-06-30; + 0 lag + 30 grace = 2026-07-30.
    expect(metricOf(await tree('2026-07-30'))?.status).not.toBe('stale');
    expect(metricOf(await tree('2026-07-31'))?.status).toBe('stale');
  });

  it('serves the series: actual against the expected trajectory', async () => {
    await record(48.5);
    const { body } = await admin.get<MetricSeries>(`/api/metrics/${plan.metricId}/series?asOf=2026-07-15`);
    expect(body.status).toBe('watch');
    expect(body.baseline).toEqual({ value: 42, asOf: '2024-06-30' });
    expect(body.trajectory).toEqual([
      { date: '2024-06-30', value: 42 },
      { date: '2029-06-30', value: 60 },
    ]);
    expect(body.actuals).toEqual([{ periodEnd: '2026-06-30', value: 48.5, expected: 49.1961, n: 850, suppressed: false }]);
  });

  it('a group without targets of its own inherits the district ones', async () => {
    const group = plan.groupIds['EL'];
    await admin.send('POST', '/api/measurements/bulk', {
      measurements: [{ metricId: plan.metricId, periodEnd: '2026-06-30', periodKind: 'year', groupId: group, value: 31.0, denominator: 120 }],
    });
    const { body } = await admin.get<MetricSeries>(`/api/metrics/${plan.metricId}/series?asOf=2026-07-15&groupId=${group}`);
    expect(body.inheritsTargets).toBe(true);
    expect(body.status).toBe('off-track');
  });

  it('keeps the history of a changed target and requires a reason', async () => {
    const noReason = await admin.send<{ errors: { field: string }[] }>('PUT', `/api/metrics/${plan.metricId}/targets`, { targets: [{ schoolYear: 2028, value: 58 }] });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors.map((e) => e.field)).toEqual(['reason']);
    const changed = await admin.send('PUT', `/api/metrics/${plan.metricId}/targets`, {
      targets: [{ schoolYear: 2028, value: 58 }],
      reason: 'State cut scores changed in 2026',
    });
    expect(changed.status).toBe(200);
    const history = (await admin.get<Target[]>(`/api/metrics/${plan.metricId}/targets?history=true`)).body;
    expect(history.map((t) => [t.value, t.reason, t.supersededAt === null])).toEqual([
      [60, null, false],
      [58, 'State cut scores changed in 2026', true],
    ]);
  });

  it('reads tactics as they stood on a past date: the check-in made by then, not today\'s', async () => {
    const tacticOf = (t: PlanTree) => t.priorities[0]?.goals[0]?.strategies[0]?.tactics.find((x) => x.id === plan.tacticId);
    const checkIn = (status: string, percentComplete: number, version: number) =>
      admin.send('POST', `/api/tactics/${plan.tacticId}/status-updates`, { status, percentComplete, narrative: 'Progress note', version });
    expect((await checkIn('on-track', 30, 1)).status).toBe(201);
    expect((await checkIn('at-risk', 60, 2)).status).toBe(201);
    // Back-date the two check-ins (the API stamps them now): 10 March and 20 May 2026, afternoon in the district.
    await dataSourceOf(app).query(
      `UPDATE app.status_update SET created_at = CASE percent_complete WHEN 30 THEN timestamptz '2026-03-10T20:00:00Z' ELSE timestamptz '2026-05-20T20:00:00Z' END
        WHERE tactic_id = $1`,
      [plan.tacticId],
    );
    expect(tacticOf(await tree('2026-02-01'))).toEqual(expect.objectContaining({ status: 'not-started', percentComplete: 0 }));
    expect(tacticOf(await tree('2026-03-10'))).toEqual(expect.objectContaining({ status: 'on-track', percentComplete: 30 }));
    expect(tacticOf(await tree('2026-04-01'))).toEqual(expect.objectContaining({ status: 'on-track', percentComplete: 30 }));
    expect(tacticOf(await tree('2026-05-20'))).toEqual(expect.objectContaining({ status: 'at-risk', percentComplete: 60 }));
    // Today: the tactic's own fields (the latest check-in).
    const now = (await admin.get<PlanTree>(`/api/plans/${plan.planId}/tree`)).body;
    expect(tacticOf(now)).toEqual(expect.objectContaining({ status: 'at-risk', percentComplete: 60 }));
  });

  it('computes overdue and stale for tactics and filters on them', async () => {
    const past = await admin.send<Tactic>('POST', '/api/tactics', {
      strategyId: plan.strategyId, title: 'Adopt a K-3 screener', ownerId: plan.personId, schoolYear: 2025,
      startDate: '2025-08-01', dueDate: '2025-10-31',
    });
    expect(past.body.overdue).toBe(true);
    expect(past.body.stale).toBe(true);
    const overdue = (await admin.get<{ items: Tactic[] }>(`/api/tactics?overdue=true&planId=${plan.planId}`)).body.items;
    expect(overdue.map((t) => t.id)).toEqual([past.body.id]);
    const notOverdue = (await admin.get<{ items: Tactic[] }>(`/api/tactics?overdue=false`)).body.items;
    expect(notOverdue.map((t) => t.id)).toEqual([plan.tacticId]);
    // The SQL filter and the domain's flags agree on every row.
    const stale = (await admin.get<{ items: Tactic[] }>(`/api/tactics?stale=true`)).body.items;
    expect(stale.every((t) => t.stale)).toBe(true);
    expect(stale.map((t) => t.id)).toContain(past.body.id);
  });
});
