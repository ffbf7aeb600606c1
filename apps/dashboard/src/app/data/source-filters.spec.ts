import type { Run, Source } from './data-api';
import { NO_FILTERS, filterParams, filterSources, hasFilters, parseFilters } from './source-filters';

const ME = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

function source(name: string, over: Partial<Source> = {}, last?: Partial<Run>): Source {
  return {
    id: name, name, kind: 'file', stewardId: ME, schedule: null, scheduleText: null, config: {},
    secrets: { headers: [], connectionString: false }, mapping: { period: { previous: 'month' }, metrics: [] },
    active: true, version: 1, nextRun: null,
    lastRun: last ? ({ state: 'succeeded', ...last } as Run) : null,
    ...over,
  };
}

const SOURCES = [
  source('Spring benchmark file', {}, { state: 'partial' }),
  source('State report card pull', { kind: 'http', stewardId: OTHER }, { state: 'failed' }),
  source('Attendance from the SIS', { kind: 'sql', active: false }),
];
const names = (list: readonly Source[]) => list.map((s) => s.name);

describe('parseFilters', () => {
  it('keeps known values and drops what the page does not know', () => {
    expect(parseFilters({ kind: 'http', state: 'failed', steward: 'me', active: 'false', q: '  report ' })).toEqual({
      q: 'report', kind: 'http', state: 'failed', steward: 'me', active: 'false',
    });
    expect(parseFilters({ kind: 'ftp', state: 'done', steward: 'bob', active: 'yes' })).toEqual(NO_FILTERS);
    expect(parseFilters({ state: 'never', steward: OTHER }).steward).toBe(OTHER);
  });
});

describe('filterParams', () => {
  it('leaves empty filters out of the URL (null removes them when merged)', () => {
    expect(filterParams({ ...NO_FILTERS, kind: 'file' })).toEqual({ q: null, kind: 'file', state: null, steward: null, active: null });
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, active: 'true' })).toBe(true);
  });
});

describe('filterSources', () => {
  it('shows everything without filters', () => {
    expect(names(filterSources(SOURCES, NO_FILTERS, ME))).toHaveLength(3);
  });

  it('filters by every word of the name, kind, last run state, steward and active flag together', () => {
    expect(names(filterSources(SOURCES, { ...NO_FILTERS, q: 'card state' }, ME))).toEqual(['State report card pull']);
    expect(names(filterSources(SOURCES, { ...NO_FILTERS, kind: 'sql' }, ME))).toEqual(['Attendance from the SIS']);
    expect(names(filterSources(SOURCES, { ...NO_FILTERS, state: 'never' }, ME))).toEqual(['Attendance from the SIS']);
    expect(names(filterSources(SOURCES, { ...NO_FILTERS, state: 'partial' }, ME))).toEqual(['Spring benchmark file']);
    expect(names(filterSources(SOURCES, { ...NO_FILTERS, steward: 'me' }, ME))).toEqual(['Spring benchmark file', 'Attendance from the SIS']);
    expect(names(filterSources(SOURCES, { ...NO_FILTERS, steward: OTHER }, ME))).toEqual(['State report card pull']);
    expect(names(filterSources(SOURCES, { ...NO_FILTERS, active: 'false' }, ME))).toEqual(['Attendance from the SIS']);
    expect(filterSources(SOURCES, { ...NO_FILTERS, kind: 'file', state: 'failed' }, ME)).toEqual([]);
  });
});
