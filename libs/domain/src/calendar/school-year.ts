import { type IsoDate, endOfMonth, parseIsoDate, toIsoDate } from './iso-date.js';

/** A school year, named by the calendar year it starts in. Runs July–June unless the district says otherwise. */
export interface SchoolYear {
  readonly startYear: number;
  readonly startMonth: number;
  /** `2025-26`, or `2025` when the school year is the calendar year (start month January). */
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export interface SchoolYearMonth {
  readonly year: number;
  readonly month: number;
  /** 1 for the first month of the school year. */
  readonly index: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface SchoolYearQuarter {
  readonly quarter: QuarterNumber;
  /** `2025-26 Q1` */
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly months: readonly SchoolYearMonth[];
}

export const DEFAULT_SCHOOL_YEAR_START_MONTH = 7;

function assertStartMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`School-year start month must be 1–12, got ${startMonth}`);
  }
}

/** The label of the school year starting in `startYear`: `2025-26` (or `2025` for a January start). */
export function schoolYearLabel(startYear: number, startMonth = DEFAULT_SCHOOL_YEAR_START_MONTH): string {
  assertStartMonth(startMonth);
  if (startMonth === 1) return String(startYear);
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The school year that starts in `startYear`. */
export function schoolYear(startYear: number, startMonth = DEFAULT_SCHOOL_YEAR_START_MONTH): SchoolYear {
  assertStartMonth(startMonth);
  const lastMonth = startMonth === 1 ? 12 : startMonth - 1;
  const lastYear = startMonth === 1 ? startYear : startYear + 1;
  return {
    startYear,
    startMonth,
    label: schoolYearLabel(startYear, startMonth),
    start: toIsoDate(startYear, startMonth, 1),
    end: endOfMonth(lastYear, lastMonth),
  };
}

/** The school year a date falls in. */
export function schoolYearOf(date: IsoDate, startMonth = DEFAULT_SCHOOL_YEAR_START_MONTH): SchoolYear {
  assertStartMonth(startMonth);
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not an ISO calendar date: ${date}`);
  return schoolYear(parsed.month >= startMonth ? parsed.year : parsed.year - 1, startMonth);
}

/** Parses `2025-26` (or `2025` for a January start) back to its school year; undefined when malformed. */
export function parseSchoolYearLabel(
  label: string,
  startMonth = DEFAULT_SCHOOL_YEAR_START_MONTH,
): SchoolYear | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(label);
  if (!match) return undefined;
  const startYear = Number(match[1]);
  return schoolYearLabel(startYear, startMonth) === label ? schoolYear(startYear, startMonth) : undefined;
}

/** The twelve months of a school year, in school order. */
export function monthsOfSchoolYear(year: SchoolYear): SchoolYearMonth[] {
  return Array.from({ length: 12 }, (_, i) => {
    const zeroBased = year.startMonth - 1 + i;
    const calendarYear = year.startYear + Math.floor(zeroBased / 12);
    const month = (zeroBased % 12) + 1;
    return {
      year: calendarYear,
      month,
      index: i + 1,
      start: toIsoDate(calendarYear, month, 1),
      end: endOfMonth(calendarYear, month),
    };
  });
}

/** The four quarters of a school year, three months each (Q1 starts with the school year). */
export function quartersOfSchoolYear(year: SchoolYear): SchoolYearQuarter[] {
  const months = monthsOfSchoolYear(year);
  return ([1, 2, 3, 4] as const).map((quarter) => {
    const slice = months.slice((quarter - 1) * 3, quarter * 3);
    return {
      quarter,
      label: `${year.label} Q${quarter}`,
      start: slice[0].start,
      end: slice[2].end,
      months: slice,
    };
  });
}

/** The quarter of its school year that a date falls in. */
export function quarterOf(date: IsoDate, startMonth = DEFAULT_SCHOOL_YEAR_START_MONTH): SchoolYearQuarter {
  const quarters = quartersOfSchoolYear(schoolYearOf(date, startMonth));
  // schoolYearOf guarantees the date is inside one of the four quarters.
  return quarters.find((q) => q.start <= date && date <= q.end) ?? quarters[3];
}
