/**
 * Baselines and yearly targets: the district All Students trajectory of every metric, equity targets for a few
 * student groups, and per-school targets for chronic absenteeism. Group and school baselines are measured on the
 * baseline-year roster, so they agree with the data that follows.
 */
import { type IsoDate, toIsoDate } from '@throughline/domain';
import { Persistent, simulate } from './demo-measurements.js';
import type { DemoMetric } from './demo-metrics.js';
import { GROUP, type Rosters } from './demo-roster.js';
import { type Horizon, baselineDate, baselinePeriod, currentTargets } from './demo-trajectory.js';
import { round } from './prng.js';

export interface BaselineRow {
  readonly metric: number;
  readonly school: number | null;
  readonly group: number;
  readonly value: number;
  readonly asOf: IsoDate;
}

export interface TargetRow {
  readonly metric: number;
  readonly school: number | null;
  readonly group: number;
  readonly schoolYear: number;
  readonly value: number;
  readonly reason: string | null;
  readonly setAt: string;
  readonly supersededAt: string | null;
}

/** The board adopted the plan in June before its first school year. */
export function adoptedOn(h: Horizon): IsoDate {
  return toIsoDate(h.first, 6, 10);
}

// Board meetings end in the evening, Chicago time.
const atBoardMeeting = (date: IsoDate) => `${date}T23:30:00Z`;

export function buildTargets(metrics: readonly DemoMetric[], h: Horizon, rosters: Rosters): { baselines: BaselineRow[]; targets: TargetRow[] } {
  const baselines: BaselineRow[] = [];
  const targets: TargetRow[] = [];
  const persistent = new Persistent(rosters);
  const adopted = atBoardMeeting(adoptedOn(h));

  metrics.forEach((metric, m) => {
    const asOf = baselineDate(metric, h);
    const setAt = metric.introducedYear ? atBoardMeeting(toIsoDate(h.first + metric.introducedYear, 6, 9)) : adopted;
    const years = metric.targets.map((_, i) => h.first + i);
    baselines.push({ metric: m, school: null, group: GROUP.ALL, value: metric.baseline, asOf });

    const { revision } = metric;
    const revisedAt = atBoardMeeting(toIsoDate(h.first + 1, 10, 14));
    metric.targets.forEach((value, i) => {
      if (value === null) return;
      const revised = revision !== undefined && i >= revision.from;
      targets.push({ metric: m, school: null, group: GROUP.ALL, schoolYear: years[i], value, reason: null, setAt, supersededAt: revised ? revisedAt : null });
      if (revised) {
        targets.push({ metric: m, school: null, group: GROUP.ALL, schoolYear: years[i], value: revision.values[i - revision.from], reason: revision.reason, setAt: revisedAt, supersededAt: null });
      }
    });

    if (!metric.groupTargets && !metric.schoolTargets) return;
    const atBaseline = simulate(metric, h, baselinePeriod(metric, h), rosters, persistent);
    const final = currentTargets(metric);
    const allFinal = final[final.length - 1] ?? metric.baseline;
    const push = (school: number | null, group: number, base: number, valueFor: (i: number) => number) => {
      baselines.push({ metric: m, school, group, value: round(base, metric.decimals), asOf });
      years.forEach((schoolYear, i) => {
        targets.push({ metric: m, school, group, schoolYear, value: round(valueFor(i), metric.decimals), reason: null, setAt, supersededAt: null });
      });
    };

    for (const code of metric.groupTargets?.codes ?? []) {
      const series = atBaseline.find((v) => v.school === null && v.group === GROUP[code]);
      if (!series) continue;
      const base = series.value;
      // "Tripling" participation, or growing half again as fast as All Students so the gap narrows.
      const goal = metric.groupTargets?.rule === 'triple' ? 3 * base : Math.min(99, base + 1.5 * (allFinal - metric.baseline));
      push(null, GROUP[code], base, (i) => base + ((goal - base) * (i + 1)) / years.length);
    }
    if (metric.schoolTargets) {
      for (const series of atBaseline) {
        if (series.school === null || series.group !== GROUP.ALL) continue;
        // Each school moves by the same relative amount as the district.
        push(series.school, GROUP.ALL, series.value, (i) => (series.value * (final[i] ?? metric.baseline)) / metric.baseline);
      }
    }
  });
  return { baselines, targets };
}
