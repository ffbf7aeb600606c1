import { Injectable, NotFoundException } from '@nestjs/common';
import {
  type Language, type PlanTree, type PublicDistrict, type PublicGoal, type PublicGoalPage, type PublicMetric, type PublicPlan,
  type PublicPriority, type PublicSeries, type RollupMode, type StoredPoint, type TreeGoal, isoDateInZone, metricHealth, rollupStatus,
  yearlyPublicPoints,
} from '@throughline/domain';
import { Db } from '../database/db.js';
import { cellKey, districtCellsByMetric, partitionGroups, suppressPeriods } from '../equity/equity-tables.js';
import { PlanTreeService } from '../plans/plan-tree.service.js';
import {
  type PublicCellRow, type PublicContextRow, type PublicGroupRow, type PublishedNodeRow, loadGroups, loadPublicCells,
  loadPublicContext, loadPublicTargets, loadPublishedNodes,
} from './public.queries.js';

/**
 * The community's view of the active plan. Only what is published leaves the server: unpublished items are never
 * loaded, tactics only as counts, and every figure passes the small-n rules (primary and complementary) here.
 */
@Injectable()
export class PublicService {
  constructor(
    private readonly db: Db,
    private readonly trees: PlanTreeService,
  ) {}

  async plan(language: Language): Promise<PublicPlan> {
    const { context, planId } = await this.context();
    const [tree, priorities] = await Promise.all([this.trees.tree(planId), this.priorities(context, planId, language)]);
    return {
      ...district(context, language, tree.asOf),
      plan: planText(tree.plan, language),
      priorities: withStatuses(priorities, tree, context.rollup_mode),
    };
  }

  /** One published goal (under a published priority); anything else is 404, whether it exists or not. */
  async goal(goalId: string, language: Language): Promise<PublicGoalPage> {
    const { context, planId } = await this.context();
    const [tree, priorities] = await Promise.all([this.trees.tree(planId), this.priorities(context, planId, language)]);
    for (const priority of withStatuses(priorities, tree, context.rollup_mode)) {
      const goal = priority.goals.find((g) => g.id === goalId);
      if (goal) return { ...district(context, language, tree.asOf), priorityTitle: priority.title, priorityTitleLang: priority.titleLang, goal };
    }
    throw new NotFoundException('No published goal with this id');
  }

  /** Whether a goal takes feedback: published, under a published priority of the active plan, page switched on. */
  async isPublishedGoal(goalId: string): Promise<boolean> {
    const { planId } = await this.context();
    const [row] = await this.db.query<{ id: string }[]>(
      `SELECT g.id FROM app.goal g JOIN app.priority p ON p.id = g.priority_id
        WHERE g.id = $1 AND g.published AND p.published AND p.plan_id = $2`,
      [goalId, planId],
    );
    return row !== undefined;
  }

  private async context(): Promise<{ context: PublicContextRow; planId: string }> {
    const context = await loadPublicContext(this.db);
    // Switched off (or nothing adopted yet): the page does not exist, rather than showing an empty shell.
    if (!context?.public_enabled || !context.plan_id) throw new NotFoundException('The public page is not available');
    return { context, planId: context.plan_id };
  }

  private async priorities(context: PublicContextRow, planId: string, language: Language): Promise<PublicPriority[]> {
    const asOf = isoDateInZone(Date.now(), context.time_zone);
    const nodes = await loadPublishedNodes(this.db, planId);
    const metricRows = nodes.filter((n) => n.kind === 'metric');
    const metricIds = metricRows.map((m) => m.id);
    const groups = await loadGroups(this.db);
    const allStudents = groups.find((g) => g.kind === 'all');
    if (!allStudents) throw new Error('The All Students group is missing');
    const [cells, targets] = metricIds.length
      ? await Promise.all([loadPublicCells(this.db, metricIds, allStudents.id, asOf), loadPublicTargets(this.db, metricIds)])
      : [[], []];
    const texts = (n: PublishedNodeRow) => {
      const title = pick(language, n.title, n.title_es);
      const summary = pick(language, n.summary_en, n.summary_es);
      return { title: title.text, titleLang: title.lang, summary: summary.text, summaryLang: summary.lang };
    };
    const series = seriesByMetric(cells, targets, groups, context, language);

    const metrics = (goalId: string): PublicMetric[] =>
      metricRows
        .filter((m) => m.parent_id === goalId)
        .map((m) => {
          const { title, ...languages } = texts(m);
          return {
            id: m.id, name: title, ...languages, unit: m.unit ?? 'percent', decimals: m.decimals ?? 1,
            direction: m.direction ?? 'up', status: 'no-data', series: series.get(m.id) ?? [],
          };
        });
    const goals = (priorityId: string): PublicGoal[] =>
      nodes
        .filter((n) => n.kind === 'goal' && n.parent_id === priorityId)
        .map((g) => ({ id: g.id, ...texts(g), status: 'no-data', tactics: emptyCounts(), metrics: metrics(g.id) }));
    return nodes
      .filter((n) => n.kind === 'priority')
      .map((p) => ({ id: p.id, ...texts(p), status: 'no-data', goals: goals(p.id) }));
  }
}

/** The plan's words in the page's language where the district wrote them, each with the language it is in. */
function planText(plan: PlanTree['plan'], language: Language): PublicPlan['plan'] {
  const mission = pick(language, plan.mission, plan.missionEs);
  const vision = pick(language, plan.vision, plan.visionEs);
  // Values go as a list in one language: the Spanish list only when it is complete.
  const valuesLang: Language = language === 'es' && plan.values.length > 0 && plan.valuesEs.length === plan.values.length ? 'es' : 'en';
  return {
    name: plan.name, mission: mission.text, missionLang: mission.lang, vision: vision.text, visionLang: vision.lang,
    values: valuesLang === 'es' ? plan.valuesEs : plan.values, valuesLang,
    firstSchoolYear: plan.firstSchoolYear, lastSchoolYear: plan.lastSchoolYear,
  };
}

/** The Spanish text when the page is Spanish and the district wrote one, else the English; with its language. */
function pick(language: Language, english: string, spanish: string): { text: string; lang: Language } {
  return language === 'es' && spanish.trim() !== '' ? { text: spanish, lang: 'es' } : { text: english, lang: 'en' };
}

function district(context: PublicContextRow, language: Language, asOf: string): PublicDistrict {
  return { name: context.name, language, minN: context.min_n, asOf };
}

/**
 * Statuses and tactic counts. A metric's status comes from the computed plan tree, but goals and priorities are rolled
 * up again from what the page shows: a status built on an unpublished metric or a withheld figure would hint at it.
 */
function withStatuses(priorities: readonly PublicPriority[], tree: PlanTree, mode: RollupMode): PublicPriority[] {
  const treeGoals = new Map<string, TreeGoal>(tree.priorities.flatMap((p) => p.goals.map((g) => [g.id, g] as const)));
  return priorities.map((p) => {
    const goals = p.goals.map((g): PublicGoal => {
      const node = treeGoals.get(g.id);
      const statusOf = new Map(node?.metrics.map((m) => [m.id, m.status]));
      const metrics = g.metrics.map((m) => {
        const latest = m.series[0]?.points.at(-1);
        return { ...m, status: !latest || latest.withheld ? ('no-data' as const) : (statusOf.get(m.id) ?? 'no-data') };
      });
      return {
        ...g,
        status: rollupStatus(metrics.map((m) => ({ status: metricHealth(m.status) })), mode).status,
        tactics: node ? { total: node.tacticCounts.total, byStatus: node.tacticCounts.byStatus } : g.tactics,
        metrics,
      };
    });
    return { ...p, status: rollupStatus(goals.map((g) => ({ status: g.status })), mode).status, goals };
  });
}

function emptyCounts(): PublicGoal['tactics'] {
  return { total: 0, byStatus: { 'not-started': 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, complete: 0, cancelled: 0 } };
}

/**
 * Each metric's public series: All Students first, then (when the metric publishes groups) each active group.
 * Every period's district table is suppressed as a whole first, so a hidden group cannot be worked out from the
 * published ones and the total.
 */
function seriesByMetric(
  rows: readonly PublicCellRow[],
  targetRows: readonly { metric_id: string; group_id: string; school_year: number; value: string }[],
  groups: readonly PublicGroupRow[],
  context: PublicContextRow,
  language: Language,
): Map<string, PublicSeries[]> {
  const { race, gender } = partitionGroups(groups);
  const byMetric = districtCellsByMetric(rows);
  const result = new Map<string, PublicSeries[]>();
  for (const [metricId, cells] of byMetric) {
    const checked = suppressPeriods(cells, context.min_n, race, gender);
    const series: PublicSeries[] = [];
    for (const group of groups) {
      if (!(group.kind === 'all' || group.active)) continue;
      const stored: StoredPoint[] = cells
        .filter((c) => c.groupId === group.id)
        .map((c) => {
          const hidden = checked.get(c.periodEnd)?.get(cellKey(null, c.groupId))?.hidden;
          // A hidden figure's value is dropped here already; the domain only needs to know why.
          return { periodEnd: c.periodEnd, value: hidden ? null : c.value, n: c.n, suppressed: c.stored, complementary: hidden === 'complementary' };
        });
      if (!stored.length) continue;
      const targets = new Map(
        targetRows.filter((t) => t.metric_id === metricId && t.group_id === group.id).map((t) => [t.school_year, Number(t.value)]),
      );
      const entry = {
        groupCode: group.code,
        groupName: language === 'es' ? group.name_es : group.name_en,
        points: yearlyPublicPoints(stored, targets, context.min_n, context.start_month),
      };
      if (group.kind === 'all') series.unshift(entry);
      else series.push(entry);
    }
    result.set(metricId, series);
  }
  return result;
}
