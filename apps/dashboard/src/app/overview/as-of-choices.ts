import { type IsoDate, type Plan, quartersOfSchoolYear, schoolYear } from '@throughline/domain';

/** A quick pick of the as-of date: the last day of a quarter of the school year. */
export interface AsOfChoice {
  readonly date: IsoDate;
  /** `2025-26 Q2` */
  readonly label: string;
  /** Q4: the end of the school year, when yearly targets fall due. */
  readonly endOfYear: boolean;
}

export interface AsOfYear {
  /** `2025-26` */
  readonly schoolYear: string;
  readonly choices: readonly AsOfChoice[];
}

/**
 * The ends of the quarters of the plan's school years that have already passed, newest first (statuses for a
 * date still to come would only say "no data"). The year in progress lists the quarters it has finished.
 */
export function asOfChoices(plan: Pick<Plan, 'firstSchoolYear' | 'lastSchoolYear'>, today: IsoDate, startMonth: number): AsOfYear[] {
  const years: AsOfYear[] = [];
  for (let year = plan.lastSchoolYear; year >= plan.firstSchoolYear; year -= 1) {
    const choices = quartersOfSchoolYear(schoolYear(year, startMonth))
      .filter((quarter) => quarter.end < today)
      .reverse()
      .map((quarter) => ({ date: quarter.end, label: quarter.label, endOfYear: quarter.quarter === 4 }));
    if (choices.length) years.push({ schoolYear: schoolYear(year, startMonth).label, choices });
  }
  return years;
}
