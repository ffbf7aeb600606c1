import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { MetricSeries } from '@throughline/domain';
import type { PlanSparklines } from '../../apps/api/src/plans/sparklines.dto.js';
import { type Client, type RunningApp, startApp } from './support/app.js';
import { truncateAll } from './support/db.js';
import { type PlanFixture, buildPlan } from './support/plan-fixture.js';
import { asAdmin } from './support/users.js';

// The overview's sparklines: one request for every goal's headline series, equal to what the series route says.
describe('GET /api/plans/{id}/sparklines', () => {
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
    expect((await admin.send('PUT', `/api/metrics/${plan.metricId}/baselines`, { value: 42.0, asOf: '2024-06-30' })).status).toBe(200);
    const targets = [{ schoolYear: 2024, value: 45.6 }, { schoolYear: 2028, value: 60.0 }];
    expect((await admin.send('PUT', `/api/metrics/${plan.metricId}/targets`, { targets })).status).toBe(200);
    const measurements = [
      ['2025-06-30', 45.0],
      ['2026-06-30', 49.2],
      ['2027-06-30', 53.0],
    ].map(([periodEnd, value]) => ({ metricId: plan.metricId, periodEnd, periodKind: 'year', value, denominator: 850 }));
    // A suppressed district value and a school's value: neither belongs on the district sparkline.
    const others = [
      { metricId: plan.metricId, periodEnd: '2024-12-31', periodKind: 'year', suppressed: true },
      { metricId: plan.metricId, periodEnd: '2025-06-30', periodKind: 'year', value: 12, denominator: 8, schoolId: plan.schoolId },
    ];
    expect((await admin.send('POST', '/api/measurements/bulk', { measurements: [...measurements, ...others] })).status).toBe(200);
  });

  const sparklines = async (query: string) => admin.get<PlanSparklines>(`/api/plans/${plan.planId}/sparklines${query}`);

  it("gives each goal its headline series, with the same expected values as the metric's series", async () => {
    const response = await sparklines('?asOf=2026-11-25');
    expect(response.status).toBe(200);
    expect(response.body.asOf).toBe('2026-11-25');
    expect(response.body.sparklines).toHaveLength(1);
    const [line] = response.body.sparklines;
    expect(line).toMatchObject({ goalId: plan.goalId, metricId: plan.metricId, baseline: { value: 42, asOf: '2024-06-30' }, totalPoints: 2 });
    // Actuals up to asOf only, without the suppressed period or the school's value.
    expect(line?.actuals.map((a) => [a.periodEnd, a.value])).toEqual([
      ['2025-06-30', 45],
      ['2026-06-30', 49.2],
    ]);
    const series = (await admin.get<MetricSeries>(`/api/metrics/${plan.metricId}/series?asOf=2026-11-25`)).body;
    const expectedByPeriod = new Map(series.actuals.map((a) => [a.periodEnd, a.expected]));
    for (const point of line?.actuals ?? []) expect(point.expected).toBe(expectedByPeriod.get(point.periodEnd));
    expect(line?.actuals[0]?.expected).toBe(45.6);
    expect(line?.trajectory).toEqual(series.trajectory);
  });

  it('downsamples to the requested number of points, keeping the first and the last', async () => {
    const monthly = Array.from({ length: 30 }, (_, i) => {
      const month = (i % 12) + 1;
      const year = 2024 + Math.floor(i / 12);
      const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
      return { metricId: plan.metricId, periodEnd: last, periodKind: 'month', value: 40 + (i % 7), denominator: 850 };
    });
    expect((await admin.send('POST', '/api/measurements/bulk', { measurements: monthly })).status).toBe(200);
    const line = (await sparklines('?asOf=2026-12-31&points=5')).body.sparklines[0];
    expect(line?.actuals).toHaveLength(5);
    expect(line?.totalPoints).toBeGreaterThan(5);
    expect(line?.actuals[0]?.periodEnd).toBe('2024-01-31');
    expect(line?.actuals[4]?.periodEnd).toBe('2026-06-30');
  });

  it('answers 404 for an unknown plan and 400 for a bad asOf or points', async () => {
    expect((await admin.get('/api/plans/00000000-0000-4000-8000-000000000000/sparklines')).status).toBe(404);
    const bad = await sparklines('?asOf=2026-13-01&points=1');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/asOf/);
    expect(JSON.stringify(bad.body)).toMatch(/points/);
  });
});
