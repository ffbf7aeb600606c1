import { describe, expect, it } from '@jest/globals';
import { type OwnerTactic, accountability } from './accountability.js';

// Monthly slots from 2025-08-01 are 31 days long: [08-01, 08-31], [09-01, 10-01], [10-02, 11-01], [11-02, 12-02],
// [12-03, 01-02], [01-03, 02-02], [02-03, 03-05], … so by 2026-03-20 (grace 7) seven slots were expected.
const ASOF = '2026-03-20';
const FIFTEENTHS = ['2025-08-15', '2025-09-15', '2025-10-15', '2025-11-15', '2025-12-15', '2026-01-15', '2026-02-15'];
const tactic = (overrides: Partial<OwnerTactic> = {}): OwnerTactic => ({
  tacticId: 't1',
  ownerId: 'principal-lee',
  status: 'on-track',
  startDate: '2025-08-01',
  dueDate: '2026-06-30',
  updateCadence: 'monthly',
  checkIns: [...FIFTEENTHS, '2026-03-15'],
  ...overrides,
});

describe('accountability', () => {
  it('gives a monthly tactic checked in every month a rate of 1', () => {
    expect(accountability([tactic()], ASOF)).toEqual([
      {
        ownerId: 'principal-lee',
        tactics: 1,
        expectedUpdates: 7,
        onTimeUpdates: 7,
        onTimeRate: 1,
        overdue: 0,
        stale: 0,
        medianDaysSinceCheckIn: 5,
        lastCheckIn: '2026-03-15',
      },
    ]);
  });

  it('counts missed months', () => {
    // No October or December check-in: the slots [10-02, 11-01] and [12-03, 01-02] have none.
    const checkIns = FIFTEENTHS.filter((d) => d !== '2025-10-15' && d !== '2025-12-15');
    const [row] = accountability([tactic({ checkIns: [...checkIns].reverse() })], ASOF);
    expect(row).toEqual(expect.objectContaining({ expectedUpdates: 7, onTimeUpdates: 5 }));
    expect(row.onTimeRate).toBeCloseTo(5 / 7, 9);
  });

  it.each<[string, string, number, number]>([
    // check-in, asOf, expected, on time: the first slot ends 2025-08-31, grace runs to 09-07.
    ['2025-08-20', '2025-09-07', 1, 1],
    ['2025-09-05', '2025-09-10', 1, 1],
    ['2025-09-07', '2025-09-10', 1, 1],
    ['2025-09-08', '2025-09-10', 1, 0],
    ['2025-09-05', '2025-09-06', 0, 0],
  ])('a check-in on %s, as of %s: %i expected, %i on time', (checkIn, asOf, expected, onTime) => {
    const [row] = accountability([tactic({ checkIns: [checkIn] })], asOf);
    expect(row).toEqual(expect.objectContaining({ expectedUpdates: expected, onTimeUpdates: onTime }));
  });

  it('counts one check-in for one slot only: reporting every other month is half, not all', () => {
    // 2025-09-05 is late-in-grace for slot 1 [08-01, 08-31] and early for slot 2 [09-01, 10-01]; it may cover one.
    const [row] = accountability([tactic({ checkIns: ['2025-09-05', '2025-11-05', '2026-01-05', '2026-03-05'] })], ASOF);
    expect(row).toEqual(expect.objectContaining({ expectedUpdates: 7, onTimeUpdates: 4 }));
  });

  it('honours a custom grace period', () => {
    const [row] = accountability([tactic({ checkIns: ['2025-09-08'] })], '2025-09-15', { graceDays: 14 });
    expect(row).toEqual(expect.objectContaining({ expectedUpdates: 1, onTimeUpdates: 1 }));
  });

  it('ignores cancelled tactics entirely', () => {
    const cancelled = tactic({ tacticId: 't2', status: 'cancelled', checkIns: [], dueDate: '2025-12-31' });
    expect(accountability([tactic(), cancelled], ASOF)).toEqual(accountability([tactic()], ASOF));
    expect(accountability([{ ...cancelled, ownerId: 'cfo-ruiz' }], ASOF)).toEqual([]);
  });

  it('stops the slots of a complete tactic at its last check-in', () => {
    const complete = tactic({ status: 'complete', checkIns: ['2025-10-10', '2025-08-15', '2025-09-15'] });
    expect(accountability([complete], ASOF)).toEqual([
      {
        ownerId: 'principal-lee',
        tactics: 1,
        expectedUpdates: 3,
        onTimeUpdates: 3,
        onTimeRate: 1,
        overdue: 0,
        stale: 0,
        lastCheckIn: '2025-10-10',
      },
    ]);
  });

  it.each<[Partial<OwnerTactic>, { readonly windowStart?: string }, number]>([
    // The window starts slots at 2026-01-01: [01-01, 01-31] and [02-01, 03-03] are due by 03-20.
    [{}, { windowStart: '2026-01-01' }, 2],
    [{ startDate: '2026-02-01' }, { windowStart: '2026-01-01' }, 1],
    [{ startDate: undefined }, { windowStart: '2026-01-01' }, 2],
    [{ startDate: undefined }, {}, 0],
    [{ startDate: '2026-04-01' }, {}, 0],
  ])('starts slots at the later of start date and window (%j, %j → %i)', (overrides, options, expected) => {
    const [row] = accountability([tactic(overrides)], ASOF, options);
    expect(row.expectedUpdates).toBe(expected);
    expect(row.onTimeRate === undefined).toBe(expected === 0);
  });

  it('adds up an owner with several tactics and flags overdue and stale ones', () => {
    const rows = accountability(
      [
        tactic({ tacticId: 'a', checkIns: ['2026-02-28'] }),
        tactic({ tacticId: 'b', checkIns: ['2026-02-08'], dueDate: '2026-02-28' }),
        tactic({ tacticId: 'c', checkIns: [], startDate: '2025-12-10', updateCadence: 'weekly' }),
        tactic({ tacticId: 'd', ownerId: 'cfo-ruiz', checkIns: ['2026-03-01'], startDate: '2026-03-01' }),
      ],
      ASOF,
    );
    expect(rows.map((row) => row.ownerId)).toEqual(['cfo-ruiz', 'principal-lee']);
    expect(rows[1]).toEqual(
      expect.objectContaining({ tactics: 3, overdue: 1, stale: 2, lastCheckIn: '2026-02-28' }),
    );
    // Days since: a 20, b 40, c 100 (never checked in, started 2025-12-10).
    expect(rows[1].medianDaysSinceCheckIn).toBe(40);
    expect(rows[0]).toEqual(expect.objectContaining({ tactics: 1, expectedUpdates: 0, medianDaysSinceCheckIn: 19 }));
    expect(rows[0].onTimeRate).toBeUndefined();
  });

  it.each<[string[], number]>([
    [['2026-03-15', '2026-02-28', '2026-02-08'], 20],
    [['2026-03-15', '2026-02-28', '2026-02-08', '2025-12-10'], 30],
    [['2026-03-20'], 0],
  ])('takes the median over the latest check-ins %j: %d', (lastCheckIns, median) => {
    const tactics = lastCheckIns.map((d, i) => tactic({ tacticId: `t${i}`, checkIns: [d] }));
    expect(accountability(tactics, ASOF)[0].medianDaysSinceCheckIn).toBe(median);
  });

  it('leaves out of the median complete tactics, tactics not yet started and tactics with no dates', () => {
    const tactics = [
      tactic({ tacticId: 'a', checkIns: ['2026-03-10'] }),
      tactic({ tacticId: 'b', status: 'complete', checkIns: ['2025-09-01'] }),
      tactic({ tacticId: 'c', checkIns: [], startDate: '2026-05-01' }),
      tactic({ tacticId: 'd', checkIns: [], startDate: undefined }),
    ];
    expect(accountability(tactics, ASOF)[0]).toEqual(
      expect.objectContaining({ tactics: 4, medianDaysSinceCheckIn: 10, lastCheckIn: '2026-03-10' }),
    );
  });

  it('ignores check-ins dated after asOf', () => {
    const [row] = accountability([tactic({ checkIns: ['2025-08-15', '2025-12-01'] })], '2025-09-20');
    expect(row).toEqual(expect.objectContaining({ lastCheckIn: '2025-08-15', medianDaysSinceCheckIn: 36 }));
  });
});
