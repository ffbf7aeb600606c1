/**
 * Assembles the whole demo district for a date as column arrays, table by table in foreign-key order. Pure: no
 * database, no clock; the same `today` always gives the same content and the same ids.
 */
import { type IsoDate, addDays, schoolYear, schoolYearOf } from '@throughline/domain';
import { planTactic } from './demo-check-ins.js';
import { generateMeasurements } from './demo-measurements.js';
import { type DemoMetric, METRICS } from './demo-metrics.js';
import { PEOPLE, emailOf } from './demo-people.js';
import { GOALS, GUARDRAILS, type GoalFacts, INITIATIVES, PLAN_TEXT, PRIORITIES, STRATEGIES } from './demo-plan.js';
import { Rosters } from './demo-roster.js';
import { SCHOOLS } from './demo-schools.js';
import { TACTICS } from './demo-tactics.js';
import { adoptedOn, buildTargets } from './demo-targets.js';
import { type Horizon, currentTargets } from './demo-trajectory.js';
import type { Columns } from './demo-sql.js';
import { demoUuid } from './prng.js';

export interface DemoContent {
  /** Tables in insertion order (parents first). */
  readonly tables: readonly (readonly [table: string, columns: Columns])[];
  readonly horizon: Horizon;
}

/** Today is in plan year 3: the plan started two school years before today's. */
export function horizonOf(today: IsoDate): Horizon {
  const current = schoolYearOf(today).startYear;
  return { today, current, first: current - 2, last: current + 2 };
}

const id = (kind: string, key: string | number) => demoUuid(`${kind}:${key}`);
const person = (key: string) => id('person', key);
const school = (key: string | undefined) => (key === undefined ? null : id('school', key));

function formatValue(metric: DemoMetric, value: number): string {
  if (metric.unit === 'count') return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = value.toFixed(metric.decimals);
  return metric.unit === 'percent' ? `${text}%` : text;
}

function goalFacts(goalKey: string, h: Horizon): GoalFacts {
  const headline = METRICS.find((m) => m.parent === goalKey && m.headline);
  if (!headline) throw new Error(`Seed bug: goal ${goalKey} has no headline metric`);
  const targets = currentTargets(headline);
  return {
    from: formatValue(headline, headline.baseline),
    to: formatValue(headline, targets[targets.length - 1] ?? headline.baseline),
    y0: h.first,
    y5: h.last + 1,
    label0: schoolYear(h.first - 1).label,
    label5: schoolYear(h.last).label,
  };
}

/** `groupIds[i]` is the database id of the preloaded group GROUP_CODES[i]. */
export function buildDemoContent(today: IsoDate, groupIds: readonly string[]): DemoContent {
  const h = horizonOf(today);
  const rosters = new Rosters();
  const planId = demoUuid('plan');
  const schoolIds = SCHOOLS.map((s) => id('school', s.key));
  const metricIds = METRICS.map((m) => id('metric', m.key));
  const parentOf = (m: DemoMetric) => ({ goal: GOALS.some((g) => g.key === m.parent) ? id('goal', m.parent) : null, guardrail: GUARDRAILS.some((g) => g.key === m.parent) ? id('guardrail', m.parent) : null });
  const sortWithin = (m: DemoMetric) => METRICS.filter((x) => x.parent === m.parent).indexOf(m);

  const measurements = generateMeasurements(METRICS, h, rosters);
  const { baselines, targets } = buildTargets(METRICS, h, rosters);
  const tactics = TACTICS.map((row, i) => ({ row, i, plan: planTactic(row, i, h.current, today) }));
  const checkIns = tactics.flatMap(({ i, plan }) => plan.checkIns.map((c, j) => ({ tactic: i, j, c })));
  const milestones = tactics.flatMap(({ i, plan }) => plan.milestones.map((m, j) => ({ tactic: i, j, m })));
  const tacticMetrics = tactics.flatMap(({ row, i }) => (STRATEGIES.find((s) => s.key === row[0])?.metrics ?? []).map((key) => [i, key] as const));
  const contributors = tactics.flatMap(({ row, i }) => (row[6]?.contributors ?? []).filter((c) => c !== row[2]).map((key) => [i, key] as const));
  const initiativeGoals = INITIATIVES.flatMap((x, i) => x.goals.map((goal) => [i, goal] as const));
  const adopted = adoptedOn(h);
  const facts = GOALS.map((g) => goalFacts(g.key, h));

  const tables: [string, Columns][] = [
    ['school', { id: ['uuid', schoolIds], code: ['text', SCHOOLS.map((s) => s.code)], name: ['text', SCHOOLS.map((s) => s.name)], level: ['text', SCHOOLS.map((s) => s.level)] }],
    ['person', {
      id: ['uuid', PEOPLE.map((p) => person(p.key))], name: ['text', PEOPLE.map((p) => p.name)], email: ['text', PEOPLE.map(emailOf)],
      title: ['text', PEOPLE.map((p) => p.title)], department: ['text', PEOPLE.map((p) => p.department)],
      supervisor_id: ['uuid', PEOPLE.map((p) => (p.supervisor ? person(p.supervisor) : null))], preferred_language: ['text', PEOPLE.map((p) => p.language ?? 'en')],
    }],
    ['plan', {
      id: ['uuid', [planId]], name: ['text', [PLAN_TEXT.name]], first_school_year: ['int', [h.first]], last_school_year: ['int', [h.last]],
      mission: ['text', [PLAN_TEXT.mission]], vision: ['text', [PLAN_TEXT.vision]], plan_values: ['jsonb', [JSON.stringify(PLAN_TEXT.values)]],
      mission_es: ['text', [PLAN_TEXT.missionEs]], vision_es: ['text', [PLAN_TEXT.visionEs]], values_es: ['jsonb', [JSON.stringify(PLAN_TEXT.valuesEs)]],
      learner_profile: ['jsonb', [JSON.stringify(PLAN_TEXT.learnerProfile)]], state: ['text', ['adopted']], adopted_on: ['date', [adopted]],
      active: ['boolean', [true]], created_at: ['timestamptz', [`${addDays(adopted, -45)}T15:00:00Z`]],
    }],
    ['priority', {
      id: ['uuid', PRIORITIES.map((p) => id('priority', p.key))], plan_id: ['uuid', PRIORITIES.map(() => planId)], title: ['text', PRIORITIES.map((p) => p.title)],
      title_es: ['text', PRIORITIES.map((p) => p.titleEs)], description: ['text', PRIORITIES.map((p) => p.description)],
      owner_id: ['uuid', PRIORITIES.map((p) => person(p.owner))], sort_order: ['int', PRIORITIES.map((_, i) => i)],
    }],
    ['goal', {
      id: ['uuid', GOALS.map((g) => id('goal', g.key))], priority_id: ['uuid', GOALS.map((g) => id('priority', g.priority))], title: ['text', GOALS.map((g, i) => g.title(facts[i]))],
      title_es: ['text', GOALS.map((g, i) => g.titleEs(facts[i]))], description: ['text', GOALS.map((g) => g.description)], owner_id: ['uuid', GOALS.map((g) => person(g.owner))],
      sort_order: ['int', GOALS.map((g) => GOALS.filter((x) => x.priority === g.priority).indexOf(g))],
    }],
    ['guardrail', {
      id: ['uuid', GUARDRAILS.map((g) => id('guardrail', g.key))], plan_id: ['uuid', GUARDRAILS.map(() => planId)], statement: ['text', GUARDRAILS.map((g) => g.statement)],
      owner_id: ['uuid', GUARDRAILS.map((g) => person(g.owner))], sort_order: ['int', GUARDRAILS.map((_, i) => i)],
    }],
    ['strategy', {
      id: ['uuid', STRATEGIES.map((s) => id('strategy', s.key))], goal_id: ['uuid', STRATEGIES.map((s) => id('goal', s.goal))], title: ['text', STRATEGIES.map((s) => s.title)],
      description: ['text', STRATEGIES.map((s) => s.description)], owner_id: ['uuid', STRATEGIES.map((s) => person(s.owner))],
      sort_order: ['int', STRATEGIES.map((s) => STRATEGIES.filter((x) => x.goal === s.goal).indexOf(s))],
    }],
    ['metric', {
      id: ['uuid', metricIds], goal_id: ['uuid', METRICS.map((m) => parentOf(m).goal)], guardrail_id: ['uuid', METRICS.map((m) => parentOf(m).guardrail)],
      name: ['text', METRICS.map((m) => m.name)], name_es: ['text', METRICS.map((m) => m.nameEs)], definition: ['text', METRICS.map((m) => m.definition)], unit: ['text', METRICS.map((m) => m.unit)],
      decimals: ['int', METRICS.map((m) => m.decimals)], direction: ['text', METRICS.map((m) => m.direction)],
      band_low: ['numeric', METRICS.map((m) => m.band?.[0] ?? null)], band_high: ['numeric', METRICS.map((m) => m.band?.[1] ?? null)],
      kind: ['text', METRICS.map((m) => m.kind)], cadence: ['text', METRICS.map((m) => m.cadence)], lag_days: ['int', METRICS.map((m) => m.lagDays)],
      owner_id: ['uuid', METRICS.map((m) => person(m.owner))], disaggregation: ['text', METRICS.map((m) => m.disaggregation)],
      headline: ['boolean', METRICS.map((m) => m.headline ?? false)], sort_order: ['int', METRICS.map(sortWithin)],
    }],
    ['metric_baseline', {
      id: ['uuid', baselines.map((b, i) => id('baseline', i))], metric_id: ['uuid', baselines.map((b) => metricIds[b.metric])],
      school_id: ['uuid', baselines.map((b) => (b.school === null ? null : schoolIds[b.school]))], group_id: ['uuid', baselines.map((b) => groupIds[b.group])],
      value: ['numeric', baselines.map((b) => b.value)], as_of: ['date', baselines.map((b) => b.asOf)],
    }],
    ['metric_target', {
      id: ['uuid', targets.map((t, i) => id('target', i))], metric_id: ['uuid', targets.map((t) => metricIds[t.metric])],
      school_id: ['uuid', targets.map((t) => (t.school === null ? null : schoolIds[t.school]))], group_id: ['uuid', targets.map((t) => groupIds[t.group])],
      school_year: ['int', targets.map((t) => t.schoolYear)], value: ['numeric', targets.map((t) => t.value)], reason: ['text', targets.map((t) => t.reason)],
      set_at: ['timestamptz', targets.map((t) => t.setAt)], superseded_at: ['timestamptz', targets.map((t) => t.supersededAt)],
    }],
    ['measurement', {
      metric_id: ['uuid', measurements.map((r) => metricIds[r.metric])], period_end: ['date', measurements.map((r) => r.periodEnd)],
      period_kind: ['text', measurements.map((r) => r.periodKind)], school_id: ['uuid', measurements.map((r) => (r.school === null ? null : schoolIds[r.school]))],
      group_id: ['uuid', measurements.map((r) => groupIds[r.group])], value: ['numeric', measurements.map((r) => r.value)],
      numerator: ['numeric', measurements.map((r) => r.numerator)], denominator: ['int', measurements.map((r) => r.denominator)],
      suppressed: ['boolean', measurements.map((r) => r.suppressed)], note: ['text', measurements.map((r) => r.note)], recorded_at: ['timestamptz', measurements.map((r) => r.recordedAt)],
    }],
    ['tactic', {
      id: ['uuid', tactics.map(({ i }) => id('tactic', i))], strategy_id: ['uuid', tactics.map(({ row }) => id('strategy', row[0]))], title: ['text', tactics.map(({ row }) => row[1])],
      description: ['text', tactics.map(({ row }) => row[6]?.description ?? '')], owner_id: ['uuid', tactics.map(({ row }) => person(row[2]))],
      school_id: ['uuid', tactics.map(({ row }) => school(row[6]?.school ?? PEOPLE.find((p) => p.key === row[2])?.school))],
      start_date: ['date', tactics.map(({ plan }) => plan.startDate)], due_date: ['date', tactics.map(({ plan }) => plan.dueDate)], school_year: ['int', tactics.map(() => h.current)],
      status: ['text', tactics.map(({ plan }) => plan.status)], percent_complete: ['int', tactics.map(({ plan }) => plan.percent)],
      update_cadence: ['text', tactics.map(({ row }) => row[6]?.cadence ?? 'monthly')], weight: ['numeric', tactics.map(({ row }) => row[6]?.weight ?? 1)],
      sort_order: ['int', tactics.map(({ row }) => TACTICS.filter((x) => x[0] === row[0]).indexOf(row))], last_check_in_at: ['timestamptz', tactics.map(({ plan }) => plan.lastCheckInAt)],
    }],
    ['tactic_contributor', { tactic_id: ['uuid', contributors.map(([i]) => id('tactic', i))], person_id: ['uuid', contributors.map(([, key]) => person(key))] }],
    ['tactic_metric', { tactic_id: ['uuid', tacticMetrics.map(([i]) => id('tactic', i))], metric_id: ['uuid', tacticMetrics.map(([, key]) => id('metric', key))] }],
    ['milestone', {
      id: ['uuid', milestones.map(({ tactic, j }) => id('milestone', `${tactic}:${j}`))], tactic_id: ['uuid', milestones.map(({ tactic }) => id('tactic', tactic))],
      title: ['text', milestones.map(({ m }) => m.title)], due_date: ['date', milestones.map(({ m }) => m.dueDate)],
      completed_on: ['date', milestones.map(({ m }) => m.completedOn)], sort_order: ['int', milestones.map(({ j }) => j)],
    }],
    ['status_update', {
      id: ['uuid', checkIns.map(({ tactic, j }) => id('check-in', `${tactic}:${j}`))], tactic_id: ['uuid', checkIns.map(({ tactic }) => id('tactic', tactic))],
      status: ['text', checkIns.map(({ c }) => c.status)], percent_complete: ['int', checkIns.map(({ c }) => c.percent)], narrative: ['text', checkIns.map(({ c }) => c.narrative)],
      evidence_links: ['jsonb', checkIns.map(({ c }) => JSON.stringify(c.evidence))], author_id: ['uuid', checkIns.map(({ c }) => person(c.author))],
      created_at: ['timestamptz', checkIns.map(({ c }) => c.createdAt)],
    }],
    ['initiative', {
      id: ['uuid', INITIATIVES.map((_, i) => id('initiative', i))], plan_id: ['uuid', INITIATIVES.map(() => planId)], name: ['text', INITIATIVES.map((x) => x.name)],
      description: ['text', INITIATIVES.map((x) => x.description)], current: ['boolean', INITIATIVES.map((x) => x.current)], decision: ['text', INITIATIVES.map((x) => x.decision)],
      rationale: ['text', INITIATIVES.map((x) => x.rationale)], owner_id: ['uuid', INITIATIVES.map((x) => person(x.owner))],
    }],
    ['initiative_goal', { initiative_id: ['uuid', initiativeGoals.map(([i]) => id('initiative', i))], goal_id: ['uuid', initiativeGoals.map(([, goal]) => id('goal', goal))] }],
  ];
  return { tables, horizon: h };
}
