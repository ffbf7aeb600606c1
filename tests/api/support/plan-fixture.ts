import { afterAll, beforeAll, beforeEach, expect } from '@jest/globals';
import { addDays, isoDateInZone } from '@throughline/domain';
import { type Client, type RunningApp, startApp } from './app.js';
import { truncateAll } from './db.js';
import { asAdmin } from './users.js';

export interface PlanFixture {
  readonly personId: string;
  readonly stewardId: string;
  readonly schoolId: string;
  readonly planId: string;
  readonly priorityId: string;
  readonly goalId: string;
  readonly strategyId: string;
  readonly guardrailId: string;
  readonly metricId: string;
  readonly tacticId: string;
  /** A manual data source of the metric, stewarded by the steward. */
  readonly sourceId: string;
  readonly allStudentsId: string;
  readonly groupIds: Readonly<Record<string, string>>;
}

/** Creates one small plan through the API alone (every call must succeed), as a district admin would. */
export async function buildPlan(app: Client): Promise<PlanFixture> {
  const today = isoDateInZone(Date.now(), 'America/Chicago');
  const post = async <T extends { id: string }>(path: string, body: unknown): Promise<T> => {
    const response = await app.send<T>('POST', path, body);
    expect({ path, status: response.status, body: response.body }).toEqual(expect.objectContaining({ status: 201 }));
    return response.body;
  };
  const person = await post('/api/people', { name: 'Dana Whitfield', email: 'dana.whitfield@district.example.org', title: 'Chief Academic Officer' });
  const steward = await post('/api/people', { name: 'Luis Ortega', email: 'luis.ortega@district.example.org', title: 'Director of Assessment' });
  const school = await post('/api/schools', { code: '19647330100011', name: 'Lincoln Elementary', level: 'elementary' });
  const plan = await post('/api/plans', {
    name: 'Riverbend Rising',
    firstSchoolYear: 2024,
    lastSchoolYear: 2028,
    mission: 'Every student known, challenged and ready.',
    values: ['Equity', 'Excellence'],
    state: 'adopted',
    adoptedOn: '2024-06-18',
    active: true,
  });
  const priority = await post('/api/priorities', { parentId: plan.id, title: 'Early literacy', ownerId: person.id });
  const goal = await post('/api/goals', { parentId: priority.id, title: 'Grade 3 reading on grade level', ownerId: person.id });
  const strategy = await post('/api/strategies', { parentId: goal.id, title: 'Structured literacy in K-3', ownerId: person.id });
  const guardrail = await post('/api/guardrails', { planId: plan.id, statement: 'The superintendent will not allow absenteeism to rise.', ownerId: person.id });
  const metric = await post('/api/metrics', {
    goalId: goal.id,
    name: 'Grade 3 reading proficiency',
    unit: 'percent',
    direction: 'up',
    kind: 'lagging',
    cadence: 'annual',
    ownerId: steward.id,
    disaggregation: 'both',
    headline: true,
  });
  const tactic = await post('/api/tactics', {
    strategyId: strategy.id,
    title: 'Train every K-3 teacher in structured literacy',
    ownerId: person.id,
    schoolYear: 2026,
    // Relative to today so it stays "not overdue, recently started" whenever the suite runs.
    startDate: addDays(today, -10),
    dueDate: addDays(today, 180),
  });
  const source = await post('/api/sources', {
    name: 'Reading screener (typed in)',
    kind: 'manual',
    stewardId: steward.id,
    mapping: { period: { previous: 'month' }, metrics: [{ metricId: metric.id, value: 'value' }] },
  });
  const groups = (await app.get<{ id: string; code: string }[]>('/api/student-groups')).body;
  const groupIds = Object.fromEntries(groups.map((g) => [g.code, g.id]));
  return {
    personId: person.id,
    stewardId: steward.id,
    schoolId: school.id,
    planId: plan.id,
    priorityId: priority.id,
    goalId: goal.id,
    strategyId: strategy.id,
    guardrailId: guardrail.id,
    metricId: metric.id,
    tacticId: tactic.id,
    sourceId: source.id,
    allStudentsId: groupIds['ALL'] as string,
    groupIds,
  };
}

/**
 * The usual set-up of a spec: one app for the file, and before each test the tables emptied and a fresh small plan
 * built by an admin. Read the fields inside tests (they are set by the hooks).
 */
export function planApp(overrides: Record<string, string | undefined> = {}): { app: RunningApp; admin: Client; plan: PlanFixture } {
  const state = {} as { app: RunningApp; admin: Client; plan: PlanFixture };
  beforeAll(async () => {
    state.app = await startApp(overrides);
  });
  afterAll(async () => {
    await state.app?.close();
  });
  beforeEach(async () => {
    await truncateAll(state.app);
    state.admin = await asAdmin(state.app);
    state.plan = await buildPlan(state.admin);
  });
  return state;
}
