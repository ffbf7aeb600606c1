import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { CommunityOverview, Feedback, FeedbackList } from '@throughline/domain';
import { Redis } from 'ioredis';
import { type Client, type RunningApp, startApp } from './support/app.js';
import { dataSourceOf, truncateAll } from './support/db.js';
import { type PlanFixture, buildPlan } from './support/plan-fixture.js';
import { REDIS_URL } from './support/services.js';
import { asAdmin, createUser, signIn } from './support/users.js';

/** Clears this run's feedback counters in the real Redis, so each test (and later spec files) start fresh. */
async function clearFeedbackLimits(): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    const keys = await redis.keys(`${process.env['IT_QUEUE_PREFIX']}:rate:feedback:*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

describe('community feedback', () => {
  let app: RunningApp;
  let admin: Client;
  let f: PlanFixture;
  let cabinet: Client;
  const post = (goalId: string, body: unknown) => app.client().send<{ id: string; message?: string; errors?: { field: string }[] }>('POST', `/api/public/goals/${goalId}/feedback`, body);

  beforeAll(async () => {
    app = await startApp();
    await truncateAll(app);
    admin = await asAdmin(app);
    f = await buildPlan(admin);
    cabinet = await signIn(app, await createUser(app, ['cabinet']));
  });
  beforeEach(clearFeedbackLimits);
  afterAll(async () => {
    await clearFeedbackLimits();
    await app.close();
  });

  it('stores a message from anyone, without an account or a CSRF token', async () => {
    const response = await post(f.goalId, { message: '  Could reading nights run on Saturdays?  ', name: 'Rosa', email: 'rosa@example.org', role: 'parent', language: 'es' });
    expect(response.status).toBe(201);
    const [row] = await dataSourceOf(app).query<{ message: string; name: string; role: string; language: string; read_at: null }[]>(
      `SELECT message, name, role, language, read_at FROM app.feedback WHERE id = $1`, [response.body.id],
    );
    expect(row).toEqual({ message: 'Could reading nights run on Saturdays?', name: 'Rosa', role: 'parent', language: 'es', read_at: null });
    // Audited (anonymous actor), but the writer's name and email stay out of the trail.
    const [audit] = await dataSourceOf(app).query<{ actor_id: string | null; changes: Record<string, unknown> }[]>(
      `SELECT actor_id, changes FROM app.audit_log WHERE entity = 'feedback' AND entity_id = $1`, [response.body.id],
    );
    expect(audit?.actor_id).toBeNull();
    expect(Object.keys(audit?.changes ?? {})).toEqual(expect.arrayContaining(['message', 'goal_id']));
    expect(Object.keys(audit?.changes ?? {})).not.toEqual(expect.arrayContaining(['email']));
    expect(JSON.stringify(audit?.changes)).not.toContain('rosa@example.org');
    // Optional fields left blank in the form are simply absent.
    expect((await post(f.goalId, { message: 'Thanks!', name: '', email: '', role: '' })).status).toBe(201);
  });

  it('refuses bad input with field messages and stores nothing', async () => {
    const before = await dataSourceOf(app).query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app.feedback`);
    const response = await post(f.goalId, { message: '', email: 'nope', role: 'mayor' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((e) => e.field).sort()).toEqual(['email', 'message', 'role']);
    expect((await post(f.goalId, { message: 'x'.repeat(2001) })).status).toBe(400);
    const after = await dataSourceOf(app).query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app.feedback`);
    expect(after).toEqual(before);
  });

  it('takes feedback only on published goals', async () => {
    const hidden = await admin.send<{ id: string }>('POST', '/api/goals', { parentId: f.priorityId, title: 'Draft goal', ownerId: f.personId });
    await admin.send('PATCH', `/api/goals/${hidden.body.id}`, { published: false });
    expect((await post(hidden.body.id, { message: 'Hello' })).status).toBe(404);
    expect((await post('00000000-0000-4000-8000-000000000000', { message: 'Hello' })).status).toBe(404);
  });

  it('answers 429 with Retry-After and a clear message after 5 messages in 10 minutes (counted in Redis)', async () => {
    for (let i = 1; i <= 5; i++) expect((await post(f.goalId, { message: `Message ${i}` })).status).toBe(201);
    const limited = await post(f.goalId, { message: 'Message 6' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(500);
    expect(limited.body.message).toMatch(/try again in 10 minutes/);
    const redis = new Redis(REDIS_URL);
    try {
      const keys = await redis.keys(`${process.env['IT_QUEUE_PREFIX']}:rate:feedback:*`);
      expect(keys).toHaveLength(1);
      expect(await redis.get(keys[0] as string)).toBe('5');
    } finally {
      redis.disconnect();
    }
    const stored = await dataSourceOf(app).query<{ n: number }[]>(`SELECT count(*)::int AS n FROM app.feedback WHERE message = 'Message 6'`);
    expect(stored[0]?.n).toBe(0);
  });

  it('lets the cabinet read, filter and mark feedback read; the community overview counts what is published', async () => {
    const other = await admin.send<{ id: string }>('POST', '/api/goals', { parentId: f.priorityId, title: 'Attendance goal', ownerId: f.personId });
    await post(other.body.id, { message: 'About attendance' });
    const all = await cabinet.get<FeedbackList>('/api/feedback');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(all.body.items.length);
    const onOther = await cabinet.get<FeedbackList>(`/api/feedback?goalId=${other.body.id}`);
    expect(onOther.body.items.map((i) => i.message)).toEqual(['About attendance']);
    expect(onOther.body.items[0]?.goalTitle).toBe('Attendance goal');
    const id = onOther.body.items[0]?.id as string;

    const read = await cabinet.send<Feedback>('PATCH', `/api/feedback/${id}`, { read: true });
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    const unread = await cabinet.get<FeedbackList>('/api/feedback?unread=true');
    expect(unread.body.items.some((i) => i.id === id)).toBe(false);
    expect(unread.body.unread).toBe(all.body.unread - 1);
    expect((await cabinet.send<Feedback>('PATCH', `/api/feedback/${id}`, { read: false })).body.readAt).toBeNull();

    const overview = await cabinet.get<CommunityOverview>('/api/community');
    expect(overview.body).toEqual(expect.objectContaining({
      publicEnabled: true,
      priorities: { published: 1, total: 1 },
      feedback: { total: all.body.total, unread: all.body.unread },
    }));
    expect(overview.body.goals.total).toBeGreaterThanOrEqual(3);
    expect(overview.body.goalOptions.map((g) => g.title)).toContain('Attendance goal');
  });

  it('keeps feedback from the board, goal owners and stewards', async () => {
    for (const role of ['board', 'owner', 'steward'] as const) {
      const client = await signIn(app, await createUser(app, [role], `Test ${role} feedback`));
      expect({ role, status: (await client.get('/api/feedback')).status }).toEqual({ role, status: 403 });
      expect({ role, status: (await client.get('/api/community')).status }).toEqual({ role, status: 403 });
    }
    expect((await app.client().get('/api/feedback')).status).toBe(401);
  });
});
