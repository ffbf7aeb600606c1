import { type IsoDate, addDays } from '../calendar/iso-date.js';
import { type QuarterNumber, type SchoolYearQuarter, quartersOfSchoolYear, schoolYear } from '../calendar/school-year.js';

export interface PlanQuarter extends SchoolYearQuarter {
  readonly schoolYear: number;
  readonly schoolYearLabel: string;
}

/**
 * The quarters of a plan's horizon that the board may open: from the first school year's Q1 up to the quarter
 * `today` falls in (none when the plan starts later), newest first.
 */
export function planQuarters(firstSchoolYear: number, lastSchoolYear: number, today: IsoDate, startMonth: number): PlanQuarter[] {
  const quarters: PlanQuarter[] = [];
  for (let year = firstSchoolYear; year <= lastSchoolYear; year += 1) {
    const sy = schoolYear(year, startMonth);
    for (const q of quartersOfSchoolYear(sy)) {
      if (q.start > today) continue;
      quarters.push({ ...q, schoolYear: year, schoolYearLabel: sy.label });
    }
  }
  return quarters.reverse();
}

/** One quarter of a school year, or undefined when the quarter number is out of range. */
export function planQuarter(year: number, quarter: number, startMonth: number): PlanQuarter | undefined {
  const sy = schoolYear(year, startMonth);
  const found = quartersOfSchoolYear(sy).find((q) => q.quarter === (quarter as QuarterNumber));
  return found ? { ...found, schoolYear: year, schoolYearLabel: sy.label } : undefined;
}

/** The date a quarter is computed as of: its end, or today while it is still running. */
export function scorecardAsOf(q: Pick<SchoolYearQuarter, 'end'>, today: IsoDate): IsoDate {
  return q.end < today ? q.end : today;
}

/** The end of the quarter before (for "change since last quarter"). */
export function previousQuarterEnd(q: Pick<SchoolYearQuarter, 'start'>): IsoDate {
  return addDays(q.start, -1);
}

/** When the daily tasks act for a board meeting: narratives requested, then the scorecard archived. */
export function scorecardDue(boardMeetingOn: IsoDate, today: IsoDate, leadDays: number): boolean {
  return addDays(boardMeetingOn, -leadDays) <= today;
}
