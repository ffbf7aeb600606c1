import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ReviewDetail, isoDateInZone, monthlySnapshotDates, previousMonthEnd } from '@throughline/domain';
import { CollectionQueue } from '../../apps/api/src/collection/collection.queue-service.js';
import { type Client, type RunningApp, eventually, startApp } from './support/app.js';
import { dataSourceOf, truncateAll } from './support/db.js';
import { type PlanFixture, buildPlan } from './support/plan-fixture.js';
import { asAdmin } from './support/users.js';

/** Snapshots never change once taken: not by a route, not by SQL, not by closing twice or running the monthly task twice. */
describe('snapshots', () => {
  let app: RunningApp;
  let admin: Client;
  let plan: PlanFixture;
  let review: ReviewDetail;

  beforeAll(async () => {
    app = await startApp();
    await truncateAll(app);
    admin = await asAdmin(app);
    plan = await buildPlan(admin);
    const today = isoDateInZone(Date.now(), 'America/Chicago');
    review = (await admin.send<ReviewDetail>('POST', '/api/reviews', { planId: plan.planId, heldOn: today })).body;
    const closed = await admin.send<ReviewDetail>('POST', `/api/reviews/${review.id}/close`);
    expect(closed.status).toBe(200);
    review = closed.body;
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  const snapshotCount = async (kind: string) => {
    const [row] = await dataSourceOf(app).query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app.snapshot WHERE kind = $1`, [kind]);
    return row?.n;
  };

  it.each([
    ['snapshot', `UPDATE app.snapshot SET as_of = as_of - 1 WHERE id = $1`],
    ['snapshot', `DELETE FROM app.snapshot WHERE id = $1`],
    ['snapshot_node', `UPDATE app.snapshot_node SET status = 'on-track' WHERE snapshot_id = $1`],
    ['snapshot_node', `DELETE FROM app.snapshot_node WHERE snapshot_id = $1`],
    ['snapshot_metric', `UPDATE app.snapshot_metric SET value = 99 WHERE snapshot_id = $1`],
    ['snapshot_metric', `DELETE FROM app.snapshot_metric WHERE snapshot_id = $1`],
  ])('the database refuses to change %s: %s', async (table, sql) => {
    const db = dataSourceOf(app);
    const [before] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app.${table} WHERE ${table === 'snapshot' ? 'id' : 'snapshot_id'} = $1`, [review.snapshotId]);
    expect(before?.n).toBeGreaterThan(0);
    await expect(db.query(sql, [review.snapshotId])).rejects.toThrow(/snapshots never change once taken/);
    const [after] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app.${table} WHERE ${table === 'snapshot' ? 'id' : 'snapshot_id'} = $1`, [review.snapshotId]);
    expect(after?.n).toBe(before?.n);
  });

  it('holds the plan node by node and the metric with its stored value', async () => {
    const db = dataSourceOf(app);
    const nodes = await db.query<{ entity: string; entity_id: string }[]>(`SELECT entity, entity_id FROM app.snapshot_node WHERE snapshot_id = $1 ORDER BY entity`, [review.snapshotId]);
    expect(nodes).toEqual([
      { entity: 'goal', entity_id: plan.goalId },
      { entity: 'plan', entity_id: plan.planId },
      { entity: 'priority', entity_id: plan.priorityId },
      { entity: 'strategy', entity_id: plan.strategyId },
      { entity: 'tactic', entity_id: plan.tacticId },
    ]);
    const metrics = await db.query<{ metric_id: string; group_id: string; status: string }[]>(`SELECT metric_id, group_id, status FROM app.snapshot_metric WHERE snapshot_id = $1`, [review.snapshotId]);
    expect(metrics).toEqual([{ metric_id: plan.metricId, group_id: plan.allStudentsId, status: 'no-data' }]);
  });

  it('closing twice does not take a second snapshot', async () => {
    expect((await admin.send('POST', `/api/reviews/${review.id}/close`)).status).toBe(409);
    expect(await snapshotCount('review')).toBe(1);
  });

  it('the monthly task takes last month-end’s snapshot once, however often it runs through the queue', async () => {
    const db = dataSourceOf(app);
    const queue = app.booted.context.get(CollectionQueue);
    const runOnce = async () => {
      const jobId = await queue.ritualsNow();
      return eventually(async () => {
        const [run] = await db.query<{ detail: string }[]>(`SELECT detail FROM app.job_run WHERE queue_job_id = $1 AND finished_at IS NOT NULL`, [jobId]);
        return run;
      }, 30_000);
    };
    // The fixture's plan starts in July 2024, so the first run also fills the past year of month ends.
    const today = isoDateInZone(Date.now(), 'America/Chicago');
    const expected = monthlySnapshotDates(today, '2024-07-01', false);
    expect(expected.length).toBe(12);
    const asOf = expected[expected.length - 1] as string;
    expect(asOf).toBe(previousMonthEnd(today));
    const firstRun = await runOnce();
    expect(firstRun.detail).toContain(`monthly-snapshot: took 12 snapshot(s) as of ${expected.join(', ')}`);
    const secondRun = await runOnce();
    expect(secondRun.detail).toContain('monthly-snapshot: nothing due');
    const rows = await db.query<{ as_of: string; nodes: number }[]>(
      `SELECT s.as_of, (SELECT count(*)::int FROM app.snapshot_node n WHERE n.snapshot_id = s.id) AS nodes FROM app.snapshot s
        WHERE s.kind = 'monthly' ORDER BY s.as_of`,
    );
    expect(rows).toEqual(expected.map((date) => ({ as_of: date, nodes: 5 })));
    // The goal's status over time now has a point per month end (and the closed review's).
    const history = await admin.get<{ points: unknown[] }>(`/api/plans/${plan.planId}/status-history?entity=goal&id=${plan.goalId}`);
    expect(history.body.points.length).toBe(expected.includes(review.heldOn) ? 12 : 13);
    // Two takes racing for the same month end: the unique index lets one in.
    await expect(db.query(`INSERT INTO app.snapshot (plan_id, as_of, kind) VALUES ($1, $2, 'monthly')`, [plan.planId, asOf])).rejects.toThrow(/snapshot_monthly_once/);
  });

  it('deleting the plan still removes its snapshots (the cascade is allowed)', async () => {
    const db = dataSourceOf(app);
    await db.query(`DELETE FROM app.plan WHERE id = $1`, [plan.planId]);
    expect(await snapshotCount('review')).toBe(0);
    expect(await snapshotCount('monthly')).toBe(0);
  });
});
