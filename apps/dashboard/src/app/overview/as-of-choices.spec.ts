import { asOfChoices } from './as-of-choices';

const plan = { firstSchoolYear: 2024, lastSchoolYear: 2028 };

describe('asOfChoices', () => {
  it('offers the end of every quarter already past, newest first, grouped by school year', () => {
    const years = asOfChoices(plan, '2026-11-25', 7);
    expect(years.map((y) => y.schoolYear)).toEqual(['2026-27', '2025-26', '2024-25']);
    expect(years[0].choices).toEqual([{ date: '2026-09-30', label: '2026-27 Q1', endOfYear: false }]);
    expect(years[1].choices.map((c) => [c.date, c.label, c.endOfYear])).toEqual([
      ['2026-06-30', '2025-26 Q4', true],
      ['2026-03-31', '2025-26 Q3', false],
      ['2025-12-31', '2025-26 Q2', false],
      ['2025-09-30', '2025-26 Q1', false],
    ]);
  });

  it("follows the district's school year (a January start makes the calendar year the school year)", () => {
    const years = asOfChoices({ firstSchoolYear: 2025, lastSchoolYear: 2027 }, '2026-05-01', 1);
    expect(years.map((y) => y.schoolYear)).toEqual(['2026', '2025']);
    expect(years[0].choices.map((c) => c.label)).toEqual(['2026 Q1']);
    expect(years[1].choices[0]).toEqual({ date: '2025-12-31', label: '2025 Q4', endOfYear: true });
  });

  it('offers nothing before the plan has finished its first quarter', () => {
    expect(asOfChoices(plan, '2024-09-30', 7)).toEqual([]);
    expect(asOfChoices(plan, '2024-01-15', 7)).toEqual([]);
  });

  it('stops at the end of the horizon', () => {
    const years = asOfChoices(plan, '2031-01-01', 7);
    expect(years[0].schoolYear).toBe('2028-29');
    expect(years.reduce((n, y) => n + y.choices.length, 0)).toBe(20);
  });
});
