import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page, Response } from 'playwright-core';
import { BASE_URL, axeViolations, launchChromium, screenshot } from './support/browser.js';
import { signIn } from './support/sign-in.js';

interface Figure {
  readonly suppressed: boolean;
  readonly reason?: string;
  readonly value?: number;
}
interface Report {
  readonly metric: { readonly id: string; readonly name: string } | null;
  readonly metrics: readonly { readonly id: string; readonly name: string; readonly disaggregation: string }[];
  readonly minN: number;
  readonly periodEnd: string;
  readonly groups: readonly (Figure & { readonly groupId: string; readonly code: string; readonly nameEn: string })[];
  readonly schoolTable: { readonly schools: readonly { readonly schoolId: string; readonly name: string; readonly cells: readonly (Figure & { groupId: string })[] }[] } | null;
}

// What a hidden figure may say about itself: which group, that it is hidden, and why. Nothing else.
const GROUP_KEYS = ['code', 'groupId', 'kind', 'nameEn', 'nameEs', 'reason', 'suppressed'];
const CELL_KEYS = ['groupId', 'reason', 'suppressed'];

const isReport = (response: Response) => new URL(response.url()).pathname === '/api/equity' && response.request().method() === 'GET';

describe('the equity page, signed in as a board member', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(page, 'board');
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a URL of the page and returns the report the page received, as text and parsed. */
  const open = async (path: string): Promise<{ text: string; report: Report }> => {
    const received = page.waitForResponse(isReport);
    await page.goto(`${BASE_URL}${path}`);
    const response = await received;
    expect(response.status()).toBe(200);
    const text = await response.text();
    await page.locator('tl-equity-group-table table').waitFor();
    return { text, report: JSON.parse(text) as Report };
  };

  it('shows suppressed groups as suppressed (and the API response for it holds no value for them)', async () => {
    const { report } = await open('/equity');
    const hidden = report.groups.filter((g) => g.suppressed);
    // The demo's grade-3 reading has groups under 10 students district-wide (nonbinary, foster care).
    expect(hidden.some((g) => g.reason === 'fewer-than-min-n')).toBe(true);
    for (const group of hidden) expect(Object.keys(group).sort()).toEqual(GROUP_KEYS);
    const hiddenCells = report.schoolTable?.schools.flatMap((s) => s.cells.filter((c) => c.suppressed)) ?? [];
    expect(hiddenCells.length).toBeGreaterThan(0);
    for (const cell of hiddenCells) expect(Object.keys(cell).sort()).toEqual(CELL_KEYS);

    // Checked against the raw district data (signed-in staff may read it): what is hidden as small is small.
    const raw = await page.request.get(`${BASE_URL}/api/measurements?metricId=${report.metric?.id}&district=true&from=${report.periodEnd}&to=${report.periodEnd}`);
    const rows = ((await raw.json()) as { items: { groupId: string; value: number | null; denominator: number | null }[] }).items;
    for (const group of hidden.filter((g) => g.reason === 'fewer-than-min-n')) {
      expect(rows.find((r) => r.groupId === group.groupId)?.denominator).toBeLessThan(report.minN);
    }

    // On the page: the reason in words, never a value.
    for (const group of hidden) {
      const row = page.locator(`tl-equity-group-table tr[data-group="${group.code}"]`);
      const words = group.reason === 'fewer-than-min-n' ? `Fewer than ${report.minN} students` : 'Hidden so that a smaller group cannot be worked out';
      expect(await row.textContent()).toContain(words);
      expect(await row.textContent()).not.toMatch(/\d+\.\d%/);
    }
    // The school table marks each hidden cell with a dash, labelled for screen readers.
    const dashes = page.locator('tl-equity-school-table td span[aria-hidden="true"]', { hasText: '—' });
    expect(await dashes.count()).toBe(hiddenCells.length);
    const labels = await page.locator('tl-equity-school-table td .visually-hidden').allTextContents();
    expect(labels.filter((l) => l.trim() === `fewer than ${report.minN} students`).length).toBe(hiddenCells.filter((c) => c.reason === 'fewer-than-min-n').length);
    // Status in words with an icon, not colour alone.
    expect(await page.locator('tl-gap-status-chip').first().textContent()).toMatch(/Closing|Watch|Widening|No gap|No baseline/);
  });

  it('has no WCAG 2.1 A/AA violations, draws the gap chart and is saved at 1280 px', async () => {
    await page.locator('ngx-charts-bar-horizontal svg').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'equity-gaps-1280');
  });

  it('keeps the filters in the URL: another metric and a school, as a shareable link', async () => {
    const { report } = await open('/equity');
    const absence = report.metrics.find((m) => m.name === 'Chronic absenteeism');
    expect(absence?.disaggregation).toBe('both');
    const next = page.waitForResponse(isReport);
    await page.getByRole('combobox', { name: 'Metric' }).selectOption(absence?.id ?? '');
    const chosen = JSON.parse(await (await next).text()) as Report;
    await page.waitForURL((url) => url.searchParams.get('metricId') === absence?.id);
    await page.getByRole('heading', { level: 2, name: 'Chronic absenteeism: gaps by student group' }).waitFor();
    expect(chosen.metric?.id).toBe(absence?.id);

    const school = chosen.schoolTable?.schools[0];
    const scoped = page.waitForResponse(isReport);
    await page.getByRole('combobox', { name: 'School' }).selectOption(school?.schoolId ?? '');
    await scoped;
    await page.waitForURL((url) => url.searchParams.get('schoolId') === school?.schoolId);
    await page.getByText(`${school?.name} · `).waitFor();

    // The same URL in a fresh page shows the same view.
    const url = page.url();
    const { report: again } = await open(new URL(url).pathname + new URL(url).search);
    expect(again.metric?.id).toBe(absence?.id);
    expect(await page.getByRole('combobox', { name: 'School' }).inputValue()).toBe(school?.schoolId);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('works at phone width: one block per group, no violations', async () => {
    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    try {
      await signIn(phone, 'board');
      await phone.goto(`${BASE_URL}/equity`);
      await phone.locator('tl-equity-group-table table').waitFor();
      await phone.locator('ngx-charts-bar-horizontal svg').first().waitFor();
      // Nothing wider than the screen: the wide school table scrolls inside its own box.
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(await axeViolations(phone)).toEqual([]);
      await screenshot(phone, 'equity-gaps-375');
    } finally {
      await phone.context().close();
    }
  });

  it('reads in Spanish with no violations', async () => {
    await open('/equity?lang=es');
    await page.getByRole('heading', { level: 1, name: 'Equidad' }).waitFor();
    await page.getByText('Menos de 10 estudiantes').first().waitFor();
    await page.locator('ngx-charts-bar-horizontal svg').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'equity-gaps-es-1280');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Equity' }).waitFor();
  });
});
