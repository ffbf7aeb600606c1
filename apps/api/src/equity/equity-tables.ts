import { type SuppressionCell, suppress } from '@throughline/domain';
import { toNumber } from '../database/pg-types.js';
import type { HiddenReason } from './equity.dto.js';

/** One stored measurement of a period table (district or school × group). */
/** A district measurement row as the database gives it (numeric columns as strings). */
export interface DistrictCellRow {
  readonly metric_id: string;
  readonly period_end: string;
  readonly group_id: string;
  readonly value: string | null;
  readonly numerator: string | null;
  readonly denominator: number | null;
  readonly suppressed: boolean;
}

/** District rows as suppression cells, grouped by metric (in row order). */
export function districtCellsByMetric(rows: readonly DistrictCellRow[]): Map<string, Cell[]> {
  const byMetric = new Map<string, Cell[]>();
  for (const r of rows) {
    const cell: Cell = {
      periodEnd: r.period_end, schoolId: null, groupId: r.group_id, value: toNumber(r.value), numerator: toNumber(r.numerator),
      n: r.denominator, stored: r.suppressed,
    };
    const list = byMetric.get(r.metric_id);
    if (list) list.push(cell);
    else byMetric.set(r.metric_id, [cell]);
  }
  return byMetric;
}

export interface Cell {
  readonly periodEnd: string;
  readonly schoolId: string | null;
  readonly groupId: string;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly n: number | null;
  /** Withheld by the source ("*" in the state file). */
  readonly stored: boolean;
}

/** A cell after small-n suppression: `hidden` says why it may not be published. */
export type CheckedCell = Cell & { readonly hidden?: HiddenReason };

// Race/ethnicity and gender each add up to All Students: the partitions of complementary suppression.
const GENDER_CODES = new Set(['F', 'M', 'X']);

/** The groups of the two partitions (race/ethnicity, gender) among the given student groups. */
export function partitionGroups(groups: readonly { readonly id: string; readonly kind: string; readonly code: string }[]): {
  readonly race: ReadonlySet<string>;
  readonly gender: ReadonlySet<string>;
} {
  return {
    race: new Set(groups.filter((g) => g.kind === 'race-ethnicity').map((g) => g.id)),
    gender: new Set(groups.filter((g) => GENDER_CODES.has(g.code)).map((g) => g.id)),
  };
}

export const cellKey = (schoolId: string | null, groupId: string) => `${schoolId ?? 'district'}|${groupId}`;

/**
 * Suppresses one period's table (the district row and every school row) with the domain's `suppress`:
 * - in every row, the race/ethnicity groups and the gender groups each add up to All Students;
 * - in every group's column, the schools add up to the district.
 * So a hidden cell can be worked out neither from its row's total nor from the district figure. Cells are keyed by
 * row and group, and each key is its own "group" for the partitions.
 */
export function suppressTable(cells: readonly Cell[], minN: number, race: ReadonlySet<string>, gender: ReadonlySet<string>): CheckedCell[] {
  const rows = new Map<string, Cell[]>();
  const columns = new Map<string, Cell[]>();
  for (const cell of cells) {
    push(rows, cell.schoolId ?? 'district', cell);
    if (cell.schoolId !== null) push(columns, cell.groupId, cell);
  }
  const keys = (list: readonly Cell[]) => list.map((c) => cellKey(c.schoolId, c.groupId));
  const partitions = [
    ...[...rows.values()].flatMap((row) => [keys(row.filter((c) => race.has(c.groupId))), keys(row.filter((c) => gender.has(c.groupId)))]),
    ...[...columns.values()].map(keys),
  ].filter((partition) => partition.length > 1);

  // A value the source withheld counts as suppressed (n 0), so its neighbours protect it like any small cell.
  const input: SuppressionCell[] = cells.map((c) => {
    const key = cellKey(c.schoolId, c.groupId);
    return { key, group: key, n: c.stored || c.value === null ? 0 : c.n };
  });
  const { suppressed } = suppress(input, minN, partitions);
  return cells.map((cell) => {
    const reason = suppressed.get(cellKey(cell.schoolId, cell.groupId));
    if (!reason) return cell;
    const hidden: HiddenReason = cell.stored || cell.value === null ? 'withheld-by-source' : reason === 'primary' ? 'fewer-than-min-n' : 'complementary';
    return { ...cell, hidden };
  });
}

/** Every period's table suppressed on its own; cells by period, then by key. */
export function suppressPeriods(
  cells: readonly Cell[],
  minN: number,
  race: ReadonlySet<string>,
  gender: ReadonlySet<string>,
): Map<string, Map<string, CheckedCell>> {
  const byPeriod = new Map<string, Cell[]>();
  for (const cell of cells) push(byPeriod, cell.periodEnd, cell);
  const result = new Map<string, Map<string, CheckedCell>>();
  for (const [period, table] of byPeriod) {
    result.set(period, new Map(suppressTable(table, minN, race, gender).map((c) => [cellKey(c.schoolId, c.groupId), c])));
  }
  return result;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
