import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { type IsoDate, type Tactic, addDays, isoDateInZone } from '@throughline/domain';
import type { MyWorkResponse } from '../../apps/api/src/my-work/my-work.dto.js';
import { type Client, type RunningApp, startApp } from './support/app.js';
import { dataSourceOf, truncateAll } from './support/db.js';
import { type PlanFixture, buildPlan } from './support/plan-fixture.js';
import { type TestUser, asAdmin, createUser, signIn } from './support/users.js';

describe('GET /api/my-work', () => {
  let app: RunningApp;
  let admin: Client;
  let plan: PlanFixture;
  let principal: TestUser;
  let steward: TestUser;
  let today: IsoDate;

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
    principal = await createUser(app, ['owner'], 'Pat Principal');
    steward = await createUser(app, ['steward'], 'Sam Steward');
    today = isoDateInZone(Date.now(), 'America/Chicago');
  });

  const createTactic = async (title: string, ownerId: string, extra: Record<string, unknown> = {}): Promise<Tactic> => {
    const response = await admin.send<Tactic>('POST', '/api/tactics', { strategyId: plan.strategyId, title, ownerId, schoolYear: 2026, ...extra });
    expect(response.status).toBe(201);
    return response.body;
  };

  it('lists exactly the tactics the person owns or contributes to, with health, milestones, last check-in and what is due', async () => {
    const owned = await createTactic('Launch the ninth-grade success team', principal.personId, {
      startDate: addDays(today, -40),
      dueDate: addDays(today, -1),
    });
    const contributed = await createTactic('Family literacy nights', plan.personId, { contributorIds: [principal.personId], startDate: today });
    await createTactic('Someone else’s tactic', plan.personId);
    const milestone = await admin.send('POST', '/api/milestones', { tacticId: owned.id, title: 'Team roster set', dueDate: addDays(today, -20) });
    expect(milestone.status).toBe(201);

    const me = await signIn(app, principal);
    const before = (await me.get<MyWorkResponse>('/api/my-work')).body;
    expect(before.personId).toBe(principal.personId);
    expect(before.asOf).toBe(today);
    expect(before.tactics.map((t) => [t.id, t.role])).toEqual([
      [owned.id, 'owner'],
      [contributed.id, 'contributor'],
    ]);
    const mine = before.tactics[0];
    expect(mine).toEqual(expect.objectContaining({ strategyTitle: 'Structured literacy in K-3', goalTitle: 'Grade 3 reading on grade level', lastUpdate: null, overdue: true, stale: true }));
    expect(mine?.health).toEqual(expect.objectContaining({ overdue: true, daysOverdue: 1, stale: true, nextCheckInDue: addDays(today, -9) }));
    expect(mine?.milestones).toEqual([expect.objectContaining({ title: 'Team roster set', completedOn: null })]);
    // Only the owner is chased: the contributed tactic is listed but owes nothing here.
    expect(before.due).toEqual([
      { kind: 'tactic-overdue', id: owned.id, title: owned.title, days: 1 },
      { kind: 'check-in-overdue', id: owned.id, title: owned.title, days: 9 },
    ]);
    expect(before.dataRequests).toEqual([]);

    const checkIn = await me.send('POST', `/api/tactics/${owned.id}/status-updates`, {
      status: 'at-risk',
      percentComplete: 30,
      narrative: 'Two counsellors on leave; roster delayed.',
      evidenceLinks: ['https://drive.example.org/roster.pdf'],
      version: owned.version,
    });
    expect(checkIn.status).toBe(201);
    const after = (await me.get<MyWorkResponse>('/api/my-work')).body;
    const updated = after.tactics.find((t) => t.id === owned.id);
    expect(updated).toEqual(expect.objectContaining({ status: 'at-risk', percentComplete: 30, version: owned.version + 1, stale: false }));
    expect(updated?.lastUpdate).toEqual(
      expect.objectContaining({ status: 'at-risk', narrative: 'Two counsellors on leave; roster delayed.', authorName: 'Pat Principal', createdOn: today, evidenceLinks: ['https://drive.example.org/roster.pdf'] }),
    );
    expect(updated?.health).toEqual(expect.objectContaining({ stale: false, daysSinceCheckIn: 0 }));
    expect(after.due.map((d) => d.kind)).toEqual(['tactic-overdue']);
  });

  it('answers an empty list for someone with no work, never someone else’s', async () => {
    const nobody = await createUser(app, ['board'], 'Bo Board');
    const body = (await (await signIn(app, nobody)).get<MyWorkResponse>('/api/my-work')).body;
    expect(body).toEqual(expect.objectContaining({ personId: nobody.personId, tactics: [], dataRequests: [], due: [] }));
  });

  it('lists the open data requests of the manual sources the person stewards, with the period and the rows to fill', async () => {
    const db = dataSourceOf(app);
    // Monthly on the 1st at 00:00, set up long ago: this month's slot has passed and nothing has been entered.
    const schedule = JSON.stringify({ kind: 'monthly', day: 1, hour: 0, minute: 0 });
    await db.query(`UPDATE app.data_source SET steward_id = $1, schedule = $2, schedule_since = now() - interval '60 days' WHERE id = $3`, [steward.personId, schedule, plan.sourceId]);
    await db.query(`UPDATE app.metric SET owner_id = $1 WHERE id = $2`, [steward.personId, plan.metricId]);
    const mapping = JSON.stringify({ period: { previous: 'month' }, metrics: [{ metricId: plan.metricId, value: 'value' }] });
    // Not listed: someone else's manual source, one of the steward's with no schedule, and an inactive one.
    await db.query(
      `INSERT INTO app.data_source (name, kind, steward_id, schedule, schedule_since, mapping, active)
       VALUES ('Other steward', 'manual', $1, $2, now() - interval '60 days', $3, true),
              ('On demand only', 'manual', $4, NULL, NULL, $3, true),
              ('Retired', 'manual', $4, $2, now() - interval '60 days', $3, false)`,
      [plan.stewardId, schedule, mapping, steward.personId],
    );
    const slotDay = `${today.slice(0, 8)}01`;
    const periodEnd = addDays(slotDay, -1);
    // A value entered for the period before the slot is prefilled, and does not close the request.
    await admin.send('POST', '/api/measurements/bulk', {
      measurements: [{ metricId: plan.metricId, periodEnd, periodKind: 'month', value: 41.5, denominator: 800 }],
    });
    await db.query(`UPDATE app.measurement SET recorded_at = now() - interval '45 days'`);

    const me = await signIn(app, steward);
    const body = (await me.get<MyWorkResponse>('/api/my-work')).body;
    expect(body.tactics).toEqual([]);
    expect(body.dataRequests).toHaveLength(1);
    const [request] = body.dataRequests;
    expect(request).toEqual(
      expect.objectContaining({ sourceId: plan.sourceId, name: 'Reading screener (typed in)', slot: `${slotDay}T00:00`, dueSince: slotDay, period: { end: periodEnd, kind: 'month' } }),
    );
    expect(request?.nextSlot).toMatch(/^\d{4}-\d{2}-01T00:00$/);
    // Disaggregated by school and group: the district and All Students at each school.
    expect(request?.metrics).toEqual([
      expect.objectContaining({
        id: plan.metricId,
        unit: 'percent',
        disaggregation: 'both',
        rows: [
          expect.objectContaining({ schoolId: null, groupId: plan.allStudentsId, groupNameEn: 'All Students', value: 41.5, denominator: 800, suppressed: false }),
          expect.objectContaining({ schoolId: plan.schoolId, schoolName: 'Lincoln Elementary', groupId: plan.allStudentsId, value: null, denominator: null }),
        ],
      }),
    ]);
    expect(body.due).toEqual([{ kind: 'data-request', id: plan.sourceId, title: 'Reading screener (typed in)', days: expect.any(Number) }]);

    // Entering the values closes the request.
    const saved = await me.send('POST', '/api/measurements/bulk', {
      measurements: [
        { metricId: plan.metricId, periodEnd, periodKind: 'month', value: 43, denominator: 810 },
        { metricId: plan.metricId, periodEnd, periodKind: 'month', schoolId: plan.schoolId, value: 39.2, denominator: 95 },
      ],
    });
    expect(saved.status).toBe(200);
    const done = (await me.get<MyWorkResponse>('/api/my-work')).body;
    expect(done.dataRequests).toEqual([]);
    expect(done.due).toEqual([]);
  });

  it('gives a metric reported by group the district row of every active group', async () => {
    const db = dataSourceOf(app);
    await db.query(`UPDATE app.metric SET disaggregation = 'group'`);
    await db.query(
      `UPDATE app.data_source SET steward_id = $1, schedule = '{"kind":"daily","hour":0,"minute":0}', schedule_since = now() - interval '3 days',
              mapping = '{"period":{"fixed":{"end":"2026-06-30","kind":"year"}},"metrics":[{"metricId":"${plan.metricId}","value":"v"}]}'`,
      [steward.personId],
    );
    const [{ groups }] = await db.query<{ groups: number }[]>(`SELECT count(*)::int AS groups FROM app.student_group WHERE active`);
    const body = (await (await signIn(app, steward)).get<MyWorkResponse>('/api/my-work')).body;
    const rows = body.dataRequests[0]?.metrics[0]?.rows ?? [];
    expect(body.dataRequests[0]?.period).toEqual({ end: '2026-06-30', kind: 'year' });
    expect(rows).toHaveLength(groups);
    expect(rows.every((r) => r.schoolId === null)).toBe(true);
    expect(rows[0]?.groupId).toBe(plan.allStudentsId);
  });
});
