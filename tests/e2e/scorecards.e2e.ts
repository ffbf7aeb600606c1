import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page, Response } from 'playwright-core';
import { BASE_URL, axeViolations, launchChromium, screenshot } from './support/browser.js';
import { signIn } from './support/sign-in.js';

interface Card {
  readonly label: string;
  readonly schoolYear: number;
  readonly quarter: number;
  readonly state: string;
  readonly priorities: readonly { readonly title: string; readonly goals: readonly { readonly title: string; readonly status: string }[] }[];
}

const isCard = (response: Response) => new URL(response.url()).pathname === '/api/scorecards/quarter' && response.request().method() === 'GET';

describe('the board scorecard, signed in as a board member', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })).newPage();
    await signIn(page, 'board');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = async (path: string): Promise<Card> => {
    const received = page.waitForResponse(isCard);
    await page.goto(`${BASE_URL}${path}`);
    const response = await received;
    expect(response.status()).toBe(200);
    const card = (await response.json()) as Card;
    await page.locator('tl-scorecard-view h3').first().waitFor();
    return card;
  };

  it('opens the previous quarter with the picker and shows its goals with their statuses', async () => {
    const current = await open('/scorecards');
    await page.getByRole('heading', { level: 2, name: current.label }).waitFor();
    await page.locator('.badge.live').waitFor();
    const previousQuarter = current.quarter === 1 ? 4 : current.quarter - 1;
    const previousYear = current.quarter === 1 ? current.schoolYear - 1 : current.schoolYear;
    const next = page.waitForResponse(isCard);
    if (previousYear !== current.schoolYear) await page.getByRole('combobox', { name: 'School year' }).selectOption(String(previousYear));
    await page.getByRole('combobox', { name: 'Quarter', exact: true }).selectOption(String(previousQuarter));
    const past = (await (await next).json()) as Card;
    await page.waitForURL((url) => url.searchParams.get('quarter') === String(previousQuarter) && url.searchParams.get('schoolYear') === String(previousYear));
    expect({ schoolYear: past.schoolYear, quarter: past.quarter }).toEqual({ schoolYear: previousYear, quarter: previousQuarter });
    await page.getByRole('heading', { level: 2, name: past.label }).waitFor();

    const goals = past.priorities.flatMap((p) => p.goals);
    expect(goals.length).toBeGreaterThan(3);
    for (const goal of goals) await page.getByRole('heading', { level: 3, name: goal.title }).waitFor();
    // Status chips in words (not colour alone), and changes with words beside their arrows.
    const chips = await page.locator('tl-scorecard-view section.priority:not(.guardrails) article.goal > header tl-status-chip').allTextContents();
    expect(chips.length).toBe(goals.length);
    for (const chip of chips) expect(chip).toMatch(/On track|Watch|Off track|No data yet/);
    expect(await page.locator('tl-scorecard-change').first().textContent()).toMatch(/Status improved|Status declined|Status unchanged|No earlier status/);
    // Each metric's table lists All Students first, and the targeted groups after it.
    expect(await page.locator('tl-scorecard-view tbody tr.all').count()).toBeGreaterThan(goals.length);
    await page.locator('tl-scorecard-chart svg').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'scorecards-past-quarter-1280');
  });

  it('opens a past quarter by URL and downloads its PDF and XLSX', async () => {
    const card = await open('/scorecards?schoolYear=2025&quarter=3');
    expect(card.label).toBe('2025-26 Q3');
    await page.getByRole('heading', { level: 2, name: '2025-26 Q3' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Quarter', exact: true }).inputValue()).toBe('3');

    const pdfHref = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
    const xlsxHref = await page.getByRole('link', { name: 'Download XLSX' }).getAttribute('href');
    const pdf = await page.request.get(`${BASE_URL}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await page.request.get(`${BASE_URL}${xlsxHref}`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // The link itself downloads in the browser (the session cookie goes with it).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('scorecard-2025-q3.pdf');
  });

  it('reads in Spanish with no violations', async () => {
    await open('/scorecards?schoolYear=2025&quarter=4&lang=es');
    await page.getByRole('heading', { level: 1, name: 'Informe trimestral para la junta' }).waitFor();
    await page.getByText('Responsable de la meta:').first().waitFor();
    await page.locator('tl-scorecard-view .chart-placeholder, tl-scorecard-chart').first().scrollIntoViewIfNeeded();
    await page.locator('tl-scorecard-chart svg').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'scorecards-es-1280');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Board scorecard' }).waitFor();
  });

  it('works at phone width', async () => {
    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    try {
      await signIn(phone, 'board');
      await phone.goto(`${BASE_URL}/scorecards?schoolYear=2025&quarter=4`);
      await phone.locator('tl-scorecard-view h3').first().waitFor();
      // Charts load when they scroll into view.
      await phone.locator('tl-scorecard-view .chart-placeholder').first().scrollIntoViewIfNeeded();
      await phone.locator('tl-scorecard-chart svg').first().waitFor();
      // Wide metric tables scroll inside their own box; the page itself does not.
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(await axeViolations(phone)).toEqual([]);
      await phone.evaluate(() => window.scrollTo(0, 0));
      await screenshot(phone, 'scorecards-375');
    } finally {
      await phone.context().close();
    }
  });

  it('has a print-ready page without the navigation', async () => {
    await page.goto(`${BASE_URL}/scorecards/print?schoolYear=2025&quarter=4`);
    await page.getByRole('heading', { level: 1, name: /board scorecard 2025-26 Q4/ }).waitFor();
    await page.locator('tl-scorecard-chart svg').first().waitFor();
    expect(await page.locator('nav.nav').isVisible()).toBe(false);
    expect(await page.locator('header.toolbar').isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'scorecards-print-1280');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-bar').isVisible()).toBe(false);
    // Each priority after the first starts a printed page.
    const breaks = await page.locator('tl-scorecard-view section.priority').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
    expect(breaks[0]).not.toBe('page');
    expect(breaks.slice(1).every((b) => b === 'page')).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
