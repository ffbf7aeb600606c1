import { describe, expect, it } from '@jest/globals';
import {
  type SourceSchedule,
  describeSchedule,
  localDateTimeInZone,
  nextOccurrence,
  occurrencesBetween,
  scheduleProblems,
} from './schedule.js';

const cron = (expression: string): SourceSchedule => ({ kind: 'cron', expression });
const monthly = (day: number, hour = 6, minute = 0): SourceSchedule => ({ kind: 'monthly', day, hour, minute });
const weekly = (weekday: number, hour: number, minute: number): SourceSchedule => ({ kind: 'weekly', weekday, hour, minute });
const daily = (hour: number, minute: number): SourceSchedule => ({ kind: 'daily', hour, minute });

// November 2026: the 5th is a Thursday; Fridays are 6, 13, 20, 27; Mondays 2, 9, 16, 23, 30.
describe('nextOccurrence', () => {
  it.each([
    // steps
    ['*/15 * * * *', '2026-11-05T06:07', '2026-11-05T06:15'],
    ['*/15 * * * *', '2026-11-05T06:15', '2026-11-05T06:30'],
    ['*/15 * * * *', '2026-11-05T23:50', '2026-11-06T00:00'],
    ['1-10/2 6 * * *', '2026-11-05T06:03', '2026-11-05T06:05'],
    ['1-10/2 6 * * *', '2026-11-05T06:09', '2026-11-06T06:01'],
    ['5/20 * * * *', '2026-11-05T06:26', '2026-11-05T06:45'],
    ['0 */6 * * *', '2026-11-05T13:00', '2026-11-05T18:00'],
    // lists and ranges
    ['0 6 1,15 * *', '2026-11-01T06:00', '2026-11-15T06:00'],
    ['0 6 1,15 * *', '2026-11-15T06:00', '2026-12-01T06:00'],
    ['30 7 * * 1-5', '2026-11-06T08:00', '2026-11-09T07:30'],
    ['0,30 8-9 * * *', '2026-11-05T08:45', '2026-11-05T09:00'],
    ['0 6 1 1,7 *', '2026-11-05T06:00', '2027-01-01T06:00'],
    // day of month OR day of week when both are restricted (Vixie rule)
    ['0 6 10 * 5', '2026-11-06T06:00', '2026-11-10T06:00'],
    ['0 6 10 * 5', '2026-11-10T06:00', '2026-11-13T06:00'],
    // ...but a day field written with `*` (even `*/2`) does not count as restricted, so both must match
    ['0 6 */2 * 1', '2026-11-01T00:00', '2026-11-09T06:00'],
    ['0 6 * * 1', '2026-11-01T00:00', '2026-11-02T06:00'],
    // 7 and 0 are both Sunday
    ['0 8 * * 7', '2026-11-05T00:00', '2026-11-08T08:00'],
    ['0 8 * * 0', '2026-11-05T00:00', '2026-11-08T08:00'],
    // midnight and year boundaries
    ['0 0 * * *', '2026-12-31T00:00', '2027-01-01T00:00'],
    ['59 23 31 12 *', '2026-12-31T23:59', '2027-12-31T23:59'],
    ['0 0 1 1 *', '2026-12-31T23:59', '2027-01-01T00:00'],
    // 29 February only in leap years
    ['0 0 29 2 *', '2025-03-01T00:00', '2028-02-29T00:00'],
    ['0 0 29 2 *', '2024-02-29T00:00', '2028-02-29T00:00'],
    ['0 0 29 2 *', '2024-02-28T12:00', '2024-02-29T00:00'],
  ])('cron %s after %s is %s', (expression, after, expected) => {
    expect(nextOccurrence(cron(expression), after)).toBe(expected);
  });

  it.each([
    // monthly: strictly after, and day 29–31 clamped to the month's last day
    [monthly(5), '2026-11-05T05:59', '2026-11-05T06:00'],
    [monthly(5), '2026-11-05T06:00', '2026-12-05T06:00'],
    [monthly(5), '2026-12-05T06:00', '2027-01-05T06:00'],
    [monthly(31), '2026-01-31T06:00', '2026-02-28T06:00'],
    [monthly(31), '2028-01-31T06:00', '2028-02-29T06:00'],
    [monthly(31), '2026-04-15T00:00', '2026-04-30T06:00'],
    [monthly(30), '2026-02-28T06:00', '2026-03-30T06:00'],
    [monthly(1, 0, 0), '2026-12-31T23:59', '2027-01-01T00:00'],
    // weekly and daily
    [weekly(1, 7, 30), '2026-11-05T12:00', '2026-11-09T07:30'],
    [weekly(1, 7, 30), '2026-11-09T07:29', '2026-11-09T07:30'],
    [weekly(1, 7, 30), '2026-11-09T07:30', '2026-11-16T07:30'],
    [weekly(0, 0, 0), '2026-11-07T23:59', '2026-11-08T00:00'],
    [daily(23, 30), '2026-12-31T23:30', '2027-01-01T23:30'],
    [daily(0, 0), '2026-11-05T00:00', '2026-11-06T00:00'],
  ])('%j after %s is %s', (schedule, after, expected) => {
    expect(nextOccurrence(schedule, after)).toBe(expected);
  });

  it('gives up after five years: 29 February 2100 does not exist, 2104 is too far', () => {
    expect(nextOccurrence(cron('0 0 29 2 *'), '2096-03-01T00:00')).toBeUndefined();
  });

  it.each(['2026-11-05', '2026-11-05T06:00:00', '2026-02-30T06:00', '2026-11-05T24:00', '2026-11-05 06:00'])(
    'refuses the malformed time %p',
    (after) => {
      expect(() => nextOccurrence(daily(6, 0), after)).toThrow(RangeError);
    },
  );

  it('refuses an invalid schedule', () => {
    expect(() => nextOccurrence(cron('0 0 30 2 *'), '2026-01-01T00:00')).toThrow(RangeError);
    expect(() => nextOccurrence(monthly(0), '2026-01-01T00:00')).toThrow(RangeError);
  });
});

describe('occurrencesBetween', () => {
  const at6 = (...days: string[]): string[] => days.map((day) => `2026-${day}T06:00`);
  it.each([
    // (after, until]: after excluded, until included
    [monthly(5), '2026-01-01T00:00', '2026-06-05T06:00', 12, at6('01-05', '02-05', '03-05', '04-05', '05-05', '06-05')],
    [monthly(5), '2026-01-05T06:00', '2026-03-05T05:59', 12, at6('02-05')],
    // over the limit: the most recent ones, still oldest first
    [monthly(5), '2026-01-01T00:00', '2026-06-30T00:00', 2, at6('05-05', '06-05')],
    [monthly(31), '2026-01-01T00:00', '2026-04-30T23:59', 12, at6('01-31', '02-28', '03-31', '04-30')],
    [monthly(5), '2026-06-05T06:00', '2026-06-05T06:00', 12, []],
    [monthly(5), '2026-06-10T00:00', '2026-06-01T00:00', 12, []],
    [monthly(5), '2026-01-01T00:00', '2026-06-30T00:00', 0, []],
  ])('%j in (%s, %s] limit %i', (schedule, after, until, limit, expected) => {
    expect(occurrencesBetween(schedule, after, until, limit)).toEqual(expected);
  });

  it('expands several times a day, across midnight', () => {
    expect(occurrencesBetween(cron('0 0,12 * * *'), '2026-12-31T06:00', '2027-01-01T12:00', 10)).toEqual([
      '2026-12-31T12:00',
      '2027-01-01T00:00',
      '2027-01-01T12:00',
    ]);
  });

  it('keeps only the latest minutes of an every-minute cron over five years, quickly', () => {
    expect(occurrencesBetween(cron('* * * * *'), '2026-01-01T00:00', '2031-01-01T00:00', 3)).toEqual([
      '2030-12-31T23:58',
      '2030-12-31T23:59',
      '2031-01-01T00:00',
    ]);
  });

  it('finds every 29 February of a century without minute-by-minute iteration', () => {
    const leapDays = occurrencesBetween(cron('0 0 29 2 *'), '1999-12-31T23:59', '2100-12-31T23:59', 100);
    expect(leapDays).toHaveLength(25);
    expect(leapDays[0]).toBe('2000-02-29T00:00');
    expect(leapDays.at(-1)).toBe('2096-02-29T00:00');
  });
});

describe('scheduleProblems', () => {
  it.each([
    cron('0 6 5 * *'),
    cron('  */15   *  * * 1-5 '),
    cron('1-10/2 0,12 1,15 1-12/3 0-7'),
    cron('0 0 29 2 *'),
    cron('0 0 31 4,5 *'),
    cron('0 0 30 2 1'),
    monthly(31, 23, 59),
    weekly(6, 0, 0),
    daily(0, 0),
  ])('accepts %j', (schedule) => {
    expect(scheduleProblems(schedule)).toEqual([]);
  });

  it.each([
    ['0 6 * *', 'cron expression needs 5 fields (minute hour day-of-month month day-of-week), got 4'],
    ['', 'cron expression needs 5 fields (minute hour day-of-month month day-of-week), got 0'],
    ['60 6 * * *', 'cron minute field: 60 is outside 0–59'],
    ['0 24 * * *', 'cron hour field: 24 is outside 0–23'],
    ['0 6 0 * *', 'cron day-of-month field: 0 is outside 1–31'],
    ['0 6 * 13 *', 'cron month field: 13 is outside 1–12'],
    ['0 6 * * 8', 'cron day-of-week field: 8 is outside 0–7'],
    ['0 6 10-5 * *', 'cron day-of-month field: range 10-5 runs backwards'],
    ['*/0 * * * *', 'cron minute field: a step must be at least 1'],
    ['0 6 * JAN *', "cron month field: 'JAN' is not a number, range (1-5), list (1,15) or step (*/15)"],
    ['0 6 1,,2 * *', "cron day-of-month field: '' is not a number, range (1-5), list (1,15) or step (*/15)"],
    ['0 0 30 2 *', 'cron never runs: none of the chosen months has the chosen day of the month'],
    ['0 0 31 4,6,9,11 *', 'cron never runs: none of the chosen months has the chosen day of the month'],
  ])('cron %p: %s', (expression, problem) => {
    expect(scheduleProblems(cron(expression))).toEqual([problem]);
  });

  it.each([
    [monthly(0), 'day of the month must be a whole number 1–31, got 0'],
    [monthly(32), 'day of the month must be a whole number 1–31, got 32'],
    [monthly(1.5), 'day of the month must be a whole number 1–31, got 1.5'],
    [monthly(1, 24), 'hour must be a whole number 0–23, got 24'],
    [daily(6, -1), 'minute must be a whole number 0–59, got -1'],
    [weekly(7, 6, 0), 'weekday (0 = Sunday … 6 = Saturday) must be a whole number 0–6, got 7'],
  ])('%j: %s', (schedule, problem) => {
    expect(scheduleProblems(schedule)).toEqual([problem]);
  });

  it('lists every bad field at once', () => {
    expect(scheduleProblems(cron('60 24 * * *'))).toHaveLength(2);
  });
});

describe('localDateTimeInZone', () => {
  it.each([
    // epoch ms, zone, local minute
    [1793880000000, 'America/Chicago', '2026-11-05T06:00'], // 2026-11-05T12:00Z, CST after the fall change
    [1793880000000, 'UTC', '2026-11-05T12:00'],
    [1783180800000, 'America/Chicago', '2026-07-04T11:00'], // 2026-07-04T16:00Z, CDT
    [1772958600000, 'America/New_York', '2026-03-08T04:30'], // 08:30Z, just after clocks spring forward
    [1798761570000, 'UTC', '2026-12-31T23:59'], // seconds are dropped, not rounded
    [1798761570000, 'Pacific/Auckland', '2027-01-01T12:59'],
    [1798761600000, 'UTC', '2027-01-01T00:00'], // midnight is 00, never 24
  ])('%i in %s is %s', (epochMs, zone, expected) => {
    expect(localDateTimeInZone(epochMs, zone)).toBe(expected);
  });
});

describe('describeSchedule', () => {
  it.each([
    [monthly(5, 6, 0), 'monthly on day 5 at 06:00'],
    [monthly(31, 23, 5), 'monthly on day 31 (or the last day of shorter months) at 23:05'],
    [weekly(1, 7, 30), 'every Monday at 07:30'],
    [weekly(0, 0, 0), 'every Sunday at 00:00'],
    [daily(18, 45), 'daily at 18:45'],
    [cron('0 6 5 * *'), 'cron 0 6 5 * *'],
    [cron('  0  6 5 *   * '), 'cron 0 6 5 * *'],
  ])('%j reads %p', (schedule, text) => {
    expect(describeSchedule(schedule)).toBe(text);
  });
});
