import { describe, expect, it } from '@jest/globals';
import {
  monthsOfSchoolYear,
  parseSchoolYearLabel,
  quarterOf,
  quartersOfSchoolYear,
  schoolYear,
  schoolYearLabel,
  schoolYearOf,
} from './school-year.js';

describe('schoolYearOf', () => {
  it.each([
    // date, start month, label, start, end
    ['2025-07-01', 7, '2025-26', '2025-07-01', '2026-06-30'],
    ['2026-06-30', 7, '2025-26', '2025-07-01', '2026-06-30'],
    ['2026-07-01', 7, '2026-27', '2026-07-01', '2027-06-30'],
    ['2026-01-15', 7, '2025-26', '2025-07-01', '2026-06-30'],
    ['2028-02-29', 7, '2027-28', '2027-07-01', '2028-06-30'],
    ['2026-07-31', 8, '2025-26', '2025-08-01', '2026-07-31'],
    ['2026-08-01', 8, '2026-27', '2026-08-01', '2027-07-31'],
    ['2026-11-25', 1, '2026', '2026-01-01', '2026-12-31'],
    ['2026-02-10', 3, '2025-26', '2025-03-01', '2026-02-28'],
    ['2028-02-10', 3, '2027-28', '2027-03-01', '2028-02-29'],
    ['2099-12-31', 7, '2099-00', '2099-07-01', '2100-06-30'],
  ])('%s (start month %i) is in %s', (date, startMonth, label, start, end) => {
    expect(schoolYearOf(date, startMonth)).toEqual(
      expect.objectContaining({ label, start, end, startMonth }),
    );
  });

  it('defaults to a July start', () => {
    expect(schoolYearOf('2024-06-30').label).toBe('2023-24');
  });

  it.each([0, 13, 6.5])('refuses start month %p', (startMonth) => {
    expect(() => schoolYearOf('2026-01-01', startMonth)).toThrow(RangeError);
  });

  it('refuses a malformed date', () => {
    expect(() => schoolYearOf('2026-02-30')).toThrow(RangeError);
  });
});

describe('schoolYearLabel and parseSchoolYearLabel', () => {
  it.each([
    [2024, 7, '2024-25'],
    [2028, 7, '2028-29'],
    [2099, 7, '2099-00'],
    [2026, 1, '2026'],
  ])('%i with start month %i is %s and parses back', (year, startMonth, label) => {
    expect(schoolYearLabel(year, startMonth)).toBe(label);
    expect(parseSchoolYearLabel(label, startMonth)?.startYear).toBe(year);
  });

  it.each(['2024-26', '2024/25', '24-25', '2024-2025', 'next year'])('rejects %p', (label) => {
    expect(parseSchoolYearLabel(label)).toBeUndefined();
  });
});

describe('monthsOfSchoolYear', () => {
  it('lists July to June for the default calendar', () => {
    const months = monthsOfSchoolYear(schoolYear(2025));
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ year: 2025, month: 7, index: 1, start: '2025-07-01', end: '2025-07-31' });
    expect(months[7]).toEqual({ year: 2026, month: 2, index: 8, start: '2026-02-01', end: '2026-02-28' });
    expect(months[11]).toEqual({ year: 2026, month: 6, index: 12, start: '2026-06-01', end: '2026-06-30' });
  });

  it('includes 29 February in a leap school year', () => {
    expect(monthsOfSchoolYear(schoolYear(2027))[7].end).toBe('2028-02-29');
  });

  it('leaves no gap and no overlap between months', () => {
    const months = monthsOfSchoolYear(schoolYear(2026, 8));
    expect(months[0].start).toBe('2026-08-01');
    expect(months[11].end).toBe('2027-07-31');
  });
});

describe('quartersOfSchoolYear', () => {
  it.each([
    [1, '2025-26 Q1', '2025-07-01', '2025-09-30'],
    [2, '2025-26 Q2', '2025-10-01', '2025-12-31'],
    [3, '2025-26 Q3', '2026-01-01', '2026-03-31'],
    [4, '2025-26 Q4', '2026-04-01', '2026-06-30'],
  ])('Q%i is %s from %s to %s', (quarter, label, start, end) => {
    const q = quartersOfSchoolYear(schoolYear(2025))[quarter - 1];
    expect(q).toEqual(expect.objectContaining({ quarter, label, start, end }));
    expect(q.months).toHaveLength(3);
  });
});

describe('quarterOf', () => {
  it.each([
    ['2025-07-01', 7, '2025-26 Q1'],
    ['2025-12-31', 7, '2025-26 Q2'],
    ['2026-01-01', 7, '2025-26 Q3'],
    ['2026-06-30', 7, '2025-26 Q4'],
    ['2026-11-25', 8, '2026-27 Q2'],
  ])('%s (start month %i) is in %s', (date, startMonth, label) => {
    expect(quarterOf(date, startMonth).label).toBe(label);
  });
});
