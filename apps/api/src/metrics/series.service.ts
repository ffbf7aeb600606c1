import { Injectable } from '@nestjs/common';
import {
  type MetricSeries, type SeriesPointResponse, downsample, expectedValue, isoDateInZone, metricStatus, schoolYear,
  targetPoints, toDayNumber, trajectoryPoints,
} from '@throughline/domain';
import { toNumber } from '../database/pg-types.js';
import { SettingsService } from '../settings/settings.service.js';
import { StudentGroupsService } from '../student-groups/student-groups.service.js';
import type { SeriesQuery } from './metrics.dto.js';
import { MetricsService } from './metrics.service.js';
import { Db } from '../database/db.js';

interface PointRow {
  period_end: string;
  value: string | null;
  denominator: number | null;
  suppressed: boolean;
}

/** One series (district or school × group): actuals against the expected trajectory, downsampled server-side. */
@Injectable()
export class SeriesService {
  constructor(
    private readonly db: Db,
    private readonly metrics: MetricsService,
    private readonly settings: SettingsService,
    private readonly groups: StudentGroupsService,
  ) {}

  async series(metricId: string, query: SeriesQuery): Promise<MetricSeries> {
    const [metric, settings, allStudentsId] = await Promise.all([this.metrics.row(metricId), this.settings.get(), this.groups.allStudentsId()]);
    const schoolId = query.schoolId ?? null;
    const groupId = query.groupId ?? allStudentsId;
    const asOf = query.asOf ?? isoDateInZone(Date.now(), settings.timeZone);

    // The series' own baseline and targets, else the district All Students ones (same goal for every group).
    const plans = await this.db.query<{ own: boolean; baseline_value: string | null; baseline_as_of: string | null; targets: { schoolYear: number; value: number }[] }[]>(
      `SELECT k.own, b.value AS baseline_value, b.as_of AS baseline_as_of,
              COALESCE((SELECT json_agg(json_build_object('schoolYear', t.school_year, 'value', t.value) ORDER BY t.school_year)
                          FROM app.metric_target t WHERE t.metric_id = $1 AND t.superseded_at IS NULL
                           AND t.school_id IS NOT DISTINCT FROM k.school_id AND t.group_id = k.group_id), '[]') AS targets
         FROM (VALUES (true, $2::uuid, $3::uuid), (false, NULL::uuid, $4::uuid)) AS k(own, school_id, group_id)
         LEFT JOIN app.metric_baseline b ON b.metric_id = $1 AND b.school_id IS NOT DISTINCT FROM k.school_id AND b.group_id = k.group_id
        ORDER BY k.own DESC`,
      [metricId, schoolId, groupId, allStudentsId],
    );
    const chosen = plans.find((p) => p.baseline_value !== null || p.targets.length > 0) ?? plans[0];
    const inheritsTargets = !chosen?.own;
    const baseline = chosen?.baseline_value != null && chosen.baseline_as_of ? { value: Number(chosen.baseline_value), date: chosen.baseline_as_of } : undefined;
    const yearly = (chosen?.targets ?? []).map((t) => ({ schoolYear: t.schoolYear, value: Number(t.value) }));
    const targets = targetPoints(yearly, settings.schoolYearStartMonth);

    const points = await this.db.query<PointRow[]>(
      `SELECT period_end, value, denominator, suppressed FROM app.measurement
        WHERE metric_id = $1 AND school_id IS NOT DISTINCT FROM $2 AND group_id = $3 AND period_end <= $4
        ORDER BY period_end`,
      [metricId, schoolId, groupId, asOf],
    );
    const latest = [...points].reverse().find((p) => !p.suppressed && p.value !== null);
    const status = metricStatus({
      direction: metric.direction,
      band: metric.band_low !== null && metric.band_high !== null ? { low: Number(metric.band_low), high: Number(metric.band_high) } : undefined,
      baseline,
      targets,
      latest: latest ? { value: Number(latest.value), periodEnd: latest.period_end } : undefined,
      cadence: metric.cadence,
      lagDays: metric.lag_days,
      asOf,
      bands: settings.statusBands,
    });

    const actuals: SeriesPointResponse[] = points.map((p) => ({
      periodEnd: p.period_end,
      value: p.suppressed ? null : toNumber(p.value),
      expected: baseline ? round(expectedValue(baseline, targets, p.period_end)) : null,
      n: p.denominator,
      suppressed: p.suppressed,
    }));
    // Never more points than the chart has room for: when there are too many, LTTB over the points with values.
    const maxPoints = query.points ?? 200;
    const sampled =
      actuals.length <= maxPoints
        ? actuals
        : downsample(
            actuals.filter((a) => a.value !== null).map((a) => ({ ...a, x: toDayNumber(a.periodEnd), y: a.value as number })),
            maxPoints,
          ).map(({ x: _x, y: _y, ...point }) => point);

    return {
      metricId,
      schoolId,
      groupId,
      status: status.status,
      inheritsTargets,
      baseline: baseline ? { value: baseline.value, asOf: baseline.date } : null,
      targets: yearly.map((t) => ({ ...t, date: schoolYear(t.schoolYear, settings.schoolYearStartMonth).end })),
      trajectory: baseline ? trajectoryPoints(baseline, targets) : [],
      actuals: sampled,
      totalPoints: points.length,
    };
  }
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
