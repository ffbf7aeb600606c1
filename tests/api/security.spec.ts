import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { type Client, type RunningApp, eventually, startApp } from './support/app.js';
import { dataSourceOf, truncateAll } from './support/db.js';
import { type PlanFixture, buildPlan } from './support/plan-fixture.js';
import { linkIn, startSmtp } from './support/smtp.js';
import { type TestUser, asAdmin, createUser, signIn } from './support/users.js';

describe('sessions, CSRF, throttling, password links, object-level rules', () => {
  let app: RunningApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let admin: Client & { user: TestUser };
  let plan: PlanFixture;

  beforeAll(async () => {
    smtp = await startSmtp();
    app = await startApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Throughline <noreply@test.example.org>', LOGIN_FAILURES_PER_ACCOUNT: '5', LOGIN_FAILURES_PER_IP: '12' });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });
  beforeEach(async () => {
    await truncateAll(app);
    await dataSourceOf(app).query(`DELETE FROM app.rate_limit`);
    await flushThrottle(app);
    admin = await asAdmin(app);
    plan = await buildPlan(admin);
  });

  const db = () => dataSourceOf(app);

  it('ends a session that stayed idle past the idle timeout', async () => {
    const user = await createUser(app, ['board']);
    const client = await signIn(app, user);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await db().query(`UPDATE app.session SET last_seen_at = now() - interval '31 minutes' WHERE person_id = $1`, [user.personId]);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('ends a session at its absolute limit even when it is busy', async () => {
    const user = await createUser(app, ['board']);
    const client = await signIn(app, user);
    await db().query(`UPDATE app.session SET expires_at = now() - interval '1 second', last_seen_at = now() WHERE person_id = $1`, [user.personId]);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('keeps an active session alive past the idle timeout of its first request (sliding)', async () => {
    const user = await createUser(app, ['board']);
    const client = await signIn(app, user);
    await db().query(`UPDATE app.session SET last_seen_at = now() - interval '20 minutes' WHERE person_id = $1`, [user.personId]);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const [row] = await db().query<{ idle: number }[]>(`SELECT extract(epoch FROM now() - last_seen_at)::int AS idle FROM app.session WHERE person_id = $1`, [user.personId]);
    expect(row?.idle).toBeLessThan(5);
  });

  it('logout ends the session on the server, not only the cookie', async () => {
    const user = await createUser(app, ['board']);
    const client = await signIn(app, user);
    const stolen = new Map(client.cookies);
    expect((await client.send('POST', '/api/auth/logout')).status).toBe(204);
    const thief = app.client();
    for (const [k, v] of stolen) thief.cookies.set(k, v);
    expect((await thief.get('/api/auth/me')).status).toBe(401);
  });

  it('deactivating a person ends their sessions at once', async () => {
    const user = await createUser(app, ['owner']);
    const client = await signIn(app, user);
    expect((await admin.send('PATCH', `/api/people/${user.personId}`, { active: false })).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await app.client().send('POST', '/api/auth/login', { email: user.email, password: user.password })).status).toBe(401);
  });

  it('refuses a state-changing request without the CSRF token, or with a wrong one, and changes nothing', async () => {
    const before = (await admin.get<{ minN: number }>('/api/settings')).body.minN;
    for (const token of [undefined, 'not-the-token']) {
      const headers: Record<string, string> = token ? { 'x-xsrf-token': token } : {};
      const stripped = app.client();
      for (const [k, v] of admin.cookies) if (k !== 'XSRF-TOKEN') stripped.cookies.set(k, v);
      const response = await stripped.send<{ message: string }>('PATCH', '/api/settings', { minN: 25 }, headers);
      expect(response.status).toBe(403);
      expect(response.body.message).toMatch(/CSRF/);
    }
    expect((await admin.get<{ minN: number }>('/api/settings')).body.minN).toBe(before);
    expect((await admin.send('PATCH', '/api/settings', { minN: 25 })).status).toBe(200);
  });

  it('sets the session cookie httpOnly and SameSite=Lax, and Secure behind https', async () => {
    const user = await createUser(app, ['board']);
    const plain = await app.client().send('POST', '/api/auth/login', { email: user.email, password: user.password });
    const cookie = plain.headers.getSetCookie().find((c) => c.startsWith('tl_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    // Behind a TLS-terminating proxy (TRUST_PROXY=1 and X-Forwarded-Proto: https) the cookies become Secure.
    const proxied = await startApp({ TRUST_PROXY: '1', THROUGHLINE_ROLE: 'api' });
    try {
      const viaHttps = await proxied.client().send('POST', '/api/auth/login', { email: user.email, password: user.password }, { 'x-forwarded-proto': 'https' });
      expect(viaHttps.headers.getSetCookie().find((c) => c.startsWith('tl_session='))).toMatch(/Secure/);
    } finally {
      await proxied.close();
    }
  });

  it('answers 429 after repeated failures for one account, then lets the right password through once the window ends', async () => {
    const user = await createUser(app, ['board']);
    const attempt = (password: string) => app.client().send('POST', '/api/auth/login', { email: user.email, password });
    for (let i = 0; i < 5; i += 1) expect((await attempt('wrong')).status).toBe(401);
    const blocked = await attempt(user.password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    await flushThrottle(app);
    expect((await attempt(user.password)).status).toBe(200);
  });

  it('answers 429 per address across accounts, shared by every instance (Redis)', async () => {
    const second = await startApp({ LOGIN_FAILURES_PER_ACCOUNT: '5', LOGIN_FAILURES_PER_IP: '12', THROUGHLINE_ROLE: 'api' });
    try {
      // Twelve failures for twelve different addresses, alternating between the two instances.
      for (let i = 0; i < 12; i += 1) {
        const target = i % 2 ? second : app;
        expect((await target.client().send('POST', '/api/auth/login', { email: `nobody${i}@test.example.org`, password: 'x' })).status).toBe(401);
      }
      const user = await createUser(app, ['board']);
      expect((await second.client().send('POST', '/api/auth/login', { email: user.email, password: user.password })).status).toBe(429);
    } finally {
      await second.close();
    }
  });

  it('resets a password through an emailed one-time link, and the link works once', async () => {
    const user = await createUser(app, ['owner']);
    const old = await signIn(app, user);
    expect((await app.client().send('POST', '/api/auth/password-reset', { email: user.email.toUpperCase() })).status).toBe(202);
    const mail = await eventually(async () => smtp.mails.find((m) => m.to.includes(user.email)));
    const token = linkIn(mail);
    expect(mail.raw).toContain('Reset your Throughline password');
    expect((await app.client().send('POST', '/api/auth/password', { token, password: 'a brand new passphrase' })).status).toBe(204);
    expect((await app.client().send('POST', '/api/auth/password', { token, password: 'another new passphrase' })).status).toBe(400);
    expect((await old.get('/api/auth/me')).status).toBe(401); // every old session ended
    expect((await app.client().send('POST', '/api/auth/login', { email: user.email, password: user.password })).status).toBe(401);
    expect((await app.client().send('POST', '/api/auth/login', { email: user.email, password: 'a brand new passphrase' })).status).toBe(200);
  });

  it('does not reveal whether an address has an account', async () => {
    const count = smtp.mails.length;
    expect((await app.client().send('POST', '/api/auth/password-reset', { email: 'nobody@test.example.org' })).status).toBe(202);
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.mails.length).toBe(count);
  });

  it('invites a person: the email link sets their first password', async () => {
    const person = await admin.send<{ id: string }>('POST', '/api/people', { name: 'New Principal', email: 'new.principal@test.example.org' });
    const invite = await admin.send<{ sent: boolean; link?: string }>('POST', `/api/people/${person.body.id}/invite`);
    expect(invite.body).toEqual(expect.objectContaining({ sent: true }));
    expect(invite.body.link).toBeUndefined();
    const mail = await eventually(async () => smtp.mails.find((m) => m.to.includes('new.principal@test.example.org')));
    expect((await app.client().send('POST', '/api/auth/password', { token: linkIn(mail), password: 'first day passphrase' })).status).toBe(204);
    expect((await app.client().send('POST', '/api/auth/login', { email: 'new.principal@test.example.org', password: 'first day passphrase' })).status).toBe(200);
  });

  describe('object-level rules', () => {
    it("a principal cannot update another principal's tactic, and nothing changes", async () => {
      const a = await createUser(app, ['owner'], 'Principal A');
      const b = await createUser(app, ['owner'], 'Principal B');
      await db().query(`UPDATE app.tactic SET owner_id = $1 WHERE id = $2`, [b.personId, plan.tacticId]);
      const before = (await admin.get<{ title: string; version: number }>(`/api/tactics/${plan.tacticId}`)).body;
      const asA = await signIn(app, a);
      const patch = await asA.send('PATCH', `/api/tactics/${plan.tacticId}`, { title: 'Hijacked', version: before.version });
      expect(patch.status).toBe(403);
      const checkIn = await asA.send('POST', `/api/tactics/${plan.tacticId}/status-updates`, { status: 'complete', percentComplete: 100, version: before.version });
      expect(checkIn.status).toBe(403);
      expect((await admin.get<{ title: string; version: number }>(`/api/tactics/${plan.tacticId}`)).body).toEqual(expect.objectContaining(before));
      // …while B, the owner, can; and a contributor can too.
      const asB = await signIn(app, b);
      expect((await asB.send('PATCH', `/api/tactics/${plan.tacticId}`, { title: 'Updated by owner', version: before.version })).status).toBe(200);
      await db().query(`INSERT INTO app.tactic_contributor (tactic_id, person_id) VALUES ($1, $2)`, [plan.tacticId, a.personId]);
      expect((await asA.send('POST', `/api/tactics/${plan.tacticId}/status-updates`, { status: 'on-track', percentComplete: 20, version: before.version + 1 })).status).toBe(201);
    });

    it('a steward cannot write measurements of a metric they do not steward', async () => {
      const steward = await createUser(app, ['steward']);
      const asSteward = await signIn(app, steward);
      const row = { metricId: plan.metricId, periodEnd: '2026-06-30', periodKind: 'year', value: 50 };
      expect((await asSteward.send('POST', '/api/measurements/bulk', { measurements: [row] })).status).toBe(403);
      expect((await admin.get<{ total: number }>(`/api/measurements?metricId=${plan.metricId}`)).body.total).toBe(0);
      await db().query(`UPDATE app.metric SET owner_id = $1 WHERE id = $2`, [steward.personId, plan.metricId]);
      expect((await asSteward.send('POST', '/api/measurements/bulk', { measurements: [row] })).status).toBe(200);
    });

    it('the board reads everything and writes nothing', async () => {
      const board = await signIn(app, await createUser(app, ['board']));
      expect((await board.get(`/api/plans/${plan.planId}/tree`)).status).toBe(200);
      expect((await board.send('PATCH', `/api/goals/${plan.goalId}`, { title: 'Board edit' })).status).toBe(403);
    });
  });
});

async function flushThrottle(app: RunningApp): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379');
  try {
    const keys = await redis.keys(`${process.env['IT_QUEUE_PREFIX']}:rate:*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
  void app;
}
