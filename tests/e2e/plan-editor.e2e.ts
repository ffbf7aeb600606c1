import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { BASE_URL, axeViolations, launchChromium, screenshot } from './support/browser.js';
import { signIn } from './support/sign-in.js';

// The admin's plan editor (/admin/plan) against the seeded demo district: one journey that adds a goal and a
// metric with its baseline and yearly targets, changes a target (a reason is required and kept in the history),
// meets the API's validation messages beside the fields, and deletes what it added.
const GOAL = `Every e2e student will thrive (${Date.now().toString(36)})`;
const METRIC = 'E2E reading proficiency';
const PRIORITY = 'Early literacy and numeracy';

/** The XSRF header the API wants on writes made with the page's session (double-submit cookie). */
async function xsrf(context: BrowserContext): Promise<Record<string, string>> {
  const cookie = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN');
  return { 'X-XSRF-TOKEN': cookie?.value ?? '' };
}

/** The accessible description of a field (its error message, through aria-describedby). */
async function description(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

/** A full-page screenshot from the top (scrolled, the sticky toolbar and outline would be drawn mid-page). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

async function pickOwner(page: Page, label: string, search: string, name: RegExp): Promise<void> {
  await page.getByLabel(label).fill(search);
  await page.getByRole('option', { name }).click();
}

describe('the plan editor, as admin', () => {
  let browser: Browser;
  let page: Page;
  let goalId = '';
  let metricId = '';

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, 'admin');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is linked from /admin and shows the outline of the active plan and its own fields', async () => {
    await page.goto(`${BASE_URL}/admin`);
    await page.getByRole('link', { name: 'Open the plan editor' }).click();
    await page.waitForURL(`${BASE_URL}/admin/plan`);
    await page.getByRole('heading', { level: 1, name: 'Plan editor' }).waitFor();
    const outline = page.getByRole('navigation', { name: 'Plan outline' });
    await outline.getByRole('link', { name: new RegExp(PRIORITY) }).waitFor();
    expect(await outline.getByRole('link', { name: /^Priority/ }).count()).toBe(4);
    expect(await outline.getByRole('link', { name: /^Guardrail/ }).count()).toBe(3);
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Riverbend Rising');
    expect(await page.getByLabel('Value 1', { exact: true }).inputValue()).toBe('Students first');
    await page.waitForFunction(() => document.title === 'Plan editor · Throughline');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'plan-editor-plan-1280');
  });

  it('adds a goal under a priority', async () => {
    await page.getByRole('button', { name: `Actions for ${PRIORITY}` }).click();
    await page.getByRole('menuitem', { name: 'Add goal' }).click();
    await page.getByRole('heading', { name: 'New goal' }).waitFor();
    expect(await page.getByText(`In: ${PRIORITY}`).isVisible()).toBe(true);
    await page.getByLabel('Title', { exact: true }).fill(GOAL);
    await page.getByLabel('Title in Spanish').fill(`${GOAL} (en español)`);
    await pickOwner(page, 'Owner', 'keisha', /Keisha Monroe/);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/admin\/plan\/goal\/[0-9a-f-]{36}$/);
    goalId = page.url().split('/').pop() ?? '';
    await page.getByRole('heading', { name: 'Edit goal' }).waitFor();
    await page.getByRole('navigation', { name: 'Plan outline' }).getByRole('link', { name: GOAL }).waitFor();
    expect(await page.getByLabel('Title in Spanish').inputValue()).toBe(`${GOAL} (en español)`);
    expect(await page.getByLabel('Title in Spanish').getAttribute('lang')).toBe('es');
  });

  it("shows the API's message beside the field it is about: a metric to maintain needs a band", async () => {
    await page.getByRole('button', { name: `Actions for ${GOAL}` }).click();
    await page.getByRole('menuitem', { name: 'Add metric' }).click();
    await page.getByRole('heading', { name: 'New metric' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill(METRIC);
    await page.getByLabel('Direction').click();
    await page.getByRole('option', { name: 'Stay within a band' }).click();
    await pickOwner(page, 'Data steward', 'assessment', /Director of Assessment/);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const bandLow = page.getByLabel('Band low');
    await page.locator('mat-error', { hasText: 'A metric to maintain needs bandLow and bandHigh.' }).waitFor();
    expect(await description(bandLow)).toContain('A metric to maintain needs bandLow and bandHigh.');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'plan-editor-validation-1280');
  });

  it('adds the metric, then its baseline and yearly targets for the district', async () => {
    await page.getByLabel('Direction').click();
    await page.getByRole('option', { name: 'Higher is better' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/admin\/plan\/metric\/[0-9a-f-]{36}$/);
    metricId = page.url().split('/').pop() ?? '';
    await page.getByRole('heading', { name: 'Baseline and yearly targets' }).waitFor();
    const series = 'All Students · District';
    await page.getByLabel(`Baseline for ${series}`).fill('40');
    await page.getByLabel(`Baseline as of, ${series}`).fill('2024-06-30');
    const targets = { '2024-25': '42', '2025-26': '44', '2026-27': '46', '2027-28': '48', '2028-29': '50' };
    for (const [year, value] of Object.entries(targets)) await page.getByLabel(`Target ${year}, ${series}`).fill(value);
    await page.getByRole('button', { name: 'Save targets' }).click();
    await page.getByText('Targets saved.').waitFor();
    const saved = (await (await page.request.get(`${BASE_URL}/api/metrics/${metricId}/targets`)).json()) as { schoolYear: number; value: number }[];
    expect(saved.map((t) => [t.schoolYear, t.value])).toEqual([
      [2024, 42],
      [2025, 44],
      [2026, 46],
      [2027, 48],
      [2028, 50],
    ]);
    const baselines = (await (await page.request.get(`${BASE_URL}/api/metrics/${metricId}/baselines`)).json()) as { value: number; asOf: string }[];
    expect(baselines).toMatchObject([{ value: 40, asOf: '2024-06-30' }]);
  });

  it('asks for a reason to change a target, then saves it and shows the old value in the history', async () => {
    const cell = page.getByLabel('Target 2026-27, All Students · District');
    await cell.fill('47');
    const reason = page.getByLabel('Reason for changing targets already set');
    await reason.waitFor();
    await page.getByRole('button', { name: 'Save targets' }).click();
    await page.locator('mat-error', { hasText: 'Changing the target of 2026 needs a reason.' }).waitFor();
    expect(await description(reason)).toContain('Changing the target of 2026 needs a reason.');
    await shot(page, 'plan-editor-reason-1280');
    await reason.fill('Board reset after the new state test');
    await page.getByRole('button', { name: 'Save targets' }).click();
    await page.getByText('Targets saved.').waitFor();
    const history = page.getByRole('region', { name: 'Target history' });
    await history.getByRole('cell', { name: 'Board reset after the new state test' }).waitFor();
    const rows = await history.locator('tbody tr').allInnerTexts();
    expect(rows.some((r) => r.includes('2026-27') && r.includes('46') && !r.includes('Current'))).toBe(true);
    expect(rows.some((r) => r.includes('2026-27') && r.includes('47') && r.includes('Current'))).toBe(true);
    expect(await cell.inputValue()).toBe('47');
  });

  it('adds a series for a student group, shared through the address', async () => {
    // By keyboard: the select opens with Enter like any combobox.
    await page.getByRole('combobox', { name: 'Student group' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'English learners' }).click();
    await page.getByRole('button', { name: 'Add a series' }).click();
    await page.getByLabel('Target 2024-25, English learners · District').waitFor();
    expect(page.url()).toContain('series=');
    await page.getByLabel('Target 2024-25, English learners · District').fill('30');
    await page.getByRole('button', { name: 'Save targets' }).click();
    await page.getByText('Targets saved.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'plan-editor-metric-1280');
  });

  it('tells the admin when someone else changed the metric meanwhile, and reloads it', async () => {
    const metric = (await (await page.request.get(`${BASE_URL}/api/metrics/${metricId}`)).json()) as { version: number };
    const other = await page.request.patch(`${BASE_URL}/api/metrics/${metricId}`, {
      headers: await xsrf(page.context()),
      data: { definition: 'Changed by someone else', version: metric.version },
    });
    expect(other.status()).toBe(200);
    await page.getByLabel('Name', { exact: true }).fill(`${METRIC} (renamed)`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Someone else changed this while you were editing' }).waitFor();
    await page.waitForFunction(() => (document.querySelector('textarea[formcontrolname="definition"]') as HTMLTextAreaElement | null)?.value === 'Changed by someone else');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe(METRIC);
  });

  it('reads the metric editor in Spanish with no axe violations', async () => {
    await page.goto(`${BASE_URL}/admin/plan/metric/${metricId}?lang=es`);
    await page.getByRole('heading', { name: 'Editar indicador' }).waitFor();
    await page.getByRole('heading', { name: 'Línea base y metas anuales' }).waitFor();
    await page.getByLabel('Meta 2026-27, Todos los estudiantes · Distrito').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'plan-editor-metric-es-1280');
  });

  it("reads the plan's fields in Spanish with no axe violations", async () => {
    await page.goto(`${BASE_URL}/admin/plan?lang=es`);
    await page.getByRole('heading', { level: 1, name: 'Editor del plan' }).waitFor();
    await page.getByLabel('Valor 1', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${BASE_URL}/admin/plan?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Plan editor' }).waitFor();
  });

  describe('on a phone (375 px)', () => {
    let phone: Page;
    beforeAll(async () => {
      phone = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
      await signIn(phone, 'admin');
    });
    afterAll(async () => {
      await phone?.context().close();
    });

    it('shows the outline and the plan without sideways scrolling or axe violations', async () => {
      await phone.goto(`${BASE_URL}/admin/plan`);
      await phone.getByRole('heading', { name: 'Outline' }).waitFor();
      await phone.getByRole('navigation', { name: 'Plan outline' }).getByRole('link', { name: new RegExp(PRIORITY) }).waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(await axeViolations(phone)).toEqual([]);
      await shot(phone, 'plan-editor-plan-375');
    });

    it('folds the outline away while a metric is edited; its targets grid scrolls on its own', async () => {
      await phone.goto(`${BASE_URL}/admin/plan/metric/${metricId}`);
      await phone.getByRole('heading', { name: 'Baseline and yearly targets' }).waitFor();
      await phone.getByLabel('Target 2024-25, All Students · District').waitFor();
      const toggle = phone.getByRole('button', { name: 'Show the outline' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(await axeViolations(phone)).toEqual([]);
      await shot(phone, 'plan-editor-metric-375');
      await toggle.click();
      await phone.getByRole('navigation', { name: 'Plan outline' }).getByRole('link', { name: METRIC }).waitFor();
    });
  });

  it('deletes what it added, after a confirmation', async () => {
    await page.goto(`${BASE_URL}/admin/plan/goal/${goalId}`);
    await page.getByRole('heading', { name: 'Edit goal' }).waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete this goal?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Its metrics with all their data');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await page.request.get(`${BASE_URL}/api/goals/${goalId}`)).status()).toBe(200);

    await page.getByRole('button', { name: `Actions for ${GOAL}` }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await page.getByText(`Deleted: ${GOAL}`).waitFor();
    await page.waitForURL(`${BASE_URL}/admin/plan`);
    await page.getByRole('navigation', { name: 'Plan outline' }).getByRole('link', { name: GOAL }).waitFor({ state: 'detached' });
    expect((await page.request.get(`${BASE_URL}/api/goals/${goalId}`)).status()).toBe(404);
    expect((await page.request.get(`${BASE_URL}/api/metrics/${metricId}`)).status()).toBe(404);
  });
});

describe('the plan editor, as cabinet', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(page, 'cabinet');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is not offered: the admin section says it is not part of their role', async () => {
    await page.goto(`${BASE_URL}/admin`);
    await page.getByText('This section is not part of your role').waitFor();
    expect(await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Admin' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'plan-editor-cabinet-1280');
  });

  it('does not open the editor from a deep link', async () => {
    await page.goto(`${BASE_URL}/admin/plan`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Plan editor' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Plan outline' }).count()).toBe(0);
  });
});
