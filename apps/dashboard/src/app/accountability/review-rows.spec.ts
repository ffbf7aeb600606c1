import type { AccountabilityRow } from './accountability-api';
import { nextDir, onTimeLook, parseSort, sortRows } from './review-rows';

const row = (name: string, facts: Partial<AccountabilityRow> = {}): AccountabilityRow => ({
  key: name.toLowerCase(),
  name,
  department: null,
  tactics: 1,
  expectedUpdates: 4,
  onTimeUpdates: 4,
  onTimeRate: 1,
  overdue: 0,
  stale: 0,
  medianDaysSinceCheckIn: 10,
  lastCheckIn: '2026-11-01',
  ...facts,
});

const ROWS = [
  row('Chen', { onTimeRate: 0.5, overdue: 2, medianDaysSinceCheckIn: 40 }),
  row('Álvarez', { onTimeRate: null, overdue: 0, medianDaysSinceCheckIn: null, lastCheckIn: null }),
  row('Brooks', { onTimeRate: 0.9, overdue: 2, medianDaysSinceCheckIn: 12 }),
  row('Diaz', { onTimeRate: 0.25, overdue: 1, medianDaysSinceCheckIn: 5 }),
];
const names = (rows: readonly AccountabilityRow[]) => rows.map((r) => r.name);

describe('sortRows', () => {
  it('puts the worst on-time rate first by default, rows with nothing due yet last', () => {
    const { key, dir } = parseSort(undefined, undefined);
    expect(names(sortRows(ROWS, key, dir))).toEqual(['Diaz', 'Chen', 'Brooks', 'Álvarez']);
  });

  it('keeps empty values last in both directions', () => {
    expect(names(sortRows(ROWS, 'days', 'desc'))).toEqual(['Chen', 'Brooks', 'Diaz', 'Álvarez']);
    expect(names(sortRows(ROWS, 'days', 'asc'))).toEqual(['Diaz', 'Brooks', 'Chen', 'Álvarez']);
  });

  it('breaks ties by name, in the reader’s alphabet', () => {
    expect(names(sortRows(ROWS, 'overdue', 'desc'))).toEqual(['Brooks', 'Chen', 'Diaz', 'Álvarez']);
    expect(names(sortRows(ROWS, 'name', 'asc', 'es'))).toEqual(['Álvarez', 'Brooks', 'Chen', 'Diaz']);
  });
});

describe('parseSort and nextDir', () => {
  it('reads the URL, falling back for unknown values', () => {
    expect(parseSort('overdue', undefined)).toEqual({ key: 'overdue', dir: 'desc' });
    expect(parseSort('stale', 'asc')).toEqual({ key: 'stale', dir: 'asc' });
    expect(parseSort('nonsense', 'sideways')).toEqual({ key: 'onTime', dir: 'asc' });
  });

  it('flips the current column, and starts a new one in its natural direction', () => {
    expect(nextDir({ key: 'overdue', dir: 'desc' }, 'overdue')).toBe('asc');
    expect(nextDir({ key: 'overdue', dir: 'desc' }, 'name')).toBe('asc');
    expect(nextDir({ key: 'name', dir: 'asc' }, 'stale')).toBe('desc');
  });
});

describe('onTimeLook', () => {
  it.each([
    [null, 'Nothing due yet'],
    [1, 'On time'],
    [0.8, 'Mostly on time'],
    [0.5, 'Often late'],
    [0.2, 'Rarely on time'],
  ])('%s reads as %s', (rate, words) => {
    expect(onTimeLook(rate).words).toBe(words);
  });
});
