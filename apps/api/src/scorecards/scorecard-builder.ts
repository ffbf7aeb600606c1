import {
  type HealthStatus, type IsoDate, type Observation, type PlanQuarter, type PlanTree, type Scorecard, type ScorecardGoal,
  type ScorecardMetric, type ScorecardRecord, type SeriesContext, type StatusBands, healthChange, scoreSeries,
} from '@throughline/domain';
import { toNumber } from '../database/pg-types.js';
import { figureKey } from './scorecard-suppression.js';
import type { HistoryRow, MetricMetaRow, NodeMetaRow, SeriesRow } from './scorecards.queries.js';

export interface ScorecardFacts {
  readonly quarter: PlanQuarter;
  readonly asOf: IsoDate;
  readonly previousAsOf: IsoDate;
  readonly minN: number;
  readonly startMonth: number;
  readonly bands: StatusBands;
  readonly record: ScorecardRecord | null;
  readonly tree: PlanTree;
  readonly previousTree: PlanTree;
  readonly metrics: readonly MetricMetaRow[];
  readonly series: readonly SeriesRow[];
  readonly nodes: readonly NodeMetaRow[];
  readonly history: readonly HistoryRow[];
  /** District figures hidden by complementary suppression (`figureKey`s), as on the equity and public pages. */
  readonly complementary: ReadonlySet<string>;
  readonly generatedAt: string;
}

/** Maps the loaded rows and the two plan trees (quarter end, previous quarter end) into the board's scorecard. */
export function buildScorecard(facts: ScorecardFacts): Scorecard {
  const { tree, previousTree, quarter } = facts;
  const previous = new Map<string, HealthStatus>();
  for (const p of previousTree.priorities) {
    previous.set(p.id, p.status.status);
    for (const g of p.goals) previous.set(g.id, g.status.status);
  }
  for (const gr of previousTree.guardrails) previous.set(gr.id, gr.status.status);
  const nodes = new Map(facts.nodes.map((n) => [n.id, n]));
  const seriesOf = group(facts.series, (s) => s.metric_id);
  const historyOf = group(facts.history, (h) => h.metric_id);
  const metricsOf = group(facts.metrics, (m) => (m.goal_id ?? m.guardrail_id) as string);
  const context: SeriesContext = { asOf: facts.asOf, previousAsOf: facts.previousAsOf, minN: facts.minN, startMonth: facts.startMonth, bands: facts.bands };

  const metric = (m: MetricMetaRow): ScorecardMetric => {
    const definition = {
      direction: m.direction,
      band: m.band_low !== null && m.band_high !== null ? { low: Number(m.band_low), high: Number(m.band_high) } : null,
      cadence: m.cadence,
      lagDays: m.lag_days,
    };
    return {
      id: m.id,
      name: m.name,
      unit: m.unit,
      decimals: m.decimals,
      direction: m.direction,
      series: (seriesOf.get(m.id) ?? []).map((s) => {
        const hiddenIn = (periodEnd: IsoDate | null) => periodEnd !== null && facts.complementary.has(figureKey(m.id, periodEnd, s.group_id));
        return scoreSeries(
          {
            groupId: s.group_id,
            code: s.code,
            nameEn: s.name_en,
            nameEs: s.name_es,
            allStudents: s.all_students,
            baseline: s.baseline_value !== null && s.baseline_as_of ? { date: s.baseline_as_of, value: Number(s.baseline_value) } : null,
            targets: s.targets.map((t) => ({ schoolYear: t.schoolYear, value: Number(t.value) })),
            current: observation(s.cur_value, s.cur_n, s.cur_stored, s.cur_period_end, hiddenIn(s.cur_period_end)),
            previous: observation(s.prev_value, s.prev_n, s.prev_stored, s.prev_period_end, hiddenIn(s.prev_period_end)),
          },
          definition,
          context,
        );
      }),
      history: (historyOf.get(m.id) ?? []).map((h) => ({ periodEnd: h.period_end, value: Number(h.value) })),
    };
  };
  const published = (id: string) => nodes.get(id)?.published === true;
  const priorities = tree.priorities.filter((p) => published(p.id)).map((p) => ({
    id: p.id,
    title: p.title,
    status: p.status.status,
    change: healthChange(p.status.status, previous.get(p.id) ?? null),
    goals: p.goals.filter((g) => published(g.id)).map((g): ScorecardGoal => {
      const node = nodes.get(g.id);
      return {
        id: g.id,
        title: g.title,
        ownerId: g.ownerId,
        ownerName: node?.owner_name ?? '',
        status: g.status.status,
        change: healthChange(g.status.status, previous.get(g.id) ?? null),
        narrative: node?.narrative ? { text: node.narrative, authorName: node.author_name, updatedAt: node.updated_at } : null,
        metrics: (metricsOf.get(g.id) ?? []).map(metric),
      };
    }),
  }));
  const guardrails = tree.guardrails.map((gr) => ({
    id: gr.id,
    statement: gr.statement,
    ownerName: nodes.get(gr.id)?.owner_name ?? '',
    status: gr.status.status,
    change: healthChange(gr.status.status, previous.get(gr.id) ?? null),
    metrics: (metricsOf.get(gr.id) ?? []).map(metric),
  }));
  return {
    planId: tree.plan.id,
    planName: tree.plan.name,
    schoolYear: quarter.schoolYear,
    schoolYearLabel: quarter.schoolYearLabel,
    quarter: quarter.quarter,
    label: quarter.label,
    periodStart: quarter.start,
    periodEnd: quarter.end,
    asOf: facts.asOf,
    previousAsOf: facts.previousAsOf,
    minN: facts.minN,
    state: facts.record?.state ?? 'live',
    record: facts.record,
    generatedAt: facts.generatedAt,
    priorities,
    guardrails,
  };
}

function observation(
  value: string | null,
  n: number | null,
  stored: boolean | null,
  periodEnd: IsoDate | null,
  complementary: boolean,
): Observation | null {
  return periodEnd === null ? null : { value: toNumber(value), n, stored: stored === true, periodEnd, complementary };
}

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}
