import type { IsoDate } from '@throughline/domain';
import { districtCellsByMetric, partitionGroups, suppressPeriods } from '../equity/equity-tables.js';
import type { PartitionCellRow, SeriesRow } from './scorecards.queries.js';

/** Key of one district figure: metric, period end and group. */
export const figureKey = (metricId: string, periodEnd: IsoDate, groupId: string) => `${metricId}|${periodEnd}|${groupId}`;

/**
 * The district tables the scorecard's group series read (current and previous quarter): complementary suppression
 * has to see the whole table, not only the groups the plan targets. All Students is in no partition, so it is skipped.
 */
export function tablesToCheck(series: readonly SeriesRow[]): { metricId: string; periodEnd: IsoDate }[] {
  const keys = new Map<string, { metricId: string; periodEnd: IsoDate }>();
  for (const s of series) {
    if (s.all_students) continue;
    for (const periodEnd of [s.cur_period_end, s.prev_period_end]) {
      if (periodEnd !== null) keys.set(`${s.metric_id}|${periodEnd}`, { metricId: s.metric_id, periodEnd });
    }
  }
  return [...keys.values()];
}

/**
 * The district figures the equity and public pages hide by complementary suppression (same function, same tables):
 * a board member who reads the scorecard next to /equity must not find a figure there that /equity hid to protect a
 * smaller group. Keys are `figureKey`s.
 */
export function complementaryHidden(rows: readonly PartitionCellRow[], minN: number): ReadonlySet<string> {
  const { race, gender } = partitionGroups(rows.map((r) => ({ id: r.group_id, kind: r.kind, code: r.code })));
  const byMetric = districtCellsByMetric(rows);
  const hidden = new Set<string>();
  for (const [metricId, cells] of byMetric) {
    for (const [periodEnd, table] of suppressPeriods(cells, minN, race, gender)) {
      for (const cell of table.values()) {
        if (cell.hidden === 'complementary') hidden.add(figureKey(metricId, periodEnd, cell.groupId));
      }
    }
  }
  return hidden;
}
