import type { PublicMetric } from '@throughline/domain';
import { chartMax, formatFigure, tacticParts } from './public-view';

const metric = (unit: PublicMetric['unit'], values: (number | null)[], targets: (number | null)[] = []): PublicMetric => ({
  id: 'm', name: 'M', summary: '', titleLang: 'en', summaryLang: 'en', unit, decimals: 1, direction: 'up', status: 'on-track',
  series: [{ groupCode: 'ALL', groupName: 'All Students', points: values.map((value, i) => ({ schoolYear: `202${i}-2${i + 1}`, periodEnd: `202${i + 1}-06-30`, value, target: targets[i] ?? null, withheld: value === null })) }],
});

describe('formatFigure', () => {
  it.each([
    [45.25, 'percent', 1, 'en-US', '45.3%'],
    [45.25, 'percent', 1, 'es-US', '45.3%'],
    [1200, 'currency', 0, 'en-US', '$1,200'],
    [3.8, 'score', 2, 'en-US', '3.80'],
  ] as const)('%s %s → %s', (value, unit, decimals, locale, expected) => {
    expect(formatFigure(value, unit, decimals, locale)).toBe(expected);
  });
});

describe('tacticParts', () => {
  it('lists only the statuses that have tactics, most advanced first', () => {
    expect(tacticParts({ total: 3, byStatus: { 'not-started': 1, 'on-track': 0, 'at-risk': 0, 'off-track': 0, complete: 2, cancelled: 0 } })).toEqual([
      { label: 'Complete', count: 2 },
      { label: 'Not started', count: 1 },
    ]);
  });
});

describe('chartMax', () => {
  it('scales percents to at most 100 and leaves room above the highest bar or target', () => {
    expect(chartMax(metric('percent', [40, null], [50, 55]))).toBeCloseTo(60.5);
    expect(chartMax(metric('percent', [95], [98]))).toBe(100);
  });

  it('never divides by zero when nothing is shown', () => {
    expect(chartMax(metric('count', [null]))).toBe(1);
  });
});
