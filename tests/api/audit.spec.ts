import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { type Client, type RunningApp, startApp } from './support/app.js';
import { dataSourceOf, truncateAll } from './support/db.js';
import { buildPlan } from './support/plan-fixture.js';
import { type TestUser, asAdmin, createUser, signIn } from './support/users.js';
import type { Ids, Step } from './support/write-cases.js';
import { FEATURE_NOT_AUDITED, FEATURE_STEPS } from './write-cases/index.js';

/** One successful request of every write route, in an order that creates, changes and deletes real records. */
const STEPS: readonly Step[] = [
  { route: 'PATCH /api/settings', path: () => '/api/settings', body: () => ({ minN: 11 }), entity: 'district_settings', field: 'min_n' },
  { route: 'POST /api/schools', path: () => '/api/schools', body: () => ({ code: 'A100', name: 'Audit Elementary', level: 'elementary' }), entity: 'school', field: 'code', keep: 'school' },
  { route: 'PATCH /api/schools/{id}', path: (i) => `/api/schools/${i['school']}`, body: () => ({ name: 'Audit Academy' }), entity: 'school', field: 'name' },
  { route: 'DELETE /api/schools/{id}', path: (i) => `/api/schools/${i['school']}`, entity: 'school', field: 'code' },
  { route: 'POST /api/student-groups', path: () => '/api/student-groups', body: () => ({ code: 'LTEL', nameEn: 'Long-term English learners', nameEs: 'Estudiantes de inglés a largo plazo', kind: 'program' }), entity: 'student_group', field: 'code', keep: 'group' },
  { route: 'PATCH /api/student-groups/{id}', path: (i) => `/api/student-groups/${i['group']}`, body: () => ({ nameEn: 'LTEL students' }), entity: 'student_group', field: 'name_en' },
  { route: 'DELETE /api/student-groups/{id}', path: (i) => `/api/student-groups/${i['group']}`, entity: 'student_group', field: 'code' },
  { route: 'POST /api/people', path: () => '/api/people', body: () => ({ name: 'Audit Person', email: 'audit.person@test.example.org' }), entity: 'person', field: 'email', keep: 'person' },
  { route: 'PATCH /api/people/{id}', path: (i) => `/api/people/${i['person']}`, body: () => ({ title: 'Coach' }), entity: 'person', field: 'title' },
  { route: 'POST /api/people/{id}/invite', path: (i) => `/api/people/${i['person']}/invite`, entity: 'invitation', field: 'email' },
  { route: 'DELETE /api/people/{id}', path: (i) => `/api/people/${i['person']}`, entity: 'person', field: 'email' },
  { route: 'POST /api/plans', path: () => '/api/plans', body: () => ({ name: 'Draft plan', firstSchoolYear: 2029, lastSchoolYear: 2031 }), entity: 'plan', field: 'name', keep: 'plan2' },
  { route: 'PATCH /api/plans/{id}', path: (i) => `/api/plans/${i['plan2']}`, body: () => ({ vision: 'Every child thrives' }), entity: 'plan', field: 'vision' },
  { route: 'DELETE /api/plans/{id}', path: (i) => `/api/plans/${i['plan2']}`, entity: 'plan', field: 'name' },
  ...nodeSteps('priorities', 'priority', (i) => i.planId),
  ...nodeSteps('goals', 'goal', (i) => i.priorityId),
  ...nodeSteps('strategies', 'strategy', (i) => i.goalId),
  { route: 'POST /api/guardrails', path: () => '/api/guardrails', body: (i) => ({ planId: i.planId, statement: 'Will not allow X', ownerId: i.personId }), entity: 'guardrail', field: 'statement', keep: 'guardrail' },
  { route: 'PATCH /api/guardrails/{id}', path: (i) => `/api/guardrails/${i['guardrail']}`, body: () => ({ statement: 'Will not allow Y' }), entity: 'guardrail', field: 'statement' },
  { route: 'DELETE /api/guardrails/{id}', path: (i) => `/api/guardrails/${i['guardrail']}`, entity: 'guardrail', field: 'statement' },
  { route: 'POST /api/initiatives', path: () => '/api/initiatives', body: (i) => ({ planId: i.planId, name: 'Tutoring', goalIds: [i.goalId] }), entity: 'initiative_goal', field: 'goal_id', keep: 'initiative' },
  { route: 'PATCH /api/initiatives/{id}', path: (i) => `/api/initiatives/${i['initiative']}`, body: () => ({ decision: 'keep' }), entity: 'initiative', field: 'decision' },
  { route: 'DELETE /api/initiatives/{id}', path: (i) => `/api/initiatives/${i['initiative']}`, entity: 'initiative', field: 'name' },
  { route: 'POST /api/metrics', path: () => '/api/metrics', body: (i) => ({ goalId: i.goalId, name: 'Attendance', unit: 'percent', direction: 'up', kind: 'leading', cadence: 'monthly', ownerId: i.stewardId }), entity: 'metric', field: 'name', keep: 'metric2' },
  { route: 'PATCH /api/metrics/{id}', path: (i) => `/api/metrics/${i['metric2']}`, body: () => ({ lagDays: 10, version: 1 }), entity: 'metric', field: 'lag_days' },
  { route: 'PUT /api/metrics/{id}/baselines', path: (i) => `/api/metrics/${i['metric2']}/baselines`, body: () => ({ value: 91, asOf: '2024-06-30' }), entity: 'metric_baseline', field: 'value' },
  { route: 'PUT /api/metrics/{id}/targets', path: (i) => `/api/metrics/${i['metric2']}/targets`, body: () => ({ targets: [{ schoolYear: 2026, value: 94 }] }), entity: 'metric_target', field: 'value' },
  { route: 'POST /api/measurements/bulk', path: () => '/api/measurements/bulk', body: (i) => ({ measurements: [{ metricId: i['metric2'], periodEnd: '2026-09-30', periodKind: 'month', value: 92 }] }), entity: 'measurement_batch', field: 'inserted' },
  { route: 'DELETE /api/metrics/{id}', path: (i) => `/api/metrics/${i['metric2']}`, entity: 'metric', field: 'name' },
  { route: 'POST /api/tactics', path: () => '/api/tactics', body: (i) => ({ strategyId: i.strategyId, title: 'Family nights', ownerId: i.personId, schoolYear: 2026 }), entity: 'tactic', field: 'title', keep: 'tactic2' },
  { route: 'PATCH /api/tactics/{id}', path: (i) => `/api/tactics/${i['tactic2']}`, body: () => ({ percentComplete: 10, version: 1 }), entity: 'tactic', field: 'percent_complete' },
  { route: 'POST /api/tactics/{id}/status-updates', path: (i) => `/api/tactics/${i['tactic2']}/status-updates`, body: () => ({ status: 'at-risk', percentComplete: 20, narrative: 'Venue fell through', version: 2 }), entity: 'status_update', field: 'narrative' },
  { route: 'POST /api/milestones', path: () => '/api/milestones', body: (i) => ({ tacticId: i['tactic2'], title: 'First night held' }), entity: 'milestone', field: 'title', keep: 'milestone' },
  { route: 'PATCH /api/milestones/{id}', path: (i) => `/api/milestones/${i['milestone']}`, body: () => ({ completedOn: '2026-10-15' }), entity: 'milestone', field: 'completed_on' },
  { route: 'DELETE /api/milestones/{id}', path: (i) => `/api/milestones/${i['milestone']}`, entity: 'milestone', field: 'title' },
  { route: 'POST /api/sources', path: () => '/api/sources', body: (i) => ({ name: 'Attendance file', kind: 'file', stewardId: i.stewardId, mapping: { period: { previous: 'month' }, metrics: [{ metricId: i.metricId, value: 'rate' }] } }), entity: 'data_source', field: 'name', keep: 'source' },
  { route: 'PATCH /api/sources/{id}', path: (i) => `/api/sources/${i['source']}`, body: () => ({ name: 'Attendance export', version: 1 }), entity: 'data_source', field: 'name' },
  { route: 'POST /api/sources/{id}/runs', path: (i) => `/api/sources/${i['source']}/runs`, entity: 'collection_run', field: 'trigger' },
  { route: 'DELETE /api/sources/{id}', path: (i) => `/api/sources/${i['source']}`, entity: 'data_source', field: 'name' },
  ...FEATURE_STEPS,
  { route: 'DELETE /api/tactics/{id}', path: (i) => `/api/tactics/${i['tactic2']}`, entity: 'tactic', field: 'title' },
];

/** Sign-in routes change sessions and credentials, which stay out of the audit trail on purpose (they are secrets). */
const NOT_AUDITED = new Set([
  'POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/auth/password-reset', 'POST /api/auth/password',
  // Writes nothing: fetches and maps rows to show them.
  'POST /api/sources/{id}/preview',
  // An upload is audited as the run it queues (collection-flow.spec.ts covers uploads end to end).
  'POST /api/sources/{id}/files',
  ...FEATURE_NOT_AUDITED,
]);

function nodeSteps(resource: string, entity: string, parent: (i: Ids) => string): Step[] {
  return [
    { route: `POST /api/${resource}`, path: () => `/api/${resource}`, body: (i) => ({ parentId: parent(i), title: `New ${entity}`, ownerId: i.personId }), entity, field: 'title', keep: entity },
    { route: `PATCH /api/${resource}/{id}`, path: (i) => `/api/${resource}/${i[entity]}`, body: () => ({ sortOrder: 5 }), entity, field: 'sort_order' },
    { route: `DELETE /api/${resource}/{id}`, path: (i) => `/api/${resource}/${i[entity]}`, entity, field: 'title' },
  ];
}

describe('audit trail', () => {
  let app: RunningApp;
  let admin: Client & { user: TestUser };
  let ids: Ids;

  beforeAll(async () => {
    app = await startApp();
    await truncateAll(app);
    admin = await asAdmin(app);
    ids = { ...(await buildPlan(admin)) } as Ids;
  });
  afterAll(async () => {
    await app.close();
  });

  it('has a step for every write route of the API', async () => {
    const doc = (await admin.get<{ paths: Record<string, Record<string, unknown>> }>('/api/docs-json')).body;
    const writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).filter((m) => ['post', 'put', 'patch', 'delete'].includes(m)).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(writes.filter((w) => !NOT_AUDITED.has(w) && !STEPS.some((s) => s.route === w))).toEqual([]);
  });

  it.each(STEPS.map((s) => [s.route, s] as const))('%s leaves an audit row with its actor and diff', async (_route, step) => {
    const requestId = randomUUID();
    const [method] = step.route.split(' ') as [string];
    const response = await admin.send<{ id?: string }>(method, step.path(ids), step.body?.(ids), { 'x-request-id': requestId });
    expect({ status: response.status, body: response.body }).toEqual(expect.objectContaining({ status: expect.any(Number) }));
    expect(response.status).toBeLessThan(300);
    if (step.keep && response.body?.id) ids[step.keep] = response.body.id;
    const rows = await dataSourceOf(app).query<{ actor_id: string; entity: string; changes: Record<string, [unknown, unknown]> }[]>(
      `SELECT actor_id, entity, changes FROM app.audit_log WHERE request_id = $1`,
      [requestId],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.actor_id === admin.user.personId)).toBe(true);
    const row = rows.find((r) => r.entity === step.entity);
    expect({ entities: rows.map((r) => r.entity), found: row !== undefined }).toEqual({ entities: expect.any(Array), found: true });
    const [before, after] = row?.changes[step.field] ?? [];
    expect(before).not.toEqual(after);
  });

  it('shows a record’s history to signed-in users and the whole log only to admins', async () => {
    const board = await signIn(app, await createUser(app, ['board']));
    const history = await board.get<{ items: { action: string; changes: Record<string, unknown> }[] }>(`/api/audit/goal/${ids.goalId}`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((e) => e.action)).toContain('create');
    expect((await board.get('/api/audit')).status).toBe(403);
    const log = await admin.get<{ items: { actorName: string }[]; total: number }>(`/api/audit?actorId=${admin.user.personId}`);
    expect(log.body.total).toBeGreaterThan(STEPS.length);
    expect(log.body.items[0]?.actorName).toBe('Test Admin');
  });

  it('cannot be edited: the database refuses updates and deletes of the trail', async () => {
    await expect(dataSourceOf(app).query(`UPDATE app.audit_log SET actor_id = NULL`)).rejects.toThrow(/append-only/);
    await expect(dataSourceOf(app).query(`DELETE FROM app.audit_log`)).rejects.toThrow(/append-only/);
  });
});
