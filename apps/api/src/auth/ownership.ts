import type { Request } from 'express';
import type { Db } from '../database/db.js';
import type { OwnershipCheck } from './access.js';

type Check = (db: Db, personId: string, req: Request) => Promise<boolean>;

const param = (req: Request, name = 'id'): string | undefined => {
  const value = (req.params as Record<string, string | undefined>)[name];
  return typeof value === 'string' ? value : undefined;
};
const body = (req: Request, name: string): unknown => (req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>)[name] : undefined);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const id = (value: unknown): string | undefined => (typeof value === 'string' && UUID.test(value) ? value : undefined);

async function exists(db: Db, sql: string, params: unknown[]): Promise<boolean> {
  if (params.some((p) => p === undefined)) return false;
  const rows = await db.query<unknown[]>(sql, params);
  return rows.length > 0;
}

// Who "owns" what, following the plan's lines of accountability upward: the owner of a goal may change its
// strategies, metrics and tactics; a tactic's owner and contributors may check in and edit its milestones.
const TACTIC_OWNED = `SELECT 1 FROM app.tactic t JOIN app.strategy s ON s.id = t.strategy_id JOIN app.goal g ON g.id = s.goal_id
  WHERE t.id = $1 AND (t.owner_id = $2 OR s.owner_id = $2 OR g.owner_id = $2
    OR EXISTS (SELECT 1 FROM app.tactic_contributor c WHERE c.tactic_id = t.id AND c.person_id = $2))`;
const STRATEGY_OWNED = `SELECT 1 FROM app.strategy s JOIN app.goal g ON g.id = s.goal_id WHERE s.id = $1 AND (s.owner_id = $2 OR g.owner_id = $2)`;
const METRIC_OWNED = `SELECT 1 FROM app.metric m LEFT JOIN app.goal g ON g.id = m.goal_id LEFT JOIN app.guardrail gr ON gr.id = m.guardrail_id
  WHERE m.id = $1 AND (g.owner_id = $2 OR gr.owner_id = $2)`;

const CHECKS: Record<OwnershipCheck, Check> = {
  priority: (db, me, req) => exists(db, `SELECT 1 FROM app.priority WHERE id = $1 AND owner_id = $2`, [id(param(req)), me]),
  goal: (db, me, req) => exists(db, `SELECT 1 FROM app.goal WHERE id = $1 AND owner_id = $2`, [id(param(req)), me]),
  strategy: (db, me, req) => exists(db, STRATEGY_OWNED, [id(param(req)), me]),
  'goal-parent': (db, me, req) => exists(db, `SELECT 1 FROM app.priority WHERE id = $1 AND owner_id = $2`, [id(body(req, 'parentId')), me]),
  'strategy-parent': (db, me, req) => exists(db, `SELECT 1 FROM app.goal WHERE id = $1 AND owner_id = $2`, [id(body(req, 'parentId')), me]),
  metric: (db, me, req) => exists(db, METRIC_OWNED, [id(param(req)), me]),
  'metric-parent': (db, me, req) => exists(db, `SELECT 1 FROM app.goal WHERE id = $1 AND owner_id = $2`, [id(body(req, 'goalId')), me]),
  tactic: (db, me, req) => exists(db, TACTIC_OWNED, [id(param(req)), me]),
  'tactic-parent': (db, me, req) => exists(db, STRATEGY_OWNED, [id(body(req, 'strategyId')), me]),
  milestone: (db, me, req) =>
    exists(db, `SELECT 1 FROM app.milestone m WHERE m.id = $1 AND EXISTS (${TACTIC_OWNED.replace('t.id = $1', 't.id = m.tactic_id')})`, [id(param(req)), me]),
  'milestone-parent': (db, me, req) => exists(db, TACTIC_OWNED, [id(body(req, 'tacticId')), me]),
  source: (db, me, req) => exists(db, `SELECT 1 FROM app.data_source WHERE id = $1 AND steward_id = $2`, [id(param(req)), me]),
  'action-item': (db, me, req) => exists(db, `SELECT 1 FROM app.action_item WHERE id = $1 AND owner_id = $2`, [id(param(req)), me]),
  // A steward may load data only for metrics they steward: every row of the batch.
  measurements: async (db, me, req) => {
    const rows = body(req, 'measurements');
    if (!Array.isArray(rows) || rows.length === 0) return false;
    const metricIds = [...new Set(rows.map((r) => id((r as Record<string, unknown> | null)?.['metricId'])))];
    if (metricIds.some((m) => m === undefined)) return false;
    const [count] = await db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM app.metric WHERE id = ANY($1::uuid[]) AND owner_id = $2`,
      [metricIds, me],
    );
    return count?.n === metricIds.length;
  },
};

/** Whether the person owns the record the request targets, by the named rule. */
export function ownsTarget(check: OwnershipCheck, db: Db, personId: string, req: Request): Promise<boolean> {
  return CHECKS[check](db, personId, req);
}
