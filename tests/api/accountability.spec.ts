import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type IsoDate, type OwnerTactic, type TacticStatus, type UpdateCadence, accountability } from '@throughline/domain';
import type { AccountabilityItemsResponse, AccountabilityResponse } from '../../apps/api/src/accountability/accountability.dto.js';
import { type Client, type RunningApp, startApp } from './support/app.js';
import { dataSourceOf, truncateAll } from './support/db.js';
import { buildPlan } from './support/plan-fixture.js';
import { asAdmin, createUser, signIn } from './support/users.js';

interface HandMade {
  readonly title: string;
  readonly owner: 'ana' | 'ben' | 'cy';
  readonly status: TacticStatus;
  readonly cadence: UpdateCadence;
  readonly start: IsoDate;
  readonly due: IsoDate;
  readonly checkIns: readonly IsoDate[];
}

// A small review by hand: on-time, late, quiet, overdue, finished and cancelled work across three owners.
const TACTICS: readonly HandMade[] = [
  { title: 'Tutoring for grade 9 algebra', owner: 'ana', status: 'on-track', cadence: 'monthly', start: '2026-08-03', due: '2027-05-28', checkIns: ['2026-08-30', '2026-09-28', '2026-11-12'] },
  { title: 'Math coaching cycles', owner: 'ana', status: 'at-risk', cadence: 'biweekly', start: '2026-09-01', due: '2026-11-01', checkIns: ['2026-09-10', '2026-10-20'] },
  { title: 'Attendance letters', owner: 'ben', status: 'not-started', cadence: 'monthly', start: '2026-08-03', due: '2027-03-01', checkIns: [] },
  { title: 'Old mentoring pilot', owner: 'ben', status: 'cancelled', cadence: 'weekly', start: '2026-08-03', due: '2027-03-01', checkIns: ['2026-08-05'] },
  { title: 'Summer bridge report', owner: 'cy', status: 'complete', cadence: 'quarterly', start: '2026-08-15', due: '2026-10-15', checkIns: ['2026-10-01'] },
  { title: 'Counsellor caseload audit', owner: 'cy', status: 'on-track', cadence: 'weekly', start: '2026-10-05', due: '2027-01-15', checkIns: ['2026-10-09', '2026-10-16', '2026-10-30', '2026-11-16'] },
];
const FROM = '2026-08-15';
const TO = '2026-11-20';

describe('GET /api/accountability', () => {
  let app: RunningApp;
  let client: Client;
  const people: Record<HandMade['owner'], string> = { ana: '', ben: '', cy: '' };
  const tacticIds = new Map<string, string>();

  beforeAll(async () => {
    app = await startApp();
    await truncateAll(app);
    const admin = await asAdmin(app);
    const plan = await buildPlan(admin);
    const db = dataSourceOf(app);
    await db.query(`DELETE FROM app.tactic WHERE id = $1`, [plan.tacticId]);
    const departments = { ana: 'Academics', ben: 'Academics', cy: null };
    for (const [key, name] of [['ana', 'Ana Alvarez'], ['ben', 'Ben Brooks'], ['cy', 'Cy Chen']] as const) {
      const user = await createUser(app, ['owner'], name);
      people[key] = user.personId;
      await db.query(`UPDATE app.person SET department = $1 WHERE id = $2`, [departments[key], user.personId]);
    }
    for (const t of TACTICS) {
      const created = await admin.send<{ id: string }>('POST', '/api/tactics', {
        strategyId: plan.strategyId, title: t.title, ownerId: people[t.owner], schoolYear: 2026, status: t.status,
        updateCadence: t.cadence, startDate: t.start, dueDate: t.due,
      });
      expect(created.status).toBe(201);
      tacticIds.set(t.title, created.body.id);
      // Check-ins at 18:00 UTC: the same calendar day in Chicago.
      for (const day of t.checkIns) {
        await db.query(
          `INSERT INTO app.status_update (tactic_id, status, percent_complete, narrative, author_id, created_at) VALUES ($1, $2, 50, 'Update', $3, $4)`,
          [created.body.id, t.status, people[t.owner], `${day}T18:00:00Z`],
        );
      }
    }
    client = await signIn(app, await createUser(app, ['cabinet'], 'Carla Cabinet'));
  });
  afterAll(async () => {
    await app.close();
  });

  const ownerTactics = (keyOf: (t: HandMade) => string): OwnerTactic[] =>
    TACTICS.map((t) => ({ tacticId: tacticIds.get(t.title) ?? '', ownerId: keyOf(t), status: t.status, startDate: t.start, dueDate: t.due, updateCadence: t.cadence, checkIns: t.checkIns }));
  const expected = (keyOf: (t: HandMade) => string) =>
    accountability(ownerTactics(keyOf), TO, { windowStart: FROM }).map((r) => ({
      key: r.ownerId,
      tactics: r.tactics,
      expectedUpdates: r.expectedUpdates,
      onTimeUpdates: r.onTimeUpdates,
      onTimeRate: r.onTimeRate ?? null,
      overdue: r.overdue,
      stale: r.stale,
      medianDaysSinceCheckIn: r.medianDaysSinceCheckIn ?? null,
      lastCheckIn: r.lastCheckIn ?? null,
    }));

  it('answers per owner the numbers of the domain’s accountability() for the same tactics and check-ins', async () => {
    const { status, body } = await client.get<AccountabilityResponse>(`/api/accountability?groupBy=owner&from=${FROM}&to=${TO}`);
    expect(status).toBe(200);
    expect(body).toEqual(expect.objectContaining({ groupBy: 'owner', from: FROM, to: TO }));
    const byKey = (rows: readonly { key: string }[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
    expect(byKey(body.rows.map(({ name: _n, department: _d, ...numbers }) => numbers))).toEqual(byKey(expected((t) => people[t.owner])));
    expect(body.rows.map((r) => [r.name, r.department])).toEqual([
      ['Ana Alvarez', 'Academics'],
      ['Ben Brooks', 'Academics'],
      ['Cy Chen', null],
    ]);
    // Spot checks by hand: Ben's cancelled pilot owes nothing, his letters have gone quiet; Ana's coaching is late.
    const ben = body.rows.find((r) => r.name === 'Ben Brooks');
    expect(ben).toEqual(expect.objectContaining({ tactics: 1, stale: 1, overdue: 0, onTimeUpdates: 0, lastCheckIn: null }));
    expect(body.rows.find((r) => r.name === 'Ana Alvarez')).toEqual(expect.objectContaining({ tactics: 2, overdue: 1, lastCheckIn: '2026-11-12' }));
  });

  it('pools a department’s tactics the same way (people with no department together)', async () => {
    const { body } = await client.get<AccountabilityResponse>(`/api/accountability?groupBy=department&from=${FROM}&to=${TO}`);
    const departments: Record<HandMade['owner'], string> = { ana: 'Academics', ben: 'Academics', cy: '' };
    expect(body.rows.map(({ name: _n, department: _d, ...numbers }) => numbers)).toEqual(expected((t) => departments[t.owner]));
    expect(body.rows.map((r) => r.name)).toEqual(['', 'Academics']);
  });

  it('drills down to an owner’s or a department’s tactics, which add up to their row', async () => {
    const summary = (await client.get<AccountabilityResponse>(`/api/accountability?from=${FROM}&to=${TO}`)).body;
    const ana = summary.rows.find((r) => r.key === people.ana);
    const { status, body } = await client.get<AccountabilityItemsResponse>(`/api/accountability/items?ownerId=${people.ana}&from=${FROM}&to=${TO}`);
    expect(status).toBe(200);
    expect(body.items.map((i) => i.title).sort()).toEqual(['Math coaching cycles', 'Tutoring for grade 9 algebra']);
    expect(body.items.reduce((n, i) => n + i.expectedUpdates, 0)).toBe(ana?.expectedUpdates);
    expect(body.items.reduce((n, i) => n + i.onTimeUpdates, 0)).toBe(ana?.onTimeUpdates);
    expect(body.items.filter((i) => i.overdue)).toEqual([expect.objectContaining({ title: 'Math coaching cycles', daysOverdue: 19, status: 'at-risk' })]);

    const none = (await client.get<AccountabilityItemsResponse>(`/api/accountability/items?department=&from=${FROM}&to=${TO}`)).body;
    expect(none.items.map((i) => i.ownerName)).toEqual(['Cy Chen', 'Cy Chen']);
    const academics = (await client.get<AccountabilityItemsResponse>(`/api/accountability/items?department=Academics&from=${FROM}&to=${TO}`)).body;
    // The cancelled pilot is not part of the review.
    expect(academics.items.map((i) => i.title).sort()).toEqual(['Attendance letters', 'Math coaching cycles', 'Tutoring for grade 9 algebra']);
  });

  it('defaults the window to the current school year up to today', async () => {
    const { body } = await client.get<AccountabilityResponse>('/api/accountability');
    expect(body.groupBy).toBe('owner');
    expect(body.from <= body.to).toBe(true);
    expect(body.from).toMatch(/^\d{4}-07-01$/);
  });

  it.each([
    ['/api/accountability?groupBy=team', 'groupBy'],
    ['/api/accountability?from=2026-13-01', 'from'],
    ['/api/accountability?to=yesterday', 'to'],
    ['/api/accountability?from=2026-11-01&to=2026-10-01', 'from'],
    ['/api/accountability?sort=name', 'sort'],
    ['/api/accountability/items', 'ownerId'],
    ['/api/accountability/items?ownerId=nobody', 'ownerId'],
    ['/api/accountability/items?ownerId=00000000-0000-4000-8000-000000000000&department=Academics', 'department'],
  ])('answers 400 with a message for the field at fault: %s', async (path, field) => {
    const { status, body } = await client.get<{ errors?: { field: string; messages: string[] }[] }>(path);
    expect(status).toBe(400);
    expect(body.errors?.find((e) => e.field === field)?.messages.length).toBeGreaterThan(0);
  });
});
