/**
 * The measurement generator. For each metric and period it scores every unit of the roster on a latent scale
 * (student groups, grade, school, persistent individual differences, period noise), then counts outcomes so that
 * the district All Students value lands on the designed value exactly: a share takes the top k units, a mean
 * shifts a common level, a rate spreads k events by propensity. Schools and groups follow from the same units.
 */
import { type IsoDate, type PeriodKind, addDays } from '@throughline/domain';
import type { DemoMetric, Gaps } from './demo-metrics.js';
import { GROUP, GROUP_CODES, type Rosters, type Unit } from './demo-roster.js';
import { SCHOOLS } from './demo-schools.js';
import { type Horizon, type Period, designedValue, releasedPeriods } from './demo-trajectory.js';
import { rng, round } from './prng.js';

export interface MeasurementRow {
  readonly metric: number;
  readonly periodEnd: IsoDate;
  readonly periodKind: PeriodKind;
  /** Index into SCHOOLS; null for the district. */
  readonly school: number | null;
  /** Index into GROUP_CODES. */
  readonly group: number;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly suppressed: boolean;
  readonly note: string | null;
  readonly recordedAt: string;
}

const S = SCHOOLS.length;
const G = GROUP_CODES.length;
const DISTRICT = S;
// Individual differences that persist through a school year, and what changes from one period to the next.
const PERSISTENT_SD = 1.5;
const PERIOD_SD = 0.8;
// Hot loops: module-level copies avoid a slow global lookup per call inside Jest's VM context.
const { min, max, exp } = Math;

/** Cell totals by (school or district, group). */
class Cells {
  readonly units = new Float64Array((S + 1) * G);
  readonly sum = new Float64Array((S + 1) * G);

  add(unit: Unit, amount: number): void {
    const { groups } = unit;
    for (let j = 0; j < groups.length; j++) {
      const school = unit.school * G + groups[j];
      const district = DISTRICT * G + groups[j];
      this.units[school] += 1;
      this.sum[school] += amount;
      this.units[district] += 1;
      this.sum[district] += amount;
    }
  }
}

function populationOf(metric: DemoMetric, period: Period, rosters: Rosters): Unit[] {
  const p = metric.population;
  const all = p.of === 'teachers' ? rosters.teachersOf(period.yearIndex) : rosters.studentsOf(period.yearIndex);
  const only = p.only === undefined ? undefined : GROUP[p.only];
  const [low, high] = p.grades ?? [-1, 12];
  const sample = rng(`sample:${metric.key}:${period.end}`);
  return all.filter((u) => {
    // Draw for every unit so the sample does not depend on the other filters.
    const responds = p.sample === undefined || sample.next() < p.sample;
    return responds && u.grade >= low && u.grade <= high && (only === undefined || u.has(only)) && (!p.early || u.early);
  });
}

/** Persistent individual differences, drawn once per metric and year over the whole roster (whatever the filters). */
export class Persistent {
  private readonly cache = new Map<string, Float64Array>();

  constructor(private readonly rosters: Rosters) {}

  /** Draws by Unit.index. */
  of(metric: DemoMetric, yearIndex: number): Float64Array {
    const key = `${metric.key}:${yearIndex}`;
    let draws = this.cache.get(key);
    if (!draws) {
      const roster = metric.population.of === 'teachers' ? this.rosters.teachersOf(yearIndex) : this.rosters.studentsOf(yearIndex);
      const stream = rng(`persistent:${key}`);
      draws = new Float64Array(roster.length);
      for (let i = 0; i < roster.length; i++) draws[i] = stream.normal();
      this.cache.set(key, draws);
    }
    return draws;
  }
}

/** Latent scores: higher means more of the outcome counted (proficient, absent, suspended …). */
function latent(metric: DemoMetric, period: Period, units: readonly Unit[], persistent: Persistent): Float64Array {
  const gaps: Gaps = metric.gaps ?? {};
  const gapByGroup = GROUP_CODES.map((code) => (gaps[code] ?? 0) + (metric.trend?.[code] ?? 0) * period.yearIndex);
  const schoolYear = rng(`school-year:${metric.key}:${period.yearIndex}`);
  // Schools differ beyond their demographics, and a little from year to year.
  const schoolEffect = SCHOOLS.map((s) => s.effect * (metric.schoolWeight ?? 1) + 0.12 * schoolYear.normal());
  const draws = persistent.of(metric, period.yearIndex);
  const noise = rng(`period:${metric.key}:${period.end}`);
  const scores = new Float64Array(units.length);
  const gradeSlope = metric.gradeSlope ?? 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    let eta = schoolEffect[u.school] + gradeSlope * max(u.grade, 0);
    for (let j = 0; j < u.groups.length; j++) eta += gapByGroup[u.groups[j]];
    scores[i] = eta + PERSISTENT_SD * draws[u.index] + PERIOD_SD * noise.normal();
  }
  return scores;
}

/** A value of one series (school or district, group) for one period. */
export interface SeriesValue {
  readonly school: number | null;
  readonly group: number;
  readonly value: number;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

function fromCells(cells: Cells, kind: 'share' | 'mean' | 'rate'): SeriesValue[] {
  const values: SeriesValue[] = [];
  for (let s = 0; s <= S; s++) {
    for (let g = 0; g < G; g++) {
      const n = cells.units[s * G + g];
      if (n === 0) continue;
      const sum = cells.sum[s * G + g];
      const school = s === DISTRICT ? null : s;
      if (kind === 'mean') values.push({ school, group: g, value: sum / n, numerator: null, denominator: n });
      else values.push({ school, group: g, value: (100 * sum) / n, numerator: sum, denominator: n });
    }
  }
  return values;
}

/** Marks the k highest scores (among the units `among` selects); ties are vanishingly rare with continuous scores. */
function topK(scores: Float64Array, k: number, among: (i: number) => boolean = () => true): Uint8Array {
  const chosen = new Uint8Array(scores.length);
  const eligible: number[] = [];
  for (let i = 0; i < scores.length; i++) if (among(i)) eligible.push(scores[i]);
  if (k <= 0 || eligible.length === 0) return chosen;
  // A typed-array sort needs no comparator: much faster than sorting indexes for the monthly metrics.
  const sorted = Float64Array.from(eligible).sort();
  const threshold = sorted[Math.max(0, sorted.length - k)];
  for (let i = 0; i < scores.length; i++) chosen[i] = scores[i] >= threshold && among(i) ? 1 : 0;
  return chosen;
}

function share(units: readonly Unit[], scores: Float64Array, target: number): SeriesValue[] {
  const chosen = topK(scores, Math.round((target / 100) * units.length));
  const cells = new Cells();
  units.forEach((u, i) => cells.add(u, chosen[i]));
  return fromCells(cells, 'share');
}

function mean(units: readonly Unit[], scores: Float64Array, target: number, spec: NonNullable<DemoMetric['mean']>): SeriesValue[] {
  // value = clamp(level + offset): with the offsets sorted and summed once, the average for any level is a pair of
  // binary searches, and the average is non-decreasing in the level, so bisection finds the level that hits the target.
  const n = scores.length;
  const offsets = new Float64Array(n);
  for (let i = 0; i < n; i++) offsets[i] = spec.scale * scores[i];
  offsets.sort();
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + offsets[i];
  const firstAbove = (x: number) => {
    let low = 0;
    let high = n;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offsets[mid] > x) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  const average = (level: number) => {
    const floor = firstAbove(spec.low - level);
    const ceiling = firstAbove(spec.high - level);
    return (spec.low * floor + spec.high * (n - ceiling) + level * (ceiling - floor) + prefix[ceiling] - prefix[floor]) / n;
  };
  let low = spec.low - 50;
  let high = spec.high + 50;
  for (let i = 0; i < 50; i++) {
    const mid = (low + high) / 2;
    if (average(mid) < target) low = mid;
    else high = mid;
  }
  const level = (low + high) / 2;
  const cells = new Cells();
  for (let i = 0; i < n; i++) cells.add(units[i], min(spec.high, max(spec.low, level + spec.scale * scores[i])));
  return fromCells(cells, 'mean');
}

function rate(metric: DemoMetric, period: Period, units: readonly Unit[], scores: Float64Array, target: number): SeriesValue[] {
  const events = Math.round((target * units.length) / 100);
  const cumulative = new Float64Array(units.length);
  let total = 0;
  for (let i = 0; i < scores.length; i++) cumulative[i] = total += exp(0.8 * scores[i]);
  const counts = new Int32Array(units.length);
  const r = rng(`events:${metric.key}:${period.end}`);
  for (let e = 0; e < events; e++) {
    const x = r.next() * total;
    let low = 0;
    let high = units.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] > x) high = mid;
      else low = mid + 1;
    }
    counts[low] += 1;
  }
  const cells = new Cells();
  units.forEach((u, i) => cells.add(u, counts[i]));
  return fromCells(cells, 'rate');
}

/** Risk ratio of Black students against all others, with suspended counts chosen so the district hits the target. */
function riskRatio(period: Period, units: readonly Unit[], scores: Float64Array, target: number): SeriesValue[] {
  const black = units.map((u) => u.has(GROUP.BL));
  const nBlack = black.filter(Boolean).length;
  const nOther = units.length - nBlack;
  const suspendedShare = 0.045 * (1 - 0.05 * period.yearIndex);
  const others = Math.round((suspendedShare * units.length) / (1 + (target * nBlack) / nOther));
  const blacks = Math.round((target * others * nBlack) / nOther);
  const chosenBlack = topK(scores, blacks, (i) => black[i]);
  const chosenOther = topK(scores, others, (i) => !black[i]);
  const tally = Array.from({ length: S + 1 }, () => ({ nb: 0, no: 0, b: 0, o: 0 }));
  units.forEach((u, i) => {
    for (const t of [tally[u.school], tally[DISTRICT]]) {
      if (black[i]) {
        t.nb += 1;
        t.b += chosenBlack[i];
      } else {
        t.no += 1;
        t.o += chosenOther[i];
      }
    }
  });
  // No ratio where a school has no Black students or suspended no one else.
  return tally.flatMap((t, s) =>
    t.nb === 0 || t.o === 0
      ? []
      : [{ school: s === DISTRICT ? null : s, group: GROUP.ALL, value: t.b / t.nb / (t.o / t.no), numerator: null, denominator: t.nb }],
  );
}

/** A district total split over schools by size and school effect (largest remainder, so the parts add up). */
function count(units: readonly Unit[], target: number): SeriesValue[] {
  const total = Math.round(target);
  const weights = SCHOOLS.map((school, s) => units.filter((u) => u.school === s).length * Math.exp(1.5 * school.effect));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const byRemainder = exact.map((x, s) => [x - Math.floor(x), s] as const).sort((a, b) => b[0] - a[0]);
  for (let i = 0; i < total - parts.reduce((a, b) => a + b, 0); i++) parts[byRemainder[i][1]] += 1;
  return [
    { school: null, group: GROUP.ALL, value: total, numerator: null, denominator: null },
    ...parts.flatMap((value, s) => (weights[s] > 0 ? [{ school: s, group: GROUP.ALL, value, numerator: null, denominator: null }] : [])),
  ];
}

/** Every series of a metric for one period, before filtering by the metric's disaggregation. */
export function simulate(metric: DemoMetric, h: Horizon, period: Period, rosters: Rosters, persistent: Persistent): SeriesValue[] {
  const target = designedValue(metric, h, period);
  if (metric.model === 'district') return [{ school: null, group: GROUP.ALL, value: target, numerator: null, denominator: null }];
  const units = populationOf(metric, period, rosters);
  if (metric.model === 'count') return count(units, target);
  const scores = latent(metric, period, units, persistent);
  switch (metric.model) {
    case 'share':
      return share(units, scores, target);
    case 'mean':
      return mean(units, scores, target, metric.mean ?? { low: 0, high: 100, scale: 1 });
    case 'rate':
      return rate(metric, period, units, scores, target);
    case 'ratio':
      return riskRatio(period, units, scores, target);
  }
}

function wanted(metric: DemoMetric, v: SeriesValue): boolean {
  const district = v.school === null;
  const all = v.group === GROUP.ALL;
  switch (metric.disaggregation) {
    case 'district':
      return district && all;
    case 'school':
      return all;
    case 'group':
      return district;
    case 'both':
      return true;
  }
}

/** All released measurements of all metrics for `h.today`. */
export function generateMeasurements(metrics: readonly DemoMetric[], h: Horizon, rosters: Rosters): MeasurementRow[] {
  const persistent = new Persistent(rosters);
  const rows: MeasurementRow[] = [];
  metrics.forEach((metric, m) => {
    const digits = metric.unit === 'count' ? 0 : metric.decimals + 1;
    for (const period of releasedPeriods(metric, h)) {
      const recordedAt = `${addDays(period.end, metric.lagDays)}T11:00:00Z`;
      for (const v of simulate(metric, h, period, rosters, persistent)) {
        if (!wanted(metric, v)) continue;
        const base = { metric: m, periodEnd: period.end, periodKind: period.kind, school: v.school, group: v.group, recordedAt };
        // The state file shows "*" for tiny school groups; district totals still count those students.
        if (metric.suppressBelow && v.school !== null && v.group !== GROUP.ALL && (v.denominator ?? 0) < metric.suppressBelow) {
          rows.push({ ...base, value: null, numerator: null, denominator: null, suppressed: true, note: `Suppressed in the state file (n < ${metric.suppressBelow})` });
        } else {
          rows.push({ ...base, value: round(v.value, digits), numerator: v.numerator, denominator: v.denominator, suppressed: false, note: null });
        }
      }
    }
  });
  return rows;
}
