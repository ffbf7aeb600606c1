import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, axeViolations, launchChromium, screenshot } from './support/browser.js';
import { DEMO_ROLES, type DemoRole, demoEmail, signIn, submitSignIn } from './support/sign-in.js';

// What the toolbar says for each demo sign-in's main role (their other roles may be listed too).
const ROLE_WORDS: Record<DemoRole, string> = {
  admin: 'Administrator',
  cabinet: 'Cabinet',
  principal: 'Principal / owner',
  steward: 'Data steward',
  board: 'Board member',
};

interface Me {
  readonly name: string;
  readonly roles: readonly string[];
}

describe('signing in and out', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  // Each test starts signed out, in a browser context (cookie jar) of its own.
  beforeEach(async () => {
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  });
  afterEach(async () => {
    await page?.context().close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const toolbar = () => page.getByTestId('signed-in-as');
  const sections = () => page.getByRole('navigation', { name: 'Sections' });

  it('shows the sign-in page without navigation, titled, with no axe violations', async () => {
    await page.goto(`${BASE_URL}/login`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Throughline' }).waitFor();
    await page.waitForFunction(() => document.title === 'Sign in · Throughline');
    expect(await sections().count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Forgot your password?' }).isVisible()).toBe(true);
    // The demo has no single sign-on configured: no button for it.
    expect(await page.getByRole('link', { name: /Sign in with/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'login');
  });

  it('offers single sign-on when the server has it, as a plain link that keeps `next`', async () => {
    // The demo runs without an identity provider; this answer is what the API gives when OIDC_* is configured.
    await page.route('**/api/auth/providers', (route) => route.fulfill({ json: { password: true, oidc: { label: 'District account' } } }));
    await page.goto(`${BASE_URL}/login?next=%2Fresults`);
    const sso = page.getByRole('link', { name: 'Sign in with District account' });
    await sso.waitFor();
    expect(await sso.getAttribute('href')).toBe('/api/auth/oidc/login?next=%2Fresults');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'login-sso');
  });

  it('fits the sign-in form on a phone, and the signed-in toolbar too', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${BASE_URL}/login`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Throughline' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'login-phone');
    await submitSignIn(page, demoEmail('board'), 'demo');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    // The roles are hidden visually on a phone but still part of the toolbar's text for screen readers.
    expect(await toolbar().textContent()).toContain('Board member');
    await page.getByRole('heading', { level: 1, name: 'Riverbend Rising' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'signed-in-phone');
  });

  it('signs in with the keyboard alone', async () => {
    await page.goto(`${BASE_URL}/login`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Throughline' }).waitFor();
    // Skip link, brand, language toggle, then the form: the order a keyboard user meets them.
    for (const _ of [1, 2, 3, 4]) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('email');
    await page.keyboard.type(demoEmail('steward'));
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.waitForURL(`${BASE_URL}/`);
  });

  it('says what is missing when the form is sent empty, and moves focus there', async () => {
    await page.goto(`${BASE_URL}/login`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter your email address.').waitFor();
    expect(await page.getByText('Enter your password.').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('email');
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows the API's message beside the form for a wrong password", async () => {
    await page.goto(`${BASE_URL}/login`);
    await submitSignIn(page, demoEmail('admin'), 'not-the-password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Wrong email or password');
    expect(page.url()).toBe(`${BASE_URL}/login`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'login-wrong-password');
  });

  it('shows the throttling message after too many failures for one account', async () => {
    await page.goto(`${BASE_URL}/login`);
    // Five failures per account per 15 minutes are allowed (LOGIN_FAILURES_PER_ACCOUNT); the sixth try is refused.
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
      await submitSignIn(page, 'nobody@example.org', `wrong-${attempt}`);
      expect((await answered).status()).toBe(attempt <= 5 ? 401 : 429);
    }
    await page.getByRole('alert').filter({ hasText: 'Too many failed sign-ins' }).waitFor();
  });

  it.each(DEMO_ROLES)('signs in %s, who sees their name and role in the toolbar, and Admin only if admin', async (role) => {
    await signIn(page, role);
    await page.waitForURL(`${BASE_URL}/`);
    const me = (await (await page.request.get(`${BASE_URL}/api/auth/me`)).json()) as Me;
    const who = await toolbar().textContent();
    expect(who).toContain(me.name);
    expect(who).toContain(ROLE_WORDS[role]);
    expect(await sections().getByRole('link', { name: 'Overview' }).count()).toBe(1);
    expect(await sections().getByRole('link', { name: 'Admin' }).count()).toBe(role === 'admin' ? 1 : 0);
    const usesData = me.roles.includes('admin') || me.roles.includes('steward');
    expect(await sections().getByRole('link', { name: 'Data' }).count()).toBe(usesData ? 1 : 0);
    if (role === 'admin' || role === 'principal') {
      await page.getByRole('heading', { level: 1, name: 'Riverbend Rising' }).waitFor();
      await screenshot(page, `signed-in-${role}`);
    }
  });

  it('tells someone without the admin role that /admin is not theirs, rather than failing', async () => {
    await signIn(page, 'board');
    await page.goto(`${BASE_URL}/admin`);
    await page.getByText('This section is not part of your role').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sends a signed-out visit of /results to sign in, then on to /results', async () => {
    await page.goto(`${BASE_URL}/results`);
    await page.waitForURL(`${BASE_URL}/login?next=%2Fresults`);
    await submitSignIn(page, demoEmail('principal'), 'demo');
    await page.waitForURL(`${BASE_URL}/results`);
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
    await page.locator('nav a[aria-current="page"][href="/results"]').waitFor();
  });

  it('signs out back to /login, after which / needs a sign-in again', async () => {
    await signIn(page, 'cabinet');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${BASE_URL}/login`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Throughline' }).waitFor();
    expect(await sections().count()).toBe(0);
    expect((await page.request.get(`${BASE_URL}/api/auth/me`)).status()).toBe(401);
    await page.goto(`${BASE_URL}/`);
    await page.waitForURL(`${BASE_URL}/login`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Throughline' }).waitFor();
  });

  it('asks for a sign-in again when the session ends while the dashboard is open', async () => {
    await signIn(page, 'admin');
    await page.getByRole('heading', { level: 1, name: 'Riverbend Rising' }).waitFor();
    // As if the session had expired on the server: the next API call answers 401.
    await page.context().clearCookies();
    await sections().getByRole('link', { name: 'Admin' }).click();
    await page.waitForURL(`${BASE_URL}/login?next=%2Fadmin`);
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
  });

  it('confirms a reset request without saying whether the account exists', async () => {
    await page.goto(`${BASE_URL}/login`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL(`${BASE_URL}/forgot-password`);
    await page.getByLabel('Email').fill('someone.unknown@example.org');
    await page.getByRole('button', { name: 'Send the link' }).click();
    const status = page.getByRole('status');
    await status.waitFor();
    expect(await status.textContent()).toContain('If an account exists, we sent a link');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'forgot-password');
  });

  it('sets a password from an invitation link, checking both fields and the link itself', async () => {
    // An admin invites a seeded principal (the seed makes every principal a tactic owner, so they have a role);
    // without SMTP the API hands the link back instead of emailing it.
    await signIn(page, 'admin');
    const people = (await (await page.request.get(`${BASE_URL}/api/people?q=Principal&pageSize=500`)).json()) as {
      items: { id: string; email: string; title: string | null; active: boolean }[];
    };
    const invitee = people.items.find((p) => p.active && p.title === 'Principal' && p.email.endsWith('@riverbend.example.org'));
    expect(invitee).toBeDefined();
    const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
    const invite = await page.request.post(`${BASE_URL}/api/people/${invitee?.id}/invite`, { headers: { 'X-XSRF-TOKEN': xsrf } });
    expect(invite.status()).toBe(200);
    const token = new URL(((await invite.json()) as { link: string }).link).searchParams.get('token') ?? '';
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${BASE_URL}/login`);

    // A link that is not (or no longer) valid: the API's field error, with the way to a new link.
    await page.goto(`${BASE_URL}/set-password?token=${'x'.repeat(43)}`);
    await page.getByLabel('New password', { exact: true }).fill('a long enough password');
    await page.getByLabel('New password again').fill('a long enough password');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('alert').filter({ hasText: 'This link is not valid any more' }).waitFor();
    expect(await page.getByRole('link', { name: 'Ask for a new link' }).isVisible()).toBe(true);

    // The real link: both fields are checked before anything is sent.
    await page.goto(`${BASE_URL}/set-password?token=${token}`);
    await page.getByLabel('New password', { exact: true }).fill('too short');
    await page.getByLabel('New password again').fill('something else');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('Use at least 10 characters.').waitFor();
    expect(await page.getByText('The two passwords are not the same.').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'set-password-errors');

    await page.getByLabel('New password', { exact: true }).fill('river bend rising 2030');
    await page.getByLabel('New password again').fill('river bend rising 2030');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('status').filter({ hasText: 'Your password is set' }).waitFor();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL(`${BASE_URL}/login`);
    await submitSignIn(page, invitee?.email ?? '', 'river bend rising 2030');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });
});
