/**
 * Standard five-field cron (minute hour day-of-month month day-of-week), parsed into allowed-value sets with
 * Vixie cron semantics, the dialect district IT staff know from crontab (internal to the schedule module).
 */

export interface CronFields {
  /** Sorted ascending. */
  readonly minutes: readonly number[];
  /** Sorted ascending. */
  readonly hours: readonly number[];
  readonly daysOfMonth: ReadonlySet<number>;
  readonly months: ReadonlySet<number>;
  /** 0 = Sunday … 6 = Saturday (a 7 in the expression is folded to 0). */
  readonly weekdays: ReadonlySet<number>;
  /** Vixie cron: a day field written starting with `*` does not restrict; when neither does, either may match. */
  readonly dayOfMonthStar: boolean;
  readonly weekdayStar: boolean;
}

export type CronParse =
  | { readonly ok: true; readonly fields: CronFields }
  | { readonly ok: false; readonly problems: readonly string[] };

interface FieldSpec {
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

const FIELD_SPECS: readonly FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'day-of-week', min: 0, max: 7 },
];
// 29 so a 29 February schedule counts as possible (it runs in leap years).
const LONGEST_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ITEM = /^(?:\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/;

/** The values one field allows, or the problems with it. */
function parseField(text: string, spec: FieldSpec): { values: number[] } | { problems: string[] } {
  const values = new Set<number>();
  const problems: string[] = [];
  const prefix = `cron ${spec.name} field`;
  for (const item of text.split(',')) {
    const match = ITEM.exec(item);
    if (!match) {
      problems.push(`${prefix}: '${item}' is not a number, range (1-5), list (1,15) or step (*/15)`);
      continue;
    }
    const [, first, last, stepText] = match;
    const low = first === undefined ? spec.min : Number(first);
    // `5/15` means "from 5 to the end, every 15", as most cron dialects read it.
    const high = last !== undefined ? Number(last) : first === undefined || stepText !== undefined ? spec.max : low;
    const step = stepText === undefined ? 1 : Number(stepText);
    const outside = [low, high].filter((value) => value < spec.min || value > spec.max);
    if (outside.length > 0) problems.push(`${prefix}: ${outside[0]} is outside ${spec.min}–${spec.max}`);
    else if (low > high) problems.push(`${prefix}: range ${low}-${high} runs backwards`);
    else if (step < 1) problems.push(`${prefix}: a step must be at least 1`);
    else for (let value = low; value <= high; value += step) values.add(value);
  }
  return problems.length > 0 ? { problems } : { values: [...values].sort((a, b) => a - b) };
}

/** Parses a five-field cron expression. */
export function parseCron(expression: string): CronParse {
  const texts = expression.trim().split(/\s+/).filter((text) => text !== '');
  if (texts.length !== FIELD_SPECS.length) {
    return {
      ok: false,
      problems: [`cron expression needs 5 fields (minute hour day-of-month month day-of-week), got ${texts.length}`],
    };
  }
  const parsed = texts.map((text, i) => parseField(text, FIELD_SPECS[i]));
  const problems = parsed.flatMap((field) => ('problems' in field ? field.problems : []));
  if (problems.length > 0) return { ok: false, problems };
  const values = parsed.map((field) => ('values' in field ? field.values : []));
  const [minutes, hours, daysOfMonth, months, weekdays] = values;
  const fields: CronFields = {
    minutes,
    hours,
    daysOfMonth: new Set(daysOfMonth),
    months: new Set(months),
    weekdays: new Set(weekdays.map((day) => day % 7)),
    dayOfMonthStar: texts[2].startsWith('*'),
    weekdayStar: texts[4].startsWith('*'),
  };
  const never = neverRuns(fields);
  return never ? { ok: false, problems: [never] } : { ok: true, fields };
}

/** A problem when the chosen days of the month never occur in the chosen months (e.g. 30 February). */
function neverRuns(fields: CronFields): string | undefined {
  // With a restricted day of the week as well, the weekday alone can match (OR rule), or every month has it.
  if (fields.dayOfMonthStar || !fields.weekdayStar) return undefined;
  const possible = [...fields.months].some((month) =>
    [...fields.daysOfMonth].some((day) => day <= LONGEST_MONTH[month - 1]),
  );
  return possible ? undefined : 'cron never runs: none of the chosen months has the chosen day of the month';
}

/** True when a calendar day matches the day fields (Vixie rule: both day fields restricted → either suffices). */
export function cronMatchesDay(fields: CronFields, month: number, day: number, weekday: number): boolean {
  if (!fields.months.has(month)) return false;
  const dayOfMonth = fields.daysOfMonth.has(day);
  const dayOfWeek = fields.weekdays.has(weekday);
  return !fields.dayOfMonthStar && !fields.weekdayStar ? dayOfMonth || dayOfWeek : dayOfMonth && dayOfWeek;
}
