/**
 * SQL versions of the domain's tacticHealth() flags, for filtering in the database. They must agree with
 * libs/domain/src/status/tactic-health.ts (the integration tests compare both on the same rows).
 */
const OPEN = `t.status NOT IN ('complete', 'cancelled')`;
const CADENCE_DAYS = `CASE t.update_cadence WHEN 'weekly' THEN 7 WHEN 'biweekly' THEN 14 WHEN 'monthly' THEN 31 ELSE 92 END`;
const STALE_GRACE_DAYS = 7;

export function overdueSql(today: string): string {
  return `(${OPEN} AND t.due_date IS NOT NULL AND t.due_date < ${today})`;
}

export function staleSql(today: string, timeZone: string): string {
  const reference = `COALESCE((t.last_check_in_at AT TIME ZONE ${timeZone})::date, t.start_date)`;
  return `(${OPEN} AND ${reference} IS NOT NULL AND ${reference} <= ${today}
           AND ${today} - ${reference} > ${CADENCE_DAYS} + ${STALE_GRACE_DAYS})`;
}

export const TACTIC_COLUMNS = `t.id, t.strategy_id, t.title, t.description, t.owner_id, t.school_id, t.start_date, t.due_date,
  t.school_year, t.status, t.percent_complete, t.update_cadence, t.weight, t.sort_order, t.last_check_in_at, t.version,
  (t.last_check_in_at AT TIME ZONE $TZ)::date AS last_check_in,
  COALESCE((SELECT array_agg(c.person_id ORDER BY c.person_id) FROM app.tactic_contributor c WHERE c.tactic_id = t.id), '{}') AS contributor_ids,
  COALESCE((SELECT array_agg(l.metric_id ORDER BY l.metric_id) FROM app.tactic_metric l WHERE l.tactic_id = t.id), '{}') AS metric_ids`;
