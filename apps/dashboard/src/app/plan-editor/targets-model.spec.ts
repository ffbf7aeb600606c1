import type { Baseline, Target } from '@throughline/domain';
import {
  draftOf, hasChanges, horizonYears, parseNumber, parseSeriesKey, rowChanges, seriesKey, seriesValues, seriesWithData, targetHistory,
  targetMessages,
} from './targets-model';

const ALL = 'g-all';
const EL = 'g-el';
const target = (schoolYear: number, value: number, extra: Partial<Target> = {}): Target => ({
  id: `${schoolYear}-${value}`,
  schoolId: null,
  groupId: ALL,
  schoolYear,
  value,
  reason: null,
  setAt: '2024-06-10T00:00:00.000Z',
  supersededAt: null,
  ...extra,
});
const baseline: Baseline = { schoolId: null, groupId: ALL, value: 42, asOf: '2024-06-30' };
const years = horizonYears(2024, 2028);

describe('series keys', () => {
  it('round-trip the district and a school', () => {
    expect(parseSeriesKey(seriesKey({ schoolId: null, groupId: EL }))).toEqual({ schoolId: null, groupId: EL });
    expect(parseSeriesKey(seriesKey({ schoolId: 's1', groupId: ALL }))).toEqual({ schoolId: 's1', groupId: ALL });
    expect(parseSeriesKey('nonsense')).toBeUndefined();
  });

  it('lists the series that have data of their own', () => {
    const refs = seriesWithData([baseline], [target(2024, 44), target(2024, 40, { schoolId: 's1' })]);
    expect(refs.map(seriesKey)).toEqual(['district~g-all', 's1~g-all']);
  });
});

describe('horizonYears', () => {
  it('lists the start years of the horizon', () => {
    expect(years).toEqual([2024, 2025, 2026, 2027, 2028]);
  });
});

describe('parseNumber', () => {
  it('reads dots and Spanish decimal commas, and passes anything else on for the API to explain', () => {
    expect(parseNumber(' 47.5 ')).toBe(47.5);
    expect(parseNumber('47,5')).toBe(47.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('abc')).toBe('abc');
  });
});

describe('rowChanges', () => {
  const [first] = seriesValues(
    [{ schoolId: null, groupId: ALL }],
    [baseline],
    [target(2024, 44), target(2025, 46), target(2025, 45, { supersededAt: '2025-01-01T00:00:00.000Z' })],
  );
  if (!first) throw new Error('seriesValues gave no row');
  const values = first;

  it('starts from the current values (replaced targets are history)', () => {
    expect(values.targets).toEqual({ 2024: 44, 2025: 46 });
    const draft = draftOf(values, years);
    expect(draft).toEqual({ baselineValue: '42', baselineAsOf: '2024-06-30', targets: { 2024: '44', 2025: '46', 2026: '', 2027: '', 2028: '' } });
    expect(hasChanges(rowChanges(values, draft, years))).toBe(false);
  });

  it('sends new targets, and flags changed existing ones as needing a reason', () => {
    const draft = draftOf(values, years);
    const changes = rowChanges(values, { ...draft, targets: { ...draft.targets, 2025: '47', 2026: '48' } }, years);
    expect(changes.targets).toEqual([
      { schoolYear: 2025, value: 47 },
      { schoolYear: 2026, value: 48 },
    ]);
    expect(changes.changesExisting).toEqual([2025]);
    expect(changes.baseline).toBeNull();
  });

  it('sends a changed baseline, and notices an emptied target', () => {
    const draft = draftOf(values, years);
    const changes = rowChanges(values, { ...draft, baselineValue: '41', targets: { ...draft.targets, 2024: '' } }, years);
    expect(changes.baseline).toEqual({ value: 41, asOf: '2024-06-30' });
    expect(changes.cleared).toEqual([2024]);
  });

  it('sends a half-filled new baseline so the API says what is missing', () => {
    const [fresh] = seriesValues([{ schoolId: null, groupId: EL }], [], []);
    if (!fresh) throw new Error('seriesValues gave no row');
    const changes = rowChanges(fresh, { baselineValue: '', baselineAsOf: '2024-06-30', targets: {} }, years);
    expect(changes.baseline).toEqual({ value: '', asOf: '2024-06-30' });
  });
});

describe('targetMessages', () => {
  it('puts target messages on the school year that was sent at that index', () => {
    const sent = [
      { schoolYear: 2026, value: 1 },
      { schoolYear: 2027, value: 'x' },
    ];
    const result = targetMessages({ 'targets[1].value': ['Must be a number.'], reason: ['Needs a reason.'], targets: ['Once.'] }, sent);
    expect(result).toEqual({ byYear: { 2027: ['Must be a number.'] }, reason: ['Needs a reason.'], other: ['Once.'] });
  });
});

describe('targetHistory', () => {
  it('lists every value of the school years whose target was replaced, oldest first', () => {
    const history = targetHistory([
      target(2024, 44),
      target(2025, 47, { setAt: '2026-11-25T00:00:00.000Z', reason: 'New test' }),
      target(2025, 46, { supersededAt: '2026-11-25T00:00:00.000Z' }),
    ]);
    expect(history.map((h) => [h.schoolYear, h.value, h.reason])).toEqual([
      [2025, 46, null],
      [2025, 47, 'New test'],
    ]);
  });
});
