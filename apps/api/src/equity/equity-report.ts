import { type IsoDate, equityGap, expectedValue, targetPoints } from '@throughline/domain';
import type { EquityFigure, EquityGroup, EquityMetric, EquityReport, EquityRow, EquitySchoolRow } from './equity.dto.js';
import { type Cell, type CheckedCell, cellKey, partitionGroups, suppressPeriods } from './equity-tables.js';

/** What the service loads about the metric before reading its measurements (one query). */
export interface EquityContext {
  readonly metric: EquityMetric;
  readonly metrics: EquityReport['metrics'];
  readonly minN: number;
  readonly startMonth: number;
  readonly groups: readonly (EquityGroup & { readonly active: boolean })[];
  readonly schools: readonly { readonly id: string; readonly code: string; readonly name: string }[];
  readonly periods: readonly IsoDate[];
  readonly baselines: readonly { readonly schoolId: string | null; readonly groupId: string; readonly value: number; readonly asOf: IsoDate }[];
  readonly targets: readonly { readonly schoolId: string | null; readonly groupId: string; readonly schoolYear: number; readonly value: number }[];
}

export interface EquitySelection {
  readonly periodEnd: IsoDate;
  /** Measurements from this period end on are the plan's (the last period of its baseline year). */
  readonly horizonStart: IsoDate;
  readonly schoolId: string | null;
  readonly referenceGroupId: string;
}

interface BaselinePair {
  readonly group: number;
  readonly reference: number;
  readonly asOf: IsoDate;
  readonly source: 'own' | 'measured';
}

/**
 * The equity report for one metric and period from its stored cells (the period's table and the tables of the
 * groups' earliest measurements): suppression first, then each published group against the reference group.
 */
export function buildEquityReport(context: EquityContext, selection: EquitySelection, cells: readonly Cell[]): EquityReport {
  const { race, gender } = partitionGroups(context.groups.map((g) => ({ id: g.groupId, kind: g.kind, code: g.code })));
  const tables = suppressPeriods(cells, context.minN, race, gender);
  const current = tables.get(selection.periodEnd) ?? new Map<string, CheckedCell>();
  const { schoolId, referenceGroupId } = selection;
  const shown = context.groups.filter((g) => g.active);
  const meta = ({ groupId, code, nameEn, nameEs, kind }: EquityGroup): EquityGroup => ({ groupId, code, nameEn, nameEs, kind });

  const referenceGroup = context.groups.find((g) => g.groupId === referenceGroupId);
  const referenceCell = current.get(cellKey(schoolId, referenceGroupId));
  const series = new SeriesReader(context, selection, tables);
  const groups = shown.flatMap((group) => {
    const cell = current.get(cellKey(schoolId, group.groupId));
    if (!cell || group.groupId === referenceGroupId) return [];
    return [{ ...meta(group), ...figure(cell), ...series.compare(group.groupId, cell, referenceCell) }];
  });

  return {
    metrics: context.metrics,
    metric: context.metric,
    minN: context.minN,
    periods: context.periods,
    periodEnd: selection.periodEnd,
    schoolId,
    reference: referenceGroup && referenceCell ? { ...meta(referenceGroup), ...figure(referenceCell) } : null,
    groups,
    schoolTable: context.metric.disaggregation === 'both' ? schoolTable(context, shown.map(meta), current) : null,
  };
}

/** A published cell's figures, or only why it is hidden. */
export function figure(cell: CheckedCell): EquityFigure {
  if (cell.hidden || cell.value === null) return { suppressed: true, reason: cell.hidden ?? 'withheld-by-source' };
  return { suppressed: false, value: cell.value, numerator: cell.numerator, n: cell.n };
}

function schoolTable(context: EquityContext, groups: readonly EquityGroup[], current: ReadonlyMap<string, CheckedCell>): NonNullable<EquityReport['schoolTable']> {
  const schools: EquitySchoolRow[] = context.schools.flatMap((school) => {
    const cells = groups.flatMap((g) => {
      const cell = current.get(cellKey(school.id, g.groupId));
      return cell ? [{ groupId: g.groupId, ...figure(cell) }] : [];
    });
    return cells.length ? [{ schoolId: school.id, code: school.code, name: school.name, cells }] : [];
  });
  const used = new Set(schools.flatMap((s) => s.cells.map((c) => c.groupId)));
  return { groups: groups.filter((g) => used.has(g.groupId)), schools };
}

/** Reads a scope's series (own baselines and targets, earliest published measurements) to compare a group. */
class SeriesReader {
  /** Periods of the loaded tables in the plan's horizon before the selected one, oldest first. */
  private readonly earlier: readonly IsoDate[];

  constructor(
    private readonly context: EquityContext,
    private readonly selection: EquitySelection,
    private readonly tables: ReadonlyMap<string, ReadonlyMap<string, CheckedCell>>,
  ) {
    this.earlier = [...tables.keys()].filter((p) => p >= selection.horizonStart && p < selection.periodEnd).sort();
  }

  compare(groupId: string, cell: CheckedCell, reference: CheckedCell | undefined): Partial<EquityRow> {
    if (cell.hidden || cell.value === null || !reference || reference.hidden || reference.value === null) return {};
    const direction = this.context.metric.direction === 'down' ? 'down' : 'up';
    const baseline = this.baselinePair(groupId);
    const expectedGap = baseline?.source === 'own' ? this.expectedGap(groupId, direction) : undefined;
    const result = equityGap({
      direction,
      group: cell.value,
      reference: reference.value,
      ...(baseline ? { baselineGroup: baseline.group, baselineReference: baseline.reference } : {}),
      ...(expectedGap !== undefined && baseline ? { expectedClosure: closure(expectedGap, baseline, direction) } : {}),
    });
    const change = result.change === undefined ? undefined : tidy(result.change);
    // Narrower or wider is about the size of the difference, whichever side the group is on: a group 16 points
    // ahead that is now 13 ahead has a narrower gap, though it lost ground (change +3).
    const size = tidy(Math.abs(result.gap) - Math.abs(result.baselineGap ?? 0));
    return {
      gap: tidy(result.gap),
      status: result.status,
      ...(baseline && result.baselineGap !== undefined && change !== undefined
        ? {
            baselineGap: tidy(result.baselineGap),
            baselineAsOf: baseline.asOf,
            baselineSource: baseline.source,
            change,
            trend: size < 0 ? ('narrower' as const) : size > 0 ? ('wider' as const) : ('unchanged' as const),
          }
        : {}),
      ...(expectedGap !== undefined ? { expectedGap: tidy(expectedGap) } : {}),
    };
  }

  /**
   * The gap at baseline, both sides at the same moment: the group's own baseline with the reference's own baseline
   * of that date (or its published value of that period); else the group's earliest published measurement in the
   * plan's horizon with the reference's value of that same period.
   */
  private baselinePair(groupId: string): BaselinePair | undefined {
    const { referenceGroupId, periodEnd } = this.selection;
    const own = this.own(groupId);
    if (own) {
      const referenceOwn = this.own(referenceGroupId);
      const reference = referenceOwn?.asOf === own.asOf ? referenceOwn.value : this.publishedAt(referenceGroupId, own.asOf);
      if (reference !== undefined) return { group: own.value, reference, asOf: own.asOf, source: 'own' };
    }
    const first = this.earliest(groupId);
    const reference = first && first.asOf < periodEnd ? this.publishedAt(referenceGroupId, first.asOf) : undefined;
    return first && reference !== undefined ? { group: first.value, reference, asOf: first.asOf, source: 'measured' } : undefined;
  }

  private publishedAt(groupId: string, period: IsoDate): number | undefined {
    const cell = this.tables.get(period)?.get(cellKey(this.selection.schoolId, groupId));
    return cell && !cell.hidden && cell.value !== null ? cell.value : undefined;
  }

  private own(groupId: string): { value: number; asOf: IsoDate } | undefined {
    const { schoolId, periodEnd } = this.selection;
    const row = this.context.baselines.find((b) => b.schoolId === schoolId && b.groupId === groupId);
    // A baseline dated after the period viewed says nothing about the trend up to it.
    return row && row.asOf <= periodEnd ? row : undefined;
  }

  private earliest(groupId: string): { value: number; asOf: IsoDate } | undefined {
    for (const period of this.earlier) {
      const value = this.publishedAt(groupId, period);
      if (value !== undefined) return { value, asOf: period };
    }
    return undefined;
  }

  /** The gap the targets of the group and of the reference put at the selected period (both need their own). */
  private expectedGap(groupId: string, direction: 'up' | 'down'): number | undefined {
    const group = this.trajectoryValue(groupId);
    const reference = this.trajectoryValue(this.selection.referenceGroupId);
    if (group === undefined || reference === undefined) return undefined;
    return direction === 'up' ? reference - group : group - reference;
  }

  private trajectoryValue(groupId: string): number | undefined {
    const { schoolId, periodEnd } = this.selection;
    const baseline = this.own(groupId);
    const yearly = this.context.targets.filter((t) => t.schoolId === schoolId && t.groupId === groupId);
    if (!baseline || yearly.length === 0) return undefined;
    return expectedValue({ date: baseline.asOf, value: baseline.value }, targetPoints(yearly, this.context.startMonth), periodEnd);
  }
}

/** Share of the baseline gap the targets expect closed by now (the domain clamps it to 0..1). */
function closure(expectedGap: number, baseline: BaselinePair, direction: 'up' | 'down'): number {
  const baselineGap = direction === 'up' ? baseline.reference - baseline.group : baseline.group - baseline.reference;
  return baselineGap > 0 ? 1 - expectedGap / baselineGap : 0;
}

/** Differences of decimal values without binary noise (12.4 − 11.3 = 1.1, not 1.1000000000000014). */
function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
