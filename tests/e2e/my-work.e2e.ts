import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Plan, PlanTree, StatusUpdate, Tactic } from '@throughline/domain';
import { BASE_URL, axeViolations, launchChromium, screenshot } from './support/browser.js';
import { signIn } from './support/sign-in.js';

interface MyWork {
  readonly tactics: readonly (Tactic & { readonly role: string })[];
  readonly dataRequests: readonly { readonly sourceId: string; readonly name: string }[];
}

const NARRATIVE_REQUIRED = 'narrative is required when the tactic is at risk or off track';

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`${BASE_URL}${path}`);
  expect({ path, status: response.status() }).toEqual({ path, status: 200 });
  return (await response.json()) as T;
}

/** The active plan's tree, and the priority holding a tactic with that priority's count of at-risk tactics. */
async function atRiskCount(page: Page, tacticId: string): Promise<{ plan: number; priority: string; inPriority: number }> {
  const plans = await getJson<Plan[]>(page, '/api/plans');
  const active = plans.find((p) => p.active) as Plan;
  const tree = await getJson<PlanTree>(page, `/api/plans/${active.id}/tree`);
  const priority = tree.priorities.find((p) => p.goals.some((g) => g.strategies.some((s) => s.tactics.some((t) => t.id === tacticId))));
  if (!priority) throw new Error(`tactic ${tacticId} is not in the active plan`);
  return { plan: tree.tacticCounts.byStatus['at-risk'], priority: priority.title, inPriority: priority.tacticCounts.byStatus['at-risk'] };
}

/** The principal's tactics that are not at risk yet (each journey below moves one there). */
async function tacticsToMove(page: Page): Promise<Tactic[]> {
  const work = await getJson<MyWork>(page, '/api/my-work');
  return work.tactics.filter((t) => t.status !== 'at-risk' && t.status !== 'cancelled');
}

/** A full-page screenshot from the top (the toolbar is fixed: scrolled pages would show it mid-page). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

const card = (page: Page, id: string): Locator => page.locator(`article[data-tactic="${id}"]`);

describe('My work, signed in as a principal', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, 'principal');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows what is due first, then each of the principal’s tactics with its check-in form and milestones', async () => {
    const work = await getJson<MyWork>(page, '/api/my-work');
    expect(work.tactics.length).toBeGreaterThan(0);
    await page.goto(`${BASE_URL}/my-work`);
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await page.locator('article[data-tactic]').first().waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings[0]).toBe('What is due');
    expect(headings[1]).toMatch(/^My tactics/);
    expect(await page.locator('article[data-tactic]').count()).toBe(work.tactics.length);
    for (const tactic of work.tactics) {
      const tacticCard = card(page, tactic.id);
      expect(await tacticCard.getByRole('heading', { level: 3 }).textContent()).toBe(tactic.title);
      expect(await tacticCard.getByRole('radiogroup', { name: 'Status' }).isVisible()).toBe(true);
      expect(await tacticCard.getByRole('heading', { name: 'Milestones' }).isVisible()).toBe(true);
    }
    await shot(page, 'my-work-page-1280');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no axe violations in Spanish', async () => {
    await page.goto(`${BASE_URL}/my-work?lang=es`);
    await page.getByRole('heading', { level: 1, name: 'Mi trabajo' }).waitFor();
    await page.locator('article[data-tactic]').first().waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Lo pendiente' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'my-work-page-es-1280');
  });

  it('sets a tactic to at risk: without a narrative the API’s message shows beside the field; with one it is saved, and the action plan and overview show it', async () => {
    const [tactic] = await tacticsToMove(page);
    if (!tactic) throw new Error('the principal has no tactic left to move to at risk');
    const before = await atRiskCount(page, tactic.id);
    await page.goto(`${BASE_URL}/my-work`);
    const form = card(page, tactic.id);
    await form.waitFor();
    await form.getByRole('radio', { name: 'At risk' }).check();
    await form.getByLabel('% complete').fill('40');
    await form.getByRole('button', { name: 'Save check-in' }).click();

    const error = form.locator('mat-error').filter({ hasText: NARRATIVE_REQUIRED });
    await error.waitFor();
    const narrative = form.getByLabel('What happened, and what is next');
    expect(await narrative.getAttribute('aria-invalid')).toBe('true');
    // Beside the field: the message is the field's description, and nothing was recorded.
    const describedBy = (await narrative.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await error.getAttribute('id'));
    expect((await getJson<Tactic>(page, `/api/tactics/${tactic.id}`)).status).toBe(tactic.status);
    await shot(page, 'my-work-narrative-required-1280');

    await narrative.fill('Two of the four coaches are on leave until January; sessions moved to after school.');
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await form.getByText('Check-in saved. This tactic is now At risk, 40% complete.').waitFor();
    await form.locator('tl-work-badge').filter({ hasText: 'At risk · 40%' }).first().waitFor();

    // The action plan (its API) and the overview's counts show the change.
    const listed = await getJson<{ items: Tactic[] }>(page, `/api/tactics?q=${encodeURIComponent(tactic.title)}`);
    expect(listed.items.find((t) => t.id === tactic.id)).toEqual(expect.objectContaining({ status: 'at-risk', percentComplete: 40 }));
    const after = await atRiskCount(page, tactic.id);
    expect(after).toEqual({ ...before, plan: before.plan + 1, inPriority: before.inPriority + 1 });
    await page.goto(`${BASE_URL}/`);
    const priority = page.locator('tl-priority-card').filter({ has: page.getByRole('heading', { level: 2, name: after.priority }) });
    await priority.getByRole('list', { name: 'Tactics by status' }).getByText(`At risk: ${after.inPriority}`).waitFor();
  });

  it('on a conflict (a check-in made meanwhile elsewhere) reloads the tactic, says so, keeps the draft and saves on the next try', async () => {
    const [tactic] = await tacticsToMove(page);
    if (!tactic) throw new Error('the principal has no tactic left to move');
    await page.goto(`${BASE_URL}/my-work`);
    const form = card(page, tactic.id);
    await form.waitFor();
    // Meanwhile, in another tab, the same tactic is checked in on the version this page read.
    const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
    const other = await page.request.post(`${BASE_URL}/api/tactics/${tactic.id}/status-updates`, {
      data: { status: 'on-track', percentComplete: 55, version: tactic.version },
      headers: { 'x-xsrf-token': xsrf },
    });
    expect(other.status()).toBe(201);

    const narrative = 'The vendor contract fell through; we are re-bidding in January.';
    await form.getByRole('radio', { name: 'Off track' }).check();
    await form.getByLabel('What happened, and what is next').fill(narrative);
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await form.getByText('Someone else updated this tactic after you opened it. It has been reloaded').waitFor();
    await form.locator('.badges tl-work-badge').first().filter({ hasText: 'On track · 55%' }).waitFor();
    expect(await form.getByLabel('What happened, and what is next').inputValue()).toBe(narrative);
    expect(await form.getByRole('radio', { name: 'Off track' }).isChecked()).toBe(true);

    await form.getByRole('button', { name: 'Save check-in' }).click();
    await form.getByText('Check-in saved. This tactic is now Off track').waitFor();
    expect((await getJson<Tactic>(page, `/api/tactics/${tactic.id}`)).status).toBe('off-track');
  });

  it('does the same check-in with the keyboard alone at 375 px (Tab, arrows, typing, Enter)', async () => {
    const phone = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
    try {
      await signIn(phone, 'principal');
      const [tactic] = await tacticsToMove(phone);
      if (!tactic) throw new Error('the principal has no tactic left to move to at risk');
      await phone.goto(`${BASE_URL}/my-work`);
      const form = card(phone, tactic.id);
      await form.waitFor();
      await phone.getByRole('heading', { level: 1 }).focus();

      const focused = () =>
        phone.evaluate((id) => {
          const el = document.activeElement as HTMLElement | null;
          const inCard = el?.closest('[data-tactic]')?.getAttribute('data-tactic') === id;
          const label = el?.closest('mat-radio-button')?.textContent?.trim() ?? el?.textContent?.trim() ?? '';
          return { inCard, tag: el?.tagName ?? '', type: el?.getAttribute('type') ?? '', label, checked: (el as HTMLInputElement | null)?.checked ?? false };
        }, tactic.id);
      const tabUntil = async (done: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 250) => {
        for (let i = 0; i < limit; i += 1) {
          await phone.keyboard.press('Tab');
          if (done(await focused())) return;
        }
        throw new Error(`not reached by Tab within ${limit} presses: ${JSON.stringify(await focused())}`);
      };

      // Tab into the tactic's status group (focus lands on its checked radio), then arrows choose "At risk".
      await tabUntil((f) => f.inCard && f.type === 'radio');
      for (let i = 0; i < 6 && (await focused()).label !== 'At risk'; i += 1) await phone.keyboard.press('ArrowDown');
      expect(await focused()).toEqual(expect.objectContaining({ label: 'At risk', checked: true }));
      // % complete: the next stop; select what is there and type over it.
      await phone.keyboard.press('Tab');
      expect(await focused()).toEqual(expect.objectContaining({ inCard: true, type: 'number' }));
      await phone.keyboard.press('ControlOrMeta+A');
      await phone.keyboard.type('50');
      // Skip the narrative and save: the API's message appears and focus goes to the field it is about.
      await tabUntil((f) => f.inCard && f.label === 'Save check-in', 10);
      await phone.keyboard.press('Enter');
      await form.locator('mat-error').filter({ hasText: NARRATIVE_REQUIRED }).waitFor();
      await phone.waitForFunction((id) => document.activeElement?.closest('[data-tactic]')?.getAttribute('data-tactic') === id && document.activeElement?.tagName === 'TEXTAREA', tactic.id);
      await shot(phone, 'my-work-narrative-required-375');
      await phone.keyboard.type('Bus route changes cut attendance at the early sessions; moving them to lunch.');
      // Add an evidence link: the new field takes focus.
      await tabUntil((f) => f.inCard && f.label === 'Add a link', 5);
      await phone.keyboard.press('Space');
      await phone.waitForFunction(() => document.activeElement?.getAttribute('type') === 'url');
      await phone.keyboard.type('https://drive.example.org/attendance-plan.pdf');
      await tabUntil((f) => f.inCard && f.label === 'Save check-in', 5);
      await phone.keyboard.press('Enter');
      await form.getByText('Check-in saved. This tactic is now At risk, 50% complete.').waitFor();

      const saved = await getJson<Tactic>(phone, `/api/tactics/${tactic.id}`);
      expect(saved).toEqual(expect.objectContaining({ status: 'at-risk', percentComplete: 50 }));
      const [update] = await getJson<StatusUpdate[]>(phone, `/api/tactics/${tactic.id}/status-updates`);
      expect(update?.evidenceLinks).toEqual(['https://drive.example.org/attendance-plan.pdf']);
      expect(await axeViolations(phone)).toEqual([]);
      await phone.goto(`${BASE_URL}/my-work`);
      await card(phone, tactic.id).waitFor();
      await shot(phone, 'my-work-page-375');
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    } finally {
      await phone.context().close();
    }
  });
});

describe('My work, signed in as a data steward with a data request', () => {
  let browser: Browser;
  let page: Page;
  let request: { sourceId: string; name: string };

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(page, 'steward');
    // A manual source on a metric the steward owns, due daily at this very minute: its request is open at once
    // and stays open until the data is in (the next slot is tomorrow).
    const me = await getJson<{ personId: string }>(page, '/api/auth/me');
    const metric = (await getJson<{ id: string; ownerId: string }[]>(page, '/api/metrics')).find((m) => m.ownerId === me.personId);
    if (!metric) throw new Error('the demo steward owns no metric');
    const { timeZone } = await getJson<{ timeZone: string }>(page, '/api/settings');
    const xsrf = { 'x-xsrf-token': (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '' };
    const name = 'Attendance counts (typed in)';
    let source: { id: string; version: number } | undefined;
    let opened: typeof request | undefined;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const [hour, minute] = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(Date.now()).split(':').map(Number);
      const schedule = { kind: 'daily', hour, minute };
      const response = source
        ? await page.request.patch(`${BASE_URL}/api/sources/${source.id}`, { data: { schedule, version: source.version }, headers: xsrf })
        : await page.request.post(`${BASE_URL}/api/sources`, {
            data: { name, kind: 'manual', schedule, mapping: { period: { previous: 'month' }, metrics: [{ metricId: metric.id, value: 'value' }] } },
            headers: xsrf,
          });
      expect(response.status()).toBeLessThan(300);
      source = (await response.json()) as { id: string; version: number };
      const work = await getJson<MyWork>(page, '/api/my-work');
      if (work.dataRequests.some((r) => r.sourceId === source?.id)) {
        opened = { sourceId: source.id, name };
        break;
      }
      // Not open yet: the minute turned between reading the clock and saving, or an earlier spec stored a value of
      // this metric during this very minute (which answers the slot). Set it again in the next minute.
      await new Promise((resolve) => setTimeout(resolve, 60_500 - (Date.now() % 60_000)));
    }
    if (!opened) throw new Error('the data request never opened');
    request = opened;
  }, 200_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('enters the requested data in the grid: the API’s per-row messages show beside the cells, then it saves', async () => {
    await page.goto(`${BASE_URL}/my-work`);
    const grid = page.locator('tl-data-request-card').filter({ has: page.getByRole('heading', { level: 3, name: request.name }) });
    await grid.waitFor();
    const value = grid.getByLabel(/^Value \(.*\) for District/).first();
    const n = grid.getByLabel(/^n \(students\) for District/).first();
    await value.fill('12.5');
    await n.fill('-4');
    await grid.getByRole('button', { name: 'Save data' }).click();
    await grid.getByText('denominator must not be less than 0').waitFor();
    expect(await n.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'my-work-data-request-1280');

    await n.fill('850');
    await grid.getByRole('button', { name: 'Save data' }).click();
    await page.getByText(`${request.name}: saved (`).waitFor();
    await grid.waitFor({ state: 'detached' });
    const work = await getJson<MyWork>(page, '/api/my-work');
    expect(work.dataRequests.find((r) => r.sourceId === request.sourceId)).toBeUndefined();
  });
});
