import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type ActionItem, type IsoDate, type PlanTree, type ReviewDecision, type ReviewDetail, type Tactic, addDays, defaultReviewTitle, isoDateInZone,
} from '@throughline/domain';
import type { MyWorkResponse } from '../../apps/api/src/my-work/my-work.dto.js';
import { seedDemoDistrict } from '../../apps/api/src/seed/demo-district.js';
import { type Client, type RunningApp, startApp } from './support/app.js';
import { dataSourceOf, truncateAll } from './support/db.js';
import { signIn } from './support/users.js';

/**
 * The monthly review on the demo district (seeded for today): the generated agenda, decisions, action items in the
 * owner's My work, acknowledgements, closing (snapshot) and the next review's "changed since". The steps build on
 * each other, in order.
 */
describe('monthly reviews on the demo district', () => {
  let app: RunningApp;
  let cabinet: Client;
  let principal: Client;
  let board: Client;
  let planId: string;
  let tree: PlanTree;
  let today: IsoDate;
  let first: ReviewDetail;
  let principalId: string;
  let actionItem: ActionItem;

  const item = (review: ReviewDetail, title: string) => review.items.find((i) => i.title.startsWith(title));

  beforeAll(async () => {
    app = await startApp();
    await truncateAll(app);
    today = isoDateInZone(Date.now(), 'America/Chicago');
    await seedDemoDistrict(dataSourceOf(app), { today, reset: true, accounts: true });
    cabinet = await signIn(app, { email: 'cabinet@example.org', password: 'demo' });
    principal = await signIn(app, { email: 'principal@example.org', password: 'demo' });
    board = await signIn(app, { email: 'board@example.org', password: 'demo' });
    planId = ((await cabinet.get<{ id: string; active: boolean }[]>('/api/plans')).body.find((p) => p.active) as { id: string }).id;
    tree = (await cabinet.get<PlanTree>(`/api/plans/${planId}/tree`)).body;
    principalId = (await principal.get<{ personId: string }>('/api/auth/me')).body.personId;
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  it('generates the agenda: off-track goals, overdue tactics, stale metrics, new data — one item per entity, in plan order', async () => {
    const heldOn = addDays(today, -7);
    const response = await cabinet.send<ReviewDetail>('POST', '/api/reviews', { planId, heldOn });
    expect(response.status).toBe(201);
    first = response.body;
    expect(first).toEqual(expect.objectContaining({ title: defaultReviewTitle(heldOn), heldOn, since: addDays(heldOn, -30), state: 'open', previousReviewId: null }));
    expect(first.items.length).toBeGreaterThan(20);
    expect(first.items.map((i) => i.position)).toEqual(first.items.map((_, n) => n + 1));
    expect(new Set(first.items.map((i) => `${i.entity}:${i.entityId}`)).size).toBe(first.items.length);
    for (const i of first.items) expect(i.reasons.length).toBeGreaterThan(0);

    // The demo's grade 8 mathematics goal is off track (its proficiency metric too); the chronic absenteeism metric
    // is off track and had new data in the last month; office referrals have not been reported for too long.
    expect(item(first, 'The percentage of eighth-grade students meeting')).toEqual(expect.objectContaining({ entity: 'goal', status: 'off-track', reasons: ['off-track'] }));
    expect(item(first, 'Grade 8 mathematics proficiency')).toEqual(expect.objectContaining({ entity: 'metric', reasons: expect.arrayContaining(['off-track']) }));
    expect(item(first, 'Chronic absenteeism')).toEqual(expect.objectContaining({ entity: 'metric', reasons: expect.arrayContaining(['off-track', 'new-data']) }));
    expect(item(first, 'Office discipline referrals per 100 students')).toEqual(expect.objectContaining({ entity: 'metric', status: 'stale', reasons: ['stale'] }));
    expect(item(first, 'Grade 7 screening for Algebra I placement')).toEqual(expect.objectContaining({ entity: 'tactic', reasons: expect.arrayContaining(['overdue']) }));
    // An owner's check-in moved this tactic from on track to off track within the last 30 days.
    expect(item(first, 'Hire and train six reading interventionists')).toEqual(
      expect.objectContaining({ entity: 'tactic', status: 'off-track', reasons: expect.arrayContaining(['status-changed', 'off-track']) }),
    );

    // Every off-track goal of the tree (as of the meeting) is on the agenda; no on-track, unchanged goal is.
    const heldTree = (await cabinet.get<PlanTree>(`/api/plans/${planId}/tree?asOf=${heldOn}`)).body;
    const goals = heldTree.priorities.flatMap((p) => p.goals);
    for (const goal of goals.filter((g) => g.status.status === 'off-track')) {
      expect(first.items.find((i) => i.entityId === goal.id)?.reasons).toContain('off-track');
    }
    // Plan order: a goal's item comes after its priority's and before the next priority's.
    const positions = heldTree.priorities.map((p) => first.items.find((i) => i.entityId === p.id)?.position ?? 0).filter(Boolean);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // The agenda shows the owners' recent check-ins on the items they belong to.
    expect(item(first, 'Hire and train six reading interventionists')?.checkIns.length).toBeGreaterThan(0);
  });

  it('refuses a second open review of the plan, and the board (read-only) may read but not run reviews', async () => {
    expect((await cabinet.send('POST', '/api/reviews', { planId, heldOn: today })).status).toBe(409);
    expect((await board.send('POST', '/api/reviews', { planId, heldOn: today })).status).toBe(403);
    expect((await board.get<ReviewDetail>(`/api/reviews/${first.id}`)).body.items.length).toBe(first.items.length);
    const list = await board.get<{ id: string }[]>(`/api/reviews?planId=${planId}`);
    expect(list.body.map((r) => r.id)).toEqual([first.id]);
  });

  it('records decisions and action items; the owner sees the item in My work and marks it done', async () => {
    const agendaItem = first.items[0] as ReviewDetail['items'][number];
    const decision = await cabinet.send<ReviewDecision>('POST', `/api/reviews/${first.id}/decisions`, { text: '  Move two coaches to Eastgate  ', reviewItemId: agendaItem.id });
    expect(decision.status).toBe(201);
    expect(decision.body).toEqual(expect.objectContaining({ text: 'Move two coaches to Eastgate', reviewItemId: agendaItem.id }));

    const due = addDays(today, 14);
    const created = await cabinet.send<ActionItem>('POST', `/api/reviews/${first.id}/action-items`, {
      title: 'Bring the coaching vacancy plan', ownerId: principalId, dueDate: due, reviewItemId: agendaItem.id,
    });
    expect(created.status).toBe(201);
    actionItem = created.body;
    expect(actionItem).toEqual(expect.objectContaining({ ownerId: principalId, dueDate: due, doneOn: null, reviewTitle: first.title }));

    const mine = await principal.get<MyWorkResponse>('/api/my-work');
    expect(mine.body.actionItems.map((a) => a.id)).toEqual([actionItem.id]);
    // Someone else's action item is not theirs to close; a stale version changes nothing.
    expect((await board.send('PATCH', `/api/action-items/${actionItem.id}`, { done: true, version: 1 })).status).toBe(403);
    expect((await principal.send('PATCH', `/api/action-items/${actionItem.id}`, { done: true, version: 7 })).status).toBe(409);
    const done = await principal.send<ActionItem>('PATCH', `/api/action-items/${actionItem.id}`, { done: true, version: actionItem.version });
    expect(done.status).toBe(200);
    expect(done.body.doneOn).toBe(today);
    expect((await principal.get<MyWorkResponse>('/api/my-work')).body.actionItems).toEqual([]);

    const detail = (await cabinet.get<ReviewDetail>(`/api/reviews/${first.id}`)).body;
    expect(detail.decisions.map((d) => d.text)).toEqual(['Move two coaches to Eastgate']);
    expect(detail.actionItems.map((a) => [a.title, a.doneOn])).toEqual([['Bring the coaching vacancy plan', today]]);
  });

  it('marks items discussed with notes, and acknowledges owners’ check-ins in this review', async () => {
    const agendaItem = first.items.find((i) => i.checkIns.length) as ReviewDetail['items'][number];
    const patched = await cabinet.send<ReviewDetail>('PATCH', `/api/review-items/${agendaItem.id}`, { discussed: true, notes: 'Coach vacancy: HR to post by Friday' });
    expect(patched.status).toBe(200);
    expect(patched.body.items.find((i) => i.id === agendaItem.id)).toEqual(expect.objectContaining({ discussed: true, notes: 'Coach vacancy: HR to post by Friday' }));
    expect(patched.body.discussedCount).toBe(1);

    const ids = agendaItem.checkIns.map((c) => c.id);
    // Another item's check-in cannot be acknowledged through this one; without ids, all the item shows are.
    const elsewhere = first.items.find((i) => i.checkIns.some((c) => !ids.includes(c.id)))?.checkIns.find((c) => !ids.includes(c.id));
    expect((await cabinet.send('POST', `/api/review-items/${agendaItem.id}/acknowledgements`, { statusUpdateIds: [elsewhere?.id] })).status).toBe(404);
    const acknowledged = await cabinet.send<ReviewDetail>('POST', `/api/review-items/${agendaItem.id}/acknowledgements`, {});
    expect(acknowledged.status).toBe(200);
    const shown = acknowledged.body.items.find((i) => i.id === agendaItem.id)?.checkIns ?? [];
    const me = (await cabinet.get<{ name: string }>('/api/auth/me')).body.name;
    expect(shown.map((c) => [c.acknowledgedAt !== null, c.acknowledgedByName])).toEqual(ids.map(() => [true, me]));
    const rows = await dataSourceOf(app).query<{ acknowledged_in: string; acknowledged_by: string | null }[]>(
      `SELECT acknowledged_in, acknowledged_by FROM app.status_update WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    expect(rows.map((r) => r.acknowledged_in)).toEqual(ids.map(() => first.id));
    expect(rows.every((r) => r.acknowledged_by !== null)).toBe(true);
  });

  it('closing freezes a snapshot of every node and metric as of the meeting date; the closed review is read-only', async () => {
    const closed = await cabinet.send<ReviewDetail>('POST', `/api/reviews/${first.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.state).toBe('closed');
    const db = dataSourceOf(app);
    const [snapshot] = await db.query<{ id: string; as_of: string; kind: string }[]>(`SELECT id, as_of, kind FROM app.snapshot WHERE id = $1`, [closed.body.snapshotId]);
    expect(snapshot).toEqual(expect.objectContaining({ as_of: first.heldOn, kind: 'review' }));
    const [counts] = await db.query<{ nodes: number; metrics: number; tactics: number; goals: number; plan_metrics: number; group_series: number; series: number }[]>(
      `SELECT (SELECT count(*)::int FROM app.snapshot_node WHERE snapshot_id = $1) AS nodes,
              (SELECT count(*)::int FROM app.snapshot_metric sm JOIN app.student_group g ON g.id = sm.group_id AND g.kind = 'all'
                WHERE sm.snapshot_id = $1) AS metrics,
              (SELECT count(*)::int FROM app.snapshot_metric WHERE snapshot_id = $1) AS series,
              (SELECT count(*)::int FROM (SELECT DISTINCT x.metric_id, x.group_id FROM app.measurement x JOIN app.student_group g ON g.id = x.group_id
                WHERE x.school_id IS NULL AND g.kind <> 'all' AND x.period_end <= $2) d) AS group_series,
              (SELECT count(*)::int FROM app.snapshot_node WHERE snapshot_id = $1 AND entity = 'tactic') AS tactics,
              (SELECT count(*)::int FROM app.snapshot_node WHERE snapshot_id = $1 AND entity = 'goal') AS goals,
              (SELECT count(*)::int FROM app.metric) AS plan_metrics`,
      [closed.body.snapshotId, first.heldOn],
    );
    const goals = tree.priorities.flatMap((p) => p.goals);
    const strategies = goals.flatMap((g) => g.strategies);
    const tactics = strategies.flatMap((s) => s.tactics);
    expect(counts).toEqual({
      nodes: 1 + tree.priorities.length + goals.length + strategies.length + tactics.length,
      metrics: counts?.plan_metrics,
      tactics: tactics.length,
      goals: goals.length,
      plan_metrics: counts?.plan_metrics,
      // Every student group's district series with data by then, besides All Students.
      group_series: expect.any(Number),
      series: (counts?.plan_metrics ?? 0) + (counts?.group_series ?? 0),
    });
    expect(counts?.group_series).toBeGreaterThan(0);
    // A group series holds its status and n; a withheld value has no number.
    const groups = await db.query<{ status: string; n: number | null; suppressed: boolean; value: string | null }[]>(
      `SELECT sm.status, sm.n, sm.suppressed, sm.value FROM app.snapshot_metric sm JOIN app.student_group g ON g.id = sm.group_id
        WHERE sm.snapshot_id = $1 AND g.kind <> 'all'`,
      [closed.body.snapshotId],
    );
    expect(groups.every((g) => !g.suppressed || g.value === null)).toBe(true);
    expect(new Set(groups.map((g) => g.status)).size).toBeGreaterThan(1);
    const [goalNode] = await db.query<{ status: string }[]>(
      `SELECT n.status FROM app.snapshot_node n WHERE n.snapshot_id = $1 AND n.entity_id = $2`,
      [closed.body.snapshotId, item(first, 'The percentage of eighth-grade students meeting')?.entityId],
    );
    expect(goalNode?.status).toBe('off-track');

    const agendaItem = first.items[0] as ReviewDetail['items'][number];
    const writes: [string, string, unknown?][] = [
      ['POST', `/api/reviews/${first.id}/decisions`, { text: 'Too late' }],
      ['POST', `/api/reviews/${first.id}/action-items`, { title: 'Too late', ownerId: principalId, dueDate: today }],
      ['POST', `/api/reviews/${first.id}/agenda`],
      ['POST', `/api/reviews/${first.id}/close`],
      ['POST', `/api/review-items/${agendaItem.id}/acknowledgements`, {}],
      ['PATCH', `/api/review-items/${agendaItem.id}`, { discussed: false }],
    ];
    for (const [method, path, body] of writes) expect({ path, status: (await cabinet.send(method, path, body)).status }).toEqual({ path, status: 409 });
    // Follow-up continues after the meeting: the owner may still reopen or finish their action item.
    const reopened = await principal.send<ActionItem>('PATCH', `/api/action-items/${actionItem.id}`, { done: false, version: actionItem.version + 1 });
    expect(reopened.status).toBe(200);
    expect(reopened.body.doneOn).toBeNull();
  });

  it('the next review compares with the last one’s snapshot: a tactic that changed since is on its agenda', async () => {
    // A tactic on track, not overdue, not stale, so nothing but the change can put it on the agenda.
    const quiet = tree.priorities
      .flatMap((p) => p.goals.flatMap((g) => g.strategies.flatMap((s) => s.tactics)))
      .find((t) => t.status === 'on-track' && !t.overdue && !t.stale && !first.items.some((i) => i.entityId === t.id));
    expect(quiet).toBeDefined();
    const tactic = (await cabinet.get<Tactic>(`/api/tactics/${quiet?.id}`)).body;
    const admin = await signIn(app, { email: 'admin@example.org', password: 'demo' });
    const checkIn = await admin.send('POST', `/api/tactics/${tactic.id}/status-updates`, {
      status: 'off-track', percentComplete: tactic.percentComplete, narrative: 'The vendor pulled out.', version: tactic.version,
    });
    expect(checkIn.status).toBe(201);

    const second = await cabinet.send<ReviewDetail>('POST', '/api/reviews', { planId, heldOn: today, title: 'Cabinet review — special session' });
    expect(second.status).toBe(201);
    expect(second.body).toEqual(expect.objectContaining({ title: 'Cabinet review — special session', previousReviewId: first.id, since: first.heldOn }));
    expect(second.body.items.find((i) => i.entityId === tactic.id)).toEqual(
      expect.objectContaining({ status: 'off-track', previousStatus: 'on-track', reasons: ['status-changed', 'off-track'] }),
    );
    // Regenerating keeps what the cabinet wrote on items that stay.
    const kept = second.body.items[0] as ReviewDetail['items'][number];
    await cabinet.send('PATCH', `/api/review-items/${kept.id}`, { notes: 'Kept across regeneration' });
    const regenerated = await cabinet.send<ReviewDetail>('POST', `/api/reviews/${second.body.id}/agenda`);
    expect(regenerated.status).toBe(200);
    expect(regenerated.body.agendaGeneratedAt > second.body.agendaGeneratedAt).toBe(true);
    expect(regenerated.body.items.map((i) => i.id)).toEqual(second.body.items.map((i) => i.id));
    expect(regenerated.body.items.find((i) => i.entityId === kept.entityId)?.notes).toBe('Kept across regeneration');
    expect(regenerated.body.items.map((i) => i.entityId)).toEqual(second.body.items.map((i) => i.entityId));
  });

  it('answers each goal’s and priority’s status over time from the snapshots', async () => {
    const goalId = item(first, 'The percentage of eighth-grade students meeting')?.entityId as string;
    const history = await board.get<{ points: { asOf: string; kind: string; status: string }[]; title: string }>(
      `/api/plans/${planId}/status-history?entity=goal&id=${goalId}`,
    );
    expect(history.status).toBe(200);
    expect(history.body.points).toEqual([expect.objectContaining({ asOf: first.heldOn, kind: 'review', status: 'off-track' })]);
    const priorityId = tree.priorities[0]?.id as string;
    expect((await board.get(`/api/plans/${planId}/status-history?entity=priority&id=${priorityId}`)).status).toBe(200);
    expect((await board.get(`/api/plans/${planId}/status-history?entity=goal&id=${priorityId}`)).status).toBe(404);
    expect((await board.get(`/api/plans/${planId}/status-history?entity=tactic&id=${goalId}`)).status).toBe(400);
  });
});
