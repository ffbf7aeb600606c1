import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { DistrictSettings, Measurement, Metric, MetricSeries, Page as ListPage, StudentGroup } from '@throughline/domain';
import { BASE_URL, axeViolations, launchChromium, screenshot } from './support/browser.js';
import { signIn } from './support/sign-in.js';

/** How the page writes a value: the metric's decimals, `%` for percentages (en-US). */
function formatValue(value: number, metric: Metric): string {
  const number = new Intl.NumberFormat('en-US', { minimumFractionDigits: metric.decimals, maximumFractionDigits: metric.decimals }).format(value);
  return metric.unit === 'percent' ? `${number}%` : number;
}

/** The table's cells by period end: actual and expected as shown. */
async function tableRows(page: Page): Promise<Map<string, { actual: string; expected: string }>> {
  const rows = await page.locator('[data-testid="trend-table"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      period: tr.getAttribute('data-period') ?? '',
      actual: tr.querySelector('[data-testid="actual"]')?.textContent?.trim() ?? '',
      expected: tr.querySelector('[data-testid="expected"]')?.textContent?.trim() ?? '',
    })),
  );
  return new Map(rows.map((r) => [r.period, { actual: r.actual, expected: r.expected }]));
}

const isSeries = (metricId: string) => (response: { url(): string; status(): number }) =>
  response.url().includes(`/api/metrics/${metricId}/series`) && response.status() === 200;

describe('the results pages, signed in as a cabinet member', () => {
  let browser: Browser;
  let page: Page;
  let metrics: Metric[];
  let settings: DistrictSettings;
  let groups: StudentGroup[];
  const get = async <T>(path: string): Promise<T> => (await (await page.request.get(`${BASE_URL}${path}`)).json()) as T;
  const metricNamed = (name: string) => metrics.find((m) => m.name === name) as Metric;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, 'cabinet');
    [metrics, settings, groups] = await Promise.all([get<Metric[]>('/api/metrics'), get<DistrictSettings>('/api/settings'), get<StudentGroup[]>('/api/student-groups')]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists every goal's and guardrail's metrics with their status, each linking to its page", async () => {
    await page.goto(`${BASE_URL}/results`);
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
    await page.getByTestId('metric-row').first().waitFor();
    expect(await page.getByTestId('metric-row').count()).toBe(metrics.length);
    expect(await page.getByRole('heading', { level: 2, name: 'Guardrails' }).isVisible()).toBe(true);
    const link = page.getByRole('link', { name: 'Chronic absenteeism', exact: true });
    expect(await link.getAttribute('href')).toBe(`/results/${metricNamed('Chronic absenteeism').id}`);
    expect(await page.locator('[data-testid="metric-row"] tl-status-chip').count()).toBe(metrics.length);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'results-list-1280');
  });

  it('A metric page shows the chart and the table with the expected values the domain computes', async () => {
    const metric = metricNamed('Chronic absenteeism');
    await page.goto(`${BASE_URL}/results`);
    const answer = page.waitForResponse(isSeries(metric.id));
    await page.getByRole('link', { name: metric.name, exact: true }).click();
    await page.waitForURL(`${BASE_URL}/results/${metric.id}`);
    // The page's own request: what the API computed (expected values from the domain's trajectory).
    const response = await answer;
    const points = Number(new URL(response.url()).searchParams.get('points'));
    expect(points).toBeGreaterThan(0);
    expect(points).toBeLessThanOrEqual(1280);
    const series = (await response.json()) as MetricSeries;
    await page.getByRole('heading', { level: 1, name: metric.name }).waitFor();
    await page.locator('tl-line-chart path.line').nth(1).waitFor();
    expect(await page.locator('tl-line-chart figure[role="img"]').getAttribute('aria-label')).toContain(metric.name);
    await page.getByTestId('trend-table').waitFor();
    const rows = await tableRows(page);
    expect(rows.size).toBe(series.actuals.length);
    for (const point of series.actuals) {
      const row = rows.get(point.periodEnd);
      expect({ period: point.periodEnd, expected: row?.expected }).toEqual({ period: point.periodEnd, expected: formatValue(point.expected as number, metric) });
      if (point.value !== null && !point.suppressed && (point.n ?? Infinity) >= settings.minN) expect(row?.actual).toBe(formatValue(point.value, metric));
    }
    // The targets beside it, one per school year of the plan.
    const targets = await page.getByTestId('targets-table').locator('tbody tr').allTextContents();
    expect(targets).toHaveLength(series.targets.length + (series.baseline ? 1 : 0));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'results-metric-1280');
  });

  it('switches the student group and the school through the address, and the data follows', async () => {
    const metric = metricNamed('Chronic absenteeism');
    const group = groups.find((g) => g.code === 'EL') as StudentGroup;
    await page.goto(`${BASE_URL}/results/${metric.id}`);
    await page.getByTestId('trend-table').waitFor();
    const before = await tableRows(page);

    let answer = page.waitForResponse(isSeries(metric.id));
    await page.getByLabel('Student group', { exact: true }).selectOption({ label: group.nameEn });
    await page.waitForURL(`${BASE_URL}/results/${metric.id}?groupId=${group.id}`);
    const groupResponse = await answer;
    expect(new URL(groupResponse.url()).searchParams.get('groupId')).toBe(group.id);
    let series = (await groupResponse.json()) as MetricSeries;
    await page.locator(`[data-testid="series-status"][data-selection=":${group.id}"]`).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'The whole district · English learners' }).isVisible()).toBe(true);
    const forGroup = await tableRows(page);
    const latest = series.actuals[series.actuals.length - 1];
    expect(forGroup.get(latest?.periodEnd ?? '')?.actual).toBe(formatValue(latest?.value as number, metric));
    expect(forGroup.size).toBe(series.actuals.length);
    expect(before.size).toBeGreaterThan(0);

    const school = (await get<{ id: string; name: string }[]>('/api/schools'))[0] as { id: string; name: string };
    answer = page.waitForResponse(isSeries(metric.id));
    await page.getByLabel('School', { exact: true }).selectOption({ label: school.name });
    await page.waitForURL((url) => url.searchParams.get('schoolId') === school.id && url.searchParams.get('groupId') === group.id);
    series = (await (await answer).json()) as MetricSeries;
    await page.locator(`[data-testid="series-status"][data-selection="${school.id}:${group.id}"]`).waitFor();
    const forSchool = await tableRows(page);
    for (const point of series.actuals) expect(forSchool.get(point.periodEnd)?.expected).toBe(formatValue(point.expected as number, metric));
    // A school without targets of its own is measured against the district's: the page says so.
    if (series.inheritsTargets) expect(await page.getByTestId('inherits-targets').isVisible()).toBe(true);

    // Back to the district: the address loses the school.
    await page.getByLabel('School', { exact: true }).selectOption({ label: 'The whole district' });
    await page.waitForURL(`${BASE_URL}/results/${metric.id}?groupId=${group.id}`);
  });

  it('shows words, never a value, for a period the source suppressed or with fewer students than the minimum', async () => {
    // Find, in the demo's data, a school × group series of chronic absenteeism with small groups in some months.
    const absenteeism = metricNamed('Chronic absenteeism');
    let small: Measurement | undefined;
    for (const group of groups.filter((g) => g.kind !== 'all')) {
      const list = await get<ListPage<Measurement>>(`/api/measurements?metricId=${absenteeism.id}&district=false&groupId=${group.id}&pageSize=5000`);
      small = list.items.find((m) => m.denominator !== null && m.denominator < settings.minN && m.value !== null);
      if (small) break;
    }
    expect(small).toBeDefined();
    if (!small) return;
    const answer = page.waitForResponse(isSeries(absenteeism.id));
    await page.goto(`${BASE_URL}/results/${absenteeism.id}?schoolId=${small.schoolId}&groupId=${small.groupId}`);
    const series = (await (await answer).json()) as MetricSeries;
    await page.getByTestId('trend-table').waitFor();
    const rows = await tableRows(page);
    const hidden = series.actuals.filter((p) => p.n !== null && p.n < settings.minN);
    expect(hidden.length).toBeGreaterThan(0);
    for (const point of hidden) expect(rows.get(point.periodEnd)?.actual).toBe(`Fewer than ${settings.minN} students`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'results-metric-small-groups-1280');

    // The graduation rate has values the source itself withheld.
    const graduation = metricNamed('Four-year graduation rate');
    const list = await get<ListPage<Measurement>>(`/api/measurements?metricId=${graduation.id}&district=false&pageSize=5000`);
    const withheld = list.items.find((m) => m.suppressed);
    expect(withheld).toBeDefined();
    if (!withheld) return;
    await page.goto(`${BASE_URL}/results/${graduation.id}?schoolId=${withheld.schoolId}&groupId=${withheld.groupId}`);
    await page.locator(`[data-testid="trend-table"] tr[data-period="${withheld.periodEnd}"]`).waitFor();
    expect((await tableRows(page)).get(withheld.periodEnd)?.actual).toBe('Suppressed');
  });

  it('has no WCAG 2.1 A/AA violations in Spanish, and fits a phone', async () => {
    const metric = metricNamed('Grade 3 reading proficiency');
    await page.goto(`${BASE_URL}/results/${metric.id}?lang=es`);
    await page.getByRole('heading', { level: 1, name: metric.name }).waitFor();
    await page.getByText('Fin del período').waitFor();
    await page.locator('tl-line-chart path.line').nth(1).waitFor();
    expect(await page.getByLabel('Grupo de estudiantes', { exact: true }).locator('option').first().textContent()).toContain('Todos los estudiantes');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'results-metric-es-1280');
    await page.goto(`${BASE_URL}/results?lang=es`);
    await page.getByRole('heading', { level: 1, name: 'Resultados' }).waitFor();
    await page.getByTestId('metric-row').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'results-list-es-1280');
    await page.goto(`${BASE_URL}/results?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();

    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    try {
      await signIn(phone, 'board');
      await phone.goto(`${BASE_URL}/results`);
      await phone.getByTestId('metric-row').first().waitFor();
      expect(await axeViolations(phone)).toEqual([]);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await screenshot(phone, 'results-list-375');
      await phone.goto(`${BASE_URL}/results/${metric.id}`);
      await phone.locator('tl-line-chart path.line').nth(1).waitFor();
      await phone.getByTestId('trend-table').waitFor();
      expect(await axeViolations(phone)).toEqual([]);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await screenshot(phone, 'results-metric-375');
    } finally {
      await phone.context().close();
    }
  });
});
