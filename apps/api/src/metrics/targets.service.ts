import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Baseline, Target } from '@throughline/domain';
import { invalid } from '../http/errors.js';
import { StudentGroupsService } from '../student-groups/student-groups.service.js';
import type { SetBaselineDto, SetTargetsDto, TargetQuery } from './metrics.dto.js';
import { MetricsService } from './metrics.service.js';
import { Db } from '../database/db.js';

interface TargetRow {
  id: string;
  school_id: string | null;
  group_id: string;
  school_year: number;
  value: string;
  reason: string | null;
  set_at: Date;
  superseded_at: Date | null;
}

const toTarget = (r: TargetRow): Target => ({
  id: r.id,
  schoolId: r.school_id,
  groupId: r.group_id,
  schoolYear: r.school_year,
  value: Number(r.value),
  reason: r.reason,
  setAt: r.set_at.toISOString(),
  supersededAt: r.superseded_at?.toISOString() ?? null,
});

/** Baselines and yearly targets per series (district or school × student group). Targets keep their history. */
@Injectable()
export class TargetsService {
  constructor(
    private readonly db: Db,
    private readonly metrics: MetricsService,
    private readonly groups: StudentGroupsService,
  ) {}

  async baselines(metricId: string): Promise<Baseline[]> {
    await this.metrics.row(metricId);
    const rows = await this.db.query<{ school_id: string | null; group_id: string; value: string; as_of: string }[]>(
      `SELECT school_id, group_id, value, as_of FROM app.metric_baseline WHERE metric_id = $1 ORDER BY school_id NULLS FIRST, group_id`,
      [metricId],
    );
    return rows.map((r) => ({ schoolId: r.school_id, groupId: r.group_id, value: Number(r.value), asOf: r.as_of }));
  }

  async setBaseline(metricId: string, body: SetBaselineDto): Promise<Baseline> {
    await this.metrics.row(metricId);
    const groupId = body.groupId ?? (await this.groups.allStudentsId());
    await this.db.execute(
      `INSERT INTO app.metric_baseline (metric_id, school_id, group_id, value, as_of) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT metric_baseline_series DO UPDATE SET value = EXCLUDED.value, as_of = EXCLUDED.as_of`,
      [metricId, body.schoolId ?? null, groupId, body.value, body.asOf],
    );
    return { schoolId: body.schoolId ?? null, groupId, value: body.value, asOf: body.asOf };
  }

  async targets(metricId: string, query: TargetQuery): Promise<Target[]> {
    await this.metrics.row(metricId);
    const all = query.all === 'true';
    const groupId = query.groupId ?? (await this.groups.allStudentsId());
    const rows = await this.db.query<TargetRow[]>(
      `SELECT id, school_id, group_id, school_year, value, reason, set_at, superseded_at FROM app.metric_target
        WHERE metric_id = $1 AND ($2 OR (school_id IS NOT DISTINCT FROM $3 AND group_id = $4)) AND ($5 OR superseded_at IS NULL)
        ORDER BY school_id NULLS FIRST, group_id, school_year, set_at`,
      [metricId, all, query.schoolId ?? null, groupId, query.history === 'true'],
    );
    return rows.map(toTarget);
  }

  /**
   * Sets a series' yearly targets within the plan's horizon. An unchanged value is left alone; a changed one is
   * superseded (kept, with its time) and replaced by a row carrying the reason, which is then required.
   */
  async setTargets(metricId: string, body: SetTargetsDto): Promise<Target[]> {
    const horizon = await this.horizon(metricId);
    const groupId = body.groupId ?? (await this.groups.allStudentsId());
    const problems = body.targets.flatMap((t, i) =>
      t.schoolYear < horizon.first || t.schoolYear > horizon.last
        ? [{ field: `targets[${i}].schoolYear`, messages: [`must be within the plan's horizon ${horizon.first}–${horizon.last}`] }]
        : [],
    );
    const years = body.targets.map((t) => t.schoolYear);
    if (new Set(years).size !== years.length) problems.push({ field: 'targets', messages: ['each school year at most once'] });
    if (problems.length) throw invalid(problems);

    return this.db.write(async (manager) => {
      const current = await manager.query<TargetRow[]>(
        `SELECT id, school_id, group_id, school_year, value, reason, set_at, superseded_at FROM app.metric_target
          WHERE metric_id = $1 AND school_id IS NOT DISTINCT FROM $2 AND group_id = $3 AND superseded_at IS NULL FOR UPDATE`,
        [metricId, body.schoolId ?? null, groupId],
      );
      const byYear = new Map(current.map((r) => [r.school_year, r]));
      const changed = body.targets.filter((t) => byYear.has(t.schoolYear) && Number(byYear.get(t.schoolYear)?.value) !== t.value);
      if (changed.length && !body.reason) {
        throw invalid([{ field: 'reason', messages: [`changing the target of ${changed.map((t) => t.schoolYear).join(', ')} needs a reason`] }]);
      }
      const fresh = body.targets.filter((t) => !byYear.has(t.schoolYear) || changed.includes(t));
      if (changed.length) {
        await manager.query(`UPDATE app.metric_target SET superseded_at = now() WHERE id = ANY($1::uuid[])`, [
          changed.map((t) => byYear.get(t.schoolYear)?.id),
        ]);
      }
      if (fresh.length) await insertTargets(manager, metricId, body.schoolId ?? null, groupId, fresh, body.reason ?? null);
      return this.targets(metricId, { schoolId: body.schoolId, groupId });
    });
  }

  private async horizon(metricId: string): Promise<{ first: number; last: number }> {
    await this.metrics.row(metricId);
    const [row] = await this.db.query<{ first: number; last: number }[]>(
      `SELECT pl.first_school_year AS first, pl.last_school_year AS last FROM app.metric m
         LEFT JOIN app.goal g ON g.id = m.goal_id LEFT JOIN app.priority p ON p.id = g.priority_id
         LEFT JOIN app.guardrail gr ON gr.id = m.guardrail_id
         JOIN app.plan pl ON pl.id = COALESCE(p.plan_id, gr.plan_id)
        WHERE m.id = $1`,
      [metricId],
    );
    return row as { first: number; last: number };
  }
}

async function insertTargets(
  manager: EntityManager,
  metricId: string,
  schoolId: string | null,
  groupId: string,
  targets: readonly { schoolYear: number; value: number }[],
  reason: string | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO app.metric_target (metric_id, school_id, group_id, school_year, value, reason)
     SELECT $1, $2, $3, y, v, $6 FROM unnest($4::int[], $5::numeric[]) AS t(y, v)`,
    [metricId, schoolId, groupId, targets.map((t) => t.schoolYear), targets.map((t) => t.value), reason],
  );
}
