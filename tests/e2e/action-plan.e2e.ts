import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, axeViolations, launchChromium, screenshot } from './support/browser.js';
import { signIn } from './support/sign-in.js';

const ROWS = '[data-testid="tactic-row"]';

/**
 * Waits until every rendered tactic row matches (the table keeps the old rows while the new ones load): its status
 * chip says `status`, its text matches `text`, or it carries the overdue badge.
 */
async function rowsSettle(page: Page, want: { status?: string; text?: string; overdue?: boolean }): Promise<void> {
  await page.waitForFunction(
    ([selector, w]) => {
      const rows = Array.from(document.querySelectorAll(selector));
      return rows.length > 0 && rows.every((row) =>
        (!w.status || (row.querySelector('tl-tactic-status')?.textContent ?? '').includes(w.status)) &&
        (!w.text || new RegExp(w.text, 'i').test(row.textContent ?? '')) &&
        (!w.overdue || row.querySelector('[data-testid="overdue-badge"]') !== null));
    },
    [ROWS, want] as const,
  );
}

const count = async (page: Page) => Number((/\d+/.exec((await page.getByTestId('tactic-count').textContent()) ?? '') ?? ['0'])[0]);

// The Year-1 action plan of the seeded demo district, as a cabinet member sees it.
describe('the action plan, signed in as cabinet', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
    await signIn(page, 'cabinet');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the tactics with owners, % complete and status in words, sorted by due date', async () => {
    await page.goto(`${BASE_URL}/action-plan`);
    await page.getByRole('heading', { level: 1, name: 'Action plan' }).waitFor();
    await page.locator(ROWS).first().waitFor();
    await page.waitForFunction(() => document.title === 'Action plan · Throughline');
    expect(await page.getByTestId('tactic-count').textContent()).toContain('82 tactics');
    expect(await page.locator(ROWS).count()).toBe(25);
    const first = page.locator(ROWS).first();
    expect(await first.locator('td').nth(0).textContent()).toMatch(/\w+ \w+/); // an owner's name, not an id
    expect(await first.locator('td').nth(3).textContent()).toMatch(/\d+%/);
    expect(await first.locator('tl-tactic-status').textContent()).toMatch(/Not started|On track|At risk|Off track|Complete|Cancelled/);
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Due');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'action-plan-table-1280');
  });

  it('puts each filter in the URL and narrows the rows: status, search, sort, page', async () => {
    await page.getByLabel('Status').selectOption('at-risk');
    await page.waitForURL(/status=at-risk/);
    await rowsSettle(page, { status: 'At risk' });
    const atRisk = await count(page);
    expect(atRisk).toBeGreaterThan(0);
    expect(atRisk).toBeLessThan(82);

    await page.getByLabel('Search titles and descriptions').fill('coaching');
    await page.waitForURL(/q=coaching/);
    await rowsSettle(page, { text: 'coaching' });
    expect(await count(page)).toBeLessThanOrEqual(atRisk);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => !url.search.includes('status=') && !url.search.includes('q='));
    await page.waitForFunction(() => /82 tactics/.test(document.querySelector('[data-testid="tactic-count"]')?.textContent ?? ''));

    await page.getByRole('button', { name: 'Tactic' }).click();
    await page.waitForURL(/sort=title/);
    await page.locator('th[aria-sort="ascending"]', { hasText: 'Tactic' }).waitFor();
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.waitForURL(/page=2/);
    await page.getByText('26–50 of 82').waitFor();

    // The URL is the whole state: opened fresh, it shows the same page.
    const shared = page.url();
    const other = await page.context().newPage();
    await other.goto(shared);
    await other.getByText('26–50 of 82').waitFor();
    const first = await page.locator(ROWS).first().textContent();
    // Owners' names and goals arrive with their own requests: wait for the row to be complete, then compare.
    await other.waitForFunction(([selector, text]) => document.querySelector(selector ?? '')?.textContent === text, [ROWS, first] as const, { timeout: 10_000 }).catch(() => undefined);
    expect(await other.locator(ROWS).first().textContent()).toBe(first);
    await other.close();
  });

  it('filters by priority and goal from the plan, and the goal list follows the priority', async () => {
    await page.goto(`${BASE_URL}/action-plan`);
    await page.locator(ROWS).first().waitFor();
    const priority = page.getByLabel('Priority');
    const firstPriority = (await priority.locator('option').nth(1).getAttribute('value')) ?? '';
    await priority.selectOption(firstPriority);
    await page.waitForURL(new RegExp(`priority=${firstPriority}`));
    await page.waitForFunction(() => !/82 tactics/.test(document.querySelector('[data-testid="tactic-count"]')?.textContent ?? ''));
    const goals = page.getByLabel('Goal');
    expect(await goals.locator('optgroup').count()).toBe(1);
    await goals.selectOption((await goals.locator('option').nth(1).getAttribute('value')) ?? '');
    await page.waitForURL(/goal=/);
    expect(await count(page)).toBeGreaterThan(0);
  });

  it('shows only overdue tactics under the overdue filter, each with its Overdue badge', async () => {
    await page.goto(`${BASE_URL}/action-plan`);
    await page.locator(ROWS).first().waitFor();
    await page.getByLabel('Only overdue').check();
    await page.waitForURL(/overdue=true/);
    await rowsSettle(page, { overdue: true });
    const rows = await page.locator(ROWS).count();
    expect(rows).toBe(await count(page));
    expect(await page.locator(`${ROWS} [data-testid="overdue-badge"]`).count()).toBe(rows);
    expect(await page.locator(`${ROWS} [data-testid="overdue-badge"]`).first().textContent()).toContain('Overdue');
  });

  it('downloads the current filter as CSV and as XLSX', async () => {
    const rows = await count(page);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/^action-plan-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await csv.path()) as string, 'utf8');
    expect(text.startsWith('\uFEFFPriority,Goal,Strategy,Tactic,Owner,School,Status,% complete')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(rows + 1);
    expect(lines.slice(1).every((line) => line.includes(',Yes,'))).toBe(true); // the Overdue column

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^action-plan-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsx.path()) as string);
    expect(workbook.worksheets[0]?.rowCount).toBe(rows + 1);
    expect(workbook.worksheets[0]?.getRow(2).getCell(10).value).toBeInstanceOf(Date);
  });

  it('switches to the timeline (in the URL): bars across the school year and milestones from one request', async () => {
    await page.goto(`${BASE_URL}/action-plan`);
    await page.locator(ROWS).first().waitFor();
    const milestoneRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/action-plan/milestones') || request.url().includes('/api/milestones')) milestoneRequests.push(request.url());
    });
    await page.getByRole('radio', { name: 'Timeline' }).click();
    await page.waitForURL(/view=timeline/);
    await page.getByTestId('timeline').waitFor();
    await page.locator('[data-testid="milestone-marker"]').first().waitFor();
    expect(await page.locator('[data-testid="timeline-row"]').count()).toBe(25);
    expect(await page.locator('.months .month').count()).toBe(12);
    expect(await page.locator('.months .month .wide').first().textContent()).toBe('Jul');
    expect(await page.locator('[data-testid="milestone-marker"][data-state="completed"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="milestone-marker"][data-state="upcoming"]').count()).toBeGreaterThan(0);
    // Every bar and marker says what it is in words.
    expect(await page.locator('[data-testid="timeline-bar"]').first().getAttribute('aria-label')).toMatch(/from .+ to .+, \d+% complete/);
    expect(await page.locator('[data-testid="milestone-marker"]').first().getAttribute('aria-label')).toMatch(/^Milestone .+, (completed|due|missed)/);
    expect(milestoneRequests).toHaveLength(1);
    expect(milestoneRequests[0]).toContain('/api/action-plan/milestones?tacticIds=');

    // The milestones open as a list from the keyboard.
    const toggle = page.locator('[data-testid="timeline-row"] .toggle').first();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="timeline-row"] .toggle[aria-expanded="true"]').waitFor();
    const list = page.locator('[data-testid="timeline-row"] .milestones').first();
    expect(await list.isVisible()).toBe(true);
    expect(await list.textContent()).toMatch(/completed|due|missed/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'action-plan-timeline-1280');
  });

  it.each(['table', 'timeline'])('has no WCAG 2.1 A/AA violations in Spanish (%s view)', async (view) => {
    await page.goto(`${BASE_URL}/action-plan?lang=es&view=${view}`);
    await page.getByRole('heading', { level: 1, name: 'Plan de acción' }).waitFor();
    if (view === 'table') await page.locator(ROWS).first().waitFor();
    else await page.locator('[data-testid="milestone-marker"]').first().waitFor();
    expect(await page.getByTestId('tactic-count').textContent()).toContain('82 tácticas');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `action-plan-${view}-1280-es`);
  });

  it('works at phone width: table and timeline, no axe violations', async () => {
    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    try {
      await signIn(phone, 'cabinet');
      await phone.goto(`${BASE_URL}/action-plan?lang=en`);
      await phone.locator(ROWS).first().waitFor();
      expect(await axeViolations(phone)).toEqual([]);
      await screenshot(phone, 'action-plan-table-375');
      await phone.getByRole('radio', { name: 'Timeline' }).click();
      await phone.locator('[data-testid="milestone-marker"]').first().waitFor();
      expect(await phone.locator('.months .month .narrow').first().isVisible()).toBe(true);
      expect(await axeViolations(phone)).toEqual([]);
      await screenshot(phone, 'action-plan-timeline-375');
    } finally {
      await phone.context().close();
    }
  });
});
