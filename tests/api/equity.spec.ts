import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { EquityReport, EquityRow } from '../../apps/api/src/equity/equity.dto.js';
import { type Client, type RunningApp, startApp } from './support/app.js';
import { truncateAll } from './support/db.js';
import { type PlanFixture, buildPlan } from './support/plan-fixture.js';
import { asAdmin } from './support/users.js';

type Row = readonly [group: string, value: number | null, n: number | null, school?: 'A' | 'B' | 'C', suppressed?: boolean];

/**
 * GET /api/equity against a plan built through the API and measurements loaded through the bulk endpoint: gaps
 * equal the hand computation, and a hidden cell's value appears nowhere in the response text.
 */
describe('equity: student groups against All Students, suppressed on the server', () => {
  let app: RunningApp;
  let admin: Client;
  let plan: PlanFixture;
  let schools: Record<'A' | 'B' | 'C', string>;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    await truncateAll(app);
    admin = await asAdmin(app);
    plan = await buildPlan(admin);
    const school = async (code: string, name: string) =>
      (await admin.send<{ id: string }>('POST', '/api/schools', { code, name, level: 'elementary' })).body.id;
    schools = { A: plan.schoolId, B: await school('B-1', 'Birch Elementary'), C: await school('C-1', 'Cedar Elementary') };
  });

  const load = async (periodEnd: string, rows: readonly Row[], metricId = plan.metricId) => {
    const measurements = rows.map(([group, value, n, school, suppressed]) => ({
      metricId,
      periodEnd,
      periodKind: 'year',
      groupId: plan.groupIds[group],
      schoolId: school ? schools[school] : null,
      value,
      denominator: n,
      numerator: value === null || n === null ? null : Math.round((value * n) / 100),
      suppressed: suppressed ?? false,
    }));
    const response = await admin.send('POST', '/api/measurements/bulk', { measurements });
    expect({ status: response.status, body: response.body }).toEqual(expect.objectContaining({ status: 200 }));
  };
  /** The response as the browser receives it (text), and parsed. */
  const equity = async (query: string) => {
    const response = await fetch(`${app.baseUrl}/api/equity${query}`, {
      headers: { cookie: [...admin.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ') },
    });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) as EquityReport };
  };
  const row = (report: EquityReport, code: string) => report.groups.find((g) => g.code === code) as EquityRow;
  const numberIn = (text: string, value: number) => new RegExp(`[:\\[,]${String(value).replace('.', '\\.')}[,}\\]]`).test(text);

  describe('gaps', () => {
    beforeEach(async () => {
      // The board's reading goal: All Students 42.0 → 60.0, English learners 30.0 → 57.0 (the gap 12 → 3).
      await admin.send('PUT', `/api/metrics/${plan.metricId}/baselines`, { value: 42, asOf: '2024-06-30' });
      await admin.send('PUT', `/api/metrics/${plan.metricId}/targets`, { targets: [{ schoolYear: 2028, value: 60 }] });
      await admin.send('PUT', `/api/metrics/${plan.metricId}/baselines`, { groupId: plan.groupIds['EL'], value: 30, asOf: '2024-06-30' });
      await admin.send('PUT', `/api/metrics/${plan.metricId}/targets`, { groupId: plan.groupIds['EL'], targets: [{ schoolYear: 2028, value: 57 }] });
      await load('2025-06-30', [['ALL', 45, 800], ['EL', 33, 110], ['ED', 36, 300], ['SWD', 20, 80], ['AS', 65, 40]]);
      await load('2026-06-30', [['ALL', 48, 820], ['EL', 38.5, 120], ['ED', 40, 310], ['SWD', 21, 85], ['AS', 62, 42]]);
    });

    it('equal the hand computation, with the latest period and the periods listed by default', async () => {
      const { status, body } = await equity('');
      expect(status).toBe(200);
      expect(body.metric?.id).toBe(plan.metricId);
      expect(body.periods).toEqual(['2026-06-30', '2025-06-30']);
      expect(body.periodEnd).toBe('2026-06-30');
      expect(body.minN).toBe(10);
      expect(body.reference).toEqual(expect.objectContaining({ code: 'ALL', value: 48, n: 820, suppressed: false }));

      // English learners: 48 − 38.5 = 9.5 behind; own baselines 42 − 30 = 12; the targets expect, 730 of 1,826 days
      // in, 49.196 − 40.794 = 8.402 (12 − 9 × 730/1826): 9.5 is narrower than 12 but wider than 8.402 → watch.
      const el = row(body, 'EL');
      expect(el).toEqual(expect.objectContaining({ value: 38.5, n: 120, gap: 9.5, baselineGap: 12, change: -2.5, trend: 'narrower', status: 'watch' }));
      expect(el).toEqual(expect.objectContaining({ baselineAsOf: '2024-06-30', baselineSource: 'own' }));
      expect(el.expectedGap).toBeCloseTo(12 - (9 * 730) / 1826, 6);

      // No own baseline: the earliest measurement (2025) against All Students that same year: 45 − 36 = 9 → 8.
      expect(row(body, 'ED')).toEqual(
        expect.objectContaining({ gap: 8, baselineGap: 9, change: -1, trend: 'narrower', status: 'closing', baselineAsOf: '2025-06-30', baselineSource: 'measured' }),
      );
      expect(row(body, 'SWD')).toEqual(expect.objectContaining({ gap: 27, baselineGap: 25, change: 2, trend: 'wider', status: 'widening' }));
      // Asian students are ahead (−20 → −14): the difference narrowed although they lost ground.
      expect(row(body, 'AS')).toEqual(expect.objectContaining({ gap: -14, baselineGap: -20, change: 6, trend: 'narrower', status: 'no-gap' }));
    });

    it('shows an earlier period on request, with no trend when it is the first', async () => {
      const { body } = await equity(`?periodEnd=2025-06-30`);
      expect(row(body, 'ED')).toEqual(expect.objectContaining({ gap: 9, status: 'no-baseline' }));
      expect(row(body, 'ED').trend).toBeUndefined();
      // English learners keep their own baseline (June 2024, before this period).
      expect(row(body, 'EL')).toEqual(expect.objectContaining({ gap: 12, baselineGap: 12, change: 0, trend: 'unchanged' }));
    });

    it('measures a down metric the other way: more absent is behind', async () => {
      const metric = await admin.send<{ id: string }>('POST', '/api/metrics', {
        goalId: plan.goalId, name: 'Chronic absenteeism', unit: 'percent', direction: 'down', kind: 'lagging', cadence: 'annual',
        ownerId: plan.stewardId, disaggregation: 'group',
      });
      await load('2025-06-30', [['ALL', 20, 800], ['SWD', 27, 90], ['AS', 12, 40]], metric.body.id);
      await load('2026-06-30', [['ALL', 18, 820], ['SWD', 24, 95], ['AS', 13, 41]], metric.body.id);
      const { body } = await equity(`?metricId=${metric.body.id}`);
      expect(row(body, 'SWD')).toEqual(expect.objectContaining({ gap: 6, baselineGap: 7, change: -1, trend: 'narrower', status: 'closing' }));
      expect(row(body, 'AS')).toEqual(expect.objectContaining({ gap: -5, baselineGap: -8, trend: 'narrower', status: 'no-gap' }));
      expect(body.schoolTable).toBeNull();
    });

    it('measures against another reference group when asked', async () => {
      const { body } = await equity(`?referenceGroupId=${plan.groupIds['AS']}`);
      expect(body.reference?.code).toBe('AS');
      expect(row(body, 'ALL')).toEqual(expect.objectContaining({ gap: 14, baselineGap: 20 }));
      expect(row(body, 'SWD')).toEqual(expect.objectContaining({ gap: 41, baselineGap: 45, trend: 'narrower' }));
      expect(body.groups.some((g) => g.code === 'AS')).toBe(false);
    });

    it('answers an empty report for a period without data', async () => {
      const { status, body } = await equity('?periodEnd=2023-06-30');
      expect(status).toBe(200);
      expect(body).toEqual(expect.objectContaining({ periodEnd: '2023-06-30', groups: [], reference: null, periods: ['2026-06-30', '2025-06-30'] }));
    });
  });

  describe('suppression', () => {
    it('publishes nothing about a group under the minimum n: no value, numerator or gap, in the raw response', async () => {
      await load('2026-06-30', [['ALL', 48.13, 800], ['SWD', 71.43, 7], ['EL', 38.5, 120]]);
      const { text, body } = await equity('');
      const swd = row(body, 'SWD');
      expect(swd).toEqual({ groupId: plan.groupIds['SWD'], code: 'SWD', nameEn: 'Students with disabilities', nameEs: 'Estudiantes con discapacidades', kind: 'program', suppressed: true, reason: 'fewer-than-min-n' });
      expect(numberIn(text, 71.43)).toBe(false);
      // Its gap to All Students (48.13 − 71.43) would give it away as well.
      expect(numberIn(text, -23.3)).toBe(false);
      expect(numberIn(text, 48.13)).toBe(true);
    });

    it('follows the minimum n of the district settings', async () => {
      await load('2026-06-30', [['ALL', 48, 800], ['EL', 38.57, 14]]);
      expect(row((await equity('')).body, 'EL').suppressed).toBe(false);
      expect((await admin.send('PATCH', '/api/settings', { minN: 20 })).status).toBe(200);
      const { text, body } = await equity('');
      expect(body.minN).toBe(20);
      expect(row(body, 'EL')).toEqual(expect.objectContaining({ suppressed: true, reason: 'fewer-than-min-n' }));
      expect(numberIn(text, 38.57)).toBe(false);
    });

    it('hides a second race group when one is suppressed, so it cannot be worked out from All Students', async () => {
      await load('2026-06-30', [
        ['ALL', 48, 801], ['HI', 41, 300], ['AI', 33.33, 6], ['AS', 63.37, 45], ['BL', 40, 150], ['WH', 55, 260], ['TR', 46.43, 28], ['PI', 58.33, 12],
        ['F', 49.02, 410], ['M', 47.17, 388], ['X', 50, 3],
      ]);
      const { text, body } = await equity('');
      // American Indian (6) is under 10; the smallest other race group, Pacific Islander (12), goes with it.
      expect(row(body, 'AI')).toEqual(expect.objectContaining({ suppressed: true, reason: 'fewer-than-min-n' }));
      expect(row(body, 'PI')).toEqual(expect.objectContaining({ suppressed: true, reason: 'complementary' }));
      expect(row(body, 'PI')).not.toHaveProperty('value');
      expect(row(body, 'TR')).toEqual(expect.objectContaining({ suppressed: false, value: 46.43 }));
      // Gender: nonbinary (3) hidden, and male (388, smaller than female) with it.
      expect(row(body, 'X').reason).toBe('fewer-than-min-n');
      expect(row(body, 'M').reason).toBe('complementary');
      expect(row(body, 'F').value).toBe(49.02);
      for (const hidden of [33.33, 58.33, 47.17]) expect(numberIn(text, hidden)).toBe(false);
    });

    it('keeps what the source withheld hidden, and protects it like a small group', async () => {
      await load('2026-06-30', [
        ['ALL', 52, 400, 'A'], ['HI', null, null, 'A', true], ['WH', 61.11, 180, 'A'], ['BL', 44.44, 45, 'A'], ['EL', null, 25, 'A', true],
        ['ALL', 50, 1000], ['HI', 45, 420], ['WH', 58, 400], ['BL', 43, 180],
      ]);
      const { text, body, status } = await equity(`?schoolId=${schools.A}`);
      expect(status).toBe(200);
      expect(body.schoolId).toBe(schools.A);
      expect(body.reference).toEqual(expect.objectContaining({ code: 'ALL', value: 52, n: 400 }));
      expect(row(body, 'HI')).toEqual(expect.objectContaining({ suppressed: true, reason: 'withheld-by-source' }));
      expect(row(body, 'EL')).toEqual(expect.objectContaining({ suppressed: true, reason: 'withheld-by-source' }));
      expect(row(body, 'EL')).not.toHaveProperty('n');
      // Black students (45) are the smallest published race group of the school: hidden with the withheld one.
      expect(row(body, 'BL')).toEqual(expect.objectContaining({ suppressed: true, reason: 'complementary' }));
      expect(row(body, 'WH').value).toBe(61.11);
      expect(numberIn(text, 44.44)).toBe(false);
    });
  });

  describe('the school × group table', () => {
    beforeEach(async () => {
      await load('2026-06-30', [
        ['ALL', 50, 300], ['ALL', 51, 200, 'A'], ['ALL', 47, 60, 'B'], ['ALL', 52.5, 40, 'C'],
        ['BL', 40, 75], ['BL', 80, 5, 'A'], ['BL', 37.77, 30, 'B'], ['BL', 37.5, 40, 'C'],
        ['EL', 30, 60], ['EL', 31.03, 29, 'A'], ['EL', 29.03, 31, 'B'],
      ]);
    });

    it('has a value per school and group, and hides a second school in a column with a hidden cell', async () => {
      const { text, body } = await equity('');
      const table = body.schoolTable;
      expect(table?.groups.map((g) => g.code)).toEqual(['ALL', 'EL', 'BL']);
      expect(table?.schools.map((s) => s.name)).toEqual(['Birch Elementary', 'Cedar Elementary', 'Lincoln Elementary']);
      const cell = (school: 'A' | 'B' | 'C', code: string) =>
        table?.schools.find((s) => s.schoolId === schools[school])?.cells.find((c) => c.groupId === plan.groupIds[code]);
      expect(cell('A', 'ALL')).toEqual({ groupId: plan.groupIds['ALL'], suppressed: false, value: 51, numerator: 102, n: 200 });
      expect(cell('A', 'EL')).toEqual(expect.objectContaining({ value: 31.03, n: 29 }));
      expect(cell('C', 'EL')).toBeUndefined();
      // Lincoln's 5 Black students are hidden; without hiding Birch (30) as well, Lincoln = district − Birch − Cedar.
      expect(cell('A', 'BL')).toEqual({ groupId: plan.groupIds['BL'], suppressed: true, reason: 'fewer-than-min-n' });
      expect(cell('B', 'BL')).toEqual({ groupId: plan.groupIds['BL'], suppressed: true, reason: 'complementary' });
      expect(cell('C', 'BL')).toEqual(expect.objectContaining({ value: 37.5 }));
      expect(numberIn(text, 37.77)).toBe(false);
      expect(numberIn(text, 80)).toBe(false);
      // The district rows are published: the schools add up to them, not the other way round.
      expect(row(body, 'BL')).toEqual(expect.objectContaining({ value: 40, gap: 10 }));
    });

    it('compares the groups of one school, consistent with its row of the table', async () => {
      const { body } = await equity(`?schoolId=${schools.B}`);
      expect(body.reference).toEqual(expect.objectContaining({ value: 47, n: 60 }));
      expect(row(body, 'EL')).toEqual(expect.objectContaining({ value: 29.03, gap: 17.97 }));
      expect(row(body, 'BL')).toEqual(expect.objectContaining({ suppressed: true, reason: 'complementary' }));
    });
  });

  describe('bad input', () => {
    it.each([
      ['metricId=not-a-uuid', 'metricId'],
      ['schoolId=42', 'schoolId'],
      ['referenceGroupId=ALL', 'referenceGroupId'],
      ['periodEnd=2026-13-01', 'periodEnd'],
      ['periodEnd=yesterday', 'periodEnd'],
      ['colour=red', 'colour'],
    ])('?%s → 400 naming %s', async (query, field) => {
      const response = await admin.get<{ errors?: { field: string }[]; message?: unknown }>(`/api/equity?${query}`);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain(field);
    });

    it('says why a metric or a school cannot be compared (400), and which id is unknown (404)', async () => {
      const district = await admin.send<{ id: string }>('POST', '/api/metrics', {
        goalId: plan.goalId, name: 'Fund balance', unit: 'percent', direction: 'up', kind: 'lagging', cadence: 'annual', ownerId: plan.stewardId,
      });
      const byGroup = await admin.send<{ id: string }>('POST', '/api/metrics', {
        goalId: plan.goalId, name: 'AP pass rate', unit: 'percent', direction: 'up', kind: 'lagging', cadence: 'annual', ownerId: plan.stewardId, disaggregation: 'group',
      });
      const problems = async (query: string) => {
        const response = await admin.get<{ errors: { field: string; messages: string[] }[] }>(`/api/equity?${query}`);
        return { status: response.status, errors: response.body.errors };
      };
      expect(await problems(`metricId=${district.body.id}`)).toEqual({ status: 400, errors: [{ field: 'metricId', messages: ['this metric is not broken down by student group'] }] });
      expect(await problems(`metricId=${byGroup.body.id}&schoolId=${schools.A}`)).toEqual({
        status: 400, errors: [{ field: 'schoolId', messages: ['this metric has no school-by-group data'] }],
      });
      const unknown = '00000000-0000-4000-8000-000000000000';
      for (const query of [`metricId=${unknown}`, `metricId=${plan.metricId}&schoolId=${unknown}`, `referenceGroupId=${unknown}`]) {
        expect({ query, status: (await admin.get(`/api/equity?${query}`)).status }).toEqual({ query, status: 404 });
      }
    });

    it('needs a sign-in', async () => {
      expect((await app.client().get('/api/equity')).status).toBe(401);
    });
  });
});
