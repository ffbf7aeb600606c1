import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { isoDateInZone } from '@throughline/domain';
import pg from 'pg';
import type { Queue } from 'bullmq';
import { COLLECTION_QUEUE_TOKEN } from '../../apps/api/src/collection/collection.queue.js';
import { CollectionScheduler } from '../../apps/api/src/collection/collection.scheduler.js';
import { DigestService } from '../../apps/api/src/reminders/digest.service.js';
import { type Client, type RunningApp, eventually, startApp } from './support/app.js';
import { dataSourceOf, truncateAll } from './support/db.js';
import { type PlanFixture, buildPlan } from './support/plan-fixture.js';
import { startSmtp } from './support/smtp.js';
import { startSourceServer, tsv } from './support/source-server.js';
import { type TestUser, asAdmin, createUser, signIn } from './support/users.js';

const SCHOOLS = { lincoln: '19647330100021', roosevelt: '19647330100022' };
const TOKEN = 'Bearer state-portal-token-123';

interface Run { id: string; state: string; attempts: number; rows: Record<string, number>; error: string | null }

describe('collecting data from sources', () => {
  let app: RunningApp;
  let admin: Client & { user: TestUser };
  let plan: PlanFixture;
  let server: Awaited<ReturnType<typeof startSourceServer>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let schoolIds: Record<string, string>;

  beforeAll(async () => {
    server = await startSourceServer();
    smtp = await startSmtp();
    app = await startApp({ SMTP_URL: smtp.url, COLLECT_BACKOFF_MS: '100', COLLECTION_SWEEP_SECONDS: '600' });
  });
  afterAll(async () => {
    await app.close();
    await server.stop();
    await smtp.stop();
  });
  beforeEach(async () => {
    await truncateAll(app);
    admin = await asAdmin(app);
    plan = await buildPlan(admin);
    schoolIds = {};
    for (const [name, code] of Object.entries(SCHOOLS)) {
      schoolIds[name] = (await admin.send<{ id: string }>('POST', '/api/schools', { code, name: `${name} School`, level: 'elementary' })).body.id;
    }
  });

  const db = () => dataSourceOf(app);
  const stateMapping = () => ({
    period: { fixed: { end: '2026-06-30', kind: 'year' } },
    school: { column: 'CDS' },
    recordType: { column: 'RecordType', school: ['S'], district: ['D'], ignore: ['X'] },
    group: { column: 'StudentGroup', codes: { ALL: 'ALL', SED: 'ED', EL: 'EL' }, unmapped: 'skip' },
    metrics: [{ metricId: plan.metricId, value: 'Rate', numerator: 'Numerator', denominator: 'Denominator' }],
  });
  const waitFor = (runId: string) =>
    eventually(async () => {
      const run = (await admin.get<Run>(`/api/runs/${runId}`)).body;
      return ['succeeded', 'partial', 'failed'].includes(run.state) ? run : undefined;
    }, 20_000);
  const runNow = async (sourceId: string) => waitFor((await admin.send<{ id: string }>('POST', `/api/sources/${sourceId}/runs`)).body.id);
  const measurements = () =>
    db().query<{ school: string | null; grp: string; value: string | null; denominator: number | null; suppressed: boolean }[]>(
      `SELECT s.code AS school, g.code AS grp, m.value, m.denominator, m.suppressed FROM app.measurement m
         LEFT JOIN app.school s ON s.id = m.school_id JOIN app.student_group g ON g.id = m.group_id
        WHERE m.metric_id = $1 ORDER BY s.code NULLS FIRST, g.code`,
      [plan.metricId],
    );

  const STATE_ROWS = [
    ['00000000000000', 'X', 'ALL', 5000, 10000, '50.0'],
    ['19647330000000', 'D', 'ALL', 400, 1000, '40.0'],
    ['19647330000000', 'D', 'SED', 150, 500, '30.0'],
    [SCHOOLS.lincoln, 'S', 'ALL', 200, 500, '40.0'],
    [SCHOOLS.lincoln, 'S', 'EL', '*', 8, '*'],
    [SCHOOLS.roosevelt, 'S', 'ALL', 210, 500, '42.0'],
    [SCHOOLS.roosevelt, 'S', 'SED', 90, 200, '45.0'],
    [SCHOOLS.roosevelt, 'S', 'MIG', 1, 2, '50.0'],
    ['19647339999999', 'S', 'ALL', 1, 2, '50.0'],
  ] as const;

  /** What STATE_ROWS land as: district and school rows per mapped group, the withheld cell as suppressed. */
  const STATE_MEASUREMENTS = [
    { school: null, grp: 'ALL', value: '40', denominator: 1000, suppressed: false },
    { school: null, grp: 'ED', value: '30', denominator: 500, suppressed: false },
    { school: SCHOOLS.lincoln, grp: 'ALL', value: '40', denominator: 500, suppressed: false },
    { school: SCHOOLS.lincoln, grp: 'EL', value: null, denominator: 8, suppressed: true },
    { school: SCHOOLS.roosevelt, grp: 'ALL', value: '42', denominator: 500, suppressed: false },
    { school: SCHOOLS.roosevelt, grp: 'ED', value: '45', denominator: 200, suppressed: false },
  ];

  async function httpSource(path: string, schedule?: unknown, mapping: object = stateMapping()) {
    const response = await admin.send<{ id: string; secrets: unknown }>('POST', '/api/sources', {
      name: 'State report card: grade 3 ELA',
      kind: 'http',
      stewardId: plan.stewardId,
      config: { url: server.url(path), format: 'tsv' },
      secrets: { headers: { Authorization: TOKEN } },
      ...(schedule ? { schedule } : {}),
      mapping,
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  it('lands a scheduled state file per school and group: suppressed cells as suppressed, district rows in the district series', async () => {
    server.files.set('/ela.txt', tsv(STATE_ROWS));
    const source = await httpSource('/ela.txt', { kind: 'daily', hour: 6, minute: 0 });
    // Created two days ago: the schedule's missed slots are due now and are caught up, oldest first.
    await db().query(`UPDATE app.data_source SET schedule_since = schedule_since - interval '2 days' WHERE id = $1`, [source.id]);
    await app.booted.context.get(CollectionScheduler).sweepNow();
    const runs = await eventually(async () => {
      const list = (await admin.get<(Run & { period: string; trigger: string })[]>(`/api/sources/${source.id}/runs`)).body;
      return list.length >= 2 && list.every((r) => ['succeeded', 'partial'].includes(r.state)) ? list : undefined;
    }, 20_000);
    expect(runs.every((r) => r.trigger === 'schedule')).toBe(true);
    const periods = runs.map((r) => r.period).sort();
    expect((periods[0] ?? '') < (periods[1] ?? '')).toBe(true);
    // Both slots read the same file: between them, six measurements inserted once and found unchanged once.
    const total = (key: string) => runs.reduce((sum, r) => sum + (r.rows[key] ?? 0), 0);
    expect({ read: total('read'), inserted: total('inserted'), unchanged: total('unchanged'), rejected: total('rejected'), skipped: total('skipped') })
      .toEqual({ read: 18, inserted: 6, unchanged: 6, rejected: 2, skipped: 4 });
    const first = runs.find((r) => r.period === periods[0]) as Run;
    expect(first.state).toBe('partial');
    expect(await measurements()).toEqual(STATE_MEASUREMENTS);
    expect(server.requests.every((r) => r.endsWith(TOKEN))).toBe(true);
    const csv = await admin.get<string>(`/api/runs/${first.id}/rejections.csv`);
    expect(csv.body).toBe('line,reason\r\n10,"unknown school code 19647339999999"\r\n');
  });

  it('inserts nothing when the same data runs again, and updates exactly the changed row, keeping its old value', async () => {
    server.files.set('/ela2.txt', tsv(STATE_ROWS));
    const source = await httpSource('/ela2.txt');
    expect((await runNow(source.id)).rows).toEqual(expect.objectContaining({ inserted: 6, updated: 0, unchanged: 0 }));
    expect((await runNow(source.id)).rows).toEqual(expect.objectContaining({ inserted: 0, updated: 0, unchanged: 6 }));
    server.files.set('/ela2.txt', tsv(STATE_ROWS.map((r) => (r[0] === SCHOOLS.roosevelt && r[2] === 'ALL' ? [r[0], 'S', 'ALL', 215, 500, '43.0'] : r))));
    expect((await runNow(source.id)).rows).toEqual(expect.objectContaining({ inserted: 0, updated: 1, unchanged: 5 }));
    const history = await db().query<{ value: string; code: string }[]>(
      `SELECT h.value, s.code FROM app.measurement_history h JOIN app.measurement m ON m.id = h.measurement_id JOIN app.school s ON s.id = m.school_id`,
    );
    expect(history).toEqual([{ value: '42', code: SCHOOLS.roosevelt }]);
  });

  it('keeps secrets encrypted, never shows them, and puts only ids in job payloads', async () => {
    server.files.set('/ela3.txt', tsv(STATE_ROWS));
    const source = await httpSource('/ela3.txt');
    const shown = (await admin.get<{ secrets: unknown }>(`/api/sources/${source.id}`)).body;
    expect(shown.secrets).toEqual({ headers: ['Authorization'], connectionString: false });
    expect(JSON.stringify(shown)).not.toContain('state-portal-token');
    const [stored] = await db().query<{ ciphertext: string }[]>(`SELECT ciphertext FROM app.data_source_secret WHERE source_id = $1`, [source.id]);
    expect(stored?.ciphertext).toMatch(/^v1:/);
    expect(stored?.ciphertext).not.toContain('state-portal-token');
    const run = (await admin.send<{ id: string; period: string }>('POST', `/api/sources/${source.id}/runs`)).body;
    const queue = app.booted.context.get<Queue>(COLLECTION_QUEUE_TOKEN);
    const job = await queue.getJob(`collect-${source.id}-${run.period.replace(/:/g, '')}`);
    expect(job?.data).toEqual({ runId: run.id });
    await waitFor(run.id);
  });

  it('previews the first rows: what would be written and what refused, writing nothing', async () => {
    server.files.set('/ela4.txt', tsv(STATE_ROWS));
    const source = await httpSource('/ela4.txt');
    const preview = await admin.send<{ accepted: unknown[]; rejected: { line: number; reason: string }[]; skipped: unknown[]; columns: string[] }>(
      'POST', `/api/sources/${source.id}/preview`, { rows: 50 },
    );
    expect(preview.status).toBe(200);
    expect(preview.body.columns).toEqual(['CDS', 'RecordType', 'StudentGroup', 'Numerator', 'Denominator', 'Rate']);
    expect(preview.body.skipped).toHaveLength(2);
    expect(preview.body.rejected.map((r) => r.line)).toEqual([10]);
    expect((await measurements()).length).toBe(0);
  });

  it('takes only this district\'s rows of a statewide file: another district\'s rows are skipped, never stored as ours', async () => {
    // A statewide download: our district (county-district 1964733) and a neighbour (1964790), whose district row
    // would otherwise land in our district series and whose schools would be rejected as unknown.
    const neighbour = [
      ['19647900000000', 'D', 'ALL', 900, 1000, '90.0'],
      ['19647900100011', 'S', 'ALL', 450, 500, '90.0'],
      ['19647900100012', 'S', 'SED', 80, 100, '80.0'],
    ] as const;
    server.files.set('/statewide.txt', tsv([...neighbour, ...STATE_ROWS, ...neighbour]));
    const source = await httpSource('/statewide.txt', undefined, { ...stateMapping(), thisDistrict: { column: 'CDS', codes: ['1964733*'] } });
    const preview = await admin.send<{ rowsRead: number; otherDistrictRows: number; accepted: unknown[]; rejected: unknown[]; skipped: unknown[] }>(
      'POST', `/api/sources/${source.id}/preview`, { rows: 3 },
    );
    // Three of our rows asked for: the neighbour's three and the state total before them are read, counted, passed over.
    expect(preview.body).toEqual(expect.objectContaining({ rowsRead: 7, otherDistrictRows: 4 }));
    expect(preview.body.accepted.length + preview.body.rejected.length + preview.body.skipped.length).toBe(3);

    const run = await runNow(source.id);
    // The state row is another district's too: 7 skipped (6 neighbour rows and the state total) + MIG.
    expect(run.rows).toEqual(expect.objectContaining({ read: 15, inserted: 6, rejected: 1, skipped: 8 }));
    expect(await measurements()).toEqual(STATE_MEASUREMENTS);
  });

  it('lands a wide file (a column per student group) as one series per group', async () => {
    server.files.set('/wide.txt', ['CAMPUS\tALL_RATE\tALL_N\tECO_RATE\tECO_N', `${SCHOOLS.lincoln}\t40.0\t500\t31.5\t220`, `${SCHOOLS.roosevelt}\t42.0\t500\t*\t6`].join('\n'));
    const source = await httpSource('/wide.txt', undefined, {
      period: { fixed: { end: '2026-06-30', kind: 'year' } },
      school: { column: 'CAMPUS' },
      metrics: [
        { metricId: plan.metricId, value: 'ALL_RATE', denominator: 'ALL_N', group: 'ALL' },
        { metricId: plan.metricId, value: 'ECO_RATE', denominator: 'ECO_N', group: 'ED' },
      ],
    });
    expect((await runNow(source.id)).rows).toEqual(expect.objectContaining({ read: 2, inserted: 4, rejected: 0 }));
    expect(await measurements()).toEqual([
      { school: SCHOOLS.lincoln, grp: 'ALL', value: '40', denominator: 500, suppressed: false },
      { school: SCHOOLS.lincoln, grp: 'ED', value: '31.5', denominator: 220, suppressed: false },
      { school: SCHOOLS.roosevelt, grp: 'ALL', value: '42', denominator: 500, suppressed: false },
      { school: SCHOOLS.roosevelt, grp: 'ED', value: null, denominator: 6, suppressed: true },
    ]);
  });

  it('says in the preview which mapped column the file lacks, before any run', async () => {
    server.files.set('/renamed.txt', tsv(STATE_ROWS));
    const source = await httpSource('/renamed.txt', undefined, { ...stateMapping(), school: { column: 'SchoolCode' } });
    const preview = await admin.send<{ errors: { field: string; messages: string[] }[] }>('POST', `/api/sources/${source.id}/preview`, { rows: 5 });
    expect(preview.status).toBe(400);
    expect(preview.body.errors).toEqual([{ field: 'mapping', messages: ["the file has no column 'SchoolCode'"] }]);
  });

  it('collects an uploaded spreadsheet (XLSX) and keeps the file', async () => {
    const source = await admin.send<{ id: string }>('POST', '/api/sources', {
      name: 'Screener export', kind: 'file', stewardId: plan.stewardId,
      mapping: { period: { column: 'Window end', kind: 'month' }, school: { column: 'School' }, metrics: [{ metricId: plan.metricId, value: 'Pct', scale: 'fraction' }] },
    });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Results');
    sheet.addRow(['School', 'Window end', 'Pct']);
    sheet.addRow([SCHOOLS.lincoln, '2026-01-31', 0.415]);
    sheet.addRow([SCHOOLS.roosevelt, '2026-01-31', 0.52]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const form = new FormData();
    form.append('file', new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), 'screener.xlsx');
    const upload = await fetch(`${app.baseUrl}/api/sources/${source.body.id}/files`, {
      method: 'POST',
      body: form,
      headers: { cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'x-xsrf-token': admin.cookies.get('XSRF-TOKEN') ?? '' },
    });
    expect(upload.status).toBe(201);
    const { run } = (await upload.json()) as { run: { id: string } };
    expect((await waitFor(run.id)).rows).toEqual(expect.objectContaining({ read: 2, inserted: 2 }));
    const values = await db().query<{ value: string }[]>(`SELECT value FROM app.measurement WHERE metric_id = $1 ORDER BY value`, [plan.metricId]);
    expect(values.map((v) => Number(v.value))).toEqual([41.5, 52]);
    const [file] = await db().query<{ filename: string; size_bytes: number }[]>(`SELECT filename, size_bytes FROM app.source_file WHERE source_id = $1`, [source.body.id]);
    expect(file).toEqual({ filename: 'screener.xlsx', size_bytes: buffer.length });
  });

  describe('an SQL pull from a second database', () => {
    const name = `throughline_src_${Date.now().toString(36)}`;
    let url: string;
    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const u = new URL(process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
      u.pathname = `/${name}`;
      url = u.toString();
      const warehouse = new pg.Client({ connectionString: url });
      await warehouse.connect();
      await warehouse.query(`CREATE TABLE attendance (school_code text, month_end date, chronic_pct numeric, students int)`);
      await warehouse.query(`INSERT INTO attendance VALUES ($1, '2026-10-31', 17.5, 480), ($2, '2026-10-31', 21.0, 510)`, [SCHOOLS.lincoln, SCHOOLS.roosevelt]);
      await warehouse.end();
    });
    afterAll(async () => {
      const admin = new pg.Client({ connectionString: process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });

    const sqlSource = (query: string) =>
      admin.send<{ id: string }>('POST', '/api/sources', {
        name: 'SIS warehouse: attendance', kind: 'sql', stewardId: plan.stewardId,
        config: { query }, secrets: { connectionString: url },
        mapping: { period: { column: 'month_end', kind: 'month' }, school: { column: 'school_code' }, metrics: [{ metricId: plan.metricId, value: 'chronic_pct', denominator: 'students' }] },
      });

    it('runs the SELECT read-only and lands its rows', async () => {
      const source = await sqlSource('SELECT school_code, month_end, chronic_pct, students FROM attendance');
      expect(source.status).toBe(201);
      expect((await runNow(source.body.id)).rows).toEqual(expect.objectContaining({ read: 2, inserted: 2, rejected: 0 }));
    });

    it('cannot change the source database: a writing query fails at once with the reason', async () => {
      const source = await sqlSource('WITH gone AS (DELETE FROM attendance RETURNING *) SELECT * FROM gone');
      const run = await runNow(source.body.id);
      expect(run).toEqual(expect.objectContaining({ state: 'failed', attempts: 1 }));
      expect(run.error).toMatch(/read-only transaction/);
      const warehouse = new pg.Client({ connectionString: url });
      await warehouse.connect();
      expect((await warehouse.query('SELECT count(*)::int AS n FROM attendance')).rows[0].n).toBe(2);
      await warehouse.end();
    });
  });

  describe('daily digests', () => {
    it('sends one digest per person per day over SMTP, with the right items, and copies the supervisor on escalation', async () => {
      const supervisor = await createUser(app, ['cabinet'], 'Area Superintendent');
      const principal = await createUser(app, ['owner'], 'Principal Digest');
      await db().query(`UPDATE app.person SET supervisor_id = $1 WHERE id = $2`, [supervisor.personId, principal.personId]);
      await db().query(
        `INSERT INTO app.tactic (strategy_id, title, owner_id, school_year, start_date, due_date, status, last_check_in_at)
         VALUES ($1, 'Launch family reading nights', $2, 2026, $3::date - 60, $3::date - 20, 'on-track', $3::date - 45 + time '12:00'),
                ($1, 'Train reading interventionists', $2, 2026, $3::date - 28, $3::date + 90, 'on-track', $3::date - 29 + time '12:00')`,
        // "Today" is the district's (America/Chicago), not the database server's.
        [plan.strategyId, principal.personId, isoDateInZone(Date.now(), 'America/Chicago')],
      );
      const mailsBefore = smtp.mails.length;
      await app.booted.context.get(DigestService).sendAll();
      await app.booted.context.get(DigestService).sendAll();
      const mails = smtp.mails.slice(mailsBefore).filter((m) => m.to.includes(principal.email));
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      const raw = (mail?.raw ?? '').replace(/=\r?\n/g, '');
      expect(raw).toContain('Launch family reading nights');
      expect(raw).toMatch(/20 day\(s\) past its due date/);
      expect(raw).toMatch(/Train reading interventionists.*check-in due in 2 day\(s\)/);
      expect(mail?.to).toContain(supervisor.email); // escalation: 20 days overdue ≥ 14
      const [log] = await db().query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app.digest_log WHERE person_id = $1`, [principal.personId]);
      expect(log?.n).toBe(1);
    });
  });

  it('shows the queues to admins only', async () => {
    expect((await admin.get<string>('/api/admin/queues')).status).toBe(200);
    const board = await signIn(app, await createUser(app, ['board']));
    expect((await board.get('/api/admin/queues')).status).toBe(403);
    expect((await app.client().get('/api/admin/queues')).status).toBe(401);
  });
});
