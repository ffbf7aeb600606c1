import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { dataSourceOf } from './support/db.js';
import { planApp } from './support/plan-fixture.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/**
 * A measurement's metric, school and student group are checked once per statement (statement triggers, for bulk
 * loads) instead of per row by foreign keys: the same rules must hold, under concurrency too.
 */
describe('the references of measurements', () => {
  const t = planApp();
  const db = () => dataSourceOf(t.app);
  const insert = (metricId: string, schoolId: string | null, groupId: string, periodEnd = '2026-06-30') =>
    db().query(
      `INSERT INTO app.measurement (metric_id, period_end, period_kind, school_id, group_id, value) VALUES ($1, $2, 'year', $3, $4, 40)`,
      [metricId, periodEnd, schoolId, groupId],
    );
  const count = async (where: string, params: unknown[]) =>
    Number((await db().query<{ n: string }[]>(`SELECT count(*) AS n FROM app.measurement WHERE ${where}`, params))[0]?.n);
  const failure = (promise: Promise<unknown>) => promise.then(() => ({ code: 'none', constraint: '' }), (error: { driverError?: { code: string; constraint: string } }) => error.driverError ?? { code: '?', constraint: '' });

  it.each([
    ['metric', () => [UNKNOWN, t.plan.schoolId, t.plan.allStudentsId] as const, 'measurement_metric_id_fkey'],
    ['school', () => [t.plan.metricId, UNKNOWN, t.plan.allStudentsId] as const, 'measurement_school_id_fkey'],
    ['student group', () => [t.plan.metricId, t.plan.schoolId, UNKNOWN] as const, 'measurement_group_id_fkey'],
  ])('refuses a measurement of an unknown %s with the foreign key error, storing nothing', async (_label, args, constraint) => {
    const [metricId, schoolId, groupId] = args();
    expect(await failure(insert(metricId, schoolId, groupId))).toEqual(expect.objectContaining({ code: '23503', constraint }));
    expect(await count('true', [])).toBe(0);
  });

  it('refuses a whole bulk statement when one of its rows has an unknown school', async () => {
    const rows = db().query(
      `INSERT INTO app.measurement (metric_id, period_end, period_kind, school_id, group_id, value)
       SELECT $1, d::date, 'month', CASE WHEN d = '2026-03-31' THEN $3::uuid ELSE $2::uuid END, $4, 40
         FROM unnest(ARRAY['2026-01-31', '2026-02-28', '2026-03-31']) d`,
      [t.plan.metricId, t.plan.schoolId, UNKNOWN, t.plan.allStudentsId],
    );
    expect(await failure(rows)).toEqual(expect.objectContaining({ code: '23503', constraint: 'measurement_school_id_fkey' }));
    expect(await count('true', [])).toBe(0);
  });

  it('deletes a metric’s and a school’s measurements with them, and their history', async () => {
    await insert(t.plan.metricId, t.plan.schoolId, t.plan.allStudentsId);
    await insert(t.plan.metricId, null, t.plan.allStudentsId);
    const [{ id }] = (await db().query(`SELECT id FROM app.measurement WHERE school_id IS NOT NULL`)) as { id: string }[];
    await db().query(`INSERT INTO app.measurement_history (measurement_id, value, suppressed) VALUES ($1, 39, false)`, [id]);
    await db().query(`DELETE FROM app.school WHERE id = $1`, [t.plan.schoolId]);
    expect(await count('true', [])).toBe(1);
    expect(Number((await db().query<{ n: string }[]>(`SELECT count(*) AS n FROM app.measurement_history`))[0]?.n)).toBe(0);
    expect((await t.admin.send('DELETE', `/api/metrics/${t.plan.metricId}`)).status).toBe(204);
    expect(await count('true', [])).toBe(0);
  });

  it('refuses to delete a student group that measurements use, through the API as a conflict', async () => {
    const [group] = (await db().query(
      `INSERT INTO app.student_group (code, name_en, name_es, kind) VALUES ('LTEL', 'Long-term English learners', 'Aprendices de inglés a largo plazo', 'program') RETURNING id`,
    )) as { id: string }[];
    await insert(t.plan.metricId, null, group?.id ?? '');
    expect(await failure(db().query(`DELETE FROM app.student_group WHERE id = $1`, [group?.id]))).toEqual(
      expect.objectContaining({ code: '23503', constraint: 'measurement_group_id_fkey' }),
    );
    const answer = await t.admin.send<{ message: string }>('DELETE', `/api/student-groups/${group?.id}`);
    expect({ status: answer.status, message: answer.body.message }).toEqual({ status: 409, message: 'Still used by measurement: remove or move those first' });
    expect(await count('group_id = $1', [group?.id])).toBe(1);
  });

  it('makes a metric deleted while a load is open wait for it, then takes the loaded rows with it (no orphans)', async () => {
    const url = process.env['IT_DATABASE_URL'];
    const loader = new pg.Client({ connectionString: url });
    const deleter = new pg.Client({ connectionString: url });
    await Promise.all([loader.connect(), deleter.connect()]);
    try {
      await loader.query('BEGIN');
      await loader.query(
        `INSERT INTO app.measurement (metric_id, period_end, period_kind, school_id, group_id, value) VALUES ($1, '2026-06-30', 'year', NULL, $2, 40)`,
        [t.plan.metricId, t.plan.allStudentsId],
      );
      let deleted = false;
      const deleting = deleter.query(`DELETE FROM app.metric WHERE id = $1`, [t.plan.metricId]).then(() => {
        deleted = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(deleted).toBe(false);
      await loader.query('COMMIT');
      await deleting;
      expect(await count('metric_id = $1', [t.plan.metricId])).toBe(0);
    } finally {
      await Promise.all([loader.end(), deleter.end()]);
    }
  });
});
