import type { ActionItem, AgendaEntity, AgendaReason, IsoDate, Review, ReviewCheckIn, ReviewDecision, ReviewItem } from '@throughline/domain';
import type { Db } from '../database/db.js';

/** Raw rows of a review and its parts, and their mapping to the API's answers. Every read is one set-based query. */
export interface ReviewRow {
  id: string;
  plan_id: string;
  title: string;
  held_on: IsoDate;
  since: IsoDate | null;
  previous_review_id: string | null;
  state: 'open' | 'closed';
  closed_at: Date | null;
  agenda_generated_at: Date;
  snapshot_id: string | null;
  item_count: number;
  discussed_count: number;
  open_action_items: number;
}

export const REVIEW_SELECT = `
  SELECT r.id, r.plan_id, r.title, r.held_on, r.since, r.previous_review_id, r.state, r.closed_at, r.agenda_generated_at, r.snapshot_id,
         (SELECT count(*)::int FROM app.review_item i WHERE i.review_id = r.id) AS item_count,
         (SELECT count(*)::int FROM app.review_item i WHERE i.review_id = r.id AND i.discussed) AS discussed_count,
         (SELECT count(*)::int FROM app.action_item a WHERE a.review_id = r.id AND a.done_on IS NULL) AS open_action_items
    FROM app.review r`;

export const toReview = (r: ReviewRow): Review => ({
  id: r.id,
  planId: r.plan_id,
  title: r.title,
  heldOn: r.held_on,
  since: r.since,
  previousReviewId: r.previous_review_id,
  state: r.state,
  closedAt: r.closed_at?.toISOString() ?? null,
  agendaGeneratedAt: r.agenda_generated_at.toISOString(),
  snapshotId: r.snapshot_id,
  itemCount: r.item_count,
  discussedCount: r.discussed_count,
  openActionItems: r.open_action_items,
});

interface ItemRow {
  id: string;
  position: number;
  entity: AgendaEntity;
  entity_id: string;
  reasons: AgendaReason[];
  status: string | null;
  previous_status: string | null;
  discussed: boolean;
  notes: string;
  title: string | null;
  owner_name: string | null;
  goal_id: string | null;
  priority_id: string | null;
  strategy_id: string | null;
}

interface CheckInRow {
  id: string;
  tactic_id: string;
  tactic_title: string;
  strategy_id: string;
  goal_id: string;
  priority_id: string;
  status: string;
  percent_complete: number;
  narrative: string;
  author_name: string;
  created_at: Date;
  acknowledged_at: Date | null;
  acknowledged_by_name: string | null;
}

// How many check-ins an agenda item shows: enough to see the trend, few enough to read in the meeting.
const CHECK_INS_PER_ITEM = 5;

/** The agenda with each item's title, owner, lineage and recent check-ins (since the comparison date). */
export async function loadItems(db: Db, review: ReviewRow): Promise<ReviewItem[]> {
  const [items, checkIns] = await Promise.all([
    db.query<ItemRow[]>(
      `SELECT i.id, i.position, i.entity, i.entity_id, i.reasons, i.status, i.previous_status, i.discussed, i.notes,
              COALESCE(p.title, g.title, s.title, t.title, m.name) AS title, o.name AS owner_name,
              gg.id AS goal_id, COALESCE(p.id, gg.priority_id) AS priority_id, COALESCE(s.id, t.strategy_id) AS strategy_id
         FROM app.review_item i
         LEFT JOIN app.priority p ON i.entity = 'priority' AND p.id = i.entity_id
         LEFT JOIN app.goal g ON i.entity = 'goal' AND g.id = i.entity_id
         LEFT JOIN app.strategy s ON i.entity = 'strategy' AND s.id = i.entity_id
         LEFT JOIN app.tactic t ON i.entity = 'tactic' AND t.id = i.entity_id
         LEFT JOIN app.strategy ts ON ts.id = t.strategy_id
         LEFT JOIN app.metric m ON i.entity = 'metric' AND m.id = i.entity_id
         LEFT JOIN app.goal gg ON gg.id = COALESCE(g.id, s.goal_id, ts.goal_id, m.goal_id)
         LEFT JOIN app.person o ON o.id = COALESCE(p.owner_id, g.owner_id, s.owner_id, t.owner_id, m.owner_id)
        WHERE i.review_id = $1 ORDER BY i.position`,
      [review.id],
    ),
    // The plan's check-ins from the comparison date to the end of the meeting day (district time).
    db.query<CheckInRow[]>(
      `SELECT u.id, u.tactic_id, t.title AS tactic_title, t.strategy_id, s.goal_id, g.priority_id, u.status, u.percent_complete,
              u.narrative, a.name AS author_name, u.created_at, u.acknowledged_at, k.name AS acknowledged_by_name
         FROM app.status_update u
         JOIN app.tactic t ON t.id = u.tactic_id JOIN app.strategy s ON s.id = t.strategy_id
         JOIN app.goal g ON g.id = s.goal_id JOIN app.priority p ON p.id = g.priority_id
         JOIN app.person a ON a.id = u.author_id
         LEFT JOIN app.person k ON k.id = u.acknowledged_by
         CROSS JOIN app.district_settings ds
        WHERE p.plan_id = $1 AND ds.id = 1
          AND (u.created_at AT TIME ZONE ds.time_zone)::date BETWEEN COALESCE($2::date, $3::date - 30) AND $3::date
        ORDER BY u.created_at DESC`,
      [review.plan_id, review.since, review.held_on],
    ),
  ]);
  const lineage: Record<AgendaEntity, (c: CheckInRow) => string | null> = {
    tactic: (c) => c.tactic_id,
    strategy: (c) => c.strategy_id,
    goal: (c) => c.goal_id,
    priority: (c) => c.priority_id,
    metric: () => null,
  };
  return items.map((i) => ({
    id: i.id,
    position: i.position,
    entity: i.entity,
    entityId: i.entity_id,
    title: i.title ?? '—',
    reasons: i.reasons,
    status: i.status,
    previousStatus: i.previous_status,
    discussed: i.discussed,
    notes: i.notes,
    ownerName: i.owner_name,
    goalId: i.goal_id,
    priorityId: i.priority_id,
    checkIns: checkIns.filter((c) => lineage[i.entity](c) === i.entity_id).slice(0, CHECK_INS_PER_ITEM).map(toCheckIn),
  }));
}

const toCheckIn = (c: CheckInRow): ReviewCheckIn => ({
  id: c.id,
  tacticId: c.tactic_id,
  tacticTitle: c.tactic_title,
  status: c.status,
  percentComplete: c.percent_complete,
  narrative: c.narrative,
  authorName: c.author_name,
  createdAt: c.created_at.toISOString(),
  acknowledgedAt: c.acknowledged_at?.toISOString() ?? null,
  acknowledgedByName: c.acknowledged_by_name,
});

export async function loadDecisions(db: Db, reviewId: string): Promise<ReviewDecision[]> {
  const rows = await db.query<{ id: string; review_item_id: string | null; text: string; created_at: Date; created_by_name: string | null }[]>(
    `SELECT d.id, d.review_item_id, d.text, d.created_at, p.name AS created_by_name
       FROM app.review_decision d LEFT JOIN app.person p ON p.id = d.created_by
      WHERE d.review_id = $1 ORDER BY d.created_at, d.id`,
    [reviewId],
  );
  return rows.map((d) => ({ id: d.id, reviewItemId: d.review_item_id, text: d.text, createdAt: d.created_at.toISOString(), createdByName: d.created_by_name }));
}

interface ActionItemRow {
  id: string;
  review_id: string;
  review_title: string;
  review_item_id: string | null;
  title: string;
  owner_id: string;
  owner_name: string;
  due_date: IsoDate;
  done_on: IsoDate | null;
  version: number;
}

export const ACTION_ITEM_SELECT = `
  SELECT a.id, a.review_id, r.title AS review_title, a.review_item_id, a.title, a.owner_id, o.name AS owner_name, a.due_date,
         a.done_on, a.version
    FROM app.action_item a JOIN app.review r ON r.id = a.review_id JOIN app.person o ON o.id = a.owner_id`;

export const toActionItem = (a: ActionItemRow): ActionItem => ({
  id: a.id,
  reviewId: a.review_id,
  reviewTitle: a.review_title,
  reviewItemId: a.review_item_id,
  title: a.title,
  ownerId: a.owner_id,
  ownerName: a.owner_name,
  dueDate: a.due_date,
  doneOn: a.done_on,
  version: a.version,
});

/** Action items by a condition on `a` (the review's, or an owner's open ones), due date first. */
export async function loadActionItems(db: Db, where: string, params: readonly unknown[]): Promise<ActionItem[]> {
  const rows = await db.query<ActionItemRow[]>(`${ACTION_ITEM_SELECT} WHERE ${where} ORDER BY a.due_date, a.created_at`, params);
  return rows.map(toActionItem);
}
