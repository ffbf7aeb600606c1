import type { Cadence, Direction, IsoDate } from '@throughline/domain';
import type { Db } from '../database/db.js';

/** One series of a published metric: All Students, or a group the plan sets targets for (district level). */
export interface SeriesRow {
  metric_id: string;
  group_id: string;
  code: string;
  name_en: string;
  name_es: string;
  all_students: boolean;
  baseline_value: string | null;
  baseline_as_of: IsoDate | null;
  targets: { schoolYear: number; value: number }[];
  cur_value: string | null;
  cur_n: number | null;
  cur_stored: boolean | null;
  cur_period_end: IsoDate | null;
  prev_value: string | null;
  prev_n: number | null;
  prev_stored: boolean | null;
  prev_period_end: IsoDate | null;
}

/** A district measurement of any student group, with what complementary suppression needs to know of the group. */
export interface PartitionCellRow {
  metric_id: string;
  period_end: IsoDate;
  group_id: string;
  kind: string;
  code: string;
  value: string | null;
  numerator: string | null;
  denominator: number | null;
  suppressed: boolean;
}

export interface MetricMetaRow {
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
}

export interface NodeMetaRow {
  id: string;
  kind: 'priority' | 'goal' | 'guardrail';
  published: boolean;
  owner_name: string;
  narrative: string | null;
  author_name: string | null;
  updated_at: string | null;
}

export interface HistoryRow {
  metric_id: string;
  period_end: IsoDate;
  value: string;
}

// The plan's published metrics (goal metrics of published goals and priorities, and guardrail metrics).
const PUBLISHED_METRICS = `
  SELECT m.* FROM app.metric m
    LEFT JOIN app.goal g ON g.id = m.goal_id LEFT JOIN app.priority p ON p.id = g.priority_id
    LEFT JOIN app.guardrail gr ON gr.id = m.guardrail_id
   WHERE (p.plan_id = $1 OR gr.plan_id = $1) AND m.published AND COALESCE(g.published AND p.published, true)`;

/** Every series the scorecard shows, with the latest stored measurement as of the quarter's and the previous quarter's end. */
export function loadSeries(db: Db, planId: string, allStudentsId: string, asOf: IsoDate, previousAsOf: IsoDate): Promise<SeriesRow[]> {
  return db.query<SeriesRow[]>(
    `WITH metrics AS (${PUBLISHED_METRICS}),
          series AS (
            SELECT m.id AS metric_id, $2::uuid AS group_id FROM metrics m
            UNION
            SELECT t.metric_id, t.group_id FROM app.metric_target t JOIN metrics m ON m.id = t.metric_id
             WHERE t.school_id IS NULL AND t.superseded_at IS NULL)
     SELECT s.metric_id, s.group_id, sg.code, sg.name_en, sg.name_es, s.group_id = $2::uuid AS all_students,
            b.value AS baseline_value, b.as_of AS baseline_as_of,
            COALESCE((SELECT json_agg(json_build_object('schoolYear', t.school_year, 'value', t.value) ORDER BY t.school_year)
                        FROM app.metric_target t
                       WHERE t.metric_id = s.metric_id AND t.school_id IS NULL AND t.group_id = s.group_id AND t.superseded_at IS NULL), '[]') AS targets,
            cur.value AS cur_value, cur.denominator AS cur_n, cur.suppressed AS cur_stored, cur.period_end AS cur_period_end,
            prev.value AS prev_value, prev.denominator AS prev_n, prev.suppressed AS prev_stored, prev.period_end AS prev_period_end
       FROM series s
       JOIN app.student_group sg ON sg.id = s.group_id
       LEFT JOIN app.metric_baseline b ON b.metric_id = s.metric_id AND b.school_id IS NULL AND b.group_id = s.group_id
       LEFT JOIN LATERAL (
         SELECT x.value, x.denominator, x.suppressed, x.period_end FROM app.measurement x
          WHERE x.metric_id = s.metric_id AND x.school_id IS NULL AND x.group_id = s.group_id AND x.period_end <= $3
          ORDER BY x.period_end DESC LIMIT 1) cur ON true
       LEFT JOIN LATERAL (
         SELECT x.value, x.denominator, x.suppressed, x.period_end FROM app.measurement x
          WHERE x.metric_id = s.metric_id AND x.school_id IS NULL AND x.group_id = s.group_id AND x.period_end <= $4
          ORDER BY x.period_end DESC LIMIT 1) prev ON true
      ORDER BY s.group_id <> $2::uuid, sg.sort_order, sg.code`,
    [planId, allStudentsId, asOf, previousAsOf],
  );
}

/**
 * The whole district table (every group) of each metric at each given period end: complementary suppression decides
 * on whole tables, as the equity and public pages do. One query for all metrics and periods.
 */
export function loadPartitionCells(db: Db, tables: readonly { metricId: string; periodEnd: IsoDate }[]): Promise<PartitionCellRow[]> {
  if (tables.length === 0) return Promise.resolve([]);
  return db.query<PartitionCellRow[]>(
    `SELECT x.metric_id, x.period_end, x.group_id, sg.kind, sg.code, x.value, x.numerator, x.denominator, x.suppressed
       FROM unnest($1::uuid[], $2::date[]) AS t(metric_id, period_end)
       JOIN app.measurement x ON x.metric_id = t.metric_id AND x.period_end = t.period_end AND x.school_id IS NULL
       JOIN app.student_group sg ON sg.id = x.group_id`,
    [tables.map((t) => t.metricId), tables.map((t) => t.periodEnd)],
  );
}

/** The published metrics' definitions. */
export function loadMetrics(db: Db, planId: string): Promise<MetricMetaRow[]> {
  return db.query<MetricMetaRow[]>(
    `SELECT id, goal_id, guardrail_id, name, unit, decimals, direction, band_low, band_high, cadence, lag_days
       FROM (${PUBLISHED_METRICS}) m ORDER BY sort_order, name`,
    [planId],
  );
}

/** Publish flags and owners of priorities, goals and guardrails, with each goal's narrative for the scorecard. */
export function loadNodes(db: Db, planId: string, scorecardId: string | null): Promise<NodeMetaRow[]> {
  return db.query<NodeMetaRow[]>(
    `SELECT p.id, 'priority' AS kind, p.published, o.name AS owner_name, NULL AS narrative, NULL AS author_name, NULL AS updated_at
       FROM app.priority p JOIN app.person o ON o.id = p.owner_id WHERE p.plan_id = $1
     UNION ALL
     SELECT g.id, 'goal', g.published AND p.published, o.name, n.narrative, a.name, n.updated_at::text
       FROM app.goal g JOIN app.priority p ON p.id = g.priority_id JOIN app.person o ON o.id = g.owner_id
       LEFT JOIN app.scorecard_narrative n ON n.goal_id = g.id AND n.scorecard_id = $2
       LEFT JOIN app.person a ON a.id = n.author_id
      WHERE p.plan_id = $1
     UNION ALL
     SELECT gr.id, 'guardrail', true, o.name, NULL, NULL, NULL
       FROM app.guardrail gr JOIN app.person o ON o.id = gr.owner_id WHERE gr.plan_id = $1`,
    [planId, scorecardId],
  );
}

/** All Students history of the published metrics up to the date, publishable values only (for the small charts). */
export function loadHistory(db: Db, planId: string, allStudentsId: string, asOf: IsoDate, minN: number): Promise<HistoryRow[]> {
  return db.query<HistoryRow[]>(
    `WITH metrics AS (${PUBLISHED_METRICS})
     SELECT x.metric_id, x.period_end, x.value FROM app.measurement x JOIN metrics m ON m.id = x.metric_id
      WHERE x.school_id IS NULL AND x.group_id = $2 AND x.period_end <= $3 AND NOT x.suppressed AND x.value IS NOT NULL
        AND (x.denominator IS NULL OR x.denominator >= $4)
      ORDER BY x.metric_id, x.period_end`,
    [planId, allStudentsId, asOf, minN],
  );
}
