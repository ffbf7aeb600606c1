import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type PublicGoalPage, type PublicPlan, isoDateInZone, schoolYear, schoolYearOf } from '@throughline/domain';
import { type Client, type RunningApp, startApp } from './support/app.js';
import { truncateAll } from './support/db.js';
import { type PlanFixture, buildPlan } from './support/plan-fixture.js';
import { asAdmin } from './support/users.js';

/** The community's page: only what is published, summaries by language, cacheable answers, switched off → 404. */
// Three finished school years before today's, so the figures are never stale whenever the suite runs.
const current = schoolYearOf(isoDateInZone(Date.now(), 'America/Chicago'), 7).startYear;
const [y1, y2, y3] = [current - 3, current - 2, current - 1].map((y) => schoolYear(y, 7)) as [ReturnType<typeof schoolYear>, ReturnType<typeof schoolYear>, ReturnType<typeof schoolYear>];

describe('public page API', () => {
  let app: RunningApp;
  let admin: Client;
  let f: PlanFixture;
  let hiddenGoalId: string;
  const anonymous = () => app.client();

  beforeAll(async () => {
    app = await startApp();
    await truncateAll(app);
    admin = await asAdmin(app);
    f = await buildPlan(admin);
    const hidden = await admin.send<{ id: string }>('POST', '/api/goals', { parentId: f.priorityId, title: 'UNPUBLISHED-SENTINEL goal', ownerId: f.personId });
    hiddenGoalId = hidden.body.id;
    expect((await admin.send('PATCH', `/api/goals/${hiddenGoalId}`, { published: false })).status).toBe(200);
    const g = f.groupIds;
    const row = (periodEnd: string, value: number, denominator: number, groupId?: string) =>
      ({ metricId: f.metricId, periodEnd, periodKind: 'year', value, denominator, ...(groupId ? { groupId } : {}) });
    const bulk = await admin.send('POST', '/api/measurements/bulk', {
      measurements: [
        row(y1.end, 41.5, 900), row(y2.end, 44.25, 910), row(y3.end, 47.5, 905),
        row(y2.end, 38.5, 300, g['EL']), row(y2.end, 87.654, 6, g['MIG']),
        // Gender adds up to All Students: with X under min n, the smaller of F and M is hidden too.
        row(y2.end, 46.5, 500, g['F']), row(y2.end, 42.125, 405, g['M']), row(y2.end, 33.3, 5, g['X']),
        { metricId: f.metricId, periodEnd: y1.end, periodKind: 'year', groupId: g['SWD'], suppressed: true, value: null },
      ],
    });
    expect(bulk.status).toBeLessThan(300);
    expect((await admin.send('PUT', `/api/metrics/${f.metricId}/targets`, { targets: [{ schoolYear: y2.startYear, value: 46 }, { schoolYear: y3.startYear, value: 48 }] })).status).toBeLessThan(300);
    expect((await admin.send('PUT', `/api/metrics/${f.metricId}/baselines`, { value: 41.5, asOf: y1.end })).status).toBeLessThan(300);
  });
  afterAll(async () => {
    await app.close();
  });

  it('shows published priorities, goals and All Students figures to anyone, without cookies, tactics only as counts', async () => {
    const response = await anonymous().get<PublicPlan>('/api/public/plan');
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toEqual([]);
    const page = response.body;
    expect(page.plan.name).toBe('Riverbend Rising');
    expect(page.minN).toBe(10);
    const goal = page.priorities[0]?.goals[0];
    expect(goal?.id).toBe(f.goalId);
    expect(goal?.tactics.total).toBe(1);
    // Rated from data (baseline, targets, this year's figure): not "no data".
    expect(goal?.status).not.toBe('no-data');
    const text = JSON.stringify(page);
    expect(text).not.toContain('UNPUBLISHED-SENTINEL');
    expect(text).not.toContain(hiddenGoalId);
    expect(text).not.toContain('Train every K-3 teacher');
    expect(text).not.toContain(f.personId);
    const series = goal?.metrics[0]?.series ?? [];
    expect(series.map((s) => s.groupCode)).toEqual(['ALL']);
    expect(series[0]?.points).toEqual([
      { schoolYear: y1.label, periodEnd: y1.end, value: 41.5, target: null, withheld: false, reason: null },
      { schoolYear: y2.label, periodEnd: y2.end, value: 44.25, target: 46, withheld: false, reason: null },
      { schoolYear: y3.label, periodEnd: y3.end, value: 47.5, target: 48, withheld: false, reason: null },
    ]);
  });

  it('publishes group series only when the metric says so, with small groups withheld', async () => {
    const metric = await admin.get<{ version: number }>(`/api/metrics/${f.metricId}`);
    expect((await admin.send('PATCH', `/api/metrics/${f.metricId}`, { publishGroups: true, version: metric.body.version })).status).toBe(200);
    const page = (await anonymous().get<PublicPlan>('/api/public/plan')).body;
    const series = page.priorities[0]?.goals[0]?.metrics[0]?.series ?? [];
    expect(series.map((s) => s.groupCode)).toEqual(expect.arrayContaining(['ALL', 'EL', 'MIG', 'SWD']));
    expect(series.find((s) => s.groupCode === 'EL')?.points[0]).toEqual(expect.objectContaining({ value: 38.5, withheld: false }));
    expect(series.find((s) => s.groupCode === 'MIG')?.points[0]).toEqual(expect.objectContaining({ value: null, withheld: true, reason: 'small-group' }));
    expect(series.find((s) => s.groupCode === 'SWD')?.points[0]).toEqual(expect.objectContaining({ value: null, withheld: true, reason: 'not-reported' }));
    expect(series.find((s) => s.groupCode === 'X')?.points[0]).toEqual(expect.objectContaining({ value: null, reason: 'small-group' }));
    expect(series.find((s) => s.groupCode === 'M')?.points[0]).toEqual(expect.objectContaining({ value: null, reason: 'protects-small-group' }));
    expect(series.find((s) => s.groupCode === 'F')?.points[0]).toEqual(expect.objectContaining({ value: 46.5, reason: null }));
    const text = JSON.stringify(page);
    for (const hidden of ['87.654', '42.125', '33.3']) expect(text).not.toContain(hidden);
  });

  it('hides a metric, a goal or a whole priority when it is unpublished', async () => {
    const metric = await admin.get<{ version: number }>(`/api/metrics/${f.metricId}`);
    await admin.send('PATCH', `/api/metrics/${f.metricId}`, { published: false, version: metric.body.version });
    let page = (await anonymous().get<PublicPlan>('/api/public/plan')).body;
    expect(page.priorities[0]?.goals[0]?.metrics).toEqual([]);
    expect(JSON.stringify(page)).not.toContain(f.metricId);
    // Statuses are rolled up from what is shown: no published metric, no rating (nothing hints at the hidden one).
    expect(page.priorities[0]?.goals[0]?.status).toBe('no-data');
    expect(page.priorities[0]?.status).toBe('no-data');
    await admin.send('PATCH', `/api/metrics/${f.metricId}`, { published: true, version: metric.body.version + 1 });

    await admin.send('PATCH', `/api/priorities/${f.priorityId}`, { published: false });
    page = (await anonymous().get<PublicPlan>('/api/public/plan')).body;
    expect(page.priorities).toEqual([]);
    expect((await anonymous().get(`/api/public/goals/${f.goalId}`)).status).toBe(404);
    await admin.send('PATCH', `/api/priorities/${f.priorityId}`, { published: true });
    expect((await anonymous().get(`/api/public/goals/${hiddenGoalId}`)).status).toBe(404);
  });

  it('answers summaries in the requested language (English when no Spanish one is written)', async () => {
    const patched = await admin.send<{ publicSummaryEn: string; published: boolean }>('PATCH', `/api/goals/${f.goalId}`, {
      publicSummaryEn: 'More third graders will read well.', publicSummaryEs: 'Más estudiantes de tercero leerán bien.',
    });
    expect(patched.body).toEqual(expect.objectContaining({ publicSummaryEn: 'More third graders will read well.', published: true }));
    await admin.send('PATCH', `/api/priorities/${f.priorityId}`, { publicSummaryEn: 'Reading first.' });
    const es = (await anonymous().get<PublicGoalPage>(`/api/public/goals/${f.goalId}?lang=es`)).body;
    expect(es.language).toBe('es');
    expect(es.goal.summary).toBe('Más estudiantes de tercero leerán bien.');
    const page = (await anonymous().get<PublicPlan>('/api/public/plan?lang=es')).body;
    expect(page.priorities[0]?.summary).toBe('Reading first.');
    const en = (await anonymous().get<PublicPlan>('/api/public/plan')).body;
    expect(en.priorities[0]?.goals[0]?.summary).toBe('More third graders will read well.');
    expect((await anonymous().get('/api/public/plan?lang=fr')).status).toBe(400);
  });

  it('answers the plan’s own words in Spanish where the district wrote them, and marks the English it falls back to', async () => {
    const plan = await admin.send<{ missionEs: string; valuesEs: string[] }>('PATCH', `/api/plans/${f.planId}`, {
      missionEs: 'Cada estudiante conocido, desafiado y preparado.', valuesEs: ['Equidad', 'Excelencia'],
    });
    expect(plan.body).toEqual(expect.objectContaining({ missionEs: 'Cada estudiante conocido, desafiado y preparado.', valuesEs: ['Equidad', 'Excelencia'] }));
    const goal = await admin.send<{ titleEs: string }>('PATCH', `/api/goals/${f.goalId}`, { titleEs: 'Más estudiantes leerán al nivel de su grado' });
    expect(goal.body.titleEs).toBe('Más estudiantes leerán al nivel de su grado');
    const metric = (await admin.get<{ version: number }>(`/api/metrics/${f.metricId}`)).body;
    expect((await admin.send('PATCH', `/api/metrics/${f.metricId}`, { version: metric.version, nameEs: 'Competencia en lectura de 3.º grado' })).status).toBe(200);

    const es = (await anonymous().get<PublicPlan>('/api/public/plan?lang=es')).body;
    expect(es.plan).toEqual(expect.objectContaining({
      mission: 'Cada estudiante conocido, desafiado y preparado.', missionLang: 'es',
      vision: '', visionLang: 'en', values: ['Equidad', 'Excelencia'], valuesLang: 'es',
    }));
    const [priority] = es.priorities;
    expect({ title: priority?.title, titleLang: priority?.titleLang }).toEqual({ title: expect.not.stringMatching(/Más/), titleLang: 'en' });
    const g = priority?.goals.find((x) => x.id === f.goalId);
    expect({ title: g?.title, titleLang: g?.titleLang }).toEqual({ title: 'Más estudiantes leerán al nivel de su grado', titleLang: 'es' });
    expect({ name: g?.metrics[0]?.name, titleLang: g?.metrics[0]?.titleLang }).toEqual({ name: 'Competencia en lectura de 3.º grado', titleLang: 'es' });
    const en = (await anonymous().get<PublicPlan>('/api/public/plan')).body;
    expect(en.priorities[0]?.goals.find((x) => x.id === f.goalId)).toEqual(expect.objectContaining({ titleLang: 'en', title: expect.not.stringMatching(/Más/) }));
    expect(en.plan.valuesLang).toBe('en');
  });

  it('refuses a Spanish title on a strategy (never published on its own) and an over-long one, changing nothing', async () => {
    const strategy = await admin.send<{ errors: { field: string }[] }>('POST', '/api/strategies', { parentId: f.goalId, title: 'S', ownerId: f.personId, titleEs: 'E' });
    expect({ status: strategy.status, fields: strategy.body.errors?.map((e) => e.field) }).toEqual({ status: 400, fields: ['titleEs'] });
    const long = await admin.send<{ errors: { field: string }[] }>('PATCH', `/api/goals/${f.goalId}`, { titleEs: 'x'.repeat(301) });
    expect({ status: long.status, fields: long.body.errors?.map((e) => e.field) }).toEqual({ status: 400, fields: ['titleEs'] });
  });

  it('is cacheable: strong ETag, 304 on If-None-Match, public max-age, a new ETag after a change', async () => {
    const first = await anonymous().get('/api/public/plan');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    const again = await anonymous().send('GET', '/api/public/plan', undefined, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    const spanish = await anonymous().get('/api/public/plan?lang=es');
    expect(spanish.headers.get('etag')).not.toBe(etag);
    await admin.send('PATCH', `/api/goals/${f.goalId}`, { publicSummaryEn: 'Changed summary.' });
    const changed = await anonymous().send('GET', '/api/public/plan', undefined, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('lets only the embed page be framed by other sites', async () => {
    const embed = await anonymous().get('/public/embed');
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).toBeNull();
    for (const path of ['/public', '/overview', '/api/public/plan']) {
      const response = await anonymous().get(path);
      expect({ path, csp: response.headers.get('content-security-policy') }).toEqual({ path, csp: expect.stringContaining("frame-ancestors 'none'") });
    }
  });

  it('answers 404 everywhere when the district switches the page off', async () => {
    expect((await admin.send<{ publicEnabled: boolean }>('PATCH', '/api/settings', { publicEnabled: false })).body.publicEnabled).toBe(false);
    expect((await anonymous().get('/api/public/plan')).status).toBe(404);
    expect((await anonymous().get(`/api/public/goals/${f.goalId}`)).status).toBe(404);
    expect((await anonymous().send('POST', `/api/public/goals/${f.goalId}/feedback`, { message: 'Hello' })).status).toBe(404);
    await admin.send('PATCH', '/api/settings', { publicEnabled: true });
    expect((await anonymous().get('/api/public/plan')).status).toBe(200);
  });
});
