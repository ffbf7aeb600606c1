import type { Cadence, Direction, GroupSeriesInput, IsoDate } from '@throughline/domain';
import type { EntityManager } from 'typeorm';

interface GroupSeriesRow {
  metric_id: string;
  group_id: string;
  direction: Direction;
  band_low: string | null;
  band_high: string | null;
  cadence: Cadence;
  lag_days: number;
  value: string | null;
  period_end: IsoDate;
  denominator: number | null;
  suppressed: boolean;
  shown_value: string | null;
  shown_period_end: IsoDate | null;
  own_baseline_value: string | null;
  own_baseline_as_of: IsoDate | null;
  own_targets: { schoolYear: number; value: number }[] | null;
  district_baseline_value: string | null;
  district_baseline_as_of: IsoDate | null;
  district_targets: { schoolYear: number; value: number }[] | null;
}

/**
 * Every student group's district series of the plan's metrics with data by `asOf` (All Students is taken from the
 * plan tree), with what its status needs: latest stored and latest shown values, own and district trajectories.
 * One query, whatever the number of metrics and groups.
 */
export async function loadGroupSeries(manager: EntityManager, planId: string, allStudentsId: string, asOf: IsoDate): Promise<GroupSeriesInput[]> {
  const rows = await manager.query<GroupSeriesRow[]>(
    `WITH metrics AS (
       SELECT m.id, m.direction, m.band_low, m.band_high, m.cadence, m.lag_days
         FROM app.metric m
         LEFT JOIN app.goal g ON g.id = m.goal_id LEFT JOIN app.priority p ON p.id = g.priority_id
         LEFT JOIN app.guardrail gr ON gr.id = m.guardrail_id
        WHERE p.plan_id = $1 OR gr.plan_id = $1
     ), latest AS (
       SELECT DISTINCT ON (x.metric_id, x.group_id) x.metric_id, x.group_id, x.value, x.period_end, x.denominator, x.suppressed
         FROM app.measurement x JOIN metrics m ON m.id = x.metric_id
        WHERE x.school_id IS NULL AND x.group_id <> $2 AND x.period_end <= $3
        ORDER BY x.metric_id, x.group_id, x.period_end DESC
     ), shown AS (
       SELECT DISTINCT ON (x.metric_id, x.group_id) x.metric_id, x.group_id, x.value, x.period_end
         FROM app.measurement x JOIN metrics m ON m.id = x.metric_id
        WHERE x.school_id IS NULL AND x.group_id <> $2 AND x.period_end <= $3 AND NOT x.suppressed AND x.value IS NOT NULL
        ORDER BY x.metric_id, x.group_id, x.period_end DESC
     ), trajectories AS (
       SELECT k.metric_id, k.group_id, b.value AS baseline_value, b.as_of AS baseline_as_of,
              (SELECT json_agg(json_build_object('schoolYear', t.school_year, 'value', t.value) ORDER BY t.school_year)
                 FROM app.metric_target t
                WHERE t.metric_id = k.metric_id AND t.school_id IS NULL AND t.group_id = k.group_id AND t.superseded_at IS NULL) AS targets
         FROM (SELECT metric_id, group_id FROM latest UNION SELECT id, $2::uuid FROM metrics) k
         LEFT JOIN app.metric_baseline b ON b.metric_id = k.metric_id AND b.school_id IS NULL AND b.group_id = k.group_id
     )
     SELECT l.metric_id, l.group_id, m.direction, m.band_low, m.band_high, m.cadence, m.lag_days,
            l.value, l.period_end, l.denominator, l.suppressed, s.value AS shown_value, s.period_end AS shown_period_end,
            o.baseline_value AS own_baseline_value, o.baseline_as_of AS own_baseline_as_of, o.targets AS own_targets,
            d.baseline_value AS district_baseline_value, d.baseline_as_of AS district_baseline_as_of, d.targets AS district_targets
       FROM latest l JOIN metrics m ON m.id = l.metric_id
       LEFT JOIN shown s ON s.metric_id = l.metric_id AND s.group_id = l.group_id
       LEFT JOIN trajectories o ON o.metric_id = l.metric_id AND o.group_id = l.group_id
       LEFT JOIN trajectories d ON d.metric_id = l.metric_id AND d.group_id = $2`,
    [planId, allStudentsId, asOf],
  );
  const num = (v: string | null) => (v === null ? null : Number(v));
  const dated = (value: string | null, date: IsoDate | null) => (value !== null && date ? { value: Number(value), date } : null);
  const yearly = (targets: { schoolYear: number; value: number }[] | null) => (targets ?? []).map((t) => ({ schoolYear: t.schoolYear, value: Number(t.value) }));
  return rows.map((r) => ({
    metricId: r.metric_id,
    groupId: r.group_id,
    direction: r.direction,
    band: r.band_low !== null && r.band_high !== null ? { low: Number(r.band_low), high: Number(r.band_high) } : null,
    cadence: r.cadence,
    lagDays: r.lag_days,
    own: { baseline: dated(r.own_baseline_value, r.own_baseline_as_of), targets: yearly(r.own_targets) },
    district: { baseline: dated(r.district_baseline_value, r.district_baseline_as_of), targets: yearly(r.district_targets) },
    latest: { value: num(r.value), periodEnd: r.period_end, n: r.denominator, suppressed: r.suppressed },
    latestShown: r.shown_value !== null && r.shown_period_end ? { value: Number(r.shown_value), periodEnd: r.shown_period_end } : null,
  }));
}
