import { Injectable } from '@nestjs/common';
import { type IsoDate, downsample, expectedValue, isoDateInZone, targetPoints, toDayNumber, trajectoryPoints } from '@throughline/domain';
import { Db } from '../database/db.js';
import { SettingsService } from '../settings/settings.service.js';
import { StudentGroupsService } from '../student-groups/student-groups.service.js';
import type { GoalSparkline, PlanSparklines } from './sparklines.dto.js';
import { PlansService } from './plans.service.js';

interface HeadlineRow {
  goal_id: string;
  metric_id: string;
  baseline_value: string | null;
  baseline_as_of: IsoDate | null;
  targets: { schoolYear: number; value: number }[];
}

interface ActualRow {
  metric_id: string;
  period_end: IsoDate;
  value: string;
}

/** Every goal's headline series in two set-based queries, for the overview's sparklines. */
@Injectable()
export class SparklinesService {
  constructor(
    private readonly db: Db,
    private readonly plans: PlansService,
    private readonly settings: SettingsService,
    private readonly groups: StudentGroupsService,
  ) {}

  async sparklines(planId: string, asOfParam: IsoDate | undefined, points = 24): Promise<PlanSparklines> {
    const [, settings, allStudentsId] = await Promise.all([this.plans.entity(planId), this.settings.get(), this.groups.allStudentsId()]);
    const asOf = asOfParam ?? isoDateInZone(Date.now(), settings.timeZone);
    // One metric per goal: the headline one, else the first in the goal's order (what the overview shows).
    const headlines = await this.db.query<HeadlineRow[]>(
      `SELECT DISTINCT ON (g.id) g.id AS goal_id, m.id AS metric_id, b.value AS baseline_value, b.as_of AS baseline_as_of,
              COALESCE((SELECT json_agg(json_build_object('schoolYear', t.school_year, 'value', t.value) ORDER BY t.school_year)
                          FROM app.metric_target t
                         WHERE t.metric_id = m.id AND t.school_id IS NULL AND t.group_id = $2 AND t.superseded_at IS NULL), '[]') AS targets
         FROM app.goal g
         JOIN app.priority p ON p.id = g.priority_id
         JOIN app.metric m ON m.goal_id = g.id
         LEFT JOIN app.metric_baseline b ON b.metric_id = m.id AND b.school_id IS NULL AND b.group_id = $2
        WHERE p.plan_id = $1
        ORDER BY g.id, m.headline DESC, m.sort_order, m.name`,
      [planId, allStudentsId],
    );
    const actuals = headlines.length
      ? await this.db.query<ActualRow[]>(
          `SELECT metric_id, period_end, value FROM app.measurement
            WHERE metric_id = ANY($1::uuid[]) AND school_id IS NULL AND group_id = $2 AND period_end <= $3
              AND NOT suppressed AND value IS NOT NULL
            ORDER BY metric_id, period_end`,
          [headlines.map((h) => h.metric_id), allStudentsId, asOf],
        )
      : [];
    const byMetric = new Map<string, ActualRow[]>();
    for (const row of actuals) byMetric.set(row.metric_id, [...(byMetric.get(row.metric_id) ?? []), row]);
    return {
      planId,
      asOf,
      sparklines: headlines.map((h) => toSparkline(h, byMetric.get(h.metric_id) ?? [], settings.schoolYearStartMonth, points)),
    };
  }
}

function toSparkline(row: HeadlineRow, rows: readonly ActualRow[], startMonth: number, maxPoints: number): GoalSparkline {
  const baseline = row.baseline_value !== null && row.baseline_as_of ? { value: Number(row.baseline_value), date: row.baseline_as_of } : undefined;
  const yearly = row.targets.map((t) => ({ schoolYear: t.schoolYear, value: Number(t.value) }));
  const targets = targetPoints(yearly, startMonth);
  const points = rows.map((r) => ({
    periodEnd: r.period_end,
    value: Number(r.value),
    expected: baseline ? Math.round(expectedValue(baseline, targets, r.period_end) * 10_000) / 10_000 : null,
    x: toDayNumber(r.period_end),
    y: Number(r.value),
  }));
  return {
    goalId: row.goal_id,
    metricId: row.metric_id,
    baseline: baseline ? { value: baseline.value, asOf: baseline.date } : null,
    trajectory: baseline ? trajectoryPoints(baseline, targets) : [],
    actuals: downsample(points, maxPoints).map(({ x: _x, y: _y, ...point }) => point),
    totalPoints: rows.length,
  };
}
