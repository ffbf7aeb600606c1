import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, axeViolations, launchChromium, screenshot } from './support/browser.js';
import { signIn } from './support/sign-in.js';

/** The community's page, as an anonymous visitor: English and Spanish, feedback by keyboard, the embed view. */
describe('the public page, signed out', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    await publishGroupsOfFirstMetric(browser);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const openPublic = async (path: string) => {
    await page.goto(`${BASE_URL}${path}`);
    await page.locator('tl-public-goal').first().waitFor();
  };

  it('shows the plan in English with charts, data tables and small groups as words, not figures; 0 axe violations', async () => {
    await openPublic('/public?lang=en');
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await page.locator('nav#primary-nav').count()).toBe(0);
    expect(await page.locator('tl-public-chart svg[role="img"]').count()).toBeGreaterThan(0);
    const tables = page.locator('tl-public-metric table');
    expect(await tables.count()).toBeGreaterThan(0);
    expect(await tables.first().locator('th[scope="col"]').allTextContents()).toEqual(['School year', 'Result', 'Target']);
    expect(await page.getByText('To protect student privacy').count()).toBe(1);
    // The grade-3 metric now publishes its groups (folded under All Students): the demo's small ones (nonbinary,
    // foster care) say so in words, and so does the group hidden so that they cannot be worked out.
    const groups = page.locator('tl-public-metric details.groups').first();
    await groups.locator('summary').click();
    await groups.getByText('Fewer than 10 students').first().waitFor();
    expect(await groups.getByText('Not shown, so that a smaller group cannot be worked out').count()).toBeGreaterThan(0);
    expect(await groups.locator('h5').count()).toBeGreaterThan(5);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'public-en-1280');
  });

  it('shows the plan in Spanish (?lang=es and the toggle); 0 axe violations', async () => {
    await openPublic('/public?lang=es');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.getByText('Para proteger la privacidad de los estudiantes').count()).toBe(1);
    // The plan's own words, as the district translated them (the demo seed has Spanish for every priority).
    const priority = page.getByRole('heading', { level: 2, name: 'Lectoescritura y matemáticas en los primeros grados' });
    await priority.waitFor();
    expect(await priority.getAttribute('lang')).toBe('es');
    expect(await page.getByText('Riverbend Unified trabaja junto con las familias').count()).toBe(1);
    expect(await page.locator('tl-public-metric table').first().locator('th[scope="col"]').allTextContents()).toEqual(['Año escolar', 'Resultado', 'Meta']);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'public-es-1280');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('To protect student privacy').waitFor();
  });

  it('sends feedback on a goal using only the keyboard', async () => {
    await openPublic('/public?lang=en');
    const summary = page.locator('tl-feedback-form summary').first();
    await summary.focus();
    await page.keyboard.press('Enter');
    const message = page.locator('tl-feedback-form textarea').first();
    await message.waitFor();
    await page.keyboard.press('Tab');
    expect(await message.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Please add Saturday reading nights at the library.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Rosa');
    await page.keyboard.press('Tab');
    await page.keyboard.type('rosa@example.org');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    const posted = page.waitForResponse((r) => r.url().includes('/feedback') && r.request().method() === 'POST');
    await page.keyboard.press('Enter');
    expect((await posted).status()).toBe(201);
    await page.getByText('Thank you. Your feedback was sent').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is usable at 375 px', async () => {
    const narrow = await context.newPage();
    await narrow.setViewportSize({ width: 375, height: 800 });
    await narrow.goto(`${BASE_URL}/public?lang=es`);
    await narrow.locator('tl-public-goal').first().waitFor();
    await screenshot(narrow, 'public-es-375');
    const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(narrow)).toEqual([]);
    await narrow.goto(`${BASE_URL}/public/embed?lang=es`);
    await narrow.locator('tl-public-goal').first().waitFor();
    expect(await axeViolations(narrow)).toEqual([]);
    await screenshot(narrow, 'public-embed-375');
    await narrow.close();
  });

  it('renders the embed view of one goal without the shell, framable by other sites', async () => {
    const plan = (await (await page.request.get(`${BASE_URL}/api/public/plan`)).json()) as { priorities: { goals: { id: string; title: string }[] }[] };
    const goal = plan.priorities[0]?.goals[0];
    const response = await page.goto(`${BASE_URL}/public/embed?goal=${goal?.id}`);
    expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *');
    await page.locator('tl-public-goal').waitFor();
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('tl-public-goal h3').textContent()).toBe(goal?.title);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'public-embed-1280');
  });
});

/** As an administrator (through the API, as the plan editor would): publish the first metric's student groups. */
async function publishGroupsOfFirstMetric(browser: Browser): Promise<void> {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, 'admin');
  const plan = (await (await admin.request.get(`${BASE_URL}/api/public/plan`)).json()) as { priorities: { goals: { metrics: { id: string }[] }[] }[] };
  const metricId = plan.priorities[0]?.goals[0]?.metrics[0]?.id;
  const metric = (await (await admin.request.get(`${BASE_URL}/api/metrics/${metricId}`)).json()) as { version: number };
  const xsrf = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await admin.request.patch(`${BASE_URL}/api/metrics/${metricId}`, { data: { publishGroups: true, version: metric.version }, headers: { 'x-xsrf-token': xsrf } });
  expect(response.status()).toBe(200);
  await context.close();
}

describe('the community section, signed in as cabinet', () => {
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

  it('reads the feedback, marks it read and shows the embed snippet; 0 axe violations at 1280 and 375 px', async () => {
    await page.goto(`${BASE_URL}/community`);
    await page.locator('tl-community-page .feedback-item').first().waitFor();
    expect(await page.locator('tl-community-page code').first().textContent()).toContain('<iframe');
    expect(await page.getByText('Please add Saturday reading nights').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'community-1280');
    const marked = page.waitForResponse((r) => r.url().includes('/api/feedback/') && r.request().method() === 'PATCH');
    await page.locator('tl-community-page .feedback-item button', { hasText: 'Mark read' }).first().click();
    expect((await marked).status()).toBe(200);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'community-375');
  });
});

describe('the community section, signed in as an administrator', () => {
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

  it('switches the public page off (visitors get 404) and on again', async () => {
    await page.goto(`${BASE_URL}/community`);
    await page.getByRole('button', { name: 'Switch the public page off' }).click();
    await page.getByRole('button', { name: 'Switch the public page on' }).waitFor();
    const anonymous = await browser.newContext();
    expect((await anonymous.request.get(`${BASE_URL}/api/public/plan?lang=en`)).status()).toBe(404);
    await page.getByRole('button', { name: 'Switch the public page on' }).click();
    await page.getByRole('button', { name: 'Switch the public page off' }).waitFor();
    expect((await anonymous.request.get(`${BASE_URL}/api/public/plan`)).status()).toBe(200);
    await anonymous.close();
  });
});
