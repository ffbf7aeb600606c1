import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Plan, PlanTree } from '@throughline/domain';
import { BASE_URL, axeViolations, launchChromium, screenshot } from './support/browser.js';
import { type DemoRole, signIn } from './support/sign-in.js';

interface Sparklines {
  readonly sparklines: readonly { readonly goalId: string; readonly actuals: readonly unknown[] }[];
}

/** The goals' result statuses as the page shows them, in page order. */
async function goalStatuses(page: Page): Promise<string[]> {
  return page.locator('[data-testid="goal"] tl-status-chip .chip').evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-status') ?? ''));
}

function treeGoalStatuses(tree: PlanTree): string[] {
  return tree.priorities.flatMap((p) => p.goals.map((g) => g.status.status));
}

// The overview as the demo admin and as a board member: the plan from mission to each goal's headline metric.
describe.each<DemoRole>(['admin', 'board'])('the overview, signed in as %s', (role) => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let plan: Plan;
  let today: PlanTree;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await signIn(page, role);
    const plans = (await (await page.request.get(`${BASE_URL}/api/plans`)).json()) as Plan[];
    plan = plans.find((p) => p.active) as Plan;
    today = (await (await page.request.get(`${BASE_URL}/api/plans/${plan.id}/tree`)).json()) as PlanTree;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the mission, vision and values, each priority with its goals, status chips and tactic counts', async () => {
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('heading', { level: 1, name: plan.name }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Mission' }).isVisible()).toBe(true);
    expect(await page.getByText(plan.vision).isVisible()).toBe(true);
    for (const value of plan.values) expect(await page.getByRole('listitem').filter({ hasText: value }).count()).toBeGreaterThan(0);
    expect(await page.locator('tl-priority-card').count()).toBe(today.priorities.length);
    expect(await page.locator('[data-testid="goal"]').count()).toBe(11);
    expect(await goalStatuses(page)).toEqual(treeGoalStatuses(today));
    // Status in words, never colour alone.
    const chips = await page.locator('tl-priority-card tl-status-chip').allTextContents();
    expect(chips.some((text) => /Results: (On track|Watch|Off track)/.test(text))).toBe(true);
    const first = today.priorities[0];
    const counts = await page.locator('tl-priority-card').first().getByRole('list', { name: 'Tactics by status' }).textContent();
    expect(counts).toContain(`Tactics: ${first?.tacticCounts.total}`);
    expect(counts).toContain(`On track: ${first?.tacticCounts.byStatus['on-track']}`);
    expect(counts).toContain(`Overdue: ${first?.tacticCounts.overdue}`);
  });

  it("draws a sparkline for every goal whose headline metric has data, named in words", async () => {
    const lines = (await (await page.request.get(`${BASE_URL}/api/plans/${plan.id}/sparklines?points=24`)).json()) as Sparklines;
    const withData = lines.sparklines.filter((line) => line.actuals.length > 0).length;
    expect(withData).toBeGreaterThan(0);
    await page.locator('[data-testid="sparkline"]').nth(withData - 1).waitFor();
    expect(await page.locator('[data-testid="sparkline"]').count()).toBe(withData);
    const label = await page.locator('[data-testid="sparkline"]').first().getAttribute('aria-label');
    expect(label).toMatch(/: .+ in .+, expected .+/);
    expect(await page.locator('[data-testid="sparkline"] path.actual').count()).toBe(withData);
  });

  it('changes the date of the statuses from the school-year quick picks: the address and the statuses follow', async () => {
    await page.goto(`${BASE_URL}/`);
    const select = page.getByTestId('as-of-select');
    await select.waitFor();
    const options = await select.locator('option').evaluateAll((els) => els.map((el) => ({ value: (el as HTMLOptionElement).value, text: el.textContent?.trim() ?? '' })));
    expect(options[0]?.text).toMatch(/^Today \(/);
    expect(options.some((o) => /^\d{4}-\d{2} Q[1-4]/.test(o.text))).toBe(true);
    expect(options.some((o) => /Q4, end of the school year/.test(o.text))).toBe(true);
    // A quarter whose statuses differ from today's, according to the API.
    let picked: { date: string; tree: PlanTree } | undefined;
    for (const option of options.filter((o) => o.value)) {
      const tree = (await (await page.request.get(`${BASE_URL}/api/plans/${plan.id}/tree?asOf=${option.value}`)).json()) as PlanTree;
      if (JSON.stringify(treeGoalStatuses(tree)) !== JSON.stringify(treeGoalStatuses(today))) {
        picked = { date: option.value, tree };
        break;
      }
    }
    expect(picked).toBeDefined();
    if (!picked) return;
    await select.selectOption(picked.date);
    await page.waitForURL(`${BASE_URL}/?asOf=${picked.date}`);
    await page.locator(`[data-testid="as-of"][data-as-of="${picked.date}"]`).waitFor();
    expect(await goalStatuses(page)).toEqual(treeGoalStatuses(picked.tree));
    expect(await page.locator('.lead').first().textContent()).toContain(`${picked.tree.schoolYear} school year`);
    // A shared address opens on the same date.
    await page.reload();
    await page.locator(`[data-testid="as-of"][data-as-of="${picked.date}"]`).waitFor();
    expect(await page.getByTestId('as-of-select').inputValue()).toBe(picked.date);
    await page.getByTestId('as-of-select').selectOption('');
    await page.waitForURL(`${BASE_URL}/`);
    await page.locator(`[data-testid="as-of"][data-as-of="${today.asOf}"]`).waitFor();
    expect(await goalStatuses(page)).toEqual(treeGoalStatuses(today));
  });

  it('has no WCAG 2.1 A/AA violations in English or in Spanish, at 1280 px and 375 px', async () => {
    await page.goto(`${BASE_URL}/?lang=en`);
    await page.locator('[data-testid="sparkline"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, role === 'admin' ? 'overview-home-1280' : `overview-home-${role}-1280`);

    await page.goto(`${BASE_URL}/?lang=es`);
    await page.getByRole('heading', { level: 2, name: 'Misión' }).waitFor();
    await page.locator('tl-status-chip', { hasText: /Resultados: (En camino|Bajo observación|Fuera de camino)/ }).first().waitFor();
    expect(await page.getByTestId('as-of-select').locator('option').first().textContent()).toMatch(/Hoy/);
    expect(await axeViolations(page)).toEqual([]);
    if (role === 'admin') await screenshot(page, 'overview-home-es-1280');
    await page.goto(`${BASE_URL}/?lang=en`);
    await page.getByRole('heading', { level: 2, name: 'Mission' }).waitFor();

    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    try {
      await signIn(phone, role);
      await phone.goto(`${BASE_URL}/`);
      await phone.locator('[data-testid="sparkline"]').first().waitFor();
      expect(await axeViolations(phone)).toEqual([]);
      if (role === 'admin') await screenshot(phone, 'overview-home-375');
      // Nothing wider than the phone's screen.
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    } finally {
      await phone.context().close();
    }
  });

  it('keeps the system status at the end, as a footnote', async () => {
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('health-status').waitFor();
    await page.locator('tl-priority-card').last().waitFor();
    // Measured together, once the plan has loaded (before it loads, the status sits under the skeleton).
    const { statusTop, lastCardBottom } = await page.evaluate(() => {
      const cards = document.querySelectorAll('tl-priority-card');
      return {
        statusTop: document.querySelector('[data-testid="health-status"]')?.getBoundingClientRect().top ?? 0,
        lastCardBottom: cards[cards.length - 1]?.getBoundingClientRect().bottom ?? Infinity,
      };
    });
    expect(statusTop).toBeGreaterThan(lastCardBottom);
  });
});
