import type { Disaggregation, IsoDate, MetricUnit, SourceMapping, SourceSchedule, StatusUpdate } from '@throughline/domain';
import type { Db } from '../database/db.js';
import { type MilestoneRow } from '../tactics/milestones.dto.js';
import { TACTIC_COLUMNS } from '../tactics/tactic-sql.js';
import type { TacticRow } from '../tactics/tactic-row.js';

export interface MyTacticRow extends TacticRow {
  is_owner: boolean;
  strategy_title: string;
  goal_title: string;
}

export interface LastUpdateRow {
  id: string;
  tactic_id: string;
  status: StatusUpdate['status'];
  percent_complete: number;
  narrative: string;
  evidence_links: string[];
  author_id: string;
  author_name: string;
  created_at: Date;
}

export interface ManualSourceRow {
  id: string;
  name: string;
  schedule: SourceSchedule;
  since: string;
  mapping: SourceMapping;
  /** When a value of one of its metrics was last recorded (district wall-clock minute, like the slots). */
  last_entry: string | null;
}

export interface MetricRow {
  id: string;
  name: string;
  unit: MetricUnit;
  decimals: number;
  disaggregation: Disaggregation;
}

export interface PlaceRow {
  id: string;
  name: string;
}

export interface GroupRow {
  id: string;
  kind: string;
  name_en: string;
  name_es: string;
}

export interface StoredValueRow {
  metric_id: string;
  period_end: IsoDate;
  school_id: string | null;
  group_id: string;
  value: string | null;
  denominator: number | null;
  suppressed: boolean;
}

const IN_ACTIVE_PLAN = `JOIN app.strategy s ON s.id = t.strategy_id JOIN app.goal g ON g.id = s.goal_id
  JOIN app.priority pr ON pr.id = g.priority_id JOIN app.plan pl ON pl.id = pr.plan_id AND pl.active`;

/** The person's tactics in the active plan (owned or contributed to), their milestones and latest check-ins. */
export async function loadMyTactics(db: Db, personId: string, timeZone: string) {
  const tactics = await db.query<MyTacticRow[]>(
    `SELECT ${TACTIC_COLUMNS.replaceAll('$TZ', '$2')}, t.owner_id = $1 AS is_owner, s.title AS strategy_title, g.title AS goal_title
       FROM app.tactic t ${IN_ACTIVE_PLAN}
      WHERE t.owner_id = $1 OR EXISTS (SELECT 1 FROM app.tactic_contributor c WHERE c.tactic_id = t.id AND c.person_id = $1)
      ORDER BY t.due_date NULLS LAST, t.title, t.id`,
    [personId, timeZone],
  );
  const ids = tactics.map((t) => t.id);
  const [milestones, updates] = await Promise.all([
    db.query<MilestoneRow[]>(
      `SELECT id, tactic_id, title, due_date, completed_on, sort_order FROM app.milestone
        WHERE tactic_id = ANY($1::uuid[]) ORDER BY sort_order, due_date NULLS LAST, title`,
      [ids],
    ),
    db.query<LastUpdateRow[]>(
      `SELECT DISTINCT ON (u.tactic_id) u.id, u.tactic_id, u.status, u.percent_complete, u.narrative, u.evidence_links,
              u.author_id, a.name AS author_name, u.created_at
         FROM app.status_update u JOIN app.person a ON a.id = u.author_id
        WHERE u.tactic_id = ANY($1::uuid[]) ORDER BY u.tactic_id, u.created_at DESC`,
      [ids],
    ),
  ]);
  return { tactics, milestones, updates };
}

/** The manual, scheduled sources the person stewards, with when a value of their metrics last came in. */
export function loadManualSources(db: Db, personId: string, timeZone: string): Promise<ManualSourceRow[]> {
  return db.query<ManualSourceRow[]>(
    `SELECT s.id, s.name, s.schedule, to_char(s.schedule_since, 'YYYY-MM-DD"T"HH24:MI') AS since, s.mapping,
            (SELECT to_char(max(m.recorded_at) AT TIME ZONE $2, 'YYYY-MM-DD"T"HH24:MI') FROM app.measurement m
              WHERE m.metric_id IN (SELECT (x ->> 'metricId')::uuid FROM jsonb_array_elements(s.mapping -> 'metrics') x)) AS last_entry
       FROM app.data_source s
      WHERE s.steward_id = $1 AND s.kind = 'manual' AND s.active AND s.schedule IS NOT NULL AND s.schedule_since IS NOT NULL
      ORDER BY s.name, s.id`,
    [personId, timeZone],
  );
}

/** What the entry grids need: the metrics, the active schools and groups, and the values already stored. */
export async function loadEntryFacts(db: Db, wanted: readonly { metricId: string; periodEnd: IsoDate }[]) {
  const [metrics, schools, groups, stored] = await Promise.all([
    db.query<MetricRow[]>(
      `SELECT id, name, unit, decimals, disaggregation FROM app.metric WHERE id = ANY($1::uuid[])`,
      [[...new Set(wanted.map((w) => w.metricId))]],
    ),
    db.query<PlaceRow[]>(`SELECT id, name FROM app.school WHERE active ORDER BY name, id`),
    db.query<GroupRow[]>(`SELECT id, kind, name_en, name_es FROM app.student_group WHERE active ORDER BY kind <> 'all', sort_order, code`),
    db.query<StoredValueRow[]>(
      `SELECT m.metric_id, m.period_end, m.school_id, m.group_id, m.value, m.denominator, m.suppressed
         FROM app.measurement m JOIN unnest($1::uuid[], $2::date[]) AS w(metric_id, period_end)
           ON w.metric_id = m.metric_id AND w.period_end = m.period_end`,
      [wanted.map((w) => w.metricId), wanted.map((w) => w.periodEnd)],
    ),
  ]);
  return { metrics, schools, groups, stored };
}
