import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Queue } from 'bullmq';
import { COLLECTION_QUEUE_TOKEN, COLLECTION_SWEEP } from '../../apps/api/src/collection/collection.queue.js';
import { CollectionScheduler } from '../../apps/api/src/collection/collection.scheduler.js';
import { type Client, type RunningApp, eventually, startApp } from './support/app.js';
import { dataSourceOf, truncateAll } from './support/db.js';
import { type PlanFixture, buildPlan } from './support/plan-fixture.js';
import { type PrivateRedis, type Spawned, spawnWorker, startPrivateRedis, stopAll } from './support/processes.js';
import { startSmtp } from './support/smtp.js';
import { type StateServer, STATE_COLUMNS, monthEnds, schoolCodes, startStateServer, stateFile } from './support/state-file.js';
import { REDIS_URL } from './support/services.js';
import { asAdmin } from './support/users.js';

// Faults of collection on the real stack: a worker process SIGKILLed mid-run, Redis wiped, a flaky or broken
// source, and the steward told after the last attempt. Real Postgres, Redis, HTTP and SMTP; nothing mocked.

interface Run {
  id: string;
  period: string;
  trigger: string;
  state: string;
  attempts: number;
  progress: number;
  rows: { read: number; inserted: number; updated: number; unchanged: number; rejected: number; skipped: number };
  error: string | null;
}

/** File group code → Throughline group code; RFEP is in the files but not mapped, so its rows are skipped. */
const GROUP_CODES = { ALL: 'ALL', SED: 'ED', EL: 'EL', SWD: 'SWD', HI: 'HI', AS: 'AS', BL: 'BL', WH: 'WH', FEM: 'F', MAL: 'M', HOM: 'HOM' };
const FILE_GROUPS = [...Object.keys(GROUP_CODES), 'RFEP'];
const FINAL = ['succeeded', 'partial', 'failed'];

const stateMapping = (metricId: string) => ({
  period: { column: 'ReportingPeriod', kind: 'month' },
  school: { column: 'CDS' },
  recordType: { column: 'RecordType', school: ['S'], district: ['D'], ignore: ['X'] },
  group: { column: 'StudentGroup', codes: GROUP_CODES, unmapped: 'skip' },
  metrics: [{ metricId, value: 'Rate', numerator: 'Numerator', denominator: 'Denominator' }],
});

function runs(admin: Client) {
  const get = async (id: string) => {
    const response = await admin.get<Run>(`/api/runs/${id}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  return {
    get,
    /** Waits for the run's end; on a timeout the message carries the run and whatever `context` adds. */
    async finished(id: string, timeoutMs: number, context: () => string = () => ''): Promise<Run> {
      try {
        return await eventually(async () => {
          const run = await get(id);
          return FINAL.includes(run.state) ? run : undefined;
        }, timeoutMs);
      } catch (error) {
        throw new Error(`${(error as Error).message}: run ${JSON.stringify(await get(id))}\n${context()}`);
      }
    },
    async start(sourceId: string): Promise<string> {
      const response = await admin.send<Run>('POST', `/api/sources/${sourceId}/runs`);
      expect(response.status).toBe(201);
      return response.body.id;
    },
  };
}

async function httpSource(admin: Client, plan: PlanFixture, name: string, url: string, metricId: string, extra: Record<string, unknown> = {}) {
  const response = await admin.send<{ id: string }>('POST', '/api/sources', {
    name,
    kind: 'http',
    stewardId: plan.stewardId,
    config: { url, format: 'tsv' },
    mapping: stateMapping(metricId),
    ...extra,
  });
  expect({ status: response.status, body: response.body }).toEqual(expect.objectContaining({ status: 201 }));
  return response.body.id;
}

async function addSchools(app: RunningApp, codes: readonly string[]): Promise<void> {
  await dataSourceOf(app).query(`INSERT INTO app.school (code, name, level) SELECT c, 'School ' || c, 'elementary' FROM unnest($1::text[]) c`, [codes]);
}

describe('a worker process SIGKILLed in the middle of a run', () => {
  const schools = schoolCodes(250);
  const periods = monthEnds(20);
  const file = stateFile({ schools, groups: FILE_GROUPS, periods });
  // Mapped groups × (schools + the district) × periods: X rows and the unmapped group are skipped.
  const expectedMeasurements = (FILE_GROUPS.length - 1) * (schools.length + 1) * periods.length;
  const workerEnv = { REDIS_URL, WORKER_LOCK_SECONDS: '2', COLLECTION_SWEEP_SECONDS: '600' };
  let app: RunningApp;
  let admin: Client;
  let plan: PlanFixture;
  let server: StateServer;
  let referenceMetricId: string;
  const workers: Spawned[] = [];
  const workerLogs = () => workers.map((w, i) => `--- worker ${i + 1} (pid ${w.pid}):\n${w.output().slice(-3000)}`).join('\n');

  beforeAll(async () => {
    server = await startStateServer();
    // This process serves HTTP only; the work is done by separate worker processes of the built API.
    app = await startApp({ THROUGHLINE_ROLE: 'api', COLLECTION_SWEEP_SECONDS: '600' });
    await truncateAll(app);
    admin = await asAdmin(app);
    plan = await buildPlan(admin);
    await addSchools(app, schools);
    const metric = await admin.send<{ id: string }>('POST', '/api/metrics', {
      goalId: plan.goalId, name: 'Reference copy', unit: 'percent', direction: 'up', kind: 'lagging', cadence: 'monthly',
      ownerId: plan.stewardId, disaggregation: 'both',
    });
    expect(metric.status).toBe(201);
    referenceMetricId = metric.body.id;
  });
  afterAll(async () => {
    await stopAll();
    await app?.close();
    await server?.stop();
  });

  /** Per school and group: how many periods, and a digest of every value, count and flag, in period order. */
  const series = (metricId: string) =>
    dataSourceOf(app).query<{ school: string | null; grp: string; n: number; digest: string }[]>(
      `SELECT s.code AS school, g.code AS grp, count(*)::int AS n,
              md5(string_agg(concat_ws(':', m.period_end, m.period_kind, m.value, m.numerator, m.denominator, m.suppressed), ',' ORDER BY m.period_end)) AS digest
         FROM app.measurement m LEFT JOIN app.school s ON s.id = m.school_id JOIN app.student_group g ON g.id = m.group_id
        WHERE m.metric_id = $1 GROUP BY s.code, g.code ORDER BY s.code NULLS FIRST, g.code`,
      [metricId],
    );

  it('is taken over by another worker once its lock lapses, and lands exactly what a clean run lands', async () => {
    expect(file.rows).toBeGreaterThan(60_000);
    const run = runs(admin);
    server.routes.set('/reference.txt', { body: file.text });
    // About 3 MB in 100 chunks, 70 ms apart: some 7 s, so the run is seen in progress and killed half-way.
    server.routes.set('/slow.txt', { body: file.text, chunks: 100, delayMs: 70 });
    const referenceSource = await httpSource(admin, plan, 'Reference download', server.url('/reference.txt'), referenceMetricId);
    const slowSource = await httpSource(admin, plan, 'Slow state portal', server.url('/slow.txt'), plan.metricId);

    workers.push(spawnWorker(workerEnv));
    const reference = await run.finished(await run.start(referenceSource), 30_000, workerLogs);
    expect(reference).toEqual(expect.objectContaining({ state: 'succeeded', attempts: 1 }));
    expect(reference.rows).toEqual({ read: file.rows, inserted: expectedMeasurements, updated: 0, unchanged: 0, rejected: 0, skipped: file.rows - expectedMeasurements });

    const runId = await run.start(slowSource);
    const inFlight = await eventually(async () => {
      const current = await run.get(runId);
      return current.state === 'running' && current.rows.read > 0 ? current : undefined;
    }, 20_000, 50);
    expect(inFlight.progress).toBeGreaterThan(0);
    expect(inFlight.progress).toBeLessThan(100);

    await workers[0]?.stop('SIGKILL');
    const killed = await run.get(runId);
    expect(killed).toEqual(expect.objectContaining({ state: 'running', attempts: 1 }));
    expect(killed.rows.read).toBeLessThan(file.rows);

    workers.push(spawnWorker(workerEnv));
    const done = await run.finished(runId, 40_000, workerLogs);
    expect(done.state).toMatch(/^(succeeded|partial)$/);
    expect(done.attempts).toBeGreaterThanOrEqual(2);
    expect(done.rows).toEqual({ read: file.rows, inserted: expectedMeasurements, updated: 0, unchanged: 0, rejected: 0, skipped: file.rows - expectedMeasurements });
    // The first download really was cut off by the kill, and the file was fetched again from the start.
    const downloads = server.requestsTo('/slow.txt');
    expect(downloads.length).toBeGreaterThanOrEqual(2);
    expect(downloads[0]?.completed).toBe(false);
    expect(downloads.at(-1)?.completed).toBe(true);

    const [landed, clean] = await Promise.all([series(plan.metricId), series(referenceMetricId)]);
    expect(landed.reduce((sum, s) => sum + s.n, 0)).toBe(expectedMeasurements);
    expect(landed).toHaveLength((FILE_GROUPS.length - 1) * (schools.length + 1));
    expect(landed).toEqual(clean);
    const [keys] = await dataSourceOf(app).query<{ n: number; distinct: number; staged: number }[]>(
      `SELECT count(*)::int AS n, count(DISTINCT (metric_id, school_id, group_id, period_end))::int AS distinct,
              (SELECT count(*)::int FROM app.collection_stage WHERE run_id = $2) AS staged
         FROM app.measurement WHERE metric_id = $1`,
      [plan.metricId, runId],
    );
    expect(keys).toEqual({ n: expectedMeasurements, distinct: expectedMeasurements, staged: 0 });
  });
});

describe('Redis wiped (FLUSHALL on a private redis-server)', () => {
  let redis: PrivateRedis;
  let app: RunningApp;
  let admin: Client;
  let plan: PlanFixture;
  let server: StateServer;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    server = await startStateServer();
    app = await startApp({ REDIS_URL: redis.url, COLLECTION_SWEEP_SECONDS: '5' });
    await truncateAll(app);
    admin = await asAdmin(app);
    plan = await buildPlan(admin);
    await addSchools(app, schoolCodes(3, '1964734'));
  });
  afterAll(async () => {
    await app?.close();
    await server?.stop();
    await redis?.stop();
  });

  it('registers the job schedulers again and still runs the slots that fall due', async () => {
    const file = stateFile({ schools: schoolCodes(3, '1964734'), groups: ['ALL', 'SED'], periods: monthEnds(2) });
    server.routes.set('/daily.txt', { body: file.text });
    const sourceId = await httpSource(admin, plan, 'Daily attendance feed', server.url('/daily.txt'), plan.metricId, {
      schedule: { kind: 'daily', hour: 0, minute: 0 },
    });
    // Set up two days ago: the last two midnights are due now.
    await dataSourceOf(app).query(`UPDATE app.data_source SET schedule_since = schedule_since - interval '2 days' WHERE id = $1`, [sourceId]);
    await app.booted.context.get(CollectionScheduler).sweepNow();
    const list = async () => (await admin.get<Run[]>(`/api/sources/${sourceId}/runs`)).body;
    const before = await eventually(async () => {
      const all = await list();
      return all.length === 2 && all.every((r) => r.state === 'succeeded') ? all : undefined;
    }, 20_000);
    expect(before.every((r) => r.trigger === 'schedule')).toBe(true);

    const queue = app.booted.context.get<Queue>(COLLECTION_QUEUE_TOKEN);
    expect(await queue.getJobScheduler(COLLECTION_SWEEP)).toBeDefined();
    expect(await redis.client.flushall()).toBe('OK');
    expect(await queue.getJobScheduler(COLLECTION_SWEEP)).toBeUndefined();
    expect(await redis.client.dbsize()).toBe(0);

    // The latest slot is owed again (as if it had never run): the recreated sweep must find it and run it.
    const latest = before.map((r) => r.period).sort().at(-1) as string;
    await dataSourceOf(app).query(`DELETE FROM app.collection_run WHERE source_id = $1 AND period = $2`, [sourceId, latest]);
    const scheduler = await eventually(() => queue.getJobScheduler(COLLECTION_SWEEP), 15_000, 200);
    expect(scheduler).toEqual(expect.objectContaining({ key: COLLECTION_SWEEP, every: 5_000 }));
    const again = await eventually(async () => (await list()).find((r) => r.period === latest && r.state === 'succeeded'), 15_000, 200);
    expect(before.map((r) => r.id)).not.toContain(again.id);
    expect(again).toEqual(expect.objectContaining({ trigger: 'schedule', attempts: 1 }));
    expect(again.rows).toEqual(expect.objectContaining({ read: file.rows, inserted: 0, updated: 0 }));
  });
});

describe('retries, permanent failures and the steward notice', () => {
  let app: RunningApp;
  let admin: Client;
  let plan: PlanFixture;
  let server: StateServer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const schools = schoolCodes(2, '1964735');
  const small = stateFile({ schools, groups: ['ALL', 'EL'], periods: monthEnds(1) });
  const stewardEmail = 'luis.ortega@district.example.org';

  beforeAll(async () => {
    server = await startStateServer();
    smtp = await startSmtp();
    app = await startApp({ SMTP_URL: smtp.url, COLLECT_BACKOFF_MS: '100', COLLECT_ATTEMPTS: '4', COLLECTION_SWEEP_SECONDS: '600' });
    await truncateAll(app);
    admin = await asAdmin(app);
    plan = await buildPlan(admin);
    await addSchools(app, schools);
  });
  afterAll(async () => {
    await app?.close();
    await server?.stop();
    await smtp?.stop();
  });

  const mailsAbout = (source: string) =>
    smtp.mails.filter((m) => m.to.includes(stewardEmail) && m.raw.replace(/=\r?\n/g, '').includes(source));

  it('retries a 503 with backoff and succeeds on the third attempt, telling nobody', async () => {
    server.routes.set('/flaky.txt', { body: small.text, failFirst: 2 });
    const sourceId = await httpSource(admin, plan, 'Flaky portal', server.url('/flaky.txt'), plan.metricId);
    const run = runs(admin);
    const done = await run.finished(await run.start(sourceId), 15_000);
    expect(done).toEqual(expect.objectContaining({ state: 'succeeded', attempts: 3, error: null }));
    expect(done.rows).toEqual(expect.objectContaining({ read: small.rows, inserted: 2 * (schools.length + 1) }));
    expect(server.requestsTo('/flaky.txt').map((r) => r.status)).toEqual([503, 503, 200]);
    expect(mailsAbout('Flaky portal')).toEqual([]);
  });

  it('fails a file that lacks a mapped column at once, naming the column, and tells the steward', async () => {
    const broken = stateFile({ schools, groups: ['ALL'], periods: monthEnds(1), columns: STATE_COLUMNS.map((c) => (c === 'Rate' ? 'RatePct' : c)) });
    server.routes.set('/renamed.txt', { body: broken.text });
    const sourceId = await httpSource(admin, plan, 'Renamed columns', server.url('/renamed.txt'), plan.metricId);
    const run = runs(admin);
    const done = await run.finished(await run.start(sourceId), 15_000);
    expect(done).toEqual(expect.objectContaining({ state: 'failed', attempts: 1 }));
    expect(done.error).toMatch(/no column 'Rate'/);
    expect(server.requestsTo('/renamed.txt')).toHaveLength(1);
    const [count] = await dataSourceOf(app).query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app.measurement WHERE source_run_id = $1`, [done.id]);
    expect(count?.n).toBe(0);
    const mails = await eventually(async () => (mailsAbout('Renamed columns').length ? mailsAbout('Renamed columns') : undefined), 10_000);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.raw.replace(/=\r?\n/g, '')).toContain(`no column 'Rate'`);
  });

  it('after the last attempt of a source that keeps failing, mails the steward once with the source and the reason', async () => {
    server.routes.set('/down.txt', { body: small.text, status: 503 });
    const sourceId = await httpSource(admin, plan, 'Portal that is down', server.url('/down.txt'), plan.metricId);
    const run = runs(admin);
    const done = await run.finished(await run.start(sourceId), 15_000);
    expect(done).toEqual(expect.objectContaining({ state: 'failed', attempts: 4 }));
    expect(done.error).toMatch(/answered 503/);
    expect(server.requestsTo('/down.txt')).toHaveLength(4);
    const mails = await eventually(async () => (mailsAbout('Portal that is down').length ? mailsAbout('Portal that is down') : undefined), 10_000);
    // Let any stray second notice arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailsAbout('Portal that is down')).toHaveLength(1);
    const raw = mails[0]?.raw.replace(/=\r?\n/g, '') ?? '';
    expect(raw).toMatch(/Subject: Collection failed: Portal that is down/);
    expect(raw).toMatch(/failed after 4 attempt\(s\)/);
    expect(raw).toMatch(/answered 503/);
  });
});
