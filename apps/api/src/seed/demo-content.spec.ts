import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { type MetricStatus, metricStatus, schoolYear, tacticHealth } from '@throughline/domain';
import { buildDemoContent } from './demo-content.js';
import { METRICS } from './demo-metrics.js';
import { GOALS, type GoalFacts } from './demo-plan.js';
import { GROUP, GROUP_CODES } from './demo-roster.js';
import type { Columns } from './demo-sql.js';

const TODAY = '2026-11-25';
const GROUP_IDS = GROUP_CODES.map((_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
const content = buildDemoContent(TODAY, GROUP_IDS);
const table = (name: string): Columns => content.tables.find(([t]) => t === name)?.[1] ?? {};
const column = <T>(name: string, col: string) => (table(name)[col]?.[1] ?? []) as readonly T[];
const rows = (name: string) => column<unknown>(name, Object.keys(table(name))[0]).map((_, i) => (col: string) => table(name)[col][1][i]);

/** What the plan tree computes for the district All Students series of each metric. */
function statuses(): Record<string, MetricStatus> {
  const metricIds = column<string>('metric', 'id');
  const district = (r: (c: string) => unknown) => r('school_id') === null && r('group_id') === GROUP_IDS[GROUP.ALL];
  return Object.fromEntries(METRICS.map((metric, m) => {
    const mine = (r: (c: string) => unknown) => r('metric_id') === metricIds[m] && district(r);
    const baseline = rows('metric_baseline').find(mine);
    const targets = rows('metric_target').filter((r) => mine(r) && r('superseded_at') === null);
    const latest = rows('measurement').filter((r) => mine(r) && !r('suppressed')).sort((a, b) => String(b('period_end')).localeCompare(String(a('period_end'))))[0];
    const result = metricStatus({
      direction: metric.direction,
      band: metric.band ? { low: metric.band[0], high: metric.band[1] } : undefined,
      baseline: baseline ? { date: baseline('as_of') as string, value: baseline('value') as number } : undefined,
      targets: targets.map((t) => ({ date: schoolYear(t('school_year') as number).end, value: t('value') as number })),
      latest: latest ? { value: latest('value') as number, periodEnd: latest('period_end') as string } : undefined,
      cadence: metric.cadence,
      lagDays: metric.lagDays,
      asOf: TODAY,
    });
    return [metric.key, result.status];
  }));
}

describe('buildDemoContent', () => {
  it('is identical for the same today, ids included', () => {
    // A digest, not toEqual: a deep comparison of 50,000+ rows takes longer than building them.
    const digest = (c: unknown) => createHash('sha256').update(JSON.stringify(c)).digest('hex');
    expect(digest(buildDemoContent(TODAY, GROUP_IDS))).toBe(digest(content));
  });

  it('places today in year 3 of a five-year plan', () => {
    expect(content.horizon).toEqual({ today: TODAY, current: 2026, first: 2024, last: 2028 });
  });

  it('shows a believable mix of metric statuses', () => {
    const byStatus = Object.entries(statuses()).reduce<Record<string, string[]>>((acc, [key, status]) => ({ ...acc, [status]: [...(acc[status] ?? []), key] }), {});
    expect(byStatus['awaiting-release']).toEqual(['work-based-learning']);
    expect(byStatus['stale']).toEqual(['referral-rate']);
    expect(byStatus['off-track']).toEqual(['grade8-math', 'chronic-absence']);
    expect(byStatus['met']?.length).toBeGreaterThanOrEqual(1);
    expect(byStatus['watch']?.length).toBeGreaterThanOrEqual(3);
    expect(byStatus['on-track']?.length).toBeGreaterThanOrEqual(8);
  });

  it('keeps measurements coherent: n-weighted districts, partitions, numerators within denominators', () => {
    const measurements = rows('measurement');
    expect(measurements.length).toBeGreaterThan(40_000);
    expect(measurements.length).toBeLessThan(150_000);
    const chronic = column<string>('metric', 'id')[METRICS.findIndex((m) => m.key === 'chronic-absence')];
    const oct = measurements.filter((r) => r('metric_id') === chronic && r('period_end') === '2026-10-31');
    const n = (school: string | null, code: (typeof GROUP_CODES)[number]) => oct.find((r) => r('school_id') === school && r('group_id') === GROUP_IDS[GROUP[code]])?.('denominator') ?? 0;
    const schools = [...new Set(oct.map((r) => r('school_id') as string | null))];
    for (const school of schools) {
      expect((['HI', 'AI', 'AS', 'BL', 'PI', 'WH', 'TR'] as const).reduce((sum, code) => sum + (n(school, code) as number), 0)).toBe(n(school, 'ALL'));
      expect((['F', 'M', 'X'] as const).reduce((sum, code) => sum + (n(school, code) as number), 0)).toBe(n(school, 'ALL'));
    }
    const numerators = oct.filter((r) => r('group_id') === GROUP_IDS[GROUP.ALL]);
    const total = (col: string, where: (s: unknown) => boolean) => numerators.filter((r) => where(r('school_id'))).reduce((sum, r) => sum + (r(col) as number), 0);
    expect(total('numerator', (s) => s !== null)).toBe(total('numerator', (s) => s === null));
    const percents = new Set(METRICS.flatMap((m, i) => (m.unit === 'percent' ? [column<string>('metric', 'id')[i]] : [])));
    expect(measurements.filter((r) => percents.has(r('metric_id') as string) && (r('numerator') as number) > (r('denominator') as number))).toHaveLength(0);
    expect(measurements.filter((r) => r('suppressed')).length).toBeGreaterThan(0);
  });

  it('has overdue and stale tactics whose status is that of their latest check-in', () => {
    const tactics = rows('tactic');
    const health = tactics.map((t) => tacticHealth({
      status: t('status') as never, startDate: t('start_date') as string, dueDate: t('due_date') as string,
      updateCadence: t('update_cadence') as never, lastCheckIn: (t('last_check_in_at') as string | null)?.slice(0, 10), asOf: TODAY,
    }));
    expect(health.filter((h) => h.overdue).length).toBeGreaterThanOrEqual(3);
    expect(health.filter((h) => h.stale).length).toBeGreaterThanOrEqual(3);
    const updates = rows('status_update');
    for (const t of tactics) {
      const latest = updates.filter((u) => u('tactic_id') === t('id')).sort((a, b) => String(b('created_at')).localeCompare(String(a('created_at'))))[0];
      expect(latest?.('created_at') ?? null).toBe(t('last_check_in_at'));
      if (latest) expect([latest('status'), latest('percent_complete')]).toEqual([t('status'), t('percent_complete')]);
    }
  });

  // Empty Spanish makes the public page fall back to English, so a missing or copied translation would go unnoticed.
  it.each([
    ['plan', 'mission', 'mission_es'],
    ['plan', 'vision', 'vision_es'],
    ['priority', 'title', 'title_es'],
    ['goal', 'title', 'title_es'],
    ['metric', 'name', 'name_es'],
  ])('gives every %s %s a Spanish text of its own', (name, en, es) => {
    const untranslated = rows(name).filter((r) => typeof r(es) !== 'string' || (r(es) as string).trim() === '' || r(es) === r(en));
    expect(untranslated.map((r) => r(en))).toEqual([]);
  });

  it('gives the plan one Spanish value for each value, in order', () => {
    const [values, valuesEs] = ['plan_values', 'values_es'].map((col) => JSON.parse(column<string>('plan', col)[0]) as string[]);
    expect(valuesEs).toHaveLength(values.length);
    expect(valuesEs.filter((v, i) => v.trim() === '' || v === values[i])).toEqual([]);
  });

  it('quotes the same facts in the Spanish goal titles as in the English', () => {
    const facts: GoalFacts = { from: '{from}', to: '{to}', y0: 9990, y5: 9995, label0: '{label0}', label5: '{label5}' };
    const quoted = (title: string) => (title.match(/\{\w+\}|999\d/g) ?? []).sort();
    expect(GOALS.map((g) => [g.key, quoted(g.titleEs(facts))])).toEqual(GOALS.map((g) => [g.key, quoted(g.title(facts))]));
  });
});
