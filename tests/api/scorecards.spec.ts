import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { addDays, isoDateInZone, type Scorecard, type ScorecardList, type ScorecardRecord } from '@throughline/domain';
import { ScorecardTasksService } from '../../apps/api/src/scorecards/scorecard-tasks.service.js';
import { DailyTasks } from '../../apps/api/src/rituals/daily-tasks.js';
import { CollectionQueue } from '../../apps/api/src/collection/collection.queue-service.js';
import { type Client, type RunningApp, eventually, startApp } from './support/app.js';
import { dataSourceOf, truncateAll } from './support/db.js';
import { type PlanFixture, buildPlan } from './support/plan-fixture.js';
import { startSmtp } from './support/smtp.js';
import { asAdmin, createUser, signIn } from './support/users.js';

// Values chosen so a leak is easy to spot in any output: the small group's hidden figure is 37.77 (n = 7).
const HIDDEN_VALUE = '37.77';
const today = () => isoDateInZone(Date.now(), 'America/Chicago');

/** A binary download with the client's session (the test client reads bodies as text). */
async function download(app: RunningApp, client: Client, path: string): Promise<{ status: number; type: string | null; disposition: string | null; body: Buffer }> {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');
  const response = await fetch(`${app.baseUrl}${path}`, { headers: { cookie } });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

async function pdfText(bytes: Buffer): Promise<{ text: string; title: unknown; marked: unknown }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: `${process.cwd()}/node_modules/pdfjs-dist/standard_fonts/` }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i += 1) {
    const content = await (await pdf.getPage(i)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const metadata = await pdf.getMetadata();
  return { text: parts.join('\n'), title: (metadata.info as Record<string, unknown>)['Title'], marked: (await pdf.getMarkInfo())?.Marked };
}

describe('board scorecard', () => {
  let app: RunningApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let admin: Client;
  let board: Client;
  let owner: Client;
  let f: PlanFixture;
  let ownerEmail: string;
  const q4 = (planId: string) => `planId=${planId}&schoolYear=2025&quarter=4`;

  beforeAll(async () => {
    smtp = await startSmtp();
    app = await startApp({ SMTP_URL: smtp.url });
    await truncateAll(app);
    admin = await asAdmin(app);
    f = await buildPlan(admin);
    const boardUser = await createUser(app, ['board'], 'Board Member');
    board = await signIn(app, boardUser);
    const ownerUser = await createUser(app, ['owner'], 'Goal Owner');
    owner = await signIn(app, ownerUser);
    ownerEmail = ownerUser.email;
    const db = dataSourceOf(app);
    const g = f.groupIds;
    await db.query(`UPDATE app.goal SET owner_id = $1 WHERE id = $2`, [ownerUser.personId, f.goalId]);
    // An unpublished goal (with a metric) that the board packet must leave out.
    const [hidden] = await db.query<{ id: string }[]>(
      `INSERT INTO app.goal (priority_id, title, owner_id, published) VALUES ($1, 'Unpublished internal goal', $2, false) RETURNING id`,
      [f.priorityId, f.personId],
    );
    await db.query(
      `INSERT INTO app.metric (goal_id, name, unit, direction, kind, cadence, owner_id) VALUES ($1, 'Unpublished measure', 'percent', 'up', 'lagging', 'annual', $2)`,
      [(hidden as { id: string }).id, f.stewardId],
    );
    await db.query(
      `INSERT INTO app.metric_baseline (metric_id, group_id, value, as_of) VALUES ($1, $2, 50, '2024-06-30'), ($1, $3, 40, '2024-06-30'), ($1, $4, 30, '2024-06-30')`,
      [f.metricId, g['ALL'], g['EL'], g['SWD']],
    );
    await db.query(
      `INSERT INTO app.metric_target (metric_id, group_id, school_year, value) VALUES ($1, $2, 2025, 62), ($1, $2, 2026, 70), ($1, $3, 2025, 50), ($1, $4, 2025, 40)`,
      [f.metricId, g['ALL'], g['EL'], g['SWD']],
    );
    await db.query(
      `INSERT INTO app.measurement (metric_id, period_end, period_kind, group_id, value, denominator) VALUES
        ($1, '2025-06-30', 'year', $2, 55, 1200), ($1, '2026-06-30', 'year', $2, 61.5, 1210),
        ($1, '2025-06-30', 'year', $3, 47, 150), ($1, '2026-06-30', 'year', $3, 52.25, 160),
        ($1, '2025-06-30', 'year', $4, 35, 40), ($1, '2026-06-30', 'year', $4, ${HIDDEN_VALUE}, 7)`,
      [f.metricId, g['ALL'], g['EL'], g['SWD']],
    );
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.stop();
  });

  it('lists the quarters of the horizon up to the current one, each with the links to read it', async () => {
    const list = await board.get<ScorecardList>(`/api/scorecards?planId=${f.planId}`);
    expect(list.status).toBe(200);
    const labels = list.body.quarters.map((q) => q.label);
    expect(labels).toContain('2025-26 Q4');
    expect(labels[labels.length - 1]).toBe('2024-25 Q1');
    expect(list.body.quarters.filter((q) => q.current)).toHaveLength(1);
    const q = list.body.quarters.find((x) => x.label === '2025-26 Q4');
    expect(q).toMatchObject({ state: 'live', record: null, links: { json: `/api/scorecards/quarter?${q4(f.planId)}` } });
  });

  it('computes a past quarter as of its end, suppressed on the server, published items only', async () => {
    const response = await board.get<Scorecard>(`/api/scorecards/quarter?${q4(f.planId)}`);
    expect(response.status).toBe(200);
    const card = response.body;
    expect(card).toMatchObject({ label: '2025-26 Q4', asOf: '2026-06-30', previousAsOf: '2026-03-31', state: 'live' });
    const goal = card.priorities[0]?.goals.find((x) => x.id === f.goalId);
    expect(card.priorities[0]?.goals.map((x) => x.title)).toEqual(['Grade 3 reading on grade level']);
    const series = goal?.metrics[0]?.series ?? [];
    expect(series.map((s) => s.code)).toEqual(['ALL', 'SWD', 'EL'].filter((c) => series.some((s) => s.code === c)));
    const all = series.find((s) => s.code === 'ALL');
    expect(all).toMatchObject({ suppressed: false, value: 61.5, n: 1210, target: 62, change: { delta: 6.5 } });
    expect(series.find((s) => s.code === 'EL')).toMatchObject({ suppressed: false, value: 52.25, n: 160 });
    const swd = series.find((s) => s.code === 'SWD');
    expect(swd?.suppressed).toBe(true);
    expect(swd).not.toHaveProperty('value');
    expect(swd).not.toHaveProperty('n');
    expect(JSON.stringify(card)).not.toContain(HIDDEN_VALUE);
    expect(JSON.stringify(card)).not.toContain('Unpublished');
  });

  it('exports a tagged PDF with every published goal title and no hidden figure', async () => {
    const file = await download(app, board, `/api/scorecards/quarter/pdf?${q4(f.planId)}`);
    expect(file).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(file.disposition).toMatch(/^attachment; filename="scorecard-2025-q4\.pdf"$/);
    const pdf = await pdfText(file.body);
    expect(pdf.marked).toBe(true);
    expect(pdf.title).toContain('2025-26 Q4');
    expect(pdf.text).toContain('Grade 3 reading on grade level');
    expect(pdf.text).toContain('fewer than 10 students');
    expect(pdf.text).toContain('61.5%');
    expect(pdf.text).not.toContain(HIDDEN_VALUE);
    expect(pdf.text).not.toContain('Unpublished');
  });

  it('exports an XLSX holding the JSON values (numbers as numbers, suppressed in words) and a narratives sheet', async () => {
    const json = (await board.get<Scorecard>(`/api/scorecards/quarter?${q4(f.planId)}`)).body;
    const file = await download(app, board, `/api/scorecards/quarter/xlsx?${q4(f.planId)}`);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Scorecard');
    expect(workbook.getWorksheet('Narratives')).toBeDefined();
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.some((r) => r[2] === 'Grade 3 reading on grade level' && r[0] === 'Goal')).toBe(true);
    for (const s of json.priorities[0]?.goals[0]?.metrics[0]?.series ?? []) {
      const row = rows.find((r) => r[0] === 'Metric' && r[6] === s.nameEn);
      expect(row?.[7]).toBe(s.suppressed ? 'fewer than 10 students' : s.value);
      expect(row?.[8] ?? null).toBe(s.suppressed ? null : (s.n ?? null));
    }
    expect(JSON.stringify(rows)).not.toContain(HIDDEN_VALUE);
  });

  it('requests narratives from goal owners once, by email, and takes the owner’s narrative', async () => {
    expect(app.booted.context.get(DailyTasks).names()).toEqual(expect.arrayContaining(['scorecard-narratives', 'scorecard-archive']));
    const created = await admin.send<ScorecardRecord>('POST', '/api/scorecards', { planId: f.planId, schoolYear: 2026, quarter: 1, boardMeetingOn: addDays(today(), 20) });
    expect(created.status).toBe(201);
    const moved = await admin.send<ScorecardRecord>('PATCH', `/api/scorecards/${created.body.id}`, { boardMeetingOn: addDays(today(), 19), version: 1 });
    expect(moved.body).toMatchObject({ id: created.body.id, boardMeetingOn: addDays(today(), 19), version: 2, state: 'draft' });
    expect((await admin.send('PATCH', `/api/scorecards/${created.body.id}`, { boardMeetingOn: addDays(today(), 18), version: 1 })).status).toBe(409);
    const tasks = app.booted.context.get(ScorecardTasksService);
    const before = smtp.mails.length;
    // Through the real daily sweep (the queue's worker), twice: the owners are mailed by the first run only.
    const db = dataSourceOf(app);
    const queue = app.booted.context.get(CollectionQueue);
    const sweep = async () => {
      const jobId = await queue.ritualsNow();
      return eventually(async () => {
        const [run] = await db.query<{ detail: string }[]>(`SELECT detail FROM app.job_run WHERE queue_job_id = $1 AND finished_at IS NOT NULL`, [jobId]);
        return run;
      }, 30_000);
    };
    expect((await sweep()).detail).toContain('scorecard-narratives: requested narratives for 1 scorecard(s), 1 mail(s)');
    expect((await sweep()).detail).toContain('scorecard-narratives: no narratives due');
    expect(await tasks.requestNarratives()).toBe('no narratives due');
    const mails = smtp.mails.slice(before);
    expect(mails.map((m) => m.to)).toEqual([[ownerEmail]]);
    expect(mails[0]?.raw.replace(/=\r?\n/g, '')).toContain('Grade 3 reading on grade level');

    const path = `/api/scorecards/${created.body.id}/narratives`;
    expect((await board.send('PUT', path, { goalId: f.goalId, narrative: 'Not mine' })).status).toBe(403);
    const put = await owner.send('PUT', path, { goalId: f.goalId, narrative: 'Reading rose six points; the EL gap narrowed.' });
    expect(put.status).toBe(200);
    const card = (await board.get<Scorecard>(`/api/scorecards/quarter?planId=${f.planId}&schoolYear=2026&quarter=1`)).body;
    expect(card.record?.narrativesRequestedAt).not.toBeNull();
    expect(card.priorities[0]?.goals[0]?.narrative).toMatchObject({ text: 'Reading rose six points; the EL gap narrowed.', authorName: 'Goal Owner' });
  });

  it('archives once before the meeting; the archived quarter no longer changes when the data does', async () => {
    const created = await admin.send<ScorecardRecord>('POST', '/api/scorecards', { planId: f.planId, schoolYear: 2025, quarter: 4, boardMeetingOn: addDays(today(), 2) });
    expect(created.status).toBe(201);
    const tasks = app.booted.context.get(ScorecardTasksService);
    // Two sweeps at once (a retry racing the scheduled run) archive it once.
    const outcomes = await Promise.all([tasks.archiveDue(), tasks.archiveDue()]);
    expect(outcomes.filter((o) => o === 'archived 1 scorecard(s)')).toHaveLength(1);
    expect(await tasks.archiveDue()).toBe('no scorecard to archive');
    const db = dataSourceOf(app);
    const [count] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app.scorecard_archive`);
    expect(count?.n).toBe(1);
    const pdfBefore = await download(app, board, `/api/scorecards/quarter/pdf?${q4(f.planId)}`);

    await db.query(`UPDATE app.measurement SET value = 99.5 WHERE metric_id = $1 AND group_id = $2 AND period_end = '2026-06-30'`, [f.metricId, f.groupIds['ALL']]);
    const card = (await board.get<Scorecard>(`/api/scorecards/quarter?${q4(f.planId)}`)).body;
    expect(card.state).toBe('archived');
    expect(card.priorities[0]?.goals[0]?.metrics[0]?.series.find((s) => s.code === 'ALL')?.value).toBe(61.5);
    const pdfAfter = await download(app, board, `/api/scorecards/quarter/pdf?${q4(f.planId)}`);
    expect(pdfAfter.body.equals(pdfBefore.body)).toBe(true);
    // A live quarter does see the change.
    const live = (await board.get<Scorecard>(`/api/scorecards/quarter?planId=${f.planId}&schoolYear=2026&quarter=1`)).body;
    expect(live.priorities[0]?.goals[0]?.metrics[0]?.series.find((s) => s.code === 'ALL')?.value).toBe(99.5);

    const patch = await admin.send('PATCH', `/api/scorecards/${created.body.id}`, { boardMeetingOn: addDays(today(), 9), version: 2 });
    expect(patch.status).toBe(409);
    const narrative = await admin.send('PUT', `/api/scorecards/${created.body.id}/narratives`, { goalId: f.goalId, narrative: 'Too late' });
    expect(narrative.status).toBe(409);
  });

  it('hides a targeted group that /equity hides to protect a smaller one (JSON, PDF, XLSX), now and last quarter', async () => {
    const db = dataSourceOf(app);
    const g = f.groupIds;
    // Female and Male are targeted; Nonbinary (n = 4) is not, but it is hidden, so /equity hides the smaller of the
    // other two gender groups too. Female's figure must not appear on the scorecard either, or Nonbinary's follows.
    const [metric] = await db.query<{ id: string }[]>(
      `INSERT INTO app.metric (goal_id, name, unit, direction, kind, cadence, owner_id, disaggregation, sort_order)
       VALUES ($1, 'Grade 5 math proficiency', 'percent', 'up', 'lagging', 'annual', $2, 'group', 50) RETURNING id`,
      [f.goalId, f.stewardId],
    );
    const metricId = (metric as { id: string }).id;
    await db.query(
      `INSERT INTO app.metric_target (metric_id, group_id, school_year, value) VALUES ($1, $2, 2026, 60), ($1, $3, 2026, 60), ($1, $4, 2026, 60)`,
      [metricId, g['ALL'], g['F'], g['M']],
    );
    const FEMALE = '48.91';
    await db.query(
      `INSERT INTO app.measurement (metric_id, period_end, period_kind, group_id, value, denominator) VALUES
        ($1, '2026-06-30', 'year', $2, 51.2, 1210), ($1, '2026-06-30', 'year', $3, ${FEMALE}, 600),
        ($1, '2026-06-30', 'year', $4, 53.6, 606), ($1, '2026-06-30', 'year', $5, 25, 4)`,
      [metricId, g['ALL'], g['F'], g['M'], g['X']],
    );
    const q1 = `planId=${f.planId}&schoolYear=2026&quarter=1`;

    const equity = await admin.get<{ groups: { code: string; suppressed: boolean; reason?: string }[] }>(`/api/equity?metricId=${metricId}&periodEnd=2026-06-30`);
    expect(equity.status).toBe(200);
    const hiddenOnEquity = Object.fromEntries(equity.body.groups.filter((x) => ['F', 'M', 'X'].includes(x.code)).map((x) => [x.code, x.reason ?? 'shown']));
    expect(hiddenOnEquity).toEqual({ F: 'complementary', M: 'shown', X: 'fewer-than-min-n' });

    const card = (await board.get<Scorecard>(`/api/scorecards/quarter?${q1}`)).body;
    const series = card.priorities[0]?.goals[0]?.metrics.find((m) => m.id === metricId)?.series ?? [];
    const female = series.find((s) => s.code === 'F');
    // The quarter reads the June table both as current (asOf 2026-09-30) and as last quarter's (2026-06-30).
    expect(female).toMatchObject({ suppressed: true, complementary: true, change: { delta: null, previousStatus: 'no-data' } });
    expect(female).not.toHaveProperty('value');
    expect(female).not.toHaveProperty('n');
    expect(female?.status).not.toMatch(/met|on-track|watch|off-track/);
    expect(series.find((s) => s.code === 'M')).toMatchObject({ suppressed: false, value: 53.6, n: 606 });
    expect(series.find((s) => s.code === 'M')).not.toHaveProperty('complementary');
    expect(series.find((s) => s.code === 'ALL')).toMatchObject({ suppressed: false, value: 51.2 });
    // The scorecard hides exactly what /equity hides among the groups it shows.
    for (const s of series.filter((x) => !x.allStudents)) expect(s.suppressed).toBe(hiddenOnEquity[s.code] !== 'shown');
    expect(JSON.stringify(card)).not.toContain(FEMALE);

    const pdf = await pdfText((await download(app, board, `/api/scorecards/quarter/pdf?${q1}`)).body);
    expect(pdf.text).toContain('Grade 5 math proficiency');
    expect(pdf.text).toContain('hidden so that a smaller group cannot be worked out');
    expect(pdf.text).toContain('53.6%');
    expect(pdf.text).not.toContain('48.9');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(app, board, `/api/scorecards/quarter/xlsx?${q1}`)).body as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.getWorksheet('Scorecard')?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const femaleRow = rows.find((r) => r[0] === 'Metric' && r[5] === 'Grade 5 math proficiency' && r[6] === 'Female');
    expect(femaleRow?.[7]).toBe('hidden so that a smaller group cannot be worked out');
    expect(femaleRow?.[8] ?? null).toBeNull();
    expect(rows.find((r) => r[0] === 'Metric' && r[5] === 'Grade 5 math proficiency' && r[6] === 'Male')?.[7]).toBe(53.6);
    expect(JSON.stringify(rows)).not.toContain('48.9');
  });

  it('refuses a quarter outside the horizon or not started, and a second scorecard for a quarter', async () => {
    expect((await board.get(`/api/scorecards/quarter?planId=${f.planId}&schoolYear=2031&quarter=1`)).status).toBe(400);
    expect((await board.get(`/api/scorecards/quarter?planId=${f.planId}&schoolYear=2028&quarter=1`)).status).toBe(404);
    expect((await board.get(`/api/scorecards/quarter?planId=${f.planId}&schoolYear=2026&quarter=5`)).status).toBe(400);
    const again = await admin.send('POST', '/api/scorecards', { planId: f.planId, schoolYear: 2025, quarter: 4, boardMeetingOn: '2026-07-20' });
    expect(again.status).toBe(409);
  });
});
