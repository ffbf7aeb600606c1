import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { bootstrap } from '../../apps/api/src/bootstrap.js';
import { type RunningApp, createClient, startApp, testEnv } from './support/app.js';
import { dataSourceOf, truncateAll } from './support/db.js';
import { Browser, type Page, type TestOidcProvider, freePort, startOidcProvider } from './support/oidc-provider.js';
import { createUser } from './support/users.js';

const CLIENT_ID = 'throughline-test';
const CLIENT_SECRET = 'test-secret-not-used-anywhere-else';

/**
 * startApp() listens on port 0, but the redirect URI (PUBLIC_URL) must be known at boot and registered at the
 * provider first: same boot as startApp(), on a port chosen beforehand.
 */
async function startAppAt(port: number, env: Record<string, string>): Promise<RunningApp> {
  const booted = await bootstrap(testEnv(env));
  if (!booted.http) throw new Error('needs the HTTP role');
  await booted.http.listen(port, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  return { ...createClient(baseUrl), booted, baseUrl, client: () => createClient(baseUrl), close: () => booted.close() };
}

describe('single sign-on with OpenID Connect', () => {
  let provider: TestOidcProvider;
  let app: RunningApp;
  let callbackUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    callbackUrl = `http://127.0.0.1:${port}/api/auth/oidc/callback`;
    provider = await startOidcProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: callbackUrl });
    app = await startAppAt(port, {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    });
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });
  beforeEach(async () => {
    await truncateAll(app);
    provider.accounts.clear();
  });

  /** API login → the provider's sign-in form, submitted as `sub` → the redirect back to our callback (not followed). */
  async function throughProvider(browser: Browser, sub: string, next = '/plans'): Promise<{ start: Page; callback: URL }> {
    const start = await browser.get(`${app.baseUrl}/api/auth/oidc/login?next=${encodeURIComponent(next)}`);
    expect(start.status).toBe(302);
    const form = await browser.follow(start);
    expect(form.status).toBe(200);
    const action = /<form[^>]*action="([^"]+)"/.exec(form.body)?.[1];
    if (!action) throw new Error(`no sign-in form at ${form.url.href}: ${form.body.slice(0, 300)}`);
    const submitted = await browser.post(new URL(action.replaceAll('&amp;', '&'), form.url), { prompt: 'login', login: sub, password: 'any' });
    const back = await browser.follow(submitted, (url) => url.href.startsWith(callbackUrl));
    if (!back.location) throw new Error(`the provider did not send the browser back: ${back.status} ${back.body.slice(0, 300)}`);
    return { start, callback: back.location };
  }

  async function me(browser: Browser): Promise<Page> {
    return browser.get(`${app.baseUrl}/api/auth/me`);
  }

  it('signs a known person in: provider round trip, a session like password login, then the requested page', async () => {
    const user = await createUser(app, ['owner'], 'Dana Whitfield');
    provider.accounts.set('dana', { email: user.email.toUpperCase() }); // the match ignores case
    const browser = new Browser();

    const { start, callback } = await throughProvider(browser, 'dana', '/plans/42?tab=goals');
    const authorize = start.location as URL;
    expect(authorize.origin + authorize.pathname).toBe(`${provider.issuer}/auth`);
    expect(Object.fromEntries(authorize.searchParams)).toEqual(
      expect.objectContaining({
        client_id: CLIENT_ID,
        response_type: 'code',
        scope: 'openid email profile',
        redirect_uri: callbackUrl,
        code_challenge_method: 'S256',
        code_challenge: expect.stringMatching(/^[\w-]{43}$/),
        state: expect.any(String),
        nonce: expect.any(String),
      }),
    );
    const cookie = start.headers.getSetCookie().find((c) => c.startsWith('tl_oidc='));
    expect(cookie).toMatch(/; Max-Age=600;/);
    expect(cookie).toMatch(/; Path=\/api\/auth\/oidc;/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).not.toMatch(/; Secure/); // plain http here; SessionsService.secureFor decides

    const landed = await browser.get(callback);
    expect({ status: landed.status, location: landed.headers.get('location') }).toEqual({ status: 302, location: '/plans/42?tab=goals' });
    expect(browser.cookie(app.baseUrl, 'tl_oidc')).toBeUndefined();
    expect(browser.cookie(app.baseUrl, 'XSRF-TOKEN')).toBeDefined();
    const session = await me(browser);
    expect(session.status).toBe(200);
    expect(JSON.parse(session.body)).toEqual({ personId: user.personId, name: 'Dana Whitfield', email: user.email, roles: ['owner'] });
  });

  it('reads the email from UserInfo when the provider leaves it out of the ID token', async () => {
    const user = await createUser(app, ['cabinet']);
    provider.accounts.set('strict', { email: user.email, emailIn: 'userinfo' });
    const browser = new Browser();
    const landed = await browser.get((await throughProvider(browser, 'strict')).callback);
    expect({ status: landed.status, location: landed.headers.get('location') }).toEqual({ status: 302, location: '/plans' });
    expect(JSON.parse((await me(browser)).body)).toEqual(expect.objectContaining({ personId: user.personId }));
  });

  it('refuses an email with no active person (403 page, no session), showing the address escaped', async () => {
    const inactive = await createUser(app, ['owner']);
    await dataSourceOf(app).query(`UPDATE app.person SET active = false WHERE id = $1`, [inactive.personId]);
    provider.accounts.set('stranger', { email: 'mallory+<script>@elsewhere.example' });
    provider.accounts.set('former', { email: inactive.email });

    for (const [sub, shown] of [['stranger', 'mallory+&lt;script&gt;@elsewhere.example'], ['former', inactive.email]] as const) {
      const browser = new Browser();
      const { callback } = await throughProvider(browser, sub);
      const page = await browser.get(callback);
      expect(page.status).toBe(403);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.body).toMatch(/<html lang="en">/);
      expect(page.body).toMatch(/<title>[^<]+<\/title>/);
      expect(page.body).toMatch(/<h1>[^<]+<\/h1>/);
      expect(page.body).toContain(shown);
      expect(page.body).not.toContain('<script>');
      expect(page.body).toContain('ask your district administrator to add you');
      expect(page.body).toContain('<a href="/login">');
      expect(browser.cookie(app.baseUrl, 'tl_session')).toBeUndefined();
      expect((await me(browser)).status).toBe(401);
    }
    const [{ count }] = await dataSourceOf(app).query<{ count: number }[]>(`SELECT count(*)::int AS count FROM app.session`);
    expect(count).toBe(0);
  });

  it('refuses an address the provider marks unverified', async () => {
    const user = await createUser(app, ['admin']);
    provider.accounts.set('unverified', { email: user.email, emailVerified: false });
    const browser = new Browser();
    const page = await browser.get((await throughProvider(browser, 'unverified')).callback);
    expect(page.status).toBe(403);
    expect((await me(browser)).status).toBe(401);
  });

  it('answers a tampered state with a 400 page, and the spent attempt cannot be replayed', async () => {
    const user = await createUser(app, ['admin']);
    provider.accounts.set('admin', { email: user.email });
    const browser = new Browser();
    const { callback } = await throughProvider(browser, 'admin');
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`);

    const page = await browser.get(tampered);
    expect(page.status).toBe(400);
    expect(page.body).toMatch(/<h1>[^<]+<\/h1>/);
    expect(page.body).toContain('<a href="/login">');
    expect((await browser.get(callback)).status).toBe(400); // the attempt's cookie was cleared
    expect((await me(browser)).status).toBe(401);
  });

  it('answers a provider error (sign-in cancelled) and a callback without its cookie with 400', async () => {
    const browser = new Browser();
    const start = await browser.get(`${app.baseUrl}/api/auth/oidc/login`);
    const form = await browser.follow(start);
    const abort = /href="([^"]*\/abort)"/.exec(form.body)?.[1];
    if (!abort) throw new Error('no cancel link on the provider page');
    const back = await browser.follow(await browser.get(new URL(abort, form.url)), (url) => url.href.startsWith(callbackUrl));
    expect(back.location?.searchParams.get('error')).toBe('access_denied');
    expect((await browser.get(back.location as URL)).status).toBe(400);

    const user = await createUser(app, ['admin']);
    provider.accounts.set('admin', { email: user.email });
    const { callback } = await throughProvider(new Browser(), 'admin');
    const otherBrowser = new Browser();
    expect((await otherBrowser.get(callback)).status).toBe(400);
    expect((await me(otherBrowser)).status).toBe(401);
  });

  it('lands only on same-site paths after signing in', async () => {
    const user = await createUser(app, ['board']);
    provider.accounts.set('board', { email: user.email });
    const cases: readonly (readonly [string, string])[] = [
      ['/scorecards?year=2026#metric-3', '/scorecards?year=2026#metric-3'],
      ['//evil.example/phish', '/'],
      ['/\\evil.example', '/'],
      ['https://evil.example/', '/'],
      ['javascript:alert(1)', '/'],
      ['plans', '/'],
    ];
    for (const [next, expected] of cases) {
      const browser = new Browser();
      const landed = await browser.get((await throughProvider(browser, 'board', next)).callback);
      expect({ next, status: landed.status, location: landed.headers.get('location') }).toEqual({ next, status: 302, location: expected });
    }
  });
});

describe('single sign-on when it is not configured', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers the sign-on routes with 404 and a clear message', async () => {
    const login = await app.get<{ message: string }>('/api/auth/oidc/login?next=/plans');
    expect(login.status).toBe(404);
    expect(login.body.message).toMatch(/single sign-on is not configured/i);
    expect((await app.get('/api/auth/oidc/callback?code=x&state=y')).status).toBe(404);
  });
});
