import { Injectable, NotFoundException } from '@nestjs/common';
import { type IsoDate, schoolYear } from '@throughline/domain';
import { Db } from '../database/db.js';
import { toNumber } from '../database/pg-types.js';
import { type FieldProblem, invalid } from '../http/errors.js';
import type { EquityQuery, EquityReport } from './equity.dto.js';
import { type EquityContext, buildEquityReport } from './equity-report.js';
import type { Cell } from './equity-tables.js';

type ContextRow = Omit<EquityContext, 'metric' | 'minN' | 'startMonth'> & {
  id: string | null;
  name: string;
  unit: EquityContext['metric']['unit'];
  decimals: number;
  direction: EquityContext['metric']['direction'];
  disaggregation: EquityContext['metric']['disaggregation'];
  first_school_year: number | null;
  min_n: number;
  start_month: number;
};

interface CellRow {
  period_end: string;
  school_id: string | null;
  group_id: string;
  value: string | null;
  numerator: string | null;
  denominator: number | null;
  suppressed: boolean;
}

// The active plan's metrics broken down by student group, in the plan's order (priority, goal, metric).
const ELIGIBLE = `
  SELECT m.id, m.name, m.disaggregation,
         row_number() OVER (ORDER BY p.sort_order NULLS LAST, g.sort_order NULLS LAST, gr.sort_order NULLS LAST, m.sort_order, m.name) AS ord
    FROM app.metric m
    LEFT JOIN app.goal g ON g.id = m.goal_id LEFT JOIN app.priority p ON p.id = g.priority_id
    LEFT JOIN app.guardrail gr ON gr.id = m.guardrail_id
    JOIN app.plan pl ON pl.id = COALESCE(p.plan_id, gr.plan_id) AND pl.active
   WHERE m.disaggregation IN ('group', 'both') AND m.direction <> 'maintain'`;

/** Student groups against a reference group for one metric, period and scope, suppressed on the server. */
@Injectable()
export class EquityService {
  constructor(private readonly db: Db) {}

  async report(query: EquityQuery): Promise<EquityReport> {
    const context = await this.context(query.metricId ?? null);
    if (!context.metric) return emptyOf(context);
    const { metric } = context;

    const schoolId = query.schoolId ?? null;
    const referenceGroupId = query.referenceGroupId ?? context.groups.find((g) => g.kind === 'all')?.groupId ?? '';
    const problems: FieldProblem[] = [];
    if (metric.disaggregation !== 'group' && metric.disaggregation !== 'both') {
      problems.push({ field: 'metricId', messages: ['this metric is not broken down by student group'] });
    }
    if (metric.direction === 'maintain') problems.push({ field: 'metricId', messages: ['a metric kept within a band has no gap to close'] });
    if (schoolId && metric.disaggregation !== 'both') problems.push({ field: 'schoolId', messages: ['this metric has no school-by-group data'] });
    if (problems.length) throw invalid(problems);
    if (schoolId && !context.schools.some((s) => s.id === schoolId)) throw new NotFoundException(`No school with id ${schoolId}`);
    if (!context.groups.some((g) => g.groupId === referenceGroupId)) throw new NotFoundException(`No student group with id ${referenceGroupId}`);

    const periodEnd = query.periodEnd ?? context.periods[0] ?? null;
    const empty: EquityReport = { ...emptyOf(context), periodEnd, schoolId };
    if (!periodEnd || !context.periods.includes(periodEnd)) return empty;
    const { horizonStart } = context;
    const baselineDates = [...new Set(context.baselines.map((b) => b.asOf))];
    const cells = await this.cells(metric.id, periodEnd, horizonStart, context.minN, baselineDates);
    return buildEquityReport({ ...context, metric }, { periodEnd, horizonStart, schoolId, referenceGroupId }, cells);
  }

  /** Everything about the metric but its measurements, in one query. */
  private async context(metricId: string | null): Promise<Omit<EquityContext, 'metric'> & { metric: EquityContext['metric'] | null; horizonStart: IsoDate }> {
    const [row] = await this.db.query<ContextRow[]>(
      `WITH eligible AS (${ELIGIBLE}),
            chosen AS (SELECT COALESCE($1::uuid, (SELECT id FROM eligible ORDER BY ord LIMIT 1)) AS id)
       SELECT m.id, m.name, m.unit, m.decimals, m.direction, m.disaggregation, pl.first_school_year,
              s.min_n, s.school_year_start_month AS start_month,
              COALESCE((SELECT json_agg(json_build_object('id', e.id, 'name', e.name, 'disaggregation', e.disaggregation) ORDER BY e.ord) FROM eligible e), '[]') AS metrics,
              (SELECT json_agg(json_build_object('groupId', sg.id, 'code', sg.code, 'nameEn', sg.name_en, 'nameEs', sg.name_es, 'kind', sg.kind, 'active', sg.active)
                               ORDER BY sg.sort_order, sg.code) FROM app.student_group sg) AS groups,
              COALESCE((SELECT json_agg(json_build_object('id', sc.id, 'code', sc.code, 'name', sc.name) ORDER BY sc.name) FROM app.school sc), '[]') AS schools,
              COALESCE((SELECT json_agg(DISTINCT x.period_end ORDER BY x.period_end DESC) FROM app.measurement x WHERE x.metric_id = m.id), '[]') AS periods,
              COALESCE((SELECT json_agg(json_build_object('schoolId', b.school_id, 'groupId', b.group_id, 'value', b.value, 'asOf', b.as_of))
                          FROM app.metric_baseline b WHERE b.metric_id = m.id), '[]') AS baselines,
              COALESCE((SELECT json_agg(json_build_object('schoolId', t.school_id, 'groupId', t.group_id, 'schoolYear', t.school_year, 'value', t.value))
                          FROM app.metric_target t WHERE t.metric_id = m.id AND t.superseded_at IS NULL), '[]') AS targets
         FROM app.district_settings s
         CROSS JOIN chosen
         LEFT JOIN app.metric m ON m.id = chosen.id
         LEFT JOIN app.goal g ON g.id = m.goal_id LEFT JOIN app.priority p ON p.id = g.priority_id
         LEFT JOIN app.guardrail gr ON gr.id = m.guardrail_id
         LEFT JOIN app.plan pl ON pl.id = COALESCE(p.plan_id, gr.plan_id)`,
      [metricId],
    );
    if (!row) throw new Error('district_settings has no row');
    if (metricId && !row.id) throw new NotFoundException(`No metric with id ${metricId}`);
    const startMonth = row.start_month;
    const metric = row.id
      ? { id: row.id, name: row.name, unit: row.unit, decimals: row.decimals, direction: row.direction, disaggregation: row.disaggregation }
      : null;
    return {
      metric,
      metrics: row.metrics,
      minN: row.min_n,
      startMonth,
      groups: row.groups,
      schools: row.schools,
      periods: row.periods,
      baselines: row.baselines,
      targets: row.targets,
      // Measurements from the last period of the baseline year on count as the plan's (its baseline data).
      horizonStart: row.first_school_year === null ? '0001-01-01' : schoolYear(row.first_school_year - 1, startMonth).end,
    };
  }

  /**
   * The period's whole table (district and every school, every group) and, for the gaps at baseline, the tables of
   * each series' earliest publishable measurement in the horizon and of the own baselines' dates. Suppression needs
   * whole tables.
   */
  private async cells(metricId: string, periodEnd: IsoDate, horizonStart: IsoDate, minN: number, baselineDates: readonly IsoDate[]): Promise<Cell[]> {
    const rows = await this.db.query<CellRow[]>(
      `WITH firsts AS (
         SELECT DISTINCT ON (school_id, group_id) period_end FROM app.measurement
          WHERE metric_id = $1 AND period_end >= $3 AND period_end < $2 AND NOT suppressed AND value IS NOT NULL
            AND (denominator IS NULL OR denominator >= $4)
          ORDER BY school_id, group_id, period_end)
       SELECT period_end, school_id, group_id, value, numerator, denominator, suppressed FROM app.measurement
        WHERE metric_id = $1 AND (period_end IN (SELECT $2::date UNION SELECT period_end FROM firsts) OR period_end = ANY($5::date[]))`,
      [metricId, periodEnd, horizonStart, minN, baselineDates],
    );
    return rows.map((r) => ({
      periodEnd: r.period_end,
      schoolId: r.school_id,
      groupId: r.group_id,
      value: r.suppressed ? null : toNumber(r.value),
      numerator: r.suppressed ? null : toNumber(r.numerator),
      n: r.denominator,
      stored: r.suppressed,
    }));
  }
}

function emptyOf(context: Omit<EquityContext, 'metric'> & { metric: EquityContext['metric'] | null }): EquityReport {
  return {
    metrics: context.metrics,
    metric: context.metric,
    minN: context.minN,
    periods: context.periods,
    periodEnd: null,
    schoolId: null,
    reference: null,
    groups: [],
    schoolTable: null,
  };
}
