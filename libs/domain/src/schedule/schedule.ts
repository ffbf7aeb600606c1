/**
 * When a data source is collected. Times are wall-clock minutes in the district's time zone (the API converts
 * "now" first), so a 06:00 pull stays at 06:00 across daylight-saving changes and no `Date` is involved.
 */
import { daysInMonth, fromDayNumber, parseIsoDate } from '../calendar/iso-date.js';
import { cronMatchesDay, parseCron } from './cron.js';
import {
  formatClock,
  formatLocalDateTime,
  mustParseLocalDateTime,
  sameDateYearsLater,
} from './local-date-time.js';

/** A local date-time in the district's time zone, minute precision: `2026-11-05T06:00`. */
export type LocalDateTime = string;

export type SourceSchedule =
  | { readonly kind: 'cron'; readonly expression: string }
  | { readonly kind: 'monthly'; readonly day: number; readonly hour: number; readonly minute: number }
  | { readonly kind: 'weekly'; readonly weekday: number; readonly hour: number; readonly minute: number }
  | { readonly kind: 'daily'; readonly hour: number; readonly minute: number };

/** A schedule reduced to "which days" and "which minutes of those days". */
interface Compiled {
  /** Minutes of the day, ascending. */
  readonly times: readonly number[];
  readonly matchesDay: (month: number, day: number, weekday: number, year: number) => boolean;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const HORIZON_YEARS = 5;

function integerProblem(label: string, value: number, min: number, max: number): string[] {
  return Number.isInteger(value) && value >= min && value <= max
    ? []
    : [`${label} must be a whole number ${min}–${max}, got ${value}`];
}

/** Problems with a schedule, in words (empty when valid). */
export function scheduleProblems(schedule: SourceSchedule): string[] {
  if (schedule.kind === 'cron') {
    const parsed = parseCron(schedule.expression);
    return parsed.ok ? [] : [...parsed.problems];
  }
  const clock = [
    ...integerProblem('hour', schedule.hour, 0, 23),
    ...integerProblem('minute', schedule.minute, 0, 59),
  ];
  if (schedule.kind === 'monthly') return [...integerProblem('day of the month', schedule.day, 1, 31), ...clock];
  if (schedule.kind === 'weekly') {
    return [...integerProblem('weekday (0 = Sunday … 6 = Saturday)', schedule.weekday, 0, 6), ...clock];
  }
  return clock;
}

// Invalid schedules throw: the API validates with scheduleProblems on save, so one here is a caller's bug.
function compile(schedule: SourceSchedule): Compiled {
  const problems = schedule.kind === 'cron' ? [] : scheduleProblems(schedule);
  if (problems.length > 0) throw new RangeError(`Invalid schedule: ${problems.join('; ')}`);
  switch (schedule.kind) {
    case 'cron': {
      const parsed = parseCron(schedule.expression);
      if (!parsed.ok) throw new RangeError(`Invalid schedule: ${parsed.problems.join('; ')}`);
      const { fields } = parsed;
      return {
        times: fields.hours.flatMap((hour) => fields.minutes.map((minute) => hour * 60 + minute)),
        matchesDay: (month, day, weekday) => cronMatchesDay(fields, month, day, weekday),
      };
    }
    case 'monthly':
      // Day 31 means "the last day" in shorter months, so a month-end pull never skips February.
      return {
        times: [schedule.hour * 60 + schedule.minute],
        matchesDay: (month, day, _weekday, year) => day === Math.min(schedule.day, daysInMonth(year, month)),
      };
    case 'weekly':
      return {
        times: [schedule.hour * 60 + schedule.minute],
        matchesDay: (_month, _day, weekday) => weekday === schedule.weekday,
      };
    case 'daily':
      return { times: [schedule.hour * 60 + schedule.minute], matchesDay: () => true };
  }
}

function matches(compiled: Compiled, dayNumber: number): boolean {
  const date = parseIsoDate(fromDayNumber(dayNumber));
  if (!date) return false;
  // Day 0 (1970-01-01) was a Thursday.
  const weekday = (((dayNumber + 4) % 7) + 7) % 7;
  return compiled.matchesDay(date.month, date.day, weekday, date.year);
}

/** The first occurrence strictly after `after` (undefined if none within 5 years). */
export function nextOccurrence(schedule: SourceSchedule, after: LocalDateTime): LocalDateTime | undefined {
  const compiled = compile(schedule);
  const start = mustParseLocalDateTime(after);
  const lastDay = sameDateYearsLater(start.day, HORIZON_YEARS);
  // Step by day and only expand the times of matching days, so a sparse cron stays cheap over five years.
  for (let day = start.day; day <= lastDay; day++) {
    if (!matches(compiled, day)) continue;
    const time = compiled.times.find(
      (minute) => (day > start.day || minute > start.minute) && (day < lastDay || minute <= start.minute),
    );
    if (time !== undefined) return formatLocalDateTime(day, time);
  }
  return undefined;
}

/** Occurrences in (after, until], oldest first, at most `limit` (the most recent ones when there are more). */
export function occurrencesBetween(
  schedule: SourceSchedule,
  after: LocalDateTime,
  until: LocalDateTime,
  limit: number,
): LocalDateTime[] {
  const compiled = compile(schedule);
  const from = mustParseLocalDateTime(after);
  const to = mustParseLocalDateTime(until);
  const found: LocalDateTime[] = [];
  // Walk backwards from `until` so the cap keeps the latest slots and a long outage costs no more than `limit`.
  for (let day = to.day; day >= from.day && found.length < limit; day--) {
    if (!matches(compiled, day)) continue;
    for (let i = compiled.times.length - 1; i >= 0 && found.length < limit; i--) {
      const minute = compiled.times[i];
      if ((day < to.day || minute <= to.minute) && (day > from.day || minute > from.minute)) {
        found.push(formatLocalDateTime(day, minute));
      }
    }
  }
  return found.reverse();
}

/** The local wall-clock minute of an instant in an IANA time zone. */
export function localDateTimeInZone(epochMs: number, timeZone: string): LocalDateTime {
  // Like isoDateInZone: Intl does the zone conversion; h23 avoids the "24:00" some engines print for midnight.
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** A short description: "monthly on day 5 at 06:00", "every Monday at 07:30", "cron 0 6 5 * *". */
export function describeSchedule(schedule: SourceSchedule): string {
  switch (schedule.kind) {
    case 'cron':
      return `cron ${schedule.expression.trim().split(/\s+/).join(' ')}`;
    case 'monthly': {
      const at = formatClock(schedule.hour * 60 + schedule.minute);
      // Day 29–31 is clamped in shorter months; say so, or a steward expects no run in February.
      const clamp = schedule.day > 28 ? ' (or the last day of shorter months)' : '';
      return `monthly on day ${schedule.day}${clamp} at ${at}`;
    }
    case 'weekly': {
      const day = WEEKDAYS[schedule.weekday] ?? `weekday ${schedule.weekday}`;
      return `every ${day} at ${formatClock(schedule.hour * 60 + schedule.minute)}`;
    }
    case 'daily':
      return `daily at ${formatClock(schedule.hour * 60 + schedule.minute)}`;
  }
}
