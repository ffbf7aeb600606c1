import type { ScorecardQuarter } from '@throughline/domain';
import { formatDelta, formatFigure, yearsOf } from './scorecard-format';

describe('scorecard formatting', () => {
  it('formats figures with the unit and decimals', () => {
    expect(formatFigure(61.5, 'percent', 1, 'en-US')).toBe('61.5%');
    expect(formatFigure(null, 'percent', 1, 'en-US')).toBe('–');
    expect(formatFigure(1204, 'count', 0, 'en-US')).toBe('1,204');
  });

  it('signs the change and hides it when unknown', () => {
    expect(formatDelta({ change: { delta: 6.5, trend: 'improved', previousStatus: 'watch' } }, 1, 'en-US')).toBe('+6.5');
    expect(formatDelta({ change: { delta: -1.25, trend: 'declined', previousStatus: 'watch' } }, 1, 'en-US')).toBe('−1.3');
    expect(formatDelta({ change: { delta: null, trend: 'not-comparable', previousStatus: null } }, 1, 'en-US')).toBe('');
  });

  it('groups quarters by school year, newest first', () => {
    const q = (schoolYear: number, quarter: number) => ({ schoolYear, quarter, schoolYearLabel: `${schoolYear}-${(schoolYear + 1) % 100}` }) as ScorecardQuarter;
    expect(yearsOf([q(2026, 2), q(2026, 1), q(2025, 4), q(2025, 3)])).toEqual([
      { schoolYear: 2026, label: '2026-27', quarters: [1, 2] },
      { schoolYear: 2025, label: '2025-26', quarters: [3, 4] },
    ]);
  });
});
