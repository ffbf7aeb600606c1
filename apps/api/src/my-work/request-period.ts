import { type IsoDate, type LocalDateTime, type PeriodKind, type PeriodMapping, mapRow } from '@throughline/domain';

const PROBE = '00000000-0000-4000-8000-000000000000';
// A period read from a file column has no value before someone types it: ask for the last completed period of
// that kind (a semester by its closest rule, the quarter, since semesters end on quarter ends).
const FROM_COLUMN: Readonly<Record<PeriodKind, 'month' | 'quarter' | 'school-year'>> = {
  month: 'month',
  quarter: 'quarter',
  semester: 'quarter',
  year: 'school-year',
};

/**
 * The period a manual entry for `slot` reports on, by the mapping's own rule. It runs the domain's mapRow on a
 * one-cell probe row, so the dashboard asks for exactly the period a collected file would have produced.
 */
export function requestPeriod(
  rule: PeriodMapping,
  slot: LocalDateTime,
  schoolYearStartMonth: number,
): { readonly end: IsoDate; readonly kind: PeriodKind } {
  const period: PeriodMapping = 'column' in rule ? { previous: FROM_COLUMN[rule.kind] } : rule;
  const outcome = mapRow(
    { v: 0 },
    { period, metrics: [{ metricId: PROBE, value: 'v' }] },
    {
      schoolIdByCode: new Map(),
      groupIdByCode: new Map(),
      allStudentsId: PROBE,
      metricUnits: new Map([[PROBE, 'count']]),
      slot,
      schoolYearStartMonth,
    },
  );
  const measurement = outcome.kind === 'ok' ? outcome.measurements[0] : undefined;
  if (!measurement) throw new RangeError(`No period for slot ${slot}`);
  return { end: measurement.periodEnd, kind: 'column' in rule ? rule.kind : measurement.periodKind };
}
