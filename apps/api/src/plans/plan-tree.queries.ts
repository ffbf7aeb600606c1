import type { EntityManager } from 'typeorm';
import type { Cadence, Direction, IsoDate, TacticStatus, UpdateCadence } from '@throughline/domain';

/** Raw rows of the plan tree: a handful of set-based queries, never an entity graph. */
export interface NodeRow {
  id: string;
  parent_id: string;
  title: string;
  description: string;
  owner_id: string;
  sort_order: number;
}

export interface GuardrailRow {
  id: string;
  plan_id: string;
  statement: string;
  owner_id: string;
  sort_order: number;
}

export interface TacticRow {
  id: string;
  strategy_id: string;
  title: string;
  owner_id: string;
  status: TacticStatus;
  percent_complete: number;
  start_date: IsoDate | null;
  due_date: IsoDate | null;
  update_cadence: UpdateCadence;
  weight: string;
  last_check_in: IsoDate | null;
}

export interface MetricRow {
  id: string;
  goal_id: string | null;
  guardrail_id: string | null;
  name: string;
  unit: string;
  decimals: number;
  direction: Direction;
  band_low: string | null;
  band_high: string | null;
  cadence: Cadence;
  lag_days: number;
  headline: boolean;
  baseline_value: string | null;
  baseline_as_of: IsoDate | null;
  targets: { schoolYear: number; value: number }[];
  latest_value: string | null;
  latest_period_end: IsoDate | null;
}

/**
 * `historical` (a date before today): tactics are read as they stood on that date — their latest check-in made by
 * the end of that day in the district's zone (a tactic checked in only later counts as not started then); a tactic
 * never checked in keeps its own fields. Today's tree reads the tactic's current fields.
 */
export async function loadTreeRows(manager: EntityManager, planId: string, allStudentsId: string, asOf: IsoDate, timeZone: string, historical = false) {
  const [priorities, goals, strategies, guardrails, tactics, metrics] = await Promise.all([
    manager.query<NodeRow[]>(
      `SELECT id, plan_id AS parent_id, title, description, owner_id, sort_order FROM app.priority
        WHERE plan_id = $1 ORDER BY sort_order, title`,
      [planId],
    ),
    manager.query<NodeRow[]>(
      `SELECT g.id, g.priority_id AS parent_id, g.title, g.description, g.owner_id, g.sort_order
         FROM app.goal g JOIN app.priority p ON p.id = g.priority_id
        WHERE p.plan_id = $1 ORDER BY g.sort_order, g.title`,
      [planId],
    ),
    manager.query<NodeRow[]>(
      `SELECT s.id, s.goal_id AS parent_id, s.title, s.description, s.owner_id, s.sort_order
         FROM app.strategy s JOIN app.goal g ON g.id = s.goal_id JOIN app.priority p ON p.id = g.priority_id
        WHERE p.plan_id = $1 ORDER BY s.sort_order, s.title`,
      [planId],
    ),
    manager.query<GuardrailRow[]>(
      `SELECT id, plan_id, statement, owner_id, sort_order FROM app.guardrail WHERE plan_id = $1 ORDER BY sort_order`,
      [planId],
    ),
    manager.query<TacticRow[]>(
      `SELECT t.id, t.strategy_id, t.title, t.owner_id, t.start_date, t.due_date, t.update_cadence, t.weight,
              CASE WHEN su.status IS NOT NULL THEN su.status WHEN h.any THEN 'not-started' ELSE t.status END AS status,
              CASE WHEN su.status IS NOT NULL THEN su.percent_complete WHEN h.any THEN 0 ELSE t.percent_complete END AS percent_complete,
              CASE WHEN NOT $3::boolean THEN (t.last_check_in_at AT TIME ZONE $2)::date
                   WHEN su.status IS NOT NULL THEN (su.created_at AT TIME ZONE $2)::date
                   WHEN h.any THEN NULL
                   WHEN (t.last_check_in_at AT TIME ZONE $2)::date <= $4::date THEN (t.last_check_in_at AT TIME ZONE $2)::date
              END AS last_check_in
         FROM app.tactic t JOIN app.strategy s ON s.id = t.strategy_id JOIN app.goal g ON g.id = s.goal_id
         JOIN app.priority p ON p.id = g.priority_id
         LEFT JOIN LATERAL (
           SELECT u.status, u.percent_complete, u.created_at FROM app.status_update u
            WHERE $3::boolean AND u.tactic_id = t.id AND u.created_at < (($4::date + 1)::timestamp AT TIME ZONE $2)
            ORDER BY u.created_at DESC LIMIT 1) su ON true
         CROSS JOIN LATERAL (
           SELECT $3::boolean AND EXISTS (SELECT 1 FROM app.status_update u WHERE u.tactic_id = t.id) AS any) h
        WHERE p.plan_id = $1 ORDER BY t.sort_order, t.due_date NULLS LAST, t.title`,
      [planId, timeZone, historical, asOf],
    ),
    // The district All Students series of each metric: baseline, current targets, latest released actual.
    manager.query<MetricRow[]>(
      `SELECT m.id, m.goal_id, m.guardrail_id, m.name, m.unit, m.decimals, m.direction, m.band_low, m.band_high,
              m.cadence, m.lag_days, m.headline,
              b.value AS baseline_value, b.as_of AS baseline_as_of,
              COALESCE((SELECT json_agg(json_build_object('schoolYear', t.school_year, 'value', t.value) ORDER BY t.school_year)
                          FROM app.metric_target t
                         WHERE t.metric_id = m.id AND t.school_id IS NULL AND t.group_id = $2 AND t.superseded_at IS NULL), '[]') AS targets,
              l.value AS latest_value, l.period_end AS latest_period_end
         FROM app.metric m
         LEFT JOIN app.goal g ON g.id = m.goal_id
         LEFT JOIN app.priority p ON p.id = g.priority_id
         LEFT JOIN app.guardrail gr ON gr.id = m.guardrail_id
         LEFT JOIN app.metric_baseline b ON b.metric_id = m.id AND b.school_id IS NULL AND b.group_id = $2
         LEFT JOIN LATERAL (
           SELECT x.value, x.period_end FROM app.measurement x
            WHERE x.metric_id = m.id AND x.school_id IS NULL AND x.group_id = $2 AND x.period_end <= $3
              AND NOT x.suppressed AND x.value IS NOT NULL
            ORDER BY x.period_end DESC LIMIT 1) l ON true
        WHERE p.plan_id = $1 OR gr.plan_id = $1
        ORDER BY m.sort_order, m.name`,
      [planId, allStudentsId, asOf],
    ),
  ]);
  return { priorities, goals, strategies, guardrails, tactics, metrics };
}
