import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, axeViolations, launchChromium, screenshot } from './support/browser.js';
import { signIn } from './support/sign-in.js';

const SECTIONS = ['/action-plan', '/results', '/equity', '/my-work', '/data', '/accountability', '/reviews', '/scorecards'];

// Every page but sign-in needs a session: these checks run as the demo admin, who may open every section.
describe('the dashboard in Chromium, signed in as admin', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(page, 'admin');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens / and shows the health status and version from the API', async () => {
    await page.goto(`${BASE_URL}/`);
    const status = page.getByTestId('health-status');
    await status.waitFor();
    // The router sets the title once the lazy page has loaded.
    await page.waitForFunction(() => document.title === 'Overview · Throughline');
    expect(await status.textContent()).toContain('All systems working');
    expect(await page.getByTestId('version').textContent()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('shows the seeded demo plan: its priorities with their computed status in words', async () => {
    await page.getByRole('heading', { level: 1, name: 'Riverbend Rising' }).waitFor();
    expect(await page.locator('tl-priority-card').count()).toBe(4);
    const chips = await page.locator('tl-priority-card tl-status-chip').allTextContents();
    expect(chips.some((text) => /Results: (On track|Watch|Off track)/.test(text))).toBe(true);
    await screenshot(page, 'home');
  });

  it('has no WCAG 2.1 A/AA violations on /', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('draws the sweep-runs chart on the admin page, with its data table', async () => {
    // The job scheduler runs its first sweep right after boot; wait until the worker has recorded it. The run
    // history is admin-only: ask through the page's context, which carries the admin's session cookie.
    for (let i = 0; i < 100; i += 1) {
      const response = await page.request.get(`${BASE_URL}/api/system/job-runs`);
      expect(response.status()).toBe(200);
      const runs = (await response.json()) as { outcome: string }[];
      if (runs.some((run) => run.outcome === 'succeeded')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await page.goto(`${BASE_URL}/admin`);
    await page.getByRole('heading', { name: 'Collection sweep runs' }).waitFor();
    await page.locator('ngx-charts-line-chart svg').first().waitFor();
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin');
  });

  it.each(SECTIONS)('serves %s as a deep link with no axe violations', async (path) => {
    const response = await page.goto(`${BASE_URL}${path}`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator(`nav a[aria-current="page"][href="${path}"]`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('works at phone width: the menu opens by keyboard and navigates', async () => {
    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    try {
      await signIn(phone, 'admin');
      await phone.goto(`${BASE_URL}/`);
      const menu = phone.getByRole('button', { name: 'Menu' });
      await menu.focus();
      await phone.keyboard.press('Enter');
      // Rendering is asynchronous (zoneless change detection): wait for the state, then assert on it.
      await phone.locator('button[aria-expanded="true"]').waitFor();
      await phone.getByRole('link', { name: 'Results' }).click();
      await phone.waitForURL(`${BASE_URL}/results`);
      await phone.locator('button[aria-expanded="false"]').waitFor();
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await axeViolations(phone)).toEqual([]);
      await screenshot(phone, 'results-phone');
    } finally {
      await phone.context().close();
    }
  });
});
