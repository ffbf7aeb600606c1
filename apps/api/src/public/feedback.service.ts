import { Injectable } from '@nestjs/common';
import type { CommunityOverview, Feedback, FeedbackList, Language } from '@throughline/domain';
import { Db } from '../database/db.js';
import { firstRow } from '../database/rows.js';
import { found } from '../http/not-found.js';
import { currentRequest } from '../http/request-context.js';
import type { CreateFeedbackDto, FeedbackQuery } from './public.dto.js';

interface FeedbackRow {
  id: string;
  goal_id: string;
  goal_title: string;
  message: string;
  name: string | null;
  email: string | null;
  role: Feedback['role'];
  language: Language;
  created_at: Date;
  read_at: Date | null;
}

const toFeedback = (r: FeedbackRow): Feedback => ({
  id: r.id, goalId: r.goal_id, goalTitle: r.goal_title, message: r.message, name: r.name, email: r.email, role: r.role,
  language: r.language, createdAt: r.created_at.toISOString(), readAt: r.read_at?.toISOString() ?? null,
});

const SELECT = `SELECT f.id, f.goal_id, g.title AS goal_title, f.message, f.name, f.email, f.role, f.language, f.created_at, f.read_at
                  FROM app.feedback f JOIN app.goal g ON g.id = f.goal_id`;

/** Community feedback: stored anonymously from the public page, read and triaged by the cabinet. */
@Injectable()
export class FeedbackService {
  constructor(private readonly db: Db) {}

  async create(goalId: string, body: CreateFeedbackDto): Promise<{ id: string }> {
    const [row] = await this.db.execute<{ id: string }[]>(
      `INSERT INTO app.feedback (goal_id, message, name, email, role, language) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [goalId, body.message, body.name ?? null, body.email ?? null, body.role ?? null, body.language ?? 'en'],
    );
    return { id: (row as { id: string }).id };
  }

  async list(query: FeedbackQuery): Promise<FeedbackList> {
    const goalId = query.goalId ?? null;
    const [rows, [counts]] = await Promise.all([
      this.db.query<FeedbackRow[]>(
        `${SELECT} WHERE ($1::uuid IS NULL OR f.goal_id = $1) AND (NOT $2 OR f.read_at IS NULL) ORDER BY f.created_at DESC LIMIT 200`,
        [goalId, query.unread ?? false],
      ),
      this.db.query<{ total: number; unread: number }[]>(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread FROM app.feedback
          WHERE $1::uuid IS NULL OR goal_id = $1`,
        [goalId],
      ),
    ]);
    return { items: rows.map(toFeedback), total: counts?.total ?? 0, unread: counts?.unread ?? 0 };
  }

  async markRead(id: string, read: boolean): Promise<Feedback> {
    const reader = currentRequest()?.actor?.personId ?? null;
    const rows = await this.db.execute<{ id: string }[]>(
      `UPDATE app.feedback SET read_at = CASE WHEN $2 THEN COALESCE(read_at, now()) END, read_by = CASE WHEN $2 THEN COALESCE(read_by, $3) END
        WHERE id = $1 RETURNING id`,
      [id, read, reader],
    );
    found(firstRow(rows), 'feedback', id);
    const [row] = await this.db.query<FeedbackRow[]>(`${SELECT} WHERE f.id = $1`, [id]);
    return toFeedback(row as FeedbackRow);
  }

  async overview(): Promise<CommunityOverview> {
    const [row] = await this.db.query<{ overview: CommunityOverview }[]>(
      `WITH p AS (SELECT p.* FROM app.priority p JOIN app.plan pl ON pl.id = p.plan_id AND pl.active),
            g AS (SELECT g.*, p.published AS parent_published, p.sort_order AS p_order FROM app.goal g JOIN p ON p.id = g.priority_id),
            m AS (SELECT m.*, g.published AND g.parent_published AS parent_published FROM app.metric m JOIN g ON g.id = m.goal_id)
       SELECT json_build_object(
         'publicEnabled', (SELECT public_enabled FROM app.district_settings),
         'priorities', json_build_object('published', (SELECT count(*) FROM p WHERE published), 'total', (SELECT count(*) FROM p)),
         'goals', json_build_object('published', (SELECT count(*) FROM g WHERE published AND parent_published), 'total', (SELECT count(*) FROM g)),
         'metrics', json_build_object('published', (SELECT count(*) FROM m WHERE published AND parent_published), 'total', (SELECT count(*) FROM m)),
         'metricsWithGroups', (SELECT count(*) FROM m WHERE published AND parent_published AND publish_groups),
         'feedback', json_build_object('total', (SELECT count(*) FROM app.feedback), 'unread', (SELECT count(*) FROM app.feedback WHERE read_at IS NULL)),
         'goalOptions', COALESCE((SELECT json_agg(json_build_object('id', id, 'title', title) ORDER BY p_order, sort_order, title) FROM g), '[]')
       ) AS overview`,
    );
    return (row as { overview: CommunityOverview }).overview;
  }
}
