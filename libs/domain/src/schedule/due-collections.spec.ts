import { describe, expect, it } from '@jest/globals';
import { type ScheduledSource, dueCollections } from './due-collections.js';
import type { SourceSchedule } from './schedule.js';

const MONTHLY_5TH: SourceSchedule = { kind: 'monthly', day: 5, hour: 6, minute: 0 };
const DAILY_6AM: SourceSchedule = { kind: 'daily', hour: 6, minute: 0 };

function source(overrides: Partial<ScheduledSource> = {}): ScheduledSource {
  return { sourceId: 'attendance', schedule: MONTHLY_5TH, since: '2026-01-01T00:00', active: true, ...overrides };
}

const slots = (due: readonly { slot: string }[]): string[] => due.map((d) => d.slot);

describe('dueCollections', () => {
  it.each([
    // lastSlot, now, expected slots
    ['2026-06-05T06:00', '2026-06-05T05:59', []],
    ['2026-06-05T06:00', '2026-06-10T12:00', []],
    ['2026-05-05T06:00', '2026-06-05T06:00', ['2026-06-05T06:00']],
    ['2026-05-05T06:00', '2026-06-05T05:59', []],
    // downtime: every missed slot, oldest first
    ['2026-03-05T06:00', '2026-06-10T12:00', ['2026-04-05T06:00', '2026-05-05T06:00', '2026-06-05T06:00']],
    // a lastSlot ahead of now (clock moved back) owes nothing
    ['2026-07-05T06:00', '2026-06-10T12:00', []],
  ])('after lastSlot %s, at %s: %j', (lastSlot, now, expected) => {
    expect(slots(dueCollections([source({ lastSlot })], now))).toEqual(expected);
  });

  it('tags each slot with its source', () => {
    expect(dueCollections([source({ lastSlot: '2026-05-05T06:00' })], '2026-06-05T06:00')).toEqual([
      { sourceId: 'attendance', slot: '2026-06-05T06:00' },
    ]);
  });

  it.each([
    // since, now, expected: since is inclusive, earlier slots never count
    ['2026-06-05T06:00', '2026-06-05T06:00', ['2026-06-05T06:00']],
    ['2026-06-05T06:01', '2026-06-05T06:00', []],
    ['2026-06-05T06:01', '2026-07-05T06:00', ['2026-07-05T06:00']],
    ['2026-04-20T14:03', '2026-06-10T00:00', ['2026-05-05T06:00', '2026-06-05T06:00']],
  ])('never run, since %s, at %s: %j', (since, now, expected) => {
    expect(slots(dueCollections([source({ since })], now))).toEqual(expected);
  });

  it('ignores slots before a schedule change even when the last slot is older', () => {
    const changed = source({ lastSlot: '2026-01-05T06:00', since: '2026-05-20T09:00' });
    expect(slots(dueCollections([changed], '2026-07-06T00:00'))).toEqual(['2026-06-05T06:00', '2026-07-05T06:00']);
  });

  it('catches up at most 12 slots by default, keeping the latest', () => {
    const due = dueCollections([source({ schedule: DAILY_6AM, lastSlot: '2026-03-01T06:00' })], '2026-03-31T07:00');
    expect(due).toHaveLength(12);
    expect(due[0].slot).toBe('2026-03-20T06:00');
    expect(due[11].slot).toBe('2026-03-31T06:00');
  });

  it.each([
    [1, ['2026-03-31T06:00']],
    [3, ['2026-03-29T06:00', '2026-03-30T06:00', '2026-03-31T06:00']],
  ])('honours maxCatchUp %i', (maxCatchUp, expected) => {
    const due = dueCollections([source({ schedule: DAILY_6AM, since: '2020-01-01T00:00' })], '2026-03-31T07:00', maxCatchUp);
    expect(slots(due)).toEqual(expected);
  });

  it('orders slots oldest first across sources, ties by source id', () => {
    const due = dueCollections(
      [
        source({ sourceId: 'suspensions', lastSlot: '2026-04-05T06:00' }),
        source({ sourceId: 'attendance', lastSlot: '2026-04-05T06:00' }),
        source({ sourceId: 'enrollment', schedule: DAILY_6AM, lastSlot: '2026-06-03T06:00' }),
      ],
      '2026-06-05T06:00',
    );
    expect(due).toEqual([
      { sourceId: 'attendance', slot: '2026-05-05T06:00' },
      { sourceId: 'suspensions', slot: '2026-05-05T06:00' },
      { sourceId: 'enrollment', slot: '2026-06-04T06:00' },
      { sourceId: 'attendance', slot: '2026-06-05T06:00' },
      { sourceId: 'enrollment', slot: '2026-06-05T06:00' },
      { sourceId: 'suspensions', slot: '2026-06-05T06:00' },
    ]);
  });

  it('never makes an inactive source due', () => {
    expect(dueCollections([source({ active: false })], '2026-06-10T00:00')).toEqual([]);
  });

  it.each([
    ['a never-running cron', source({ sourceId: 'bad', schedule: { kind: 'cron', expression: '0 0 30 2 *' } })],
    ['a malformed since', source({ sourceId: 'bad', since: 'yesterday' })],
    ['a malformed lastSlot', source({ sourceId: 'bad', lastSlot: '2026-06-05 06:00' })],
  ])('skips a source with %s without stopping the sweep', (_label, bad) => {
    expect(dueCollections([bad, source({ lastSlot: '2026-05-05T06:00' })], '2026-06-05T06:00')).toEqual([
      { sourceId: 'attendance', slot: '2026-06-05T06:00' },
    ]);
  });

  it('crosses the year end', () => {
    const nightly: ScheduledSource = source({ schedule: { kind: 'cron', expression: '30 23 * * *' }, lastSlot: '2026-12-30T23:30' });
    expect(slots(dueCollections([nightly], '2027-01-01T00:15'))).toEqual(['2026-12-31T23:30']);
  });

  it('is empty with no sources', () => {
    expect(dueCollections([], '2026-06-05T06:00')).toEqual([]);
  });

  it.each([0, -1, 2.5])('refuses maxCatchUp %p', (maxCatchUp) => {
    expect(() => dueCollections([source()], '2026-06-05T06:00', maxCatchUp)).toThrow(RangeError);
  });

  it('refuses a malformed now', () => {
    expect(() => dueCollections([source()], '2026-06-05')).toThrow(RangeError);
  });
});
