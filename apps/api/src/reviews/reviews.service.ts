import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  type ActionItem, type AgendaBaseline, type IsoDate, type Review, type ReviewDecision, type ReviewDetail, type SnapshotRows, type StatusHistory,
  addDays, agendaBaseline, buildAgenda, defaultReviewTitle, isoDateInZone, snapshotRows, statusHistoryPoints,
} from '@throughline/domain';
import { Db } from '../database/db.js';
import { invalid, staleVersion } from '../http/errors.js';
import { found } from '../http/not-found.js';
import { currentRequest } from '../http/request-context.js';
import { PlanTreeService } from '../plans/plan-tree.service.js';
import { PlansService } from '../plans/plans.service.js';
import { SettingsService } from '../settings/settings.service.js';
import type {
  AcknowledgeDto, CreateActionItemDto, CreateDecisionDto, CreateReviewDto, StatusHistoryQuery, UpdateActionItemDto, UpdateReviewItemDto,
} from './reviews.dto.js';
import { REVIEW_SELECT, type ReviewRow, loadActionItems, loadDecisions, loadItems, toReview } from './reviews.queries.js';
import { SnapshotsService } from './snapshots.service.js';

// The first review of a plan looks back this far for what changed (later ones look back to the previous review).
const FIRST_LOOK_BACK_DAYS = 30;

const me = () => currentRequest()?.actor?.personId ?? null;

/** The cabinet's monthly review: a generated agenda, decisions, action items and check-in acknowledgements. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly db: Db,
    private readonly plans: PlansService,
    private readonly trees: PlanTreeService,
    private readonly snapshots: SnapshotsService,
    private readonly settings: SettingsService,
  ) {}

  async list(planId?: string): Promise<Review[]> {
    const rows = await this.db.query<ReviewRow[]>(
      `${REVIEW_SELECT} WHERE ($1::uuid IS NULL OR r.plan_id = $1) ORDER BY r.held_on DESC, r.created_at DESC`,
      [planId ?? null],
    );
    return rows.map(toReview);
  }

  async get(id: string): Promise<ReviewDetail> {
    const review = await this.row(id);
    const [items, decisions, actionItems] = await Promise.all([
      loadItems(this.db, review),
      loadDecisions(this.db, id),
      loadActionItems(this.db, 'a.review_id = $1', [id]),
    ]);
    return { ...toReview(review), items, decisions, actionItems };
  }

  /** A new review for a date, its agenda generated against the last closed review (or the last 30 days). */
  async create(body: CreateReviewDto): Promise<ReviewDetail> {
    await this.plans.entity(body.planId).catch(() => {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'No such plan', errors: [{ field: 'planId', messages: ['no plan with this id'] }] });
    });
    const id = await this.db.write(async (manager) => {
      // One open review per plan at a time: serialize creations of the same plan.
      await manager.query(`SELECT id FROM app.plan WHERE id = $1 FOR UPDATE`, [body.planId]);
      const [open] = await manager.query<{ id: string }[]>(`SELECT id FROM app.review WHERE plan_id = $1 AND state = 'open'`, [body.planId]);
      if (open) {
        throw new ConflictException({
          statusCode: 409, error: 'Conflict', message: 'This plan has an open review: close it before starting another', openReviewId: open.id,
          errors: [{ field: 'planId', messages: ['an open review exists'] }],
        });
      }
      const [previous] = await manager.query<{ id: string; held_on: IsoDate }[]>(
        `SELECT id, held_on FROM app.review WHERE plan_id = $1 AND state = 'closed' AND held_on <= $2 ORDER BY held_on DESC, closed_at DESC LIMIT 1`,
        [body.planId, body.heldOn],
      );
      const since = previous?.held_on ?? addDays(body.heldOn, -FIRST_LOOK_BACK_DAYS);
      const [created] = await manager.query<{ id: string }[]>(
        `INSERT INTO app.review (plan_id, title, held_on, since, previous_review_id, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [body.planId, body.title ?? defaultReviewTitle(body.heldOn), body.heldOn, since, previous?.id ?? null, me()],
      );
      const reviewId = (created as { id: string }).id;
      await this.generate(reviewId);
      return reviewId;
    });
    return this.get(id);
  }

  /** Regenerates the agenda of an open review; items that stay keep their discussed flag and notes. */
  async regenerate(id: string): Promise<ReviewDetail> {
    await this.db.write(async () => {
      await this.lockOpen(id);
      await this.generate(id);
    });
    return this.get(id);
  }

  /** Closes the review and freezes the snapshot as of its date. A closed review answers 409 to every write. */
  async close(id: string): Promise<ReviewDetail> {
    await this.db.write(async (manager) => {
      const review = await this.lockOpen(id);
      const snapshotId = await this.snapshots.take(review.plan_id, review.held_on, 'review', me());
      await manager.query(
        `UPDATE app.review SET state = 'closed', closed_at = now(), closed_by = $2, snapshot_id = $3, version = version + 1 WHERE id = $1`,
        [id, me(), snapshotId],
      );
    });
    return this.get(id);
  }

  async updateItem(itemId: string, body: UpdateReviewItemDto): Promise<ReviewDetail> {
    const reviewId = await this.db.write(async (manager) => {
      const [item] = await manager.query<{ review_id: string }[]>(`SELECT review_id FROM app.review_item WHERE id = $1`, [itemId]);
      const { review_id } = found(item, 'agenda item', itemId);
      await this.lockOpen(review_id);
      await manager.query(
        `UPDATE app.review_item SET discussed = COALESCE($2, discussed), notes = COALESCE($3, notes) WHERE id = $1`,
        [itemId, body.discussed ?? null, body.notes ?? null],
      );
      return review_id;
    });
    return this.get(reviewId);
  }

  async addDecision(reviewId: string, body: CreateDecisionDto): Promise<ReviewDecision> {
    const id = await this.db.write(async (manager) => {
      await this.lockOpen(reviewId);
      await this.checkItem(reviewId, body.reviewItemId);
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO app.review_decision (review_id, review_item_id, text, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
        [reviewId, body.reviewItemId ?? null, body.text, me()],
      );
      return (row as { id: string }).id;
    });
    return found((await loadDecisions(this.db, reviewId)).find((d) => d.id === id), 'decision', id);
  }

  async addActionItem(reviewId: string, body: CreateActionItemDto): Promise<ActionItem> {
    const id = await this.db.write(async (manager) => {
      await this.lockOpen(reviewId);
      await this.checkItem(reviewId, body.reviewItemId);
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO app.action_item (review_id, review_item_id, title, owner_id, due_date, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [reviewId, body.reviewItemId ?? null, body.title, body.ownerId, body.dueDate, me()],
      );
      return (row as { id: string }).id;
    });
    return this.actionItem(id);
  }

  /** Done (today in the district) or reopened, on the version read. Allowed after the review closed: it is follow-up. */
  async updateActionItem(id: string, body: UpdateActionItemDto): Promise<ActionItem> {
    const { timeZone } = await this.settings.get();
    await this.db.write(async (manager) => {
      const [row] = await manager.query<{ version: number }[]>(`SELECT version FROM app.action_item WHERE id = $1 FOR UPDATE`, [id]);
      const { version } = found(row, 'action item', id);
      if (version !== body.version) throw staleVersion('action item', version);
      await manager.query(`UPDATE app.action_item SET done_on = $2, version = version + 1 WHERE id = $1`, [
        id, body.done ? isoDateInZone(Date.now(), timeZone) : null,
      ]);
    });
    return this.actionItem(id);
  }

  /**
   * Marks owners' check-ins shown on an agenda item as seen by the signed-in reviewer, in this review: the ones
   * named, or every unacknowledged one the item shows.
   */
  async acknowledge(itemId: string, body: AcknowledgeDto): Promise<ReviewDetail> {
    const reviewId = await this.db.write(async (manager) => {
      const [row] = await manager.query<{ review_id: string }[]>(`SELECT review_id FROM app.review_item WHERE id = $1`, [itemId]);
      const { review_id } = found(row, 'agenda item', itemId);
      const review = await this.lockOpen(review_id);
      const shown = (await loadItems(this.db, review)).find((i) => i.id === itemId)?.checkIns ?? [];
      const ids = body.statusUpdateIds ?? shown.filter((c) => c.acknowledgedAt === null).map((c) => c.id);
      if (ids.some((id) => !shown.some((c) => c.id === id))) {
        throw new NotFoundException({
          statusCode: 404, error: 'Not Found', message: 'Only the check-ins shown on this agenda item can be acknowledged here',
          errors: [{ field: 'statusUpdateIds', messages: ['every id must be a check-in shown on this item'] }],
        });
      }
      await manager.query(
        `UPDATE app.status_update SET acknowledged_by = $2, acknowledged_at = now(), acknowledged_in = $3
          WHERE id = ANY($1::uuid[]) AND acknowledged_at IS NULL`,
        [ids, me(), review_id],
      );
      return review_id;
    });
    return this.get(reviewId);
  }

  /** A goal's or priority's status at each snapshot of its plan (reviews and month ends). */
  async statusHistory(planId: string, query: StatusHistoryQuery): Promise<StatusHistory> {
    await this.plans.entity(planId);
    const table = query.entity === 'goal' ? 'goal g JOIN app.priority p ON p.id = g.priority_id' : 'priority g JOIN app.plan p ON p.id = g.plan_id';
    const [entity] = await this.db.query<{ title: string }[]>(
      `SELECT g.title FROM app.${table} WHERE g.id = $1 AND ${query.entity === 'goal' ? 'p.plan_id' : 'p.id'} = $2`,
      [query.id, planId],
    );
    const { title } = found(entity, query.entity, query.id);
    const rows = await this.db.query<{ as_of: IsoDate; kind: 'review' | 'monthly'; status: string; score: string | null }[]>(
      `SELECT s.as_of, s.kind, n.status, n.score FROM app.snapshot s
         JOIN app.snapshot_node n ON n.snapshot_id = s.id AND n.entity = $2 AND n.entity_id = $3
        WHERE s.plan_id = $1 ORDER BY s.as_of, s.taken_at`,
      [planId, query.entity, query.id],
    );
    return {
      entity: query.entity,
      id: query.id,
      title,
      points: statusHistoryPoints(rows.map((r) => ({ asOf: r.as_of, kind: r.kind, status: r.status, score: r.score === null ? null : Number(r.score) }))),
    };
  }

  async actionItem(id: string): Promise<ActionItem> {
    const [item] = await loadActionItems(this.db, 'a.id = $1', [id]);
    return found(item, 'action item', id);
  }

  async row(id: string): Promise<ReviewRow> {
    const [row] = await this.db.query<ReviewRow[]>(`${REVIEW_SELECT} WHERE r.id = $1`, [id]);
    return found(row, 'review', id);
  }

  /** Locks the review for this transaction; 404 when unknown, 409 when closed (closed reviews are read-only). */
  private async lockOpen(id: string): Promise<ReviewRow> {
    await this.db.query(`SELECT id FROM app.review WHERE id = $1 FOR UPDATE`, [id]);
    const review = await this.row(id);
    if (review.state === 'closed') {
      throw new ConflictException({ statusCode: 409, error: 'Conflict', message: 'This review is closed: it can be read but not changed' });
    }
    return review;
  }

  private async checkItem(reviewId: string, itemId: string | null | undefined): Promise<void> {
    if (!itemId) return;
    const [item] = await this.db.query<unknown[]>(`SELECT 1 FROM app.review_item WHERE id = $1 AND review_id = $2`, [itemId, reviewId]);
    if (!item) throw invalid([{ field: 'reviewItemId', messages: ['not an item of this review’s agenda'] }]);
  }

  /**
   * Writes the agenda (inside the caller's transaction): upsert the items that apply, drop the others. An item's id
   * is derived from the review and the entity (md5, shaped as a version-4 uuid), so an item that drops off and comes
   * back is the same item.
   */
  private async generate(reviewId: string): Promise<void> {
    const review = await this.row(reviewId);
    const previous = review.previous_review_id
      ? (await this.db.query<{ snapshot_id: string | null }[]>(`SELECT snapshot_id FROM app.review WHERE id = $1`, [review.previous_review_id]))[0]
      : undefined;
    const [current, baseline] = await Promise.all([
      this.trees.tree(review.plan_id, review.held_on).then(snapshotRows),
      previous?.snapshot_id ? this.snapshots.rows(previous.snapshot_id).then(agendaBaseline) : this.baselineAsOf(review.plan_id, review.since ?? review.held_on),
    ]);
    const items = buildAgenda(current, baseline);
    await this.db.query(`UPDATE app.review SET agenda_generated_at = clock_timestamp() WHERE id = $1`, [reviewId]);
    // Positions are renumbered in place: the unique (review, position) check waits for the end of the transaction.
    await this.db.query(`SET CONSTRAINTS ALL DEFERRED`);
    await this.db.query(
      `DELETE FROM app.review_item i WHERE i.review_id = $1
          AND NOT EXISTS (SELECT 1 FROM unnest($2::text[], $3::uuid[]) AS k(entity, entity_id) WHERE k.entity = i.entity AND k.entity_id = i.entity_id)`,
      [reviewId, items.map((i) => i.entity), items.map((i) => i.entityId)],
    );
    if (!items.length) return;
    await this.db.query(
      `INSERT INTO app.review_item (id, review_id, position, entity, entity_id, reasons, status, previous_status)
       SELECT (substr(k.h, 1, 12) || '4' || substr(k.h, 14, 3) || '8' || substr(k.h, 18))::uuid, $1::uuid, u.position, u.entity, u.entity_id, string_to_array(u.reasons, ','), u.status, u.previous_status
         FROM unnest($2::int[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[]) AS u(position, entity, entity_id, reasons, status, previous_status)
         CROSS JOIN LATERAL (SELECT md5($1::text || ':' || u.entity || ':' || u.entity_id) AS h) k
       ON CONFLICT (review_id, entity, entity_id) DO UPDATE
         SET position = EXCLUDED.position, reasons = EXCLUDED.reasons, status = EXCLUDED.status, previous_status = EXCLUDED.previous_status`,
      [
        reviewId, items.map((i) => i.position), items.map((i) => i.entity), items.map((i) => i.entityId), items.map((i) => i.reasons.join(',')),
        items.map((i) => i.status), items.map((i) => i.previousStatus),
      ],
    );
  }

  /**
   * The plan as it stood on `since`: statuses computed for that date, and each tactic's status as its owner last
   * reported it by then (a tactic with no check-in by then is left out, so it cannot count as "changed").
   */
  private async baselineAsOf(planId: string, since: IsoDate): Promise<AgendaBaseline> {
    const [tree, reported] = await Promise.all([
      this.trees.tree(planId, since),
      this.db.query<{ tactic_id: string; status: string }[]>(
        `SELECT DISTINCT ON (u.tactic_id) u.tactic_id, u.status
           FROM app.status_update u CROSS JOIN app.district_settings ds
          WHERE ds.id = 1 AND (u.created_at AT TIME ZONE ds.time_zone)::date <= $1
          ORDER BY u.tactic_id, u.created_at DESC`,
        [since],
      ),
    ]);
    const then = new Map(reported.map((r) => [r.tactic_id, r.status]));
    const rows = snapshotRows(tree);
    const nodes = rows.nodes.flatMap((n) => {
      if (n.entity !== 'tactic') return [n];
      const status = then.get(n.entityId);
      return status ? [{ ...n, status }] : [];
    });
    return agendaBaseline({ nodes, metrics: rows.metrics } satisfies SnapshotRows);
  }
}
