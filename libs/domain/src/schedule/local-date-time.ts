/**
 * Wall-clock minutes in the district's time zone (`2026-11-05T06:00`), handled as a day number plus a minute of the
 * day so schedule arithmetic never goes through `Date` (internal to the schedule and collection modules).
 */
import { daysInMonth, fromDayNumber, parseIsoDate, toDayNumber, toIsoDate } from '../calendar/iso-date.js';

export interface LocalMinute {
  /** Days since 1970-01-01. */
  readonly day: number;
  /** 0–1439. */
  readonly minute: number;
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
export const MINUTES_PER_DAY = 1440;

/** Parses `YYYY-MM-DDTHH:MM`; undefined for anything else (seconds are not accepted: slots are whole minutes). */
export function parseLocalDateTime(value: string): LocalMinute | undefined {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match || !parseIsoDate(match[1])) return undefined;
  const [hour, minute] = [Number(match[2]), Number(match[3])];
  if (hour > 23 || minute > 59) return undefined;
  return { day: toDayNumber(match[1]), minute: hour * 60 + minute };
}

/** True when the string is a well-formed local date-time with minute precision. */
export function isLocalDateTime(value: string): boolean {
  return parseLocalDateTime(value) !== undefined;
}

/** Parses or throws: malformed times are a caller's bug, not data. */
export function mustParseLocalDateTime(value: string): LocalMinute {
  const parsed = parseLocalDateTime(value);
  if (!parsed) throw new RangeError(`Not a local date-time (YYYY-MM-DDTHH:MM): ${value}`);
  return parsed;
}

/** `HH:MM` of a minute of the day. */
export function formatClock(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  return `${String(hours).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

/** Formats a day number and minute of the day as `YYYY-MM-DDTHH:MM`. */
export function formatLocalDateTime(day: number, minute: number): string {
  return `${fromDayNumber(day)}T${formatClock(minute)}`;
}

/** The minute before a local date-time (crossing midnight and year ends as needed). */
export function minuteBefore(value: string): string {
  const { day, minute } = mustParseLocalDateTime(value);
  return minute > 0 ? formatLocalDateTime(day, minute - 1) : formatLocalDateTime(day - 1, MINUTES_PER_DAY - 1);
}

/** The day number of the same calendar date `years` later (29 February falls back to the 28th). */
export function sameDateYearsLater(day: number, years: number): number {
  const date = parseIsoDate(fromDayNumber(day));
  if (!date) throw new RangeError(`Bad day number: ${day}`);
  const year = date.year + years;
  const dayOfMonth = Math.min(date.day, daysInMonth(year, date.month));
  return toDayNumber(toIsoDate(year, date.month, dayOfMonth));
}
