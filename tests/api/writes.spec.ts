import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { BulkMeasurementsResult, Metric, StatusUpdate, Tactic } from '@throughline/domain';
import { type Client, type RunningApp, startApp } from './support/app.js';
import { asAdmin } from './support/users.js';
import { dataSourceOf, truncateAll } from './support/db.js';
import { type PlanFixture, buildPlan } from './support/plan-fixture.js';

describe('writes that succeed', () => {
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
  });

  it('upserts measurements on their natural key: a re-sent batch changes nothing, one changed value updates one row', async () => {
    const batch = ['ALL', 'EL', 'SWD'].map((code, i) => ({
      metricId: plan.metricId,
      periodEnd: '2026-06-30',
      periodKind: 'year',
      schoolId: plan.schoolId,
      groupId: plan.groupIds[code],
      value: 40 + i,
      numerator: 40 + i,
      denominator: 100,
    }));
    const send = (measurements: unknown[]) => admin.send<BulkMeasurementsResult>('POST', '/api/measurements/bulk', { measurements });
    expect((await send(batch)).body).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
    expect((await send(batch)).body).toEqual({ inserted: 0, updated: 0, unchanged: 3 });
    const changed = batch.map((m, i) => (i === 1 ? { ...m, value: 45, numerator: 45 } : m));
    expect((await send(changed)).body).toEqual({ inserted: 0, updated: 1, unchanged: 2 });
    const [{ count }] = await dataSourceOf(app).query<{ count: number }[]>(`SELECT count(*)::int AS count FROM app.measurement`);
    expect(count).toBe(3);
  });

  it('stores a suppressed cell as suppressed, never as 0', async () => {
    await admin.send('POST', '/api/measurements/bulk', {
      measurements: [{ metricId: plan.metricId, periodEnd: '2026-06-30', periodKind: 'year', groupId: plan.groupIds['PI'], suppressed: true }],
    });
    const { body } = await admin.get<{ items: { value: number | null; suppressed: boolean }[] }>(`/api/measurements?metricId=${plan.metricId}`);
    expect(body.items).toEqual([expect.objectContaining({ value: null, suppressed: true })]);
  });

  it('records a check-in, moves the tactic, and refuses a second one made on the old version', async () => {
    const checkIn = {
      status: 'at-risk',
      percentComplete: 35,
      narrative: 'Substitute shortage delayed the second training cohort to January.',
      evidenceLinks: ['https://drive.example.org/cohort-1-sign-in.pdf'],
      version: 1,
    };
    const first = await admin.send<{ statusUpdate: StatusUpdate; tactic: Tactic }>('POST', `/api/tactics/${plan.tacticId}/status-updates`, checkIn);
    expect(first.status).toBe(201);
    expect(first.body.tactic).toEqual(expect.objectContaining({ status: 'at-risk', percentComplete: 35, version: 2, stale: false }));
    expect(first.body.tactic.lastCheckInAt).toBe(first.body.statusUpdate.createdAt);

    const again = await admin.send('POST', `/api/tactics/${plan.tacticId}/status-updates`, { ...checkIn, percentComplete: 40 });
    expect(again.status).toBe(409);
    const history = (await admin.get<StatusUpdate[]>(`/api/tactics/${plan.tacticId}/status-updates`)).body;
    expect(history).toHaveLength(1);
  });

  it('updates a metric only on the version read, then bumps it', async () => {
    const ok = await admin.send<Metric>('PATCH', `/api/metrics/${plan.metricId}`, { lagDays: 120, version: 1 });
    expect(ok.body).toEqual(expect.objectContaining({ lagDays: 120, version: 2 }));
    const stale = await admin.send<{ currentVersion: number }>('PATCH', `/api/metrics/${plan.metricId}`, { lagDays: 0, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    expect((await admin.get<Metric>(`/api/metrics/${plan.metricId}`)).body.lagDays).toBe(120);
  });

  it('replaces a tactic’s contributors and linked metrics, and filters by owner or contributor', async () => {
    const updated = await admin.send<Tactic>('PATCH', `/api/tactics/${plan.tacticId}`, {
      contributorIds: [plan.stewardId],
      metricIds: [plan.metricId],
      version: 1,
    });
    expect(updated.body).toEqual(expect.objectContaining({ contributorIds: [plan.stewardId], metricIds: [plan.metricId], version: 2 }));
    const mine = (await admin.get<{ items: Tactic[] }>(`/api/tactics?ownerId=${plan.stewardId}`)).body.items;
    expect(mine.map((t) => t.id)).toEqual([plan.tacticId]);
  });

  it('keeps one active plan: activating another deactivates the first', async () => {
    const second = await admin.send<{ id: string; active: boolean }>('POST', '/api/plans', {
      name: 'Next plan', firstSchoolYear: 2029, lastSchoolYear: 2033, active: true,
    });
    expect(second.body.active).toBe(true);
    const plans = (await admin.get<{ id: string; active: boolean }[]>('/api/plans')).body;
    expect(plans.filter((p) => p.active).map((p) => p.id)).toEqual([second.body.id]);
  });

  it('deleting a plan removes its whole tree', async () => {
    expect((await admin.send('DELETE', `/api/plans/${plan.planId}`)).status).toBe(204);
    expect((await admin.get(`/api/goals/${plan.goalId}`)).status).toBe(404);
    expect((await admin.get(`/api/tactics/${plan.tacticId}`)).status).toBe(404);
  });
});
