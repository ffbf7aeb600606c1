import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, axeViolations, launchChromium, screenshot } from './support/browser.js';
import { signIn } from './support/sign-in.js';

interface Review {
  readonly rows: readonly { readonly key: string; readonly name: string; readonly tactics: number; readonly overdue: number; readonly stale: number }[];
}

/** The numbers of one column, top to bottom, as the table shows them. */
async function column(page: Page, index: number): Promise<number[]> {
  const cells = await page.locator(`tbody tr.row > td:nth-of-type(${index})`).allTextContents();
  return cells.map((text) => Number(text.trim()));
}

/** A full-page screenshot from the top (the toolbar is fixed: scrolled pages would show it mid-page). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

const names = (page: Page) => page.locator('tbody tr.row .name').allTextContents();

describe('Accountability, signed in as cabinet', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, 'cabinet');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists every owner with the API’s numbers, the on-time rate in figures and words', async () => {
    const review = (await (await page.request.get(`${BASE_URL}/api/accountability?groupBy=owner`)).json()) as Review;
    await page.goto(`${BASE_URL}/accountability`);
    await page.getByRole('heading', { level: 1, name: 'Accountability' }).waitFor();
    await page.locator('tbody tr.row').first().waitFor();
    expect(await page.locator('tbody tr.row').count()).toBe(review.rows.length);
    expect((await names(page)).sort()).toEqual(review.rows.map((r) => r.name).sort());
    const rates = await page.locator('tbody tr.row .rate').allTextContents();
    expect(rates.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => !/^(\d+% · (On time|Mostly on time|Often late|Rarely on time)( \d+ of \d+)?|Nothing due yet)$/.test(text))).toEqual([]);
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('On-time check-ins');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'accountability-page-1280');
  });

  it('sorts by a column from its header, and the sort is in the address', async () => {
    await page.getByRole('button', { name: /^Overdue/ }).click();
    await page.waitForURL(/sort=overdue&dir=desc/);
    await page.locator('th[aria-sort="descending"]', { hasText: 'Overdue' }).waitFor();
    const overdue = await column(page, 3);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
    await page.getByRole('button', { name: /^Overdue/ }).click();
    await page.waitForURL(/sort=overdue&dir=asc/);
    await page.locator('th[aria-sort="ascending"]', { hasText: 'Overdue' }).waitFor();
    expect(await column(page, 3)).toEqual([...overdue].sort((a, b) => a - b));
    // A shared link opens the same order.
    await page.goto(`${BASE_URL}/accountability?sort=tactics&dir=desc`);
    await page.locator('th[aria-sort="descending"]', { hasText: 'Tactics' }).waitFor();
    const tactics = await column(page, 1);
    expect(tactics).toEqual([...tactics].sort((a, b) => b - a));
  });

  it('drills down to an owner’s tactics with their badges, and links each to the action plan', async () => {
    const review = (await (await page.request.get(`${BASE_URL}/api/accountability?groupBy=owner`)).json()) as Review;
    const owner = [...review.rows].sort((a, b) => b.tactics - a.tactics)[0];
    if (!owner) throw new Error('no owners');
    await page.goto(`${BASE_URL}/accountability`);
    const toggle = page.locator('tbody tr.row').filter({ hasText: owner.name }).getByRole('button', { expanded: false });
    await toggle.click();
    await page.waitForURL(new RegExp(`open=${owner.key}`));
    const items = page.getByRole('list', { name: `Tactics of ${owner.name}` });
    await items.getByRole('listitem').first().waitFor();
    expect(await items.getByRole('listitem').count()).toBe(owner.tactics);
    expect(await items.locator('tl-work-badge').count()).toBeGreaterThanOrEqual(owner.tactics + owner.overdue + owner.stale);
    const link = items.getByRole('link').first();
    expect(await link.getAttribute('href')).toMatch(/^\/action-plan\?q=/);
    expect(await page.locator('tbody tr.row').filter({ hasText: owner.name }).getByRole('button', { expanded: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'accountability-drill-down-1280');
  });

  it('groups by department with the toggle; a department opens to its tactics and owners', async () => {
    await page.goto(`${BASE_URL}/accountability`);
    await page.getByRole('link', { name: 'By department' }).click();
    await page.waitForURL(/groupBy=department/);
    await page.getByRole('columnheader', { name: /Department/ }).waitFor();
    const review = (await (await page.request.get(`${BASE_URL}/api/accountability?groupBy=department`)).json()) as Review;
    await page.locator('tbody tr.row').nth(review.rows.length - 1).waitFor();
    expect((await names(page)).sort()).toEqual(review.rows.map((r) => r.name || 'No department').sort());
    const schools = review.rows.find((r) => r.name === 'Schools');
    if (!schools) throw new Error('no Schools department in the demo');
    await page.locator('tbody tr.row').filter({ hasText: 'Schools' }).getByRole('button').click();
    const items = page.getByRole('list', { name: 'Tactics of Schools' });
    await items.getByRole('listitem').first().waitFor();
    expect(await items.getByRole('listitem').count()).toBe(schools.tactics);
    // The address holds the whole view: reopening it shows the same open department.
    const url = page.url();
    expect(url).toMatch(/groupBy=department/);
    expect(url).toMatch(/open=Schools/);
    await page.goto(url);
    await page.getByRole('list', { name: 'Tactics of Schools' }).getByRole('listitem').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'accountability-departments-1280');
  });

  it('has no axe violations in Spanish', async () => {
    await page.goto(`${BASE_URL}/accountability?groupBy=department&open=Schools&lang=es`);
    await page.getByRole('heading', { level: 1, name: 'Rendición de cuentas' }).waitFor();
    await page.getByRole('list', { name: 'Tácticas de Schools' }).getByRole('listitem').first().waitFor();
    expect(await page.getByRole('columnheader', { name: /Departamento/ }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'accountability-page-es-1280');
  });

  it('shows the bad window the API refuses with its message', async () => {
    await page.goto(`${BASE_URL}/accountability?from=2026-12-01&to=2026-09-01`);
    await page.getByRole('alert').filter({ hasText: 'from must be on or before to' }).waitFor();
  });

  it('works at 375 px: rows as labelled cards, sorting from a select, and a drill-down', async () => {
    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    try {
      await signIn(phone, 'cabinet');
      await phone.goto(`${BASE_URL}/accountability`);
      await phone.locator('tbody tr.row').first().waitFor();
      await phone.getByLabel('Sort by').selectOption('stale');
      await phone.waitForURL(/sort=stale/);
      await phone.locator('tbody tr.row').first().getByRole('button').click();
      await phone.locator('tr.items:not([hidden]) li').first().waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(await axeViolations(phone)).toEqual([]);
      await shot(phone, 'accountability-page-375');
      await phone.goto(`${BASE_URL}/accountability?lang=es`);
      await phone.getByRole('heading', { level: 1, name: 'Rendición de cuentas' }).waitFor();
      await phone.locator('tbody tr.row').first().waitFor();
      expect(await axeViolations(phone)).toEqual([]);
      await shot(phone, 'accountability-page-es-375');
    } finally {
      await phone.context().close();
    }
  });
});
