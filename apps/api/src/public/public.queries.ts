import type { IsoDate, MetricUnit, RollupMode } from '@throughline/domain';
import type { Db } from '../database/db.js';

/** The district's switch and figures the public page needs, and the active plan (null when there is none). */
export interface PublicContextRow {
  name: string;
  public_enabled: boolean;
  min_n: number;
  start_month: number;
  time_zone: string;
  rollup_mode: RollupMode;
  plan_id: string | null;
}

export async function loadPublicContext(db: Db): Promise<PublicContextRow | undefined> {
  const [row] = await db.query<PublicContextRow[]>(
    `SELECT s.name, s.public_enabled, s.min_n, s.school_year_start_month AS start_month, s.time_zone, s.rollup_mode,
            (SELECT id FROM app.plan WHERE active) AS plan_id
       FROM app.district_settings s`,
  );
  return row;
}

/** A published node with its summaries; a goal is listed only when its priority is published as well. */
export interface PublishedNodeRow {
  kind: 'priority' | 'goal' | 'metric';
  id: string;
  parent_id: string;
  title: string;
  title_es: string;
  summary_en: string;
  summary_es: string;
  unit: MetricUnit | null;
  decimals: number | null;
  direction: string | null;
  publish_groups: boolean;
}

/**
 * Everything published under the plan, in page order, in one statement. Publication is inherited: an unpublished
 * priority hides its goals, an unpublished goal hides its metrics. Guardrail metrics are board business.
 */
export function loadPublishedNodes(db: Db, planId: string): Promise<PublishedNodeRow[]> {
  return db.query<PublishedNodeRow[]>(
    `WITH p AS (SELECT * FROM app.priority WHERE plan_id = $1 AND published),
          g AS (SELECT g.* FROM app.goal g JOIN p ON p.id = g.priority_id WHERE g.published),
          m AS (SELECT m.* FROM app.metric m JOIN g ON g.id = m.goal_id WHERE m.published)
     SELECT 'priority' AS kind, id, plan_id AS parent_id, title, title_es, public_summary_en AS summary_en, public_summary_es AS summary_es,
            NULL AS unit, NULL::int AS decimals, NULL AS direction, false AS publish_groups, sort_order, 0 AS level FROM p
     UNION ALL
     SELECT 'goal', id, priority_id, title, title_es, public_summary_en, public_summary_es, NULL, NULL, NULL, false, sort_order, 1 FROM g
     UNION ALL
     SELECT 'metric', id, goal_id, name, name_es, public_summary_en, public_summary_es, unit, decimals, direction, publish_groups, sort_order, 2 FROM m
     ORDER BY level, sort_order, title`,
    [planId],
  );
}

/** One district-level measurement of a published metric (All Students, or any group when the metric publishes groups). */
export interface PublicCellRow {
  metric_id: string;
  period_end: IsoDate;
  group_id: string;
  value: string | null;
  numerator: string | null;
  denominator: number | null;
  suppressed: boolean;
}

export function loadPublicCells(db: Db, metricIds: readonly string[], allStudentsId: string, asOf: IsoDate): Promise<PublicCellRow[]> {
  return db.query<PublicCellRow[]>(
    `SELECT x.metric_id, x.period_end, x.group_id, x.value, x.numerator, x.denominator, x.suppressed
       FROM app.measurement x JOIN app.metric m ON m.id = x.metric_id
      WHERE x.metric_id = ANY($1::uuid[]) AND x.school_id IS NULL AND x.period_end <= $3
        AND (x.group_id = $2 OR m.publish_groups)
      ORDER BY x.metric_id, x.period_end`,
    [metricIds, allStudentsId, asOf],
  );
}

export interface PublicTargetRow {
  metric_id: string;
  group_id: string;
  school_year: number;
  value: string;
}

export function loadPublicTargets(db: Db, metricIds: readonly string[]): Promise<PublicTargetRow[]> {
  return db.query<PublicTargetRow[]>(
    `SELECT metric_id, group_id, school_year, value FROM app.metric_target
      WHERE metric_id = ANY($1::uuid[]) AND school_id IS NULL AND superseded_at IS NULL`,
    [metricIds],
  );
}

export interface PublicGroupRow {
  id: string;
  code: string;
  name_en: string;
  name_es: string;
  kind: string;
  active: boolean;
}

export function loadGroups(db: Db): Promise<PublicGroupRow[]> {
  return db.query<PublicGroupRow[]>(`SELECT id, code, name_en, name_es, kind, active FROM app.student_group ORDER BY sort_order, code`);
}
