import { planQuarter, planQuarters, previousQuarterEnd, scorecardAsOf, scorecardDue } from './scorecard-quarters.js';

describe('planQuarters', () => {
  it('lists the horizon up to the current quarter, newest first', () => {
    const quarters = planQuarters(2025, 2028, '2026-11-26', 7);
    expect(quarters.map((q) => q.label)).toEqual(['2026-27 Q2', '2026-27 Q1', '2025-26 Q4', '2025-26 Q3', '2025-26 Q2', '2025-26 Q1']);
    expect(quarters[0]).toMatchObject({ schoolYear: 2026, quarter: 2, start: '2026-10-01', end: '2026-12-31' });
  });

  it('is empty before the plan starts', () => {
    expect(planQuarters(2027, 2030, '2026-11-26', 7)).toEqual([]);
  });
});

describe('quarter dates', () => {
  it('computes a running quarter as of today and a past one as of its end', () => {
    const q = planQuarter(2026, 2, 7);
    expect(q && scorecardAsOf(q, '2026-11-26')).toBe('2026-11-26');
    expect(q && scorecardAsOf(q, '2027-02-01')).toBe('2026-12-31');
    expect(q && previousQuarterEnd(q)).toBe('2026-09-30');
    expect(planQuarter(2026, 5, 7)).toBeUndefined();
  });

  it('is due lead days before the meeting', () => {
    expect(scorecardDue('2027-01-20', '2026-12-30', 21)).toBe(true);
    expect(scorecardDue('2027-01-20', '2026-12-29', 21)).toBe(false);
  });
});
