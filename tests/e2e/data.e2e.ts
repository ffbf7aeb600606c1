import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { BASE_URL, axeViolations, launchChromium, screenshot } from './support/browser.js';
import { signIn } from './support/sign-in.js';

interface Me {
  readonly personId: string;
}
interface School {
  readonly code: string;
  readonly active: boolean;
}
interface Metric {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly ownerId: string;
}
interface Run {
  readonly id: string;
  readonly state: string;
  readonly rows: Record<'read' | 'inserted' | 'updated' | 'unchanged' | 'rejected' | 'skipped', number>;
}

const UNKNOWN_CODE = '99999';

/** Sends a write as the signed-in person of the page (session cookie + the XSRF header the API checks). */
async function write(page: Page, method: 'post' | 'patch', path: string, data: unknown): Promise<unknown> {
  const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await page.request[method](`${BASE_URL}${path}`, { data: data as object, headers: { 'X-XSRF-TOKEN': xsrf } });
  expect([200, 201]).toContain(response.status());
  return response.json();
}

async function read<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`${BASE_URL}${path}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
}

/** Waits for a progress bar to say 100 % (the page polls GET /api/runs/{id} about once a second). */
async function untilDone(bar: Locator): Promise<void> {
  await bar.and(bar.page().locator('[aria-valuenow="100"]')).waitFor({ timeout: 30_000 });
}

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** A full-page screenshot from the top (a page scrolled by the test would show the sticky toolbar mid-way). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

// The demo district has no data sources: the steward creates one through the API, then works on the page.
describe('the Data page, signed in as the data steward', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let csv: string;
  let sourceId: string;
  let metric: Metric;
  const runPolls: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('request', (request) => {
      if (/\/api\/runs\/[0-9a-f-]{36}$/.test(request.url())) runPolls.push(request.url());
    });
    // Other e2e files share the seeded app and may have added sources (My work's data request): start from none.
    const admin = await browser.newPage();
    await signIn(admin, 'admin');
    const xsrf = (await admin.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
    for (const source of await read<{ id: string }[]>(admin, '/api/sources')) {
      expect((await admin.request.delete(`${BASE_URL}/api/sources/${source.id}`, { headers: { 'X-XSRF-TOKEN': xsrf } })).status()).toBeLessThan(300);
    }
    await admin.context().close();
    await signIn(page, 'steward');
    const me = await read<Me>(page, '/api/auth/me');
    const schools = (await read<School[]>(page, '/api/schools')).filter((s) => s.active);
    const mine = (await read<Metric[]>(page, '/api/metrics')).filter((m) => m.ownerId === me.personId);
    const chosen = mine.find((m) => m.unit === 'percent') ?? mine[0];
    if (!chosen || schools.length < 2) throw new Error('The demo steward owns no metric, or the demo has too few schools');
    metric = chosen;
    expect(schools.some((s) => s.code === UNKNOWN_CODE)).toBe(false);
    csv = ['school code,value', `${schools[0]?.code},61.5`, `${schools[1]?.code},48.25`, `${UNKNOWN_CODE},50`].join('\n') + '\n';
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says what to do while the district has no source yet', async () => {
    await page.goto(`${BASE_URL}/data`);
    await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
    await page.getByRole('heading', { name: 'No data sources yet' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'data-empty-1280');
  });

  it('lists the sources with their kind, steward, schedule in words, next run and last run', async () => {
    const mapping = { period: { fixed: { end: '2026-06-30', kind: 'year' } }, school: { column: 'school code' }, metrics: [{ metricId: metric.id, value: 'value' }] };
    const file = (await write(page, 'post', '/api/sources', { name: 'Spring benchmark file', kind: 'file', mapping })) as { id: string };
    sourceId = file.id;
    await write(page, 'post', '/api/sources', {
      name: 'State report card pull',
      kind: 'http',
      schedule: { kind: 'monthly', day: 5, hour: 6, minute: 0 },
      config: { url: 'http://127.0.0.1:9/report-card.csv', format: 'csv' },
      mapping,
    });

    await page.goto(`${BASE_URL}/data`);
    const rows = page.locator('tl-source-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    const fileRow = page.locator(`tr[data-source="${sourceId}"]`);
    expect(await fileRow.textContent()).toContain('File upload');
    expect(await fileRow.textContent()).toContain('On demand (no schedule)');
    expect(await fileRow.textContent()).toContain('Never run');
    const pull = rows.filter({ hasText: 'State report card pull' });
    expect(await pull.textContent()).toContain('Monthly on day 5 at 6:00');
    expect(await pull.textContent()).not.toContain('Not scheduled');
    expect(await pull.textContent()).toContain('Active');

    // Filters live in the URL: a shared link opens the same list.
    await page.getByLabel('Kind').selectOption('file');
    await page.waitForURL(/[?&]kind=file/);
    await page.locator('tl-source-table tbody tr').nth(1).waitFor({ state: 'detached' });
    expect(await page.locator('tl-source-table tbody tr').count()).toBe(1);
    await page.goto(`${BASE_URL}/data?kind=http`);
    await page.getByRole('link', { name: 'State report card pull' }).waitFor();
    expect(await page.locator('tl-source-table tbody tr').count()).toBe(1);
    expect(await page.getByLabel('Kind').inputValue()).toBe('http');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.locator('tl-source-table tbody tr').nth(1).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'data-sources-1280');
  });

  it('uploads a file through the page and follows its run live until done, with the counts', async () => {
    await page.goto(`${BASE_URL}/data`);
    await page.getByRole('link', { name: 'Spring benchmark file' }).click();
    await page.waitForURL(`${BASE_URL}/data?source=${sourceId}`);
    await page.getByRole('heading', { level: 1, name: 'Spring benchmark file' }).waitFor();
    await page.getByRole('heading', { name: 'No runs yet' }).waitFor();

    await page.getByLabel('File to load (CSV, TSV, XLSX or JSON)').setInputFiles({ name: 'benchmark.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Upload and load' }).click();
    await page.getByRole('status').filter({ hasText: 'benchmark.csv uploaded' }).waitFor();
    const panel = page.getByTestId('run-panel');
    const bar = panel.getByRole('progressbar', { name: 'Progress of the run' });
    await bar.waitFor();
    await untilDone(bar);
    expect(await panel.locator('.wrap').textContent()).toContain('100%');
    await panel.getByText('Partial').waitFor();
    await panel.getByRole('heading', { name: 'Latest run' }).waitFor();
    const counts = async (key: string) => (await panel.locator(`[data-count="${key}"] strong`).textContent())?.trim();
    expect(await counts('read')).toBe('3');
    expect(await counts('rejected')).toBe('1');
    expect(await counts('skipped')).toBe('0');
    const written = Number(await counts('inserted')) + Number(await counts('updated')) + Number(await counts('unchanged'));
    expect(written).toBe(2);
    expect(runPolls.length).toBeGreaterThan(0);

    // The run history has it too, and the API agrees with what the page shows.
    const runs = await read<Run[]>(page, `/api/sources/${sourceId}/runs`);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.state).toBe('partial');
    expect(runs[0]?.rows.rejected).toBe(1);
    await page.locator(`tl-run-history tr[data-run="${runs[0]?.id}"][data-state="partial"]`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'data-source-1280');
  });

  it('previews the mapping: accepted measurements and the unknown school code rejected, nothing written', async () => {
    const before = await read<Run[]>(page, `/api/sources/${sourceId}/runs`);
    await page.getByRole('button', { name: 'Preview the mapping' }).click();
    const preview = page.getByTestId('mapping-preview');
    await preview.waitFor();
    expect(await preview.getByRole('status').textContent()).toContain('Nothing was written.');
    const rejected = preview.getByRole('table', { name: 'Rejected rows' });
    expect(await rejected.textContent()).toContain(`unknown school code ${UNKNOWN_CODE}`);
    const accepted = preview.getByRole('table', { name: 'Accepted measurements' });
    await accepted.getByText(metric.name).first().waitFor();
    expect(await accepted.locator('tbody tr').count()).toBe(2);
    expect(await preview.locator('.columns').textContent()).toContain('school code');
    expect(await read<Run[]>(page, `/api/sources/${sourceId}/runs`)).toHaveLength(before.length);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'data-preview-1280');
  });

  it('downloads the rejected rows as CSV: line and reason', async () => {
    const link = page.getByTestId('run-panel').getByRole('link', { name: 'Download the rejected rows (CSV)' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(download.suggestedFilename()).toBe('rejected-rows.csv');
    expect(text.split(/\r?\n/)[0]).toBe('line,reason');
    expect(text).toMatch(new RegExp(`^\\d+,"unknown school code ${UNKNOWN_CODE}"\\r?$`, 'm'));
  });

  it('runs the source again with Run now: the same file loads unchanged', async () => {
    const before = runPolls.length;
    await page.getByRole('button', { name: 'Run now' }).click();
    await page.getByRole('status').filter({ hasText: 'Run queued' }).waitFor();
    const panel = page.getByTestId('run-panel');
    await page.locator('tl-run-history tbody tr').nth(1).waitFor();
    await untilDone(panel.getByRole('progressbar'));
    await panel.getByRole('heading', { name: 'Latest run' }).waitFor();
    expect((await panel.locator('[data-count="unchanged"] strong').textContent())?.trim()).toBe('2');
    expect((await panel.locator('[data-count="rejected"] strong').textContent())?.trim()).toBe('1');
    expect(runPolls.length).toBeGreaterThan(before);
    const runs = await read<Run[]>(page, `/api/sources/${sourceId}/runs`);
    expect(runs.map((r) => r.state)).toEqual(['partial', 'partial']);
  });

  it('stops asking for the run once the page is left', async () => {
    await page.getByRole('button', { name: 'Run now' }).click();
    await page.getByRole('status').filter({ hasText: 'Run queued' }).waitFor();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Overview' }).click();
    await page.waitForURL(`${BASE_URL}/`);
    const left = runPolls.length;
    await page.waitForTimeout(2_500);
    expect(runPolls.length).toBe(left);
  });

  it("creates a source with the form, showing the API's messages beside the field they concern", async () => {
    await page.goto(`${BASE_URL}/data`);
    await page.getByRole('link', { name: 'New source' }).click();
    await page.waitForURL(/[?&]create=1/);
    await page.getByRole('heading', { name: 'New source' }).waitFor();
    await page.getByLabel('Name').fill('Family survey (entered by hand)');
    await page.getByLabel('Kind').selectOption('manual');
    const mapping = page.getByLabel('Mapping (JSON)');
    await mapping.fill(JSON.stringify({ period: { previous: 'school-year' }, metrics: [] }));
    await page.getByRole('button', { name: 'Save the source' }).click();
    await page.locator('mat-form-field').filter({ has: mapping }).getByText('map at least one metric').waitFor();
    expect(await mapping.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').textContent()).toContain('map at least one metric');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'data-form-1280');
    // The mapping's help opens by keyboard and gives the ids and codes a mapping needs.
    await page.locator('tl-mapping-help summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('tl-mapping-help').getByText(metric.id).waitFor();
    expect(await page.locator('tl-mapping-help').getByText('thisDistrict').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    await mapping.fill(JSON.stringify({ period: { previous: 'school-year' }, metrics: [{ metricId: metric.id, value: 'Rate' }] }, null, 2));
    await page.getByRole('button', { name: 'Save the source' }).click();
    await page.getByRole('heading', { level: 1, name: 'Family survey (entered by hand)' }).waitFor();
    expect(page.url()).toMatch(/[?&]source=[0-9a-f-]{36}/);
    expect(page.url()).not.toContain('create=1');
    expect(await page.locator('dl.facts').textContent()).toContain('Manual entry');
  });

  it('edits a source (sending the version it read): the new schedule shows in words', async () => {
    await page.goto(`${BASE_URL}/data`);
    await page.getByRole('link', { name: 'State report card pull' }).click();
    await page.getByRole('link', { name: 'Edit the source' }).click();
    await page.waitForURL(/[?&]edit=1/);
    await page.getByLabel('Schedule', { exact: true }).selectOption('weekly');
    await page.getByLabel('Day of the week').selectOption('3');
    await page.getByLabel('Time', { exact: true }).fill('07:30');
    await page.getByRole('button', { name: 'Save the source' }).click();
    await page.waitForURL((url) => !url.search.includes('edit=1'));
    await page.locator('dl.facts').getByText('Every Wednesday at 7:30 AM').waitFor();
  });

  it('reads in Spanish with no axe violations, list and source', async () => {
    await page.goto(`${BASE_URL}/data?lang=es`);
    await page.getByRole('heading', { level: 1, name: 'Datos' }).waitFor();
    await page.locator('tl-source-table tbody tr').nth(1).waitFor();
    expect(await page.locator('tl-source-table').textContent()).toContain('Cada miércoles a las 7:30');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'data-sources-es-1280');
    await page.goto(`${BASE_URL}/data?source=${sourceId}&lang=es`);
    await page.getByRole('button', { name: 'Ejecutar ahora' }).waitFor();
    await page.locator('tl-run-history tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Vista previa del mapeo' }).click();
    await page.getByTestId('mapping-preview').getByText('No se escribió nada.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'data-source-es-1280');
  });

  it('fits a phone (375 px), keyboard included', async () => {
    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    try {
      await signIn(phone, 'steward');
      await phone.goto(`${BASE_URL}/data`);
      await phone.locator('tl-source-table tbody tr').nth(1).waitFor();
      expect(await noHorizontalScroll(phone)).toBeLessThanOrEqual(375);
      expect(await axeViolations(phone)).toEqual([]);
      await shot(phone, 'data-sources-375');

      // Keyboard: from the source's link to the detail, then to Run now.
      await phone.getByRole('link', { name: 'Spring benchmark file' }).focus();
      await phone.keyboard.press('Enter');
      await phone.getByRole('heading', { level: 1, name: 'Spring benchmark file' }).waitFor();
      await phone.locator('tl-run-history tbody tr').first().waitFor();
      await phone.getByRole('button', { name: 'Preview the mapping' }).click();
      await phone.getByTestId('mapping-preview').waitFor();
      expect(await noHorizontalScroll(phone)).toBeLessThanOrEqual(375);
      expect(await axeViolations(phone)).toEqual([]);
      await shot(phone, 'data-source-375');
      await phone.getByRole('button', { name: 'Run now' }).focus();
      await phone.keyboard.press('Enter');
      await phone.getByRole('status').filter({ hasText: 'Run queued' }).waitFor();
      await untilDone(phone.getByTestId('run-panel').getByRole('progressbar'));
    } finally {
      await phone.context().close();
    }
  });
});

describe('the Data page for someone outside the data roles', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('tells a board member the section is not part of their role', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(page, 'board');
    expect(await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Data' }).count()).toBe(0);
    await page.goto(`${BASE_URL}/data`);
    await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
    await page.getByText('This section is not part of your role').waitFor();
    expect(await page.locator('tl-data-page').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'data-no-access-1280');
  });
});
