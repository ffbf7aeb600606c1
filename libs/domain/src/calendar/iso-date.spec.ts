import { describe, expect, it } from '@jest/globals';
import {
  addDays,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isTimeZone,
  isoDateInZone,
  parseIsoDate,
  toDayNumber,
} from './iso-date.js';

describe('parseIsoDate', () => {
  it.each([
    ['2026-06-30', { year: 2026, month: 6, day: 30 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
  ])('parses %s', (input, expected) => {
    expect(parseIsoDate(input)).toEqual(expected);
  });

  it.each(['2025-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-6-30', '', '2026-06-30T00:00'])(
    'rejects %p',
    (input) => {
      expect(parseIsoDate(input)).toBeUndefined();
      expect(isIsoDate(input)).toBe(false);
    },
  );
});

describe('daysInMonth', () => {
  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2026-11-25', 20782], // Date.UTC(2026, 10, 25) / 86_400_000
  ])('%s is day %i', (date, n) => {
    expect(toDayNumber(date)).toBe(n);
    expect(fromDayNumber(n)).toBe(date);
  });

  it('round-trips every day across four centuries boundaries', () => {
    for (let n = toDayNumber('1899-12-25'); n < toDayNumber('2101-01-05'); n += 1) {
      expect(toDayNumber(fromDayNumber(n))).toBe(n);
    }
  });

  it('throws on a malformed date rather than guessing', () => {
    expect(() => toDayNumber('2026-02-30')).toThrow(RangeError);
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-03-08', -10, '2026-02-26'],
    ['2024-06-30', 365, '2025-06-30'],
  ])('%s + %i days = %s', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('isoDateInZone', () => {
  // 2026-07-01T03:30:00Z is still 30 June in Chicago but already 1 July in UTC and Madrid.
  const instant = Date.UTC(2026, 6, 1, 3, 30);
  it.each([
    ['America/Chicago', '2026-06-30'],
    ['America/Los_Angeles', '2026-06-30'],
    ['UTC', '2026-07-01'],
    ['Europe/Madrid', '2026-07-01'],
  ])('in %s the date is %s', (zone, date) => {
    expect(isoDateInZone(instant, zone)).toBe(date);
  });
});

describe('isTimeZone', () => {
  it.each([
    ['America/New_York', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('%p → %p', (zone, ok) => {
    expect(isTimeZone(zone)).toBe(ok);
  });
});
