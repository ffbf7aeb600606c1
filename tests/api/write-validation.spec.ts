import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Client, type RunningApp, startApp } from './support/app.js';
import { asAdmin } from './support/users.js';
import { contentDigest, dataSourceOf, truncateAll } from './support/db.js';
import { type PlanFixture, buildPlan } from './support/plan-fixture.js';
import { type CaseEntry, UNKNOWN } from './support/write-cases.js';
import { FEATURE_CASES, FEATURE_NO_INPUT } from './write-cases/index.js';

/** Bad input for every write route of the API: each must answer 4xx, say why, and change nothing. */
const CORE_CASES: Record<string, CaseEntry> = {
  'PATCH /api/settings': {
    cases: [
      { why: 'unknown time zone', body: { timeZone: 'Mars/Base' }, status: 400, fields: ['timeZone'] },
      { why: 'min n out of range', body: { minN: 0 }, status: 400, fields: ['minN'] },
      { why: 'watch band above on-track band', body: { statusBands: { onTrack: 0.8, watch: 0.9 } }, status: 400, fields: ['statusBands.watch'] },
      { why: 'extra field', body: { colour: 'blue' }, status: 400, fields: ['colour'] },
      { why: 'wrong type', body: { schoolYearStartMonth: 'July' }, status: 400, fields: ['schoolYearStartMonth'] },
    ],
  },
  'POST /api/schools': {
    cases: [
      { why: 'missing code', body: { name: 'X', level: 'middle' }, status: 400, fields: ['code'] },
      { why: 'unknown level', body: { code: 'A1', name: 'X', level: 'college' }, status: 400, fields: ['level'] },
      { why: 'duplicate state code', body: { code: '19647330100011', name: 'X', level: 'high' }, status: 409, fields: ['code'] },
    ],
  },
  'PATCH /api/schools/{id}': {
    id: (f) => f.schoolId,
    cases: [
      { why: 'unknown id', id: () => UNKNOWN, body: { name: 'X' }, status: 404 },
      { why: 'empty name', body: { name: '' }, status: 400, fields: ['name'] },
      { why: 'extra field', body: { principal: 'me' }, status: 400, fields: ['principal'] },
    ],
  },
  'DELETE /api/schools/{id}': { cases: [{ why: 'unknown id', id: () => UNKNOWN, status: 404 }] },
  'POST /api/student-groups': {
    cases: [
      { why: 'a second All Students', body: { code: 'ALL2', nameEn: 'All', nameEs: 'Todos', kind: 'all' }, status: 400, fields: ['kind'] },
      { why: 'missing Spanish name', body: { code: 'LTEL', nameEn: 'Long-term EL', kind: 'program' }, status: 400, fields: ['nameEs'] },
    ],
  },
  'PATCH /api/student-groups/{id}': {
    id: (f) => f.allStudentsId,
    cases: [
      { why: 'recode a preloaded group', body: { code: 'EVERYONE' }, status: 409 },
      { why: 'unknown id', id: () => UNKNOWN, body: { nameEn: 'X' }, status: 404 },
    ],
  },
  'DELETE /api/student-groups/{id}': {
    id: (f) => f.allStudentsId,
    cases: [
      { why: 'a preloaded group', status: 409 },
      { why: 'unknown id', id: () => UNKNOWN, status: 404 },
    ],
  },
  'POST /api/people': {
    cases: [
      { why: 'missing name', body: { email: 'a@b.org' }, status: 400, fields: ['name'] },
      { why: 'not an email', body: { name: 'A', email: 'nope' }, status: 400, fields: ['email'] },
      { why: 'duplicate email in another case', body: { name: 'A', email: 'DANA.WHITFIELD@district.example.org' }, status: 409, fields: ['email'] },
      { why: 'unknown supervisor', body: { name: 'A', email: 'a@b.org', supervisorId: UNKNOWN }, status: 404, fields: ['supervisorId'] },
      { why: 'wrong type', body: { name: 7, email: 'a@b.org' }, status: 400, fields: ['name'] },
    ],
  },
  'PATCH /api/people/{id}': {
    id: (f) => f.personId,
    cases: [
      { why: 'reports to themselves', body: {}, status: 400 },
      { why: 'unknown id', id: () => UNKNOWN, body: { name: 'X' }, status: 404 },
      { why: 'unknown language', body: { preferredLanguage: 'fr' }, status: 400, fields: ['preferredLanguage'] },
    ],
  },
  'DELETE /api/people/{id}': {
    id: (f) => f.personId,
    cases: [
      { why: 'still owns the plan', status: 409 },
      { why: 'not a uuid', id: () => 'dana', status: 400 },
    ],
  },
  'POST /api/plans': {
    cases: [
      { why: 'six-year horizon', body: { name: 'P', firstSchoolYear: 2024, lastSchoolYear: 2029 }, status: 400, fields: ['lastSchoolYear'] },
      { why: 'adopted without a date', body: { name: 'P', firstSchoolYear: 2024, lastSchoolYear: 2028, state: 'adopted' }, status: 400, fields: ['adoptedOn'] },
      { why: 'year as text', body: { name: 'P', firstSchoolYear: '2024', lastSchoolYear: 2028 }, status: 400, fields: ['firstSchoolYear'] },
    ],
  },
  'PATCH /api/plans/{id}': {
    id: (f) => f.planId,
    cases: [
      { why: 'not a calendar date', body: { adoptedOn: '2024-02-30' }, status: 400, fields: ['adoptedOn'] },
      { why: 'unknown id', id: () => UNKNOWN, body: { name: 'X' }, status: 404 },
    ],
  },
  'DELETE /api/plans/{id}': { cases: [{ why: 'unknown id', id: () => UNKNOWN, status: 404 }] },
  ...nodeCases('priorities', (f) => f.planId, (f) => f.priorityId),
  ...nodeCases('goals', (f) => f.priorityId, (f) => f.goalId),
  ...nodeCases('strategies', (f) => f.goalId, (f) => f.strategyId),
  'POST /api/guardrails': {
    cases: [
      { why: 'unknown plan', body: { planId: UNKNOWN, statement: 'S', ownerId: UNKNOWN }, status: 404 },
      { why: 'missing statement', body: { planId: UNKNOWN, ownerId: UNKNOWN }, status: 400, fields: ['statement'] },
    ],
  },
  'PATCH /api/guardrails/{id}': {
    id: (f) => f.guardrailId,
    cases: [
      { why: 'unknown owner', body: { ownerId: UNKNOWN }, status: 404, fields: ['ownerId'] },
      { why: 'unknown id', id: () => UNKNOWN, body: { statement: 'S' }, status: 404 },
    ],
  },
  'DELETE /api/guardrails/{id}': { cases: [{ why: 'unknown id', id: () => UNKNOWN, status: 404 }] },
  'POST /api/initiatives': {
    cases: [
      { why: 'unknown decision', body: { planId: UNKNOWN, name: 'I', decision: 'maybe' }, status: 400, fields: ['decision'] },
      { why: 'unknown plan', body: { planId: UNKNOWN, name: 'I' }, status: 404, fields: ['planId'] },
    ],
  },
  'PATCH /api/initiatives/{id}': { cases: [{ why: 'unknown id', id: () => UNKNOWN, body: { name: 'I' }, status: 404 }] },
  'DELETE /api/initiatives/{id}': { cases: [{ why: 'unknown id', id: () => UNKNOWN, status: 404 }] },
  'POST /api/metrics': {
    cases: [
      { why: 'both a goal and a guardrail', body: (f: PlanFixture) => metric({ goalId: f.goalId, guardrailId: f.guardrailId, ownerId: f.stewardId }), status: 400, fields: ['goalId'] },
      { why: 'maintain without a band', body: (f: PlanFixture) => metric({ goalId: f.goalId, ownerId: f.stewardId, direction: 'maintain' }), status: 400, fields: ['bandLow'] },
      { why: 'unknown unit', body: (f: PlanFixture) => metric({ goalId: f.goalId, ownerId: f.stewardId, unit: 'pct' }), status: 400, fields: ['unit'] },
      { why: 'unknown steward', body: (f: PlanFixture) => metric({ goalId: f.goalId, ownerId: UNKNOWN }), status: 404, fields: ['ownerId'] },
    ],
  },
  'PATCH /api/metrics/{id}': {
    id: (f) => f.metricId,
    cases: [
      { why: 'no version', body: { name: 'M' }, status: 400, fields: ['version'] },
      { why: 'stale version', body: { name: 'M', version: 7 }, status: 409 },
      { why: 'unknown id', id: () => UNKNOWN, body: { name: 'M', version: 1 }, status: 404 },
      { why: 'decimals out of range', body: { decimals: 9, version: 1 }, status: 400, fields: ['decimals'] },
    ],
  },
  'DELETE /api/metrics/{id}': { cases: [{ why: 'unknown id', id: () => UNKNOWN, status: 404 }] },
  'PUT /api/metrics/{id}/baselines': {
    id: (f) => f.metricId,
    cases: [
      { why: 'not a date', body: { value: 1, asOf: '30/06/2024' }, status: 400, fields: ['asOf'] },
      { why: 'unknown group', body: { value: 1, asOf: '2024-06-30', groupId: UNKNOWN }, status: 404, fields: ['groupId'] },
      { why: 'unknown metric', id: () => UNKNOWN, body: { value: 1, asOf: '2024-06-30' }, status: 404 },
    ],
  },
  'PUT /api/metrics/{id}/targets': {
    id: (f) => f.metricId,
    cases: [
      { why: 'outside the horizon', body: { targets: [{ schoolYear: 2031, value: 70 }] }, status: 400, fields: ['targets[0].schoolYear'] },
      { why: 'the same year twice', body: { targets: [{ schoolYear: 2026, value: 50 }, { schoolYear: 2026, value: 51 }] }, status: 400, fields: ['targets'] },
      { why: 'no targets', body: { targets: [] }, status: 400, fields: ['targets'] },
    ],
  },
  'POST /api/measurements/bulk': {
    cases: [
      { why: 'an empty batch', body: { measurements: [] }, status: 400, fields: ['measurements'] },
      { why: 'the same row twice', body: (f: PlanFixture) => ({ measurements: [row(f), row(f)] }), status: 400, fields: ['measurements[1]'] },
      { why: 'unknown school', body: (f: PlanFixture) => ({ measurements: [row(f, { schoolId: UNKNOWN })] }), status: 404, fields: ['measurements[0].schoolId'] },
      { why: 'a percent of 120', body: (f: PlanFixture) => ({ measurements: [row(f, { value: 120 })] }), status: 400, fields: ['measurements[0].value'] },
      { why: 'no value and not suppressed', body: (f: PlanFixture) => ({ measurements: [row(f, { value: null })] }), status: 400, fields: ['measurements[0].value'] },
      { why: 'a period kind of "decade"', body: (f: PlanFixture) => ({ measurements: [row(f, { periodKind: 'decade' })] }), status: 400, fields: ['measurements[0].periodKind'] },
    ],
  },
  'POST /api/tactics': {
    cases: [
      { why: 'due before it starts', body: (f: PlanFixture) => tactic(f, { startDate: '2026-09-01', dueDate: '2026-08-01' }), status: 400, fields: ['dueDate'] },
      { why: 'unknown strategy', body: (f: PlanFixture) => tactic(f, { strategyId: UNKNOWN }), status: 404, fields: ['strategyId'] },
      { why: '120 % complete', body: (f: PlanFixture) => tactic(f, { percentComplete: 120 }), status: 400, fields: ['percentComplete'] },
    ],
  },
  'PATCH /api/tactics/{id}': {
    id: (f) => f.tacticId,
    cases: [
      { why: 'stale version', body: { title: 'T', version: 9 }, status: 409 },
      { why: 'unknown id', id: () => UNKNOWN, body: { title: 'T', version: 1 }, status: 404 },
      { why: 'unknown status', body: { status: 'done', version: 1 }, status: 400, fields: ['status'] },
    ],
  },
  'DELETE /api/tactics/{id}': { cases: [{ why: 'unknown id', id: () => UNKNOWN, status: 404 }] },
  'POST /api/tactics/{id}/status-updates': {
    id: (f) => f.tacticId,
    cases: [
      { why: 'at risk without a narrative', body: (f: PlanFixture) => checkIn(f, { status: 'at-risk' }), status: 400, fields: ['narrative'] },
      { why: 'stale version', body: (f: PlanFixture) => checkIn(f, { version: 5 }), status: 409 },
      { why: 'evidence that is not a link', body: (f: PlanFixture) => checkIn(f, { evidenceLinks: ['my drawer'] }), status: 400, fields: ['evidenceLinks'] },
      { why: 'unknown tactic', id: () => UNKNOWN, body: (f: PlanFixture) => checkIn(f), status: 404 },
    ],
  },
  'POST /api/auth/login': {
    cases: [
      { why: 'not an email', body: { email: 'admin', password: 'x' }, status: 400, fields: ['email'] },
      { why: 'wrong password', body: { email: 'nobody@test.example.org', password: 'guess' }, status: 401 },
    ],
  },
  'POST /api/auth/password-reset': { cases: [{ why: 'not an email', body: { email: 'me' }, status: 400, fields: ['email'] }] },
  'POST /api/auth/password': {
    cases: [
      { why: 'a short password', body: { token: 'x'.repeat(43), password: 'short' }, status: 400, fields: ['password'] },
      { why: 'an unknown link', body: { token: 'x'.repeat(43), password: 'long enough password' }, status: 400, fields: ['token'] },
    ],
  },
  'POST /api/people/{id}/invite': { cases: [{ why: 'unknown person', id: () => UNKNOWN, status: 404 }] },
  'POST /api/sources': {
    cases: [
      { why: 'an unknown kind', body: { name: 'S', kind: 'ftp', mapping: {} }, status: 400, fields: ['kind'] },
      { why: 'no mapping', body: { name: 'S', kind: 'manual' }, status: 400, fields: ['mapping'] },
      { why: 'an HTTP source without a URL', body: (f: PlanFixture) => ({ name: 'S', kind: 'http', mapping: mapping(f) }), status: 400, fields: ['config.url'] },
      { why: 'an SQL source that is not a SELECT', body: (f: PlanFixture) => ({ name: 'S', kind: 'sql', config: { query: 'DELETE FROM x' }, secrets: { connectionString: 'postgres://x' }, mapping: mapping(f) }), status: 400, fields: ['config.query'] },
      { why: 'an impossible schedule', body: (f: PlanFixture) => ({ name: 'S', kind: 'manual', schedule: { kind: 'monthly', day: 40, hour: 6, minute: 0 }, mapping: mapping(f) }), status: 400, fields: ['schedule'] },
      { why: 'an unknown metric', body: (f: PlanFixture) => ({ name: 'S', kind: 'manual', mapping: { ...mapping(f), metrics: [{ metricId: UNKNOWN, value: 'v' }] } }), status: 404, fields: ['mapping.metrics'] },
      // Shapes a steward can type into the JSON box: each is named, none is a 500.
      { why: 'a period and metrics of the wrong kind', body: { name: 'S', kind: 'manual', mapping: { period: 5, metrics: 'x' } }, status: 400, fields: ['mapping'] },
      { why: 'an empty mapping', body: { name: 'S', kind: 'manual', mapping: {} }, status: 400, fields: ['mapping'] },
      { why: 'a metric that is not an object', body: { name: 'S', kind: 'manual', mapping: { period: { previous: 'month' }, metrics: [null] } }, status: 400, fields: ['mapping'] },
      { why: 'record types that are not lists', body: (f: PlanFixture) => ({ name: 'S', kind: 'manual', mapping: { ...mapping(f), recordType: { column: 'R', school: 'S', district: 5 } } }), status: 400, fields: ['mapping'] },
      { why: 'a header value that is not text', body: (f: PlanFixture) => ({ name: 'S', kind: 'http', config: { url: 'https://state.example.gov/f.txt' }, secrets: { headers: { Authorization: { token: 'x' } } }, mapping: mapping(f) }), status: 400, fields: ['secrets.headers'] },
      { why: 'a header name with a space', body: (f: PlanFixture) => ({ name: 'S', kind: 'http', config: { url: 'https://state.example.gov/f.txt' }, secrets: { headers: { 'Api Key': 'x' } }, mapping: mapping(f) }), status: 400, fields: ['secrets.headers'] },
      { why: 'a group code map into a group not set up', body: (f: PlanFixture) => ({ name: 'S', kind: 'manual', mapping: { ...mapping(f), group: { column: 'G', codes: { SED: 'EDD' }, unmapped: 'skip' } } }), status: 400, fields: ['mapping'] },
      { why: 'a wide-file column for a group not set up', body: (f: PlanFixture) => ({ name: 'S', kind: 'manual', mapping: { ...mapping(f), metrics: [{ metricId: f.metricId, value: 'v', group: 'LTEL' }] } }), status: 400, fields: ['mapping'] },
      { why: 'a misspelt mapping key', body: (f: PlanFixture) => ({ name: 'S', kind: 'manual', mapping: { ...mapping(f), schools: { column: 'CDS' } } }), status: 400, fields: ['mapping'] },
    ],
  },
  'PATCH /api/sources/{id}': {
    id: (f) => f.sourceId,
    cases: [
      { why: 'no version', body: { name: 'S' }, status: 400, fields: ['version'] },
      { why: 'stale version', body: { name: 'S', version: 9 }, status: 409 },
      { why: 'unknown id', id: () => UNKNOWN, body: { name: 'S', version: 1 }, status: 404 },
    ],
  },
  'DELETE /api/sources/{id}': { cases: [{ why: 'unknown id', id: () => UNKNOWN, status: 404 }] },
  'POST /api/sources/{id}/files': {
    id: (f) => f.sourceId,
    cases: [
      { why: 'no file attached', status: 400, fields: ['file'] },
      { why: 'unknown source', id: () => UNKNOWN, status: 404 },
    ],
  },
  'POST /api/sources/{id}/preview': {
    id: (f) => f.sourceId,
    cases: [
      { why: 'too many rows asked', body: { rows: 5000 }, status: 400, fields: ['rows'] },
      { why: 'a manual source has nothing to fetch', body: {}, status: 400, fields: ['source'] },
    ],
  },
  'POST /api/sources/{id}/runs': { cases: [{ why: 'unknown source', id: () => UNKNOWN, status: 404 }] },
  'POST /api/milestones': {
    cases: [
      { why: 'unknown tactic', body: { tacticId: UNKNOWN, title: 'M' }, status: 404, fields: ['tacticId'] },
      { why: 'missing title', body: { tacticId: UNKNOWN }, status: 400, fields: ['title'] },
    ],
  },
  'PATCH /api/milestones/{id}': { cases: [{ why: 'unknown id', id: () => UNKNOWN, body: { title: 'M' }, status: 404 }] },
  'DELETE /api/milestones/{id}': { cases: [{ why: 'unknown id', id: () => UNKNOWN, status: 404 }] },
};

/** Write routes that take no input at all, so there is no bad input to send. */
const NO_INPUT = new Set(['POST /api/auth/logout', ...FEATURE_NO_INPUT]);

const CASES: Record<string, CaseEntry> = { ...CORE_CASES, ...FEATURE_CASES };

function nodeCases(resource: string, parent: (f: PlanFixture) => string, own: (f: PlanFixture) => string) {
  return {
    [`POST /api/${resource}`]: {
      cases: [
        { why: 'unknown parent', body: (f: PlanFixture) => ({ parentId: UNKNOWN, title: 'T', ownerId: f.personId }), status: 404, fields: ['parentId'] },
        { why: 'missing title', body: (f: PlanFixture) => ({ parentId: parent(f), ownerId: f.personId }), status: 400, fields: ['title'] },
        { why: 'extra field', body: (f: PlanFixture) => ({ parentId: parent(f), title: 'T', ownerId: f.personId, colour: 'red' }), status: 400, fields: ['colour'] },
      ],
    },
    [`PATCH /api/${resource}/{id}`]: {
      id: own,
      cases: [
        { why: 'unknown owner', body: { ownerId: UNKNOWN }, status: 404, fields: ['ownerId'] },
        { why: 'negative order', body: { sortOrder: -1 }, status: 400, fields: ['sortOrder'] },
        { why: 'unknown id', id: () => UNKNOWN, body: { title: 'T' }, status: 404 },
      ],
    },
    [`DELETE /api/${resource}/{id}`]: { cases: [{ why: 'unknown id', id: () => UNKNOWN, status: 404 }] },
  };
}

const mapping = (f: PlanFixture) => ({ period: { previous: 'month' }, metrics: [{ metricId: f.metricId, value: 'value' }] });
const metric = (over: Record<string, unknown>) => ({ name: 'M', unit: 'percent', direction: 'up', kind: 'lagging', cadence: 'annual', ...over });
const row = (f: PlanFixture, over: Record<string, unknown> = {}) => ({ metricId: f.metricId, periodEnd: '2026-06-30', periodKind: 'year', value: 50, ...over });
const tactic = (f: PlanFixture, over: Record<string, unknown> = {}) => ({ strategyId: f.strategyId, title: 'T', ownerId: f.personId, schoolYear: 2026, ...over });
const checkIn = (_f: PlanFixture, over: Record<string, unknown> = {}) => ({ status: 'on-track', percentComplete: 10, version: 1, ...over });

describe('bad input on every write route', () => {
  let app: RunningApp;
  let fixture: PlanFixture;
  let admin: Client;

  beforeAll(async () => {
    app = await startApp();
    await truncateAll(app);
    admin = await asAdmin(app);
    fixture = await buildPlan(admin);
    // The self-supervision case needs the person's own id in its body.
    (CASES['PATCH /api/people/{id}']?.cases[0] as { body: unknown }).body = { supervisorId: fixture.personId };
  });
  afterAll(async () => {
    await app.close();
  });

  it('has a case table entry for every write route the API serves', async () => {
    const doc = (await admin.get<{ paths: Record<string, Record<string, unknown>> }>('/api/docs-json')).body;
    const writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).filter((m) => ['post', 'put', 'patch', 'delete'].includes(m)).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(writes.length).toBeGreaterThan(30);
    expect(writes.filter((w) => !CASES[w] && !NO_INPUT.has(w))).toEqual([]);
  });

  const all = Object.entries(CASES).flatMap(([route, entry]) => entry.cases.map((c) => [route, c.why, entry, c] as const));
  it.each(all)('%s: %s → 4xx with reasons, nothing changed', async (route, _why, entry, c) => {
    const [method, template] = route.split(' ') as [string, string];
    const idOf = c.id ?? entry.id;
    const path = template.replace('{id}', idOf ? idOf(fixture) : '');
    const body = typeof c.body === 'function' ? (c.body as (f: PlanFixture) => unknown)(fixture) : c.body;
    const before = await contentDigest(dataSourceOf(app));
    const response = await admin.send<{ message?: unknown; errors?: { field: string; messages: string[] }[] }>(method, path, body);
    expect({ status: response.status, body: response.body }).toEqual(expect.objectContaining({ status: c.status }));
    expect(response.body.message).toBeTruthy();
    if (c.fields) {
      expect(response.body.errors?.map((e) => e.field)).toEqual(expect.arrayContaining([...c.fields]));
      expect(response.body.errors?.every((e) => e.messages.length > 0)).toBe(true);
    }
    expect(await contentDigest(dataSourceOf(app))).toEqual(before);
  });
});
