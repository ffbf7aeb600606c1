import type { StatusHistory } from '@throughline/domain';
import { clampItem, presenterAction, toStatusHistorySeries, toStatusRows } from './review-view';

describe('presenterAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Escape', 'leave'],
    ['Enter', null],
    ['a', null],
  ])('%s → %s', (key, action) => expect(presenterAction(key)).toBe(action));
});

describe('clampItem', () => {
  it.each<[string | number | undefined, number, number]>([
    [undefined, 12, 1],
    ['3', 12, 3],
    ['0', 12, 1],
    ['-2', 12, 1],
    ['99', 12, 12],
    ['two', 12, 1],
    ['2.7', 12, 2],
    ['5', 0, 1],
  ])('item %p of %p → %p', (asked, count, n) => expect(clampItem(asked, count)).toBe(n));
});

describe('status history', () => {
  const history: StatusHistory = {
    entity: 'goal',
    id: 'g',
    title: 'Goal',
    points: [
      { asOf: '2026-08-31', kind: 'monthly', status: 'on-track', score: 1 },
      { asOf: '2026-09-30', kind: 'monthly', status: 'no-data', score: null },
      { asOf: '2026-10-20', kind: 'review', status: 'watch', score: 0.625 },
      { asOf: '2026-10-31', kind: 'monthly', status: 'off-track', score: 0.2 },
    ],
  };

  it('charts each status as a level and leaves no-data out', () => {
    const [series] = toStatusHistorySeries(history, 'Status');
    expect(series?.series.map((p) => [(p.name as Date).toISOString().slice(0, 10), p.value])).toEqual([
      ['2026-08-31', 3],
      ['2026-10-20', 2],
      ['2026-10-31', 1],
    ]);
  });

  it('draws nothing without a level to draw', () => {
    expect(toStatusHistorySeries({ ...history, points: [] }, 'Status')).toEqual([]);
  });

  it('lists every snapshot newest first, with the score as a percentage', () => {
    expect(toStatusRows(history).map((r) => [r.asOf, r.status, r.score])).toEqual([
      ['2026-10-31', 'off-track', 20],
      ['2026-10-20', 'watch', 63],
      ['2026-09-30', 'no-data', null],
      ['2026-08-31', 'on-track', 100],
    ]);
  });
});
