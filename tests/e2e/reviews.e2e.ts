import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { ReviewDetail } from '@throughline/domain';
import { BASE_URL, axeViolations, launchChromium, screenshot } from './support/browser.js';
import { signIn } from './support/sign-in.js';

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`${BASE_URL}${path}`);
  expect({ path, status: response.status() }).toEqual({ path, status: 200 });
  return (await response.json()) as T;
}

/** A full-page screenshot from the top, once the charts have faded in. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity));
  await page.waitForTimeout(300);
  await screenshot(page, name);
}

const live = (page: Page) => page.locator('.presenter [aria-live="polite"][aria-atomic="true"]');
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the cabinet’s monthly review', () => {
  let browser: Browser;
  let page: Page;
  let review: ReviewDetail;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, 'cabinet');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts a review: its agenda is generated from the demo district', async () => {
    await page.goto(`${BASE_URL}/reviews`);
    await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    await page.getByText('No reviews yet').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'reviews-list-1280');
    await page.getByRole('button', { name: 'Create the review and its agenda' }).click();
    await page.waitForURL(/\/reviews\/[0-9a-f-]{36}$/);
    await page.locator('tl-agenda-item').first().waitFor();
    const id = page.url().split('/').pop() as string;
    review = await getJson<ReviewDetail>(page, `/api/reviews/${id}`);
    expect(review.items.length).toBeGreaterThan(10);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(review.title);
    expect(review.title).toMatch(/^Cabinet review — \w+ \d{4}$/);
    expect(await page.locator('tl-agenda-item').count()).toBe(review.items.length);
    // Reasons are chips with words.
    const first = review.items[0] as ReviewDetail['items'][number];
    expect((await page.locator('tl-agenda-item').first().locator('tl-reason-chip').allTextContents()).length).toBe(first.reasons.length);
    await page.locator('tl-status-history-chart, .chart-placeholder').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'review-page-1280');
    // The first screen as a person sees it (the full page is long: one card per agenda item).
    await page.screenshot({ path: 'tmp/screenshots/review-page-top-1280.png' });
  });

  it('presenter mode moves through the items by keyboard only, focusing and announcing each one', async () => {
    await page.getByRole('link', { name: 'Presenter mode' }).click();
    await page.waitForURL(/\/present\?item=1$/);
    const count = review.items.length;
    const title = (n: number) => (review.items[n - 1] as ReviewDetail['items'][number]).title;
    const expectAt = async (n: number) => {
      await page.waitForURL(new RegExp(`item=${n}$`));
      await page.getByRole('heading', { level: 1, name: title(n) }).waitFor();
      await expect(live(page).textContent()).resolves.toBe(`Item ${n} of ${count}: ${title(n)}`);
      await page.waitForFunction(() => document.activeElement?.id === 'slide-title');
      expect(await focusedId(page)).toBe('slide-title');
    };
    await expectAt(1);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'presenter-1280');
    await page.keyboard.press('ArrowRight');
    await expectAt(2);
    await page.keyboard.press('PageDown');
    await expectAt(3);
    await page.keyboard.press('ArrowLeft');
    await expectAt(2);
    await page.keyboard.press('PageUp');
    await expectAt(1);
    // Nothing before the first item.
    await page.keyboard.press('ArrowLeft');
    await expectAt(1);
    // Walk to a goal: its status over time is on screen.
    const goal = review.items.find((i) => i.entity === 'goal') as ReviewDetail['items'][number];
    for (let n = 1; n < goal.position; n++) await page.keyboard.press('ArrowRight');
    await expectAt(goal.position);
    await page.getByRole('heading', { level: 2, name: 'Status over time' }).waitFor();
    await page.locator('tl-status-history-chart').waitFor();
    await shot(page, 'presenter-goal-1280');
    // A metric shows its trend (actual against expected) with the numbers in a table.
    const metric = review.items.find((i) => i.entity === 'metric' && i.position > goal.position) as ReviewDetail['items'][number];
    for (let n = goal.position; n < metric.position; n++) await page.keyboard.press('ArrowRight');
    await expectAt(metric.position);
    await page.locator('tl-review-metric-trend table').waitFor();
    await shot(page, 'presenter-metric-1280');
    for (let n = metric.position; n > goal.position; n--) await page.keyboard.press('ArrowLeft');
    await expectAt(goal.position);
  });

  it('records a decision in presenter mode, and Escape leaves it', async () => {
    const goal = review.items.find((i) => i.entity === 'goal') as ReviewDetail['items'][number];
    await page.getByLabel('Record a decision on this item').fill('Ask the math coaches for a recovery plan');
    // Arrow keys inside the field edit the text; they do not turn the page.
    await page.keyboard.press('ArrowLeft');
    expect(page.url()).toMatch(new RegExp(`item=${goal.position}$`));
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByText('Decision recorded.').waitFor();
    // The slide lists the decisions taken on it.
    await page.locator('.decisions li', { hasText: 'Ask the math coaches for a recovery plan' }).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL(new RegExp(`/reviews/${review.id}$`));
    await page.getByText('Ask the math coaches for a recovery plan').waitFor();
    expect(await page.getByText(`On item ${goal.position}. ${goal.title}`).count()).toBe(1);
  });

  it('adds an action item owned by a person; it shows in their My work until done', async () => {
    const me = await getJson<{ personId: string; name: string }>(page, '/api/auth/me');
    const form = page.locator('form[aria-label="Add an action item"]');
    await form.getByLabel('Action item').fill('Bring the middle-school math recovery plan');
    await form.getByLabel('Owner').selectOption(me.personId);
    await form.getByLabel('Due date').fill('2026-12-15');
    await form.getByRole('button', { name: 'Add the action item' }).click();
    await page.getByText('Action item added.').waitFor();
    await page.getByRole('rowheader', { name: 'Bring the middle-school math recovery plan' }).waitFor();

    await page.goto(`${BASE_URL}/my-work`);
    await page.getByRole('heading', { level: 2, name: /Action items from reviews/ }).waitFor();
    await page.getByText('Bring the middle-school math recovery plan').waitFor();
    await page.getByRole('button', { name: 'Mark done: Bring the middle-school math recovery plan' }).click();
    await page.getByText('Marked done: Bring the middle-school math recovery plan').waitFor();
    await page.getByRole('heading', { level: 2, name: /Action items from reviews/ }).waitFor({ state: 'detached' });
  });

  it('has no axe violations in Spanish on the list, review and presenter pages', async () => {
    await page.goto(`${BASE_URL}/reviews?lang=es`);
    await page.getByRole('heading', { level: 1, name: 'Revisiones' }).waitFor();
    await page.locator('table.reviews').getByRole('link', { name: review.title }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${BASE_URL}/reviews/${review.id}?lang=es`);
    await page.getByRole('heading', { level: 2, name: /^Agenda/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Decisiones' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'review-page-es-1280');
    await page.goto(`${BASE_URL}/reviews/${review.id}/present?item=1&lang=es`);
    await page.getByRole('button', { name: 'Siguiente' }).waitFor();
    await expect(live(page).textContent()).resolves.toMatch(/^Punto 1 de \d+: /);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'presenter-es-1280');
  });

  it('is usable at 375 px: no sideways scrolling, no axe violations', async () => {
    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    await signIn(phone, 'cabinet');
    const pages: [string, string, string][] = [
      ['/reviews?lang=en', 'h1', 'reviews-list-375'],
      [`/reviews/${review.id}?lang=en`, 'tl-agenda-item', 'review-page-375'],
      [`/reviews/${review.id}/present?item=1&lang=en`, '#slide-title', 'presenter-375'],
    ];
    for (const [path, ready, name] of pages) {
      await phone.goto(`${BASE_URL}${path}`);
      await phone.locator(ready).first().waitFor();
      expect({ path, width: await phone.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ path, width: 375 });
      expect(await axeViolations(phone)).toEqual([]);
      await shot(phone, name);
      await phone.screenshot({ path: `tmp/screenshots/${name}-top.png` });
    }
    await phone.close();
  });
});
