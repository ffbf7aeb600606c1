import type { Cadence, DatedValue, DigestTactic, Direction, IsoDate, SourceSchedule } from '@throughline/domain';
import type { Db } from '../database/db.js';

export interface DigestPerson {
  id: string;
  name: string;
  email: string;
  language: string;
  supervisor_email: string | null;
}

interface MetricFacts {
  id: string;
  name: string;
  direction: Direction;
  band?: { low: number; high: number };
  baseline?: DatedValue;
  yearly: { schoolYear: number; value: number }[];
  latest?: { value: number; periodEnd: IsoDate };
  cadence: Cadence;
  lagDays: number;
}

const group = <T extends { owner: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.owner, [...(map.get(row.owner) ?? []), row]);
  return map;
};

/** Everything the digests need, in five set-based queries (no per-person round trips). */
export async function loadDigestFacts(db: Db, today: IsoDate, timeZone: string) {
  const [people, tactics, manualSources, failed, metrics] = await Promise.all([
    db.query<DigestPerson[]>(
      `SELECT p.id, p.name, p.email, p.preferred_language AS language, s.email AS supervisor_email
         FROM app.person p LEFT JOIN app.person s ON s.id = p.supervisor_id AND s.active
        WHERE p.active ORDER BY p.name`,
    ),
    db.query<(DigestTactic & { owner: string })[]>(
      `SELECT t.owner_id AS owner, t.id, t.title, t.status, t.start_date AS "startDate", t.due_date AS "dueDate",
              t.update_cadence AS "updateCadence", (t.last_check_in_at AT TIME ZONE $1)::date AS "lastCheckIn"
         FROM app.tactic t JOIN app.strategy s ON s.id = t.strategy_id JOIN app.goal g ON g.id = s.goal_id
         JOIN app.priority pr ON pr.id = g.priority_id JOIN app.plan pl ON pl.id = pr.plan_id AND pl.active
        WHERE t.status NOT IN ('complete', 'cancelled')`,
      [timeZone],
    ),
    db.query<{ owner: string; id: string; name: string; schedule: SourceSchedule; since: string; last_entry: IsoDate | null }[]>(
      `SELECT s.steward_id AS owner, s.id, s.name, s.schedule, to_char(s.schedule_since, 'YYYY-MM-DD"T"HH24:MI') AS since,
              (SELECT max((m.recorded_at AT TIME ZONE $1)::date) FROM app.measurement m
                WHERE m.metric_id IN (SELECT (x ->> 'metricId')::uuid FROM jsonb_array_elements(s.mapping -> 'metrics') x)) AS last_entry
         FROM app.data_source s WHERE s.kind = 'manual' AND s.active AND s.schedule IS NOT NULL`,
      [timeZone],
    ),
    db.query<{ owner: string; sourceId: string; name: string; error: string }[]>(
      `SELECT DISTINCT ON (s.id) s.steward_id AS owner, s.id AS "sourceId", s.name, COALESCE(r.error, 'failed') AS error
         FROM app.collection_run r JOIN app.data_source s ON s.id = r.source_id
        WHERE r.state = 'failed' AND r.finished_at > now() - interval '1 day'
        ORDER BY s.id, r.finished_at DESC`,
    ),
    db.query<{ owner: string; id: string; name: string; direction: Direction; band_low: string | null; band_high: string | null; baseline_value: string | null; baseline_as_of: string | null; yearly: { schoolYear: number; value: number }[]; latest_value: string | null; latest_period_end: string | null; cadence: Cadence; lag_days: number }[]>(
      `SELECT m.owner_id AS owner, m.id, m.name, m.direction, m.band_low, m.band_high, m.cadence, m.lag_days,
              b.value AS baseline_value, b.as_of AS baseline_as_of,
              COALESCE((SELECT json_agg(json_build_object('schoolYear', t.school_year, 'value', t.value)) FROM app.metric_target t
                         WHERE t.metric_id = m.id AND t.school_id IS NULL AND t.group_id = a.id AND t.superseded_at IS NULL), '[]') AS yearly,
              l.value AS latest_value, l.period_end AS latest_period_end
         FROM app.metric m CROSS JOIN (SELECT id FROM app.student_group WHERE kind = 'all') a
         LEFT JOIN app.metric_baseline b ON b.metric_id = m.id AND b.school_id IS NULL AND b.group_id = a.id
         LEFT JOIN LATERAL (SELECT value, period_end FROM app.measurement x WHERE x.metric_id = m.id AND x.school_id IS NULL
                              AND x.group_id = a.id AND x.period_end <= $1 AND NOT x.suppressed AND x.value IS NOT NULL
                            ORDER BY period_end DESC LIMIT 1) l ON true`,
      [today],
    ),
  ]);
  const metricFacts = metrics.map((m): MetricFacts & { owner: string } => ({
    owner: m.owner,
    id: m.id,
    name: m.name,
    direction: m.direction,
    ...(m.band_low !== null && m.band_high !== null ? { band: { low: Number(m.band_low), high: Number(m.band_high) } } : {}),
    ...(m.baseline_value !== null && m.baseline_as_of ? { baseline: { value: Number(m.baseline_value), date: m.baseline_as_of } } : {}),
    yearly: m.yearly.map((t) => ({ schoolYear: t.schoolYear, value: Number(t.value) })),
    ...(m.latest_value !== null && m.latest_period_end ? { latest: { value: Number(m.latest_value), periodEnd: m.latest_period_end } } : {}),
    cadence: m.cadence,
    lagDays: m.lag_days,
  }));
  const clean = <T extends object>(row: T) =>
    Object.fromEntries(Object.entries(row).filter(([k, v]) => k !== 'owner' && v !== null)) as Omit<T, 'owner'>;
  return {
    people,
    tactics: new Map([...group(tactics)].map(([k, v]) => [k, v.map(clean) as DigestTactic[]])),
    manualSources: group(manualSources),
    failedSources: group(failed),
    metrics: group(metricFacts),
  };
}
