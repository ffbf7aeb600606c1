import { describe, expect, it } from '@jest/globals';
import { type DigestInput, type DigestTactic, buildDigest } from './digest.js';

const AS_OF = '2026-11-05';

function tactic(overrides: Partial<DigestTactic>): DigestTactic {
  return { id: 't1', title: 'Tutoring pilot', status: 'on-track', updateCadence: 'monthly', ...overrides };
}

function input(overrides: Partial<DigestInput>): DigestInput {
  return { asOf: AS_OF, tactics: [], dataRequests: [], failedSources: [], staleMetrics: [], ...overrides };
}

const itemsFor = (t: Partial<DigestTactic>, offsets?: DigestInput['offsets']) =>
  buildDigest(input({ tactics: [tactic(t)], offsets })).items.map((item) => [item.kind, item.days]);

describe('buildDigest: check-ins', () => {
  it.each([
    // tactic fields, expected [kind, days] items
    ['monthly, next check-in in 2 days', { lastCheckIn: '2026-10-07' }, [['check-in-soon', 2]]],
    ['monthly, next check-in in 3 days (the default reminder window)', { lastCheckIn: '2026-10-08' }, [['check-in-soon', 3]]],
    ['monthly, next check-in in 4 days', { lastCheckIn: '2026-10-09' }, []],
    ['monthly, due today', { lastCheckIn: '2026-10-05' }, [['check-in-today', 0]]],
    ['monthly, 1 day late (inside the grace period, still late)', { lastCheckIn: '2026-10-04' }, [['check-in-overdue', 1]]],
    ['weekly, 4 days late', { updateCadence: 'weekly' as const, lastCheckIn: '2026-10-25' }, [['check-in-overdue', 4]]],
    ['quarterly and stale', { updateCadence: 'quarterly' as const, lastCheckIn: '2026-06-01' }, [['check-in-overdue', 65]]],
    ['never checked in, measured from its start', { updateCadence: 'weekly' as const, startDate: '2026-11-01' }, [['check-in-soon', 3]]],
    ['never checked in, started today', { updateCadence: 'weekly' as const, startDate: AS_OF }, []],
    ['no start and no check-in: nothing to measure from', {}, []],
    ['complete', { status: 'complete' as const, lastCheckIn: '2026-01-01', dueDate: '2026-02-01' }, []],
    ['cancelled', { status: 'cancelled' as const, lastCheckIn: '2026-01-01', dueDate: '2026-02-01' }, []],
    ['not started, but its check-in is due', { status: 'not-started' as const, lastCheckIn: '2026-10-05' }, [['check-in-today', 0]]],
  ])('%s', (_label, fields, expected) => {
    expect(itemsFor(fields)).toEqual(expected);
  });

  it.each([
    [0, []],
    [7, [['check-in-soon', 4]]],
  ])('uses a reminder window of %i days when told', (remindDaysBefore, expected) => {
    expect(itemsFor({ lastCheckIn: '2026-10-09' }, { remindDaysBefore })).toEqual(expected);
  });
});

describe('buildDigest: overdue tactics and escalation', () => {
  it('lists a tactic past its due date, and its check-in too', () => {
    expect(itemsFor({ dueDate: '2026-10-30', updateCadence: 'weekly', lastCheckIn: '2026-11-01' })).toEqual([
      ['tactic-overdue', 6],
      ['check-in-soon', 3],
    ]);
  });

  it('does not list a tactic due today as overdue', () => {
    expect(itemsFor({ dueDate: AS_OF, lastCheckIn: '2026-11-01' })).toEqual([]);
  });

  it.each([
    // due date, escalateAfterDays, escalate
    ['2026-10-22', undefined, true], // 14 days: the default boundary
    ['2026-10-23', undefined, false], // 13 days
    ['2026-01-01', undefined, true],
    ['2026-10-29', 7, true],
    ['2026-10-30', 7, false],
  ])('due %s, escalate after %p days: %p', (dueDate, escalateAfterDays, escalate) => {
    const digest = buildDigest(input({ tactics: [tactic({ dueDate })], offsets: { escalateAfterDays } }));
    expect(digest.escalate).toBe(escalate);
  });

  it('does not escalate for late check-ins, data requests or failures alone', () => {
    const digest = buildDigest(
      input({
        tactics: [tactic({ updateCadence: 'weekly', lastCheckIn: '2026-01-01' })],
        dataRequests: [{ sourceId: 's1', name: 'Attendance', dueSince: '2026-01-05' }],
        failedSources: [{ sourceId: 's2', name: 'State file', error: 'HTTP 404' }],
      }),
    );
    expect(digest.escalate).toBe(false);
  });
});

describe('buildDigest: data chores', () => {
  it('lists data requests, failed sources and stale metrics', () => {
    const digest = buildDigest(
      input({
        dataRequests: [
          { sourceId: 's1', name: 'Climate survey upload', dueSince: '2026-11-05' },
          { sourceId: 's2', name: 'Counselor caseloads', dueSince: '2026-10-29' },
        ],
        failedSources: [{ sourceId: 's3', name: 'SIS attendance', error: 'HTTP 401: credentials rejected' }],
        staleMetrics: [{ metricId: 'm1', name: 'Chronic absenteeism' }],
      }),
    );
    expect(digest).toEqual({
      items: [
        { kind: 'data-request', id: 's2', title: 'Counselor caseloads', days: 7 },
        { kind: 'data-request', id: 's1', title: 'Climate survey upload', days: 0 },
        { kind: 'source-failed', id: 's3', title: 'SIS attendance', detail: 'HTTP 401: credentials rejected' },
        { kind: 'metric-stale', id: 'm1', title: 'Chronic absenteeism' },
      ],
      escalate: false,
    });
  });

  it('never counts a request as due before its slot', () => {
    const digest = buildDigest(input({ dataRequests: [{ sourceId: 's1', name: 'Survey', dueSince: '2026-11-07' }] }));
    expect(digest.items[0].days).toBe(0);
  });

  it('is empty when nothing needs attention (no email today)', () => {
    expect(buildDigest(input({ tactics: [tactic({ lastCheckIn: '2026-11-01', dueDate: '2027-06-30' })] }))).toEqual({
      items: [],
      escalate: false,
    });
  });
});

describe('buildDigest: order', () => {
  it('puts the most urgent kinds first, then the most days, then the title', () => {
    const digest = buildDigest(
      input({
        tactics: [
          tactic({ id: 'soon', title: 'Family nights', lastCheckIn: '2026-10-07' }),
          tactic({ id: 'soon-3', title: 'Grade-level PLCs', lastCheckIn: '2026-10-08' }),
          tactic({ id: 'today', title: 'Bus routes', lastCheckIn: '2026-10-05' }),
          tactic({ id: 'late-b', title: 'Literacy coaches', updateCadence: 'weekly', lastCheckIn: '2026-10-25' }),
          tactic({ id: 'late-a', title: 'Attendance nudges', updateCadence: 'weekly', lastCheckIn: '2026-10-25' }),
          tactic({ id: 'late-long', title: 'Zero-period math', lastCheckIn: '2026-09-01' }),
          tactic({ id: 'due', title: 'Hire EL coordinator', dueDate: '2026-10-01', lastCheckIn: '2026-10-20' }),
          tactic({ id: 'done', title: 'Done work', status: 'complete', dueDate: '2026-01-01' }),
        ],
        dataRequests: [{ sourceId: 'req', name: 'Survey', dueSince: '2026-11-01' }],
        failedSources: [{ sourceId: 'fail', name: 'State file', error: 'timeout' }],
        staleMetrics: [{ metricId: 'stale', name: 'Suspensions' }],
      }),
    );
    expect(digest.items.map((item) => [item.kind, item.id, item.days])).toEqual([
      ['tactic-overdue', 'due', 35],
      ['check-in-overdue', 'late-long', 34],
      ['check-in-overdue', 'late-a', 4],
      ['check-in-overdue', 'late-b', 4],
      ['check-in-today', 'today', 0],
      // The brief's rule (days descending) applies to every kind, "soon" included.
      ['check-in-soon', 'soon-3', 3],
      ['check-in-soon', 'soon', 2],
      ['data-request', 'req', 4],
      ['source-failed', 'fail', undefined],
      ['metric-stale', 'stale', undefined],
    ]);
    expect(digest.escalate).toBe(true);
  });
});
