/**
 * The period a row reports on: read from a column (ISO date, US date or school-year label), fixed by the mapping,
 * or the last completed month, quarter or school year before the run's slot (for "pull last month" sources).
 */
import type { PeriodKind } from '../plan/plan.js';
import { type IsoDate, addDays, endOfMonth, isIsoDate, parseIsoDate, toIsoDate } from '../calendar/iso-date.js';
import { parseSchoolYearLabel, quarterOf, schoolYear, schoolYearOf } from '../calendar/school-year.js';
import { mustParseLocalDateTime } from '../schedule/local-date-time.js';
import type { PeriodMapping, SourceRow } from './mapping.js';
import { cellText } from './cells.js';

export interface ResolvedPeriod {
  readonly end: IsoDate;
  readonly kind: PeriodKind;
}

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const LONG_SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

/** The row's period, or a reason a data steward can act on. */
export function resolvePeriod(
  period: PeriodMapping,
  row: SourceRow,
  slot: string,
  startMonth: number,
): ResolvedPeriod | { readonly reason: string } {
  if ('fixed' in period) return period.fixed;
  if ('previous' in period) return previousPeriod(period.previous, slot, startMonth);

  const where = `column ${period.column}`;
  const text = cellText(row[period.column]);
  if (text === '') return { reason: `${where}: the period is empty` };
  if (isIsoDate(text)) return { end: text, kind: period.kind };
  const us = US_DATE.exec(text);
  if (us) {
    const date = toIsoDate(Number(us[3]), Number(us[1]), Number(us[2]));
    if (!isIsoDate(date)) return { reason: `${where}: '${text}' is not a real date` };
    return { end: date, kind: period.kind };
  }
  const year = schoolYearFromLabel(text, startMonth);
  if (!year) {
    return { reason: `${where}: '${text}' is not a date (YYYY-MM-DD or M/D/YYYY) or a school year (2025-26)` };
  }
  if (period.kind !== 'year') {
    return { reason: `${where}: school year ${text} needs period kind 'year', the mapping says '${period.kind}'` };
  }
  return { end: year.end, kind: 'year' };
}

/** `2025-26`, or the long form `2025-2026` many state files use. */
function schoolYearFromLabel(text: string, startMonth: number): { readonly end: IsoDate } | undefined {
  const short = parseSchoolYearLabel(text, startMonth);
  if (short) return short;
  const long = LONG_SCHOOL_YEAR.exec(text);
  if (!long || startMonth === 1 || Number(long[2]) !== Number(long[1]) + 1) return undefined;
  return schoolYear(Number(long[1]), startMonth);
}

type PreviousPeriod = Extract<PeriodMapping, { previous: unknown }>['previous'];

function previousPeriod(previous: PreviousPeriod, slot: string, startMonth: number): ResolvedPeriod {
  mustParseLocalDateTime(slot);
  const date = slot.slice(0, 10);
  switch (previous) {
    case 'month': {
      const parsed = parseIsoDate(date);
      if (!parsed) throw new RangeError(`Not a slot: ${slot}`);
      const end = parsed.month === 1 ? endOfMonth(parsed.year - 1, 12) : endOfMonth(parsed.year, parsed.month - 1);
      return { end, kind: 'month' };
    }
    // The completed period is the one ending the day before the current one starts.
    case 'quarter':
      return { end: addDays(quarterOf(date, startMonth).start, -1), kind: 'quarter' };
    case 'school-year':
      return { end: addDays(schoolYearOf(date, startMonth).start, -1), kind: 'year' };
  }
}
