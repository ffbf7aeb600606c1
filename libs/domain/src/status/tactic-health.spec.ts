import { describe, expect, it } from '@jest/globals';
import type { TacticStatus, UpdateCadence } from '../plan/plan.js';
import { type TacticHealthInput, cadenceDays, tacticHealth } from './tactic-health.js';

const tactic: TacticHealthInput = {
  status: 'on-track',
  startDate: '2025-08-01',
  dueDate: '2026-06-30',
  updateCadence: 'monthly',
  lastCheckIn: '2026-03-10',
  asOf: '2026-03-20',
};

describe('cadenceDays', () => {
  it.each<[UpdateCadence, number]>([
    ['weekly', 7],
    ['biweekly', 14],
    ['monthly', 31],
    ['quarterly', 92],
  ])('%s allows %i days', (cadence, days) => {
    expect(cadenceDays(cadence)).toBe(days);
  });
});

describe('tacticHealth', () => {
  it('is healthy when checked in recently and not yet due', () => {
    expect(tacticHealth(tactic)).toEqual({
      status: 'on-track',
      overdue: false,
      daysOverdue: 0,
      stale: false,
      daysSinceCheckIn: 10,
      nextCheckInDue: '2026-04-10',
    });
  });

  it.each<[TacticStatus, string, boolean, number]>([
    ['on-track', '2026-06-30', false, 0],
    ['on-track', '2026-07-01', true, 1],
    ['at-risk', '2026-08-30', true, 61],
    ['not-started', '2026-07-10', true, 10],
    ['complete', '2026-08-30', false, 0],
    ['cancelled', '2026-08-30', false, 0],
  ])('%s on %s: overdue %p by %i days', (status, asOf, overdue, daysOverdue) => {
    const result = tacticHealth({ ...tactic, status, asOf, lastCheckIn: asOf });
    expect(result).toEqual(expect.objectContaining({ overdue, daysOverdue }));
  });

  it('is never overdue without a due date', () => {
    expect(tacticHealth({ ...tactic, dueDate: undefined, asOf: '2030-01-01' }).overdue).toBe(false);
  });

  it.each<[UpdateCadence, string, boolean]>([
    // Last check-in 2026-03-10, grace 7: stale once more than cadence + 7 days have passed.
    ['weekly', '2026-03-24', false],
    ['weekly', '2026-03-25', true],
    ['biweekly', '2026-03-31', false],
    ['biweekly', '2026-04-01', true],
    ['monthly', '2026-04-17', false],
    ['monthly', '2026-04-18', true],
    ['quarterly', '2026-06-17', false],
    ['quarterly', '2026-06-18', true],
  ])('a %s tactic on %s is stale: %p', (updateCadence, asOf, stale) => {
    expect(tacticHealth({ ...tactic, updateCadence, asOf }).stale).toBe(stale);
  });

  it.each<[number, string, boolean]>([
    [0, '2026-04-10', false],
    [0, '2026-04-11', true],
    [14, '2026-04-24', false],
    [14, '2026-04-25', true],
  ])('with %i grace days on %s is stale: %p', (graceDays, asOf, stale) => {
    expect(tacticHealth({ ...tactic, graceDays, asOf }).stale).toBe(stale);
  });

  it('measures a tactic never checked in on from its start date', () => {
    const result = tacticHealth({ ...tactic, lastCheckIn: undefined, asOf: '2025-09-08' });
    expect(result).toEqual(expect.objectContaining({ stale: false, nextCheckInDue: '2025-09-01' }));
    expect(result.daysSinceCheckIn).toBeUndefined();
    expect(tacticHealth({ ...tactic, lastCheckIn: undefined, asOf: '2025-09-09' }).stale).toBe(true);
  });

  it('is not stale with nothing to measure from, or before it starts', () => {
    const noDates = tacticHealth({ ...tactic, lastCheckIn: undefined, startDate: undefined, asOf: '2030-01-01' });
    expect(noDates.stale).toBe(false);
    expect(noDates.nextCheckInDue).toBeUndefined();
    const future = tacticHealth({ ...tactic, lastCheckIn: undefined, startDate: '2026-08-01', asOf: '2026-03-01' });
    expect(future).toEqual(expect.objectContaining({ stale: false, nextCheckInDue: '2026-09-01' }));
  });

  it.each<TacticStatus>(['complete', 'cancelled'])('a %s tactic is never stale and owes no check-in', (status) => {
    const result = tacticHealth({ ...tactic, status, asOf: '2027-01-01' });
    expect(result).toEqual(expect.objectContaining({ stale: false, overdue: false, daysSinceCheckIn: 297 }));
    expect(result.nextCheckInDue).toBeUndefined();
  });

  it('crosses the leap day when counting days', () => {
    const result = tacticHealth({ ...tactic, lastCheckIn: '2028-02-20', asOf: '2028-03-01', dueDate: '2028-02-28' });
    expect(result).toEqual(
      expect.objectContaining({ daysSinceCheckIn: 10, daysOverdue: 2, nextCheckInDue: '2028-03-22' }),
    );
  });
});
