import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '../../apps/api/src/http/request-context.js';
import { FEATURE_ROUTES } from './matrix/features.js';
import { ACTORS, ADMIN, CABINET, type Entry, INTERNAL, STEWARDS, type Targets, UNKNOWN, WHO, type Who, anyId, ownSource } from './support/access-matrix.js';
import { type Client, type RunningApp, startApp } from './support/app.js';
import { dataSourceOf, truncateAll } from './support/db.js';
import { buildPlan } from './support/plan-fixture.js';
import { type TestUser, createUser, signIn } from './support/users.js';

/**
 * Every route of the API × every role. The test reads the routes from the application's router: a route missing
 * here fails it, so a new route cannot ship without its access decided.
 */
const MATRIX: Record<string, Entry> = {
  'GET /api/health': { allow: 'public' },
  'GET /api/system/job-runs': { allow: ADMIN },
  'POST /api/auth/login': { allow: 'public', body: () => ({}) },
  'POST /api/auth/logout': { allow: 'public' },
  'GET /api/auth/me': { allow: 'signed-in' },
  'GET /api/auth/providers': { allow: 'public' },
  'POST /api/auth/password-reset': { allow: 'public', body: () => ({}) },
  'POST /api/auth/password': { allow: 'public', body: () => ({}) },
  'GET /api/auth/oidc/login': { allow: 'public' },
  'GET /api/auth/oidc/callback': { allow: 'public' },
  'POST /api/people/:id/invite': { allow: ADMIN, id: anyId },
  'GET /api/audit': { allow: ADMIN },
  'GET /api/audit/:entity/:id': { allow: 'signed-in', id: anyId },
  'GET /api/settings': { allow: 'signed-in' },
  'PATCH /api/settings': { allow: ADMIN, body: () => ({}) },
  ...crud('schools', ADMIN),
  'GET /api/student-groups': { allow: 'signed-in' },
  'POST /api/student-groups': { allow: ADMIN, body: () => ({}) },
  'PATCH /api/student-groups/:id': { allow: ADMIN, id: anyId, body: () => ({}) },
  'DELETE /api/student-groups/:id': { allow: ADMIN, id: anyId },
  ...crud('people', ADMIN),
  ...crud('plans', ADMIN),
  'GET /api/plans/:id/tree': { allow: 'signed-in', id: anyId },
  ...crud('priorities', CABINET, { update: (t) => t.priorityId }),
  ...crud('goals', CABINET, { create: (t) => ({ parentId: t.priorityId }), update: (t) => t.goalId }),
  ...crud('strategies', CABINET, { create: (t) => ({ parentId: t.goalId }), update: (t) => t.strategyId }),
  ...crud('guardrails', ADMIN),
  ...crud('initiatives', ADMIN),
  ...crud('metrics', CABINET, { create: (t) => ({ goalId: t.goalId }), update: (t) => t.metricId }),
  'GET /api/metrics/:id/baselines': { allow: 'signed-in', id: anyId },
  'PUT /api/metrics/:id/baselines': { allow: CABINET, id: (t) => t.metricId, body: () => ({}) },
  'GET /api/metrics/:id/targets': { allow: 'signed-in', id: anyId },
  'PUT /api/metrics/:id/targets': { allow: CABINET, id: (t) => t.metricId, body: () => ({}) },
  'GET /api/metrics/:id/series': { allow: 'signed-in', id: anyId },
  'GET /api/measurements': { allow: 'signed-in' },
  'POST /api/measurements/bulk': { allow: ['admin', 'steward'], body: (t) => ({ measurements: [{ metricId: t.metricId }] }) },
  ...crud('tactics', ACTORS, { create: (t) => ({ strategyId: t.strategyId }), update: (t) => t.tacticId, createRoles: CABINET }),
  'GET /api/tactics/:id/status-updates': { allow: 'signed-in', id: anyId },
  'POST /api/tactics/:id/status-updates': { allow: ACTORS, id: (t) => t.tacticId, body: () => ({}) },
  'GET /api/sources': { allow: 'signed-in' },
  'GET /api/sources/:id': { allow: 'signed-in', id: anyId },
  'POST /api/sources': { allow: ['admin', 'steward'], body: () => ({}) },
  'PATCH /api/sources/:id': { allow: STEWARDS, id: ownSource, body: () => ({}) },
  'DELETE /api/sources/:id': { allow: STEWARDS, id: (t, who) => (who === 'steward' ? t.spareSource : UNKNOWN) },
  'POST /api/sources/:id/files': { allow: STEWARDS, id: ownSource },
  'POST /api/sources/:id/preview': { allow: STEWARDS, id: ownSource, body: () => ({ rows: 0 }) },
  'POST /api/sources/:id/runs': { allow: STEWARDS, id: ownSource },
  'GET /api/sources/:id/runs': { allow: 'signed-in', id: anyId },
  'GET /api/runs/:id': { allow: 'signed-in', id: anyId },
  'GET /api/runs/:id/rejections.csv': { allow: 'signed-in', id: anyId },
  'GET /api/milestones': { allow: 'signed-in' },
  // Routes of the dashboard's features, one file each under matrix/.
  ...FEATURE_ROUTES,
  'POST /api/milestones': { allow: ACTORS, body: (t) => ({ tacticId: t.tacticId }) },
  'PATCH /api/milestones/:id': { allow: ACTORS, id: (t, who) => t.milestone[who === 'anonymous' ? 'owner' : who], body: () => ({}) },
  'DELETE /api/milestones/:id': { allow: ACTORS, id: (t, who) => (who === 'admin' ? UNKNOWN : t.milestone[who === 'anonymous' ? 'owner' : who]) },
};

/** The five routes of a resource; writes by `allow` (ownership rules named by their target), deletes admin only. */
function crud(
  resource: string,
  allow: readonly Role[],
  owned: { create?: (t: Targets) => unknown; update?: (t: Targets) => string; createRoles?: readonly Role[] } = {},
): Record<string, Entry> {
  return {
    [`GET /api/${resource}`]: { allow: 'signed-in' },
    [`GET /api/${resource}/:id`]: { allow: 'signed-in', id: anyId },
    [`POST /api/${resource}`]: { allow: owned.createRoles ?? (owned.create ? allow : ADMIN), body: (t) => owned.create?.(t) ?? {} },
    [`PATCH /api/${resource}/:id`]: { allow: owned.update ? allow : ADMIN, id: (t) => owned.update?.(t) ?? UNKNOWN, body: () => ({}) },
    [`DELETE /api/${resource}/:id`]: { allow: ADMIN, id: anyId },
  };
}

function expected(entry: Entry, who: Who): 'allowed' | 401 | 403 {
  if (entry.allow === 'public') return 'allowed';
  if (who === 'anonymous') return 401;
  if (entry.allow === 'signed-in') return 'allowed';
  return entry.allow.includes(who) ? 'allowed' : 403;
}

describe('authorization matrix: every route × every role', () => {
  let app: RunningApp;
  let targets: Targets;
  const clients = new Map<Who, Client>();
  const users = new Map<Role, TestUser>();

  beforeAll(async () => {
    app = await startApp();
    await truncateAll(app);
    for (const role of INTERNAL) users.set(role, await createUser(app, [role], `Matrix ${role}`));
    const admin = await signIn(app, users.get('admin') as TestUser);
    const plan = await buildPlan(admin);
    // The cabinet member owns the priority, goal and strategy; the principal the tactic; the steward the metric.
    const db = dataSourceOf(app);
    const id = (role: Role) => (users.get(role) as TestUser).personId;
    await db.query(`UPDATE app.priority SET owner_id = $1 WHERE id = $2`, [id('cabinet'), plan.priorityId]);
    await db.query(`UPDATE app.goal SET owner_id = $1 WHERE id = $2`, [id('cabinet'), plan.goalId]);
    await db.query(`UPDATE app.strategy SET owner_id = $1 WHERE id = $2`, [id('cabinet'), plan.strategyId]);
    await db.query(`UPDATE app.metric SET owner_id = $1 WHERE id = $2`, [id('steward'), plan.metricId]);
    await db.query(`UPDATE app.tactic SET owner_id = $1 WHERE id = $2`, [id('owner'), plan.tacticId]);
    await db.query(`UPDATE app.data_source SET steward_id = $1 WHERE id = $2`, [id('steward'), plan.sourceId]);
    const [spare] = await db.query<{ id: string }[]>(
      `INSERT INTO app.data_source (name, kind, steward_id, mapping) VALUES ('Spare', 'manual', $1, '{}') RETURNING id`,
      [id('steward')],
    );
    const milestone = {} as Record<Role, string>;
    for (const role of INTERNAL) {
      const [row] = await db.query<{ id: string }[]>(`INSERT INTO app.milestone (tactic_id, title) VALUES ($1, $2) RETURNING id`, [plan.tacticId, `Milestone of ${role}`]);
      milestone[role] = (row as { id: string }).id;
    }
    targets = { ...plan, milestone, spareSource: (spare as { id: string }).id };
    clients.set('anonymous', app.client());
    for (const role of INTERNAL) clients.set(role, await signIn(app, users.get(role) as TestUser));
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists every route of the router in the matrix (a new route without a rule fails here)', () => {
    const express = app.booted.http?.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
    const routes = express.router.stack
      .filter((layer) => layer.route && !layer.route.path.startsWith('/api/docs'))
      .flatMap((layer) => Object.keys(layer.route?.methods ?? {}).map((m) => `${m.toUpperCase()} ${layer.route?.path}`));
    expect(routes.length).toBeGreaterThan(60);
    expect(routes.filter((r) => !MATRIX[r])).toEqual([]);
    expect(Object.keys(MATRIX).filter((r) => !routes.includes(r))).toEqual([]);
  });

  const cases = Object.entries(MATRIX).flatMap(([route, entry]) => WHO.map((who) => [route, who, expected(entry, who), entry] as const));
  it.each(cases)('%s as %s → %s', async (route, who, outcome, entry) => {
    const [method, template] = route.split(' ') as [string, string];
    // Logging out would end the shared session of the role: use a throwaway one.
    const client = route === 'POST /api/auth/logout' && who !== 'anonymous' ? await signIn(app, users.get(who) as TestUser) : (clients.get(who) as Client);
    const path = template.replace(':entity', 'tactic').replace(':id', entry.id ? entry.id(targets, who) : UNKNOWN);
    const body = method === 'GET' ? undefined : entry.body?.(targets);
    const response = await client.send<{ message?: string }>(method, path, body);
    if (outcome === 'allowed') {
      expect({ route, who, refused: [401, 403].includes(response.status), status: response.status }).toEqual({
        route, who, refused: false, status: response.status,
      });
    } else {
      expect({ route, who, status: response.status }).toEqual({ route, who, status: outcome });
    }
  });
});
