import { Injectable } from '@nestjs/common';
import { type IsoDate, type PlanTree, buildPlanTree, isoDateInZone } from '@throughline/domain';
import { toNumber } from '../database/pg-types.js';
import { SettingsService } from '../settings/settings.service.js';
import { StudentGroupsService } from '../student-groups/student-groups.service.js';
import { loadTreeRows } from './plan-tree.queries.js';
import { toPlanResponse } from './plans.dto.js';
import { PlansService } from './plans.service.js';
import { Db } from '../database/db.js';

/** Loads the plan in six set-based queries and lets the domain compute every status. */
@Injectable()
export class PlanTreeService {
  constructor(
    private readonly db: Db,
    private readonly plans: PlansService,
    private readonly settings: SettingsService,
    private readonly groups: StudentGroupsService,
  ) {}

  async tree(planId: string, asOfParam?: IsoDate): Promise<PlanTree> {
    const [plan, settings, allStudentsId] = await Promise.all([this.plans.entity(planId), this.settings.get(), this.groups.allStudentsId()]);
    const today = isoDateInZone(Date.now(), settings.timeZone);
    const asOf = asOfParam ?? today;
    const rows = await loadTreeRows(this.db.manager, planId, allStudentsId, asOf, settings.timeZone, asOf < today);
    const node = (r: { id: string; parent_id: string; title: string; description: string; owner_id: string; sort_order: number }) => ({
      id: r.id,
      parentId: r.parent_id,
      title: r.title,
      description: r.description,
      ownerId: r.owner_id,
      sortOrder: r.sort_order,
    });
    return buildPlanTree({
      plan: toPlanResponse(plan),
      asOf,
      schoolYearStartMonth: settings.schoolYearStartMonth,
      bands: settings.statusBands,
      rollupMode: settings.rollupMode,
      priorities: rows.priorities.map(node),
      goals: rows.goals.map(node),
      strategies: rows.strategies.map(node),
      guardrails: rows.guardrails.map((g) => ({ id: g.id, planId: g.plan_id, statement: g.statement, ownerId: g.owner_id, sortOrder: g.sort_order })),
      tactics: rows.tactics.map((t) => ({
        id: t.id,
        strategyId: t.strategy_id,
        title: t.title,
        ownerId: t.owner_id,
        status: t.status,
        percentComplete: t.percent_complete,
        startDate: t.start_date,
        dueDate: t.due_date,
        updateCadence: t.update_cadence,
        weight: Number(t.weight),
        lastCheckIn: t.last_check_in,
      })),
      metrics: rows.metrics.map((m) => ({
        id: m.id,
        parentId: (m.goal_id ?? m.guardrail_id) as string,
        name: m.name,
        unit: m.unit,
        decimals: m.decimals,
        direction: m.direction,
        band: m.band_low !== null && m.band_high !== null ? { low: Number(m.band_low), high: Number(m.band_high) } : null,
        cadence: m.cadence,
        lagDays: m.lag_days,
        headline: m.headline,
        baseline: m.baseline_value !== null && m.baseline_as_of ? { value: Number(m.baseline_value), date: m.baseline_as_of } : null,
        targets: m.targets.map((t) => ({ schoolYear: t.schoolYear, value: Number(t.value) })),
        latest: m.latest_value !== null && m.latest_period_end ? { value: toNumber(m.latest_value) as number, periodEnd: m.latest_period_end } : null,
      })),
    });
  }
}
