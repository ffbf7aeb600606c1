import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { type Milestone, type Page, type Tactic, addDays, isoDateInZone } from '@throughline/domain';
import { type Client, type RunningApp, startApp } from './support/app.js';
import { truncateAll } from './support/db.js';
import { type PlanFixture, buildPlan } from './support/plan-fixture.js';
import { asAdmin, createUser, signIn } from './support/users.js';

/** A GET as raw bytes with the client's session (the test client reads bodies as text). */
async function download(app: RunningApp, client: Client, path: string) {
  const response = await fetch(`${app.baseUrl}${path}`, { headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ') } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** CSV rows (header first) parsed by a real RFC 4180 parser; the BOM is checked, then dropped. */
function csvRows(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes.subarray(3).toString('utf8'), { relaxColumnCount: false }) as string[][];
}

describe('the action plan: milestones for the timeline, the people, CSV and XLSX exports of a filter', () => {
  let app: RunningApp;
  let admin: Client;
  let board: Client;
  let plan: PlanFixture;
  let other: { planId: string; milestoneId: string };
  const today = isoDateInZone(Date.now(), 'America/Chicago');
  const ids: Record<'late' | 'done' | 'quiet', string> = { late: '', done: '', quiet: '' };
  let secondGoalId = '';
  let milestoneIds: string[] = [];

  const post = async <T extends { id: string }>(path: string, body: unknown): Promise<T> => {
    const response = await admin.send<T>('POST', path, body);
    expect({ path, status: response.status, body: response.body }).toEqual(expect.objectContaining({ status: 201 }));
    return response.body;
  };

  beforeAll(async () => {
    app = await startApp();
    await truncateAll(app);
    admin = await asAdmin(app);
    board = await signIn(app, await createUser(app, ['board'], 'Board Reader'));
    plan = await buildPlan(admin);
    const goal = await post('/api/goals', { parentId: plan.priorityId, title: 'Every student attends', ownerId: plan.personId });
    secondGoalId = goal.id;
    const strategy = await post('/api/strategies', { parentId: goal.id, title: 'Attendance teams', ownerId: plan.personId });
    // Past due and open (overdue), with the steward as owner at a school; the title needs CSV quoting.
    ids.late = (await post<Tactic>('/api/tactics', {
      strategyId: plan.strategyId, title: 'Family nights, "Noches de familia" — año 1', ownerId: plan.stewardId, schoolId: plan.schoolId,
      schoolYear: 2026, startDate: addDays(today, -60), dueDate: addDays(today, -5), status: 'on-track', percentComplete: 60,
    })).id;
    // Past due but complete: not overdue.
    ids.done = (await post<Tactic>('/api/tactics', {
      strategyId: strategy.id, title: 'Attendance letters translated', ownerId: plan.personId, contributorIds: [plan.stewardId],
      schoolYear: 2026, startDate: addDays(today, -90), dueDate: addDays(today, -20), status: 'complete', percentComplete: 100,
    })).id;
    // Started 100 days ago, never checked in on (monthly): stale, not overdue.
    ids.quiet = (await post<Tactic>('/api/tactics', {
      strategyId: strategy.id, title: 'Success mentors for chronically absent students', ownerId: plan.personId,
      schoolYear: 2026, startDate: addDays(today, -100), dueDate: addDays(today, 30),
    })).id;
    milestoneIds = [
      (await post<Milestone>('/api/milestones', { tacticId: plan.tacticId, title: 'Cohort 1 trained', dueDate: addDays(today, -3), completedOn: addDays(today, -4) })).id,
      (await post<Milestone>('/api/milestones', { tacticId: plan.tacticId, title: 'Cohort 2 trained', dueDate: addDays(today, 60), sortOrder: 1 })).id,
      (await post<Milestone>('/api/milestones', { tacticId: ids.late, title: 'First family night', dueDate: addDays(today, -10) })).id,
      (await post<Milestone>('/api/milestones', { tacticId: ids.done, title: 'Letters mailed', dueDate: addDays(today, -25), completedOn: addDays(today, -26) })).id,
    ];
    // Another plan with its own tactic and milestone: never part of the first plan's answers.
    const plan2 = await post('/api/plans', { name: 'Old plan', firstSchoolYear: 2019, lastSchoolYear: 2023 });
    const p2 = await post('/api/priorities', { parentId: plan2.id, title: 'Old priority', ownerId: plan.personId });
    const g2 = await post('/api/goals', { parentId: p2.id, title: 'Old goal', ownerId: plan.personId });
    const s2 = await post('/api/strategies', { parentId: g2.id, title: 'Old strategy', ownerId: plan.personId });
    const t2 = await post<Tactic>('/api/tactics', { strategyId: s2.id, title: 'Old tactic', ownerId: plan.personId, schoolYear: 2020 });
    other = { planId: plan2.id, milestoneId: (await post<Milestone>('/api/milestones', { tacticId: t2.id, title: 'Old milestone' })).id };
  });
  afterAll(async () => {
    await app.close();
  });

  describe('GET /api/action-plan/milestones', () => {
    it("returns every milestone of the plan's tactics in one answer, and none of another plan's", async () => {
      const response = await board.get<Milestone[]>(`/api/action-plan/milestones?planId=${plan.planId}`);
      expect(response.status).toBe(200);
      expect(response.body.map((m) => m.id).sort()).toEqual([...milestoneIds].sort());
      const first = response.body.filter((m) => m.tacticId === plan.tacticId);
      expect(first.map((m) => m.title)).toEqual(['Cohort 1 trained', 'Cohort 2 trained']);
      expect(first[0]).toEqual(expect.objectContaining({ dueDate: addDays(today, -3), completedOn: addDays(today, -4), sortOrder: 0 }));
      const old = await board.get<Milestone[]>(`/api/action-plan/milestones?planId=${other.planId}`);
      expect(old.body.map((m) => m.id)).toEqual([other.milestoneId]);
    });

    it('returns only the listed tactics’ milestones (comma-separated ids), also within a plan', async () => {
      const listed = await board.get<Milestone[]>(`/api/action-plan/milestones?tacticIds=${ids.late},${ids.done}`);
      expect(listed.body.map((m) => m.title).sort()).toEqual(['First family night', 'Letters mailed']);
      const both = await board.get<Milestone[]>(`/api/action-plan/milestones?planId=${other.planId}&tacticIds=${ids.late}`);
      expect(both.body).toEqual([]);
    });

    it('answers 404 for an unknown plan and 400 with field messages for bad or missing ids', async () => {
      expect((await board.get('/api/action-plan/milestones?planId=00000000-0000-4000-8000-000000000000')).status).toBe(404);
      const none = await board.get<{ errors: { field: string }[] }>('/api/action-plan/milestones');
      expect(none.status).toBe(400);
      expect(none.body.errors.map((e) => e.field)).toEqual(['planId']);
      const bad = await board.get<{ errors: { field: string; messages: string[] }[] }>(`/api/action-plan/milestones?planId=nope&tacticIds=${ids.late},abc`);
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'planId' }), { field: 'tacticIds', messages: ['each of tacticIds must be a UUID'] }]),
      );
    });
  });

  it('lists the people who own or contribute to a tactic of the plan, by name', async () => {
    const response = await board.get<{ id: string; name: string }[]>(`/api/action-plan/people?planId=${plan.planId}`);
    expect(response.status).toBe(200);
    expect(response.body.map((p) => p.name)).toEqual(['Dana Whitfield', 'Luis Ortega']);
  });

  describe('GET /api/action-plan/export', () => {
    it('downloads the overdue filter as CSV: a BOM, an attachment named by date, only the overdue row with names resolved', async () => {
      const file = await download(app, board, `/api/action-plan/export?format=csv&planId=${plan.planId}&overdue=true`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(file.headers.get('content-disposition')).toBe(`attachment; filename="action-plan-${today}.csv"`);
      const [header, ...rows] = csvRows(file.bytes);
      expect(header).toEqual([
        'Priority', 'Goal', 'Strategy', 'Tactic', 'Owner', 'School', 'Status', '% complete', 'Start date', 'Due date', 'Overdue', 'Stale',
        'Last check-in', 'Check-in cadence',
      ]);
      expect(rows).toEqual([[
        'Early literacy', 'Grade 3 reading on grade level', 'Structured literacy in K-3', 'Family nights, "Noches de familia" — año 1', 'Luis Ortega',
        'Lincoln Elementary', 'On track', '60', addDays(today, -60), addDays(today, -5), 'Yes', 'Yes', '', 'Monthly',
      ]]);
    });

    it('holds exactly the rows GET /api/tactics gives for the same filter, in its order (goal, sort, search)', async () => {
      for (const filter of [`goalId=${secondGoalId}&sort=-title`, 'stale=true&sort=due', `ownerId=${plan.stewardId}&sort=title`, 'q=family&sort=due', 'q=mentors']) {
        const tactics = await board.get<Page<Tactic>>(`/api/tactics?planId=${plan.planId}&${filter}`);
        const file = await download(app, board, `/api/action-plan/export?format=csv&planId=${plan.planId}&${filter}`);
        expect({ filter, titles: csvRows(file.bytes).slice(1).map((r) => r[3]) }).toEqual({ filter, titles: tactics.body.items.map((t) => t.title) });
      }
    });

    it('downloads XLSX that opens: a header row, the filtered rows, names resolved, dates as dates, % as a fraction', async () => {
      const file = await download(app, board, `/api/action-plan/export?format=xlsx&planId=${plan.planId}&sort=title&lang=es`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(file.headers.get('content-disposition')).toBe(`attachment; filename="action-plan-${today}.xlsx"`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      expect(sheet?.name).toBe('Plan de acción');
      const values = (n: number) => (sheet?.getRow(n).values as unknown[]).slice(1);
      expect(values(1).slice(0, 7)).toEqual(['Prioridad', 'Meta', 'Estrategia', 'Táctica', 'Responsable', 'Escuela', 'Estado']);
      expect(sheet?.rowCount).toBe(5);
      const titles = [2, 3, 4, 5].map((n) => values(n)[3]);
      expect(titles).toEqual(
        (await board.get<Page<Tactic>>(`/api/tactics?planId=${plan.planId}&sort=title`)).body.items.map((t) => t.title),
      );
      const late = values(2 + titles.indexOf('Family nights, "Noches de familia" — año 1'));
      expect(late.slice(4, 8)).toEqual(['Luis Ortega', 'Lincoln Elementary', 'En buen camino', 0.6]);
      expect(late[9]).toEqual(new Date(`${addDays(today, -5)}T00:00:00.000Z`));
      expect(late.slice(10, 12)).toEqual(['Sí', 'Sí']);
      const done = values(2 + titles.indexOf('Attendance letters translated'));
      expect(done.slice(5, 8)).toEqual(['Todo el distrito', 'Completada', 1]);
      expect(done[10]).toBe('No');
    });

    it('exports an empty filter as the header row alone', async () => {
      const file = await download(app, board, `/api/action-plan/export?format=csv&planId=${plan.planId}&q=nothing-matches-this`);
      expect(csvRows(file.bytes)).toHaveLength(1);
    });

    it.each([
      ['format=pdf', 'format'],
      ['format=csv&dueFrom=2026-02-30', 'dueFrom'],
      ['format=csv&overdue=maybe', 'overdue'],
      ['format=csv&ownerId=nope', 'ownerId'],
      ['format=csv&status=late', 'status'],
      ['format=csv&sort=priority', 'sort'],
      ['format=csv&lang=fr', 'lang'],
      ['format=csv&dueFrom=2026-03-01&dueTo=2026-01-31', 'dueTo'],
      ['format=csv&page=2', 'page'],
      ['', 'format'],
    ])('refuses %s with 400 naming %s', async (query, field) => {
      const response = await board.get<{ message: string; errors: { field: string; messages: string[] }[] }>(`/api/action-plan/export?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e) => e.field)).toContain(field);
      expect(response.body.errors.every((e) => e.messages.length > 0)).toBe(true);
    });

    it('is refused without a session', async () => {
      expect((await app.client().get(`/api/action-plan/export?format=csv`)).status).toBe(401);
    });
  });
});
