import { describe, expect, it } from '@jest/globals';
import type { MetricUnit } from '../plan/plan.js';
import {
  type MappedMeasurement,
  type MappingContext,
  type RowOutcome,
  type SourceMapping,
  type SourceRow,
  mapRow,
} from './mapping.js';

const CONTEXT: MappingContext = {
  schoolIdByCode: new Map([
    ['01234567890001', 'school-lincoln'],
    ['01234567890002', 'school-washington'],
    ['7', 'school-seven'],
  ]),
  groupIdByCode: new Map([
    ['ALL', 'group-all'],
    ['ED', 'group-ed'],
    ['EL', 'group-el'],
  ]),
  allStudentsId: 'group-all',
  metricUnits: new Map<string, MetricUnit>([
    ['ela', 'percent'],
    ['math', 'percent'],
    ['enrolled', 'count'],
    ['risk', 'ratio'],
  ]),
  slot: '2026-11-05T06:00',
  schoolYearStartMonth: 7,
};

// A state report-card download: one row per level, school and student group, for school year 2025-26.
const STATE_GROUPS = { column: 'Group', codes: { ALL: 'ALL', SED: 'ED', EL: 'EL' }, unmapped: 'skip' } as const;
const STATE_FILE: SourceMapping = {
  period: { column: 'SchoolYear', kind: 'year' },
  school: { column: 'SchoolCode' },
  recordType: { column: 'Level', school: ['School'], district: ['District'], ignore: ['State'] },
  group: STATE_GROUPS,
  metrics: [{ metricId: 'ela', value: 'PctMet', denominator: 'Tested' }],
};

const stateRow = (overrides: Partial<Record<string, string | number | null>> = {}): SourceRow => ({
  SchoolYear: '2025-26',
  Level: 'School',
  SchoolCode: '01234567890001',
  Group: 'ALL',
  PctMet: '48.5',
  Tested: '412',
  ...overrides,
});

const ok = (...measurements: Partial<MappedMeasurement>[]): RowOutcome => ({
  kind: 'ok',
  measurements: measurements.map(measurement),
});
function measurement(overrides: Partial<MappedMeasurement>): MappedMeasurement {
  return {
    metricId: 'ela',
    periodEnd: '2026-06-30',
    periodKind: 'year',
    schoolId: 'school-lincoln',
    groupId: 'group-all',
    value: 48.5,
    numerator: null,
    denominator: 412,
    suppressed: false,
    ...overrides,
  };
}

describe('mapRow: a state report-card file', () => {
  it.each([
    ['a school row', {}, ok({})],
    ['a school row with a padded code', { SchoolCode: ' 01234567890002 ' }, ok({ schoolId: 'school-washington' })],
    ['a district row', { Level: 'District', SchoolCode: '' }, ok({ schoolId: null })],
    ['a district row, case and spaces aside', { Level: ' district ', SchoolCode: '' }, ok({ schoolId: null })],
    ['a student-group row', { Group: 'SED', PctMet: '31.2', Tested: '180' }, ok({ groupId: 'group-ed', value: 31.2, denominator: 180 })],
    ['a "48.5%" cell', { PctMet: '48.5%' }, ok({})],
    ['a "1,234" count', { Tested: '1,234' }, ok({ denominator: 1234 })],
    ['numeric cells', { PctMet: 48.5, Tested: 412 }, ok({})],
    ['a "*" cell', { PctMet: '*', Tested: '8' }, ok({ value: null, denominator: 8, suppressed: true })],
    ['a "<10" cell', { PctMet: '<10', Tested: '<10' }, ok({ value: null, denominator: null, suppressed: true })],
    ['an "N<10" cell', { PctMet: 'N<10' }, ok({ value: null, suppressed: true })],
    ['an empty cell', { PctMet: '  ' }, ok({ value: null, suppressed: true })],
    ['a missing cell', { PctMet: null }, ok({ value: null, suppressed: true })],
    ['a withheld n beside a published rate', { Tested: '--' }, ok({ denominator: null })],
    ['0 (a real zero, not a withheld cell)', { PctMet: '0' }, ok({ value: 0 })],
    ['100', { PctMet: '100.0' }, ok({ value: 100 })],
  ])('loads %s', (_label, overrides, expected) => {
    expect(mapRow(stateRow(overrides), STATE_FILE, CONTEXT)).toEqual(expected);
  });

  it.each([
    ['a state row', { Level: 'State', SchoolCode: '' }, "Level 'State' rows are not loaded"],
    ['a group the district does not track', { Group: 'MIG' }, "student group 'MIG' is not mapped"],
    ['an empty group', { Group: '' }, 'column Group: the student group is empty'],
  ])('skips %s', (_label, overrides, reason) => {
    expect(mapRow(stateRow(overrides), STATE_FILE, CONTEXT)).toEqual({ kind: 'skipped', reason });
  });

  it.each([
    ['an unknown school code', { SchoolCode: '01234567890123' }, 'unknown school code 01234567890123'],
    ['a school code without its leading zero', { SchoolCode: '1234567890001' }, 'unknown school code 1234567890001'],
    ['a school row without a code', { SchoolCode: '' }, 'column SchoolCode: the school code is empty'],
    ['an unknown record type', { Level: 'Region' }, "column Level: unknown record type 'Region' (expected one of 'School', 'District', 'State')"],
    ['a text value', { PctMet: 'n/a' }, "column PctMet: 'n/a' is not a number"],
    ['a malformed thousands separator', { Tested: '1,23' }, "column Tested: '1,23' is not a number"],
    ['two bad cells', { PctMet: 'high', Tested: 'many' }, "column PctMet: 'high' is not a number; column Tested: 'many' is not a number"],
    ['a percent over 100', { PctMet: '148.5' }, 'column PctMet: 148.5 is outside 0–100 for a percent'],
    ['a negative percent', { PctMet: '-2' }, 'column PctMet: -2 is outside 0–100 for a percent'],
    ['a negative count', { Tested: '-5' }, 'column Tested: -5 is negative'],
    ['a bad school year', { SchoolYear: '2025-27' }, "column SchoolYear: '2025-27' is not a date (YYYY-MM-DD or M/D/YYYY) or a school year (2025-26)"],
    ['an empty period', { SchoolYear: '' }, 'column SchoolYear: the period is empty'],
  ])('rejects %s', (_label, overrides, reason) => {
    expect(mapRow(stateRow(overrides), STATE_FILE, CONTEXT)).toEqual({ kind: 'rejected', reason });
  });

  it('rejects an unmapped group when told to', () => {
    const strict: SourceMapping = { ...STATE_FILE, group: { ...STATE_GROUPS, unmapped: 'reject' } };
    expect(mapRow(stateRow({ Group: 'MIG' }), strict, CONTEXT)).toEqual({ kind: 'rejected', reason: "student group 'MIG' is not mapped" });
  });

  it('rejects a group mapped to a code Throughline does not have', () => {
    const mapping: SourceMapping = { ...STATE_FILE, group: { ...STATE_GROUPS, codes: { ALL: 'ALL', SWD: 'SWD' } } };
    expect(mapRow(stateRow({ Group: 'SWD' }), mapping, CONTEXT)).toEqual({
      kind: 'rejected',
      reason: "student group 'SWD' maps to SWD, which is not set up in Throughline",
    });
  });

  it('matches group codes regardless of case', () => {
    expect(mapRow(stateRow({ Group: 'sed' }), STATE_FILE, CONTEXT)).toEqual(ok({ groupId: 'group-ed' }));
  });

  it('skips ignored rows before checking anything else', () => {
    expect(mapRow(stateRow({ Level: 'State', SchoolCode: '', PctMet: 'n/a', SchoolYear: '' }), STATE_FILE, CONTEXT).kind).toBe('skipped');
  });
});

describe('mapRow: values', () => {
  const file = (metrics: SourceMapping['metrics'], extra: Partial<SourceMapping> = {}): SourceMapping => ({
    period: { fixed: { end: '2026-06-30', kind: 'year' } },
    metrics,
    ...extra,
  });
  const district = (overrides: Partial<MappedMeasurement>): MappedMeasurement => measurement({ schoolId: null, numerator: null, denominator: null, ...overrides });

  it.each([
    // metric columns, row, expected measurement
    ['fraction scale', { metricId: 'ela', value: 'Rate', scale: 'fraction' as const }, { Rate: '0.485' }, { value: 48.5 }],
    ['fraction scale without float noise', { metricId: 'ela', value: 'Rate', scale: 'fraction' as const }, { Rate: '0.07' }, { value: 7 }],
    ['fraction scale, but the cell says %', { metricId: 'ela', value: 'Rate', scale: 'fraction' as const }, { Rate: '48.5%' }, { value: 48.5 }],
    ['fraction scale on a ratio metric (not scaled)', { metricId: 'risk', value: 'RR', scale: 'fraction' as const }, { RR: '1.25' }, { metricId: 'risk', value: 1.25 }],
    ['numerator over denominator, as a percent', { metricId: 'ela', numerator: 'Met', denominator: 'Tested' }, { Met: '7', Tested: '10' }, { value: 70, numerator: 7, denominator: 10 }],
    ['numerator over denominator, a third', { metricId: 'ela', numerator: 'Met', denominator: 'Tested' }, { Met: '1', Tested: '3' }, { value: 33.3333333333, numerator: 1, denominator: 3 }],
    ['numerator over denominator, as a ratio', { metricId: 'risk', numerator: 'A', denominator: 'B' }, { A: '3', B: '2' }, { metricId: 'risk', value: 1.5, numerator: 3, denominator: 2 }],
    ['a suppressed numerator', { metricId: 'ela', numerator: 'Met', denominator: 'Tested' }, { Met: '*', Tested: '40' }, { value: null, denominator: 40, suppressed: true }],
    ['a suppressed denominator', { metricId: 'ela', numerator: 'Met', denominator: 'Tested' }, { Met: '4', Tested: '<10' }, { value: null, numerator: 4, suppressed: true }],
    ['a zero denominator', { metricId: 'ela', numerator: 'Met', denominator: 'Tested' }, { Met: '0', Tested: '0' }, { value: null, numerator: 0, denominator: 0, suppressed: true }],
    ['a value column beside numerator and denominator', { metricId: 'ela', value: 'Pct', numerator: 'Met', denominator: 'Tested' }, { Pct: '70.1', Met: '7', Tested: '10' }, { value: 70.1, numerator: 7, denominator: 10 }],
    ['a count', { metricId: 'enrolled', value: 'Enrollment' }, { Enrollment: '12,345' }, { metricId: 'enrolled', value: 12345 }],
  ])('%s', (_label, columns, row, expected) => {
    expect(mapRow(row, file([columns]), CONTEXT)).toEqual({ kind: 'ok', measurements: [district(expected)] });
  });

  it.each([
    ['a fraction above 1', { metricId: 'ela', value: 'Rate', scale: 'fraction' as const }, { Rate: '48.5' }, 'column Rate: 4850 is outside 0–100 for a percent after scaling a 0–1 fraction'],
    ['more passing than tested', { metricId: 'ela', numerator: 'Met', denominator: 'Tested' }, { Met: '12', Tested: '10' }, 'columns Met / Tested: 12 out of 10 is more than 100%'],
    ['an unknown metric', { metricId: 'ghost', value: 'X' }, { X: '1' }, 'metric ghost is not set up in Throughline'],
    ['no value and no pair', { metricId: 'ela', numerator: 'Met' }, { Met: '1' }, 'metric ela has no value column and no numerator/denominator pair'],
  ])('rejects %s', (_label, columns, row, reason) => {
    expect(mapRow(row, file([columns]), CONTEXT)).toEqual({ kind: 'rejected', reason });
  });

  it('maps several metrics from one row, suppressed ones included', () => {
    const mapping = file([
      { metricId: 'ela', value: 'ELA' },
      { metricId: 'math', value: 'Math' },
    ]);
    expect(mapRow({ ELA: '*', Math: '*' }, mapping, CONTEXT)).toEqual({
      kind: 'ok',
      measurements: [district({ value: null, suppressed: true }), district({ metricId: 'math', value: null, suppressed: true })],
    });
  });

  it('uses custom suppression markers instead of the defaults', () => {
    const mapping = file([{ metricId: 'ela', value: 'Rate' }], { suppressionMarkers: ['S', 'DS'] });
    expect(mapRow({ Rate: 'ds' }, mapping, CONTEXT)).toEqual({ kind: 'ok', measurements: [district({ value: null, suppressed: true })] });
    expect(mapRow({ Rate: '' }, mapping, CONTEXT)).toEqual({ kind: 'rejected', reason: 'column Rate is empty' });
    expect(mapRow({ Rate: '*' }, mapping, CONTEXT)).toEqual({ kind: 'rejected', reason: "column Rate: '*' is not a number" });
  });

  it('needs a known school code on every row when there is no record type column', () => {
    const mapping = file([{ metricId: 'ela', value: 'Rate' }], { school: { column: 'Code' } });
    expect(mapRow({ Code: 7, Rate: '50' }, mapping, CONTEXT)).toEqual({ kind: 'ok', measurements: [district({ schoolId: 'school-seven', value: 50 })] });
    expect(mapRow({ Code: '', Rate: '50' }, mapping, CONTEXT)).toEqual({ kind: 'rejected', reason: 'column Code: the school code is empty' });
  });
});

describe('mapRow: periods', () => {
  const withPeriod = (period: SourceMapping['period'], startMonth = 7, slot = '2026-11-05T06:00') =>
    (row: SourceRow): RowOutcome =>
      mapRow(row, { period, metrics: [{ metricId: 'enrolled', value: 'N' }] }, { ...CONTEXT, slot, schoolYearStartMonth: startMonth });
  const periodOf = (outcome: RowOutcome): unknown =>
    outcome.kind === 'ok' ? [outcome.measurements[0].periodEnd, outcome.measurements[0].periodKind] : outcome;

  it.each([
    // cell, mapping kind, school-year start month, [period end, kind]
    ['2026-01-31', 'month', 7, ['2026-01-31', 'month']],
    [' 2026-03-31 ', 'quarter', 7, ['2026-03-31', 'quarter']],
    ['1/31/2026', 'month', 7, ['2026-01-31', 'month']],
    ['06/30/2026', 'year', 7, ['2026-06-30', 'year']],
    ['2025-26', 'year', 7, ['2026-06-30', 'year']],
    ['2025-26', 'year', 8, ['2026-07-31', 'year']],
    ['2025-2026', 'year', 7, ['2026-06-30', 'year']],
    ['2026', 'year', 1, ['2026-12-31', 'year']],
  ])('column cell %p (%s, start month %i) is %j', (cell, kind, startMonth, expected) => {
    expect(periodOf(withPeriod({ column: 'Period', kind: kind as 'month' }, startMonth)({ Period: cell, N: '1' }))).toEqual(expected);
  });

  it.each([
    ['2025-26', 'month', "column Period: school year 2025-26 needs period kind 'year', the mapping says 'month'"],
    ['2/30/2026', 'month', "column Period: '2/30/2026' is not a real date"],
    ['2026-02-30', 'month', "column Period: '2026-02-30' is not a date (YYYY-MM-DD or M/D/YYYY) or a school year (2025-26)"],
    ['Spring 2026', 'semester', "column Period: 'Spring 2026' is not a date (YYYY-MM-DD or M/D/YYYY) or a school year (2025-26)"],
  ])('rejects the cell %p for kind %s', (cell, kind, reason) => {
    expect(withPeriod({ column: 'Period', kind: kind as 'month' })({ Period: cell, N: '1' })).toEqual({ kind: 'rejected', reason });
  });

  it('takes a fixed period as given', () => {
    expect(periodOf(withPeriod({ fixed: { end: '2025-12-31', kind: 'semester' } })({ N: '1' }))).toEqual(['2025-12-31', 'semester']);
  });

  it.each([
    // previous, slot, start month, [period end, kind]
    ['month', '2026-11-05T06:00', 7, ['2026-10-31', 'month']],
    ['month', '2026-03-01T00:00', 7, ['2026-02-28', 'month']],
    ['month', '2028-03-31T23:59', 7, ['2028-02-29', 'month']],
    ['month', '2027-01-05T06:00', 7, ['2026-12-31', 'month']],
    ['quarter', '2026-11-05T06:00', 7, ['2026-09-30', 'quarter']],
    ['quarter', '2026-10-01T00:00', 7, ['2026-09-30', 'quarter']],
    ['quarter', '2026-09-30T23:59', 7, ['2026-06-30', 'quarter']],
    ['quarter', '2026-07-15T06:00', 7, ['2026-06-30', 'quarter']],
    ['quarter', '2026-11-05T06:00', 8, ['2026-10-31', 'quarter']],
    ['school-year', '2026-11-05T06:00', 7, ['2026-06-30', 'year']],
    ['school-year', '2026-06-30T23:59', 7, ['2025-06-30', 'year']],
    ['school-year', '2026-08-01T06:00', 8, ['2026-07-31', 'year']],
    ['school-year', '2026-11-05T06:00', 1, ['2025-12-31', 'year']],
  ])('previous %s before slot %s (start month %i) is %j', (previous, slot, startMonth, expected) => {
    const period = { previous: previous as 'month' };
    expect(periodOf(withPeriod(period, startMonth, slot)({ N: '1' }))).toEqual(expected);
  });

  it('refuses a malformed slot (a caller bug, not a data problem)', () => {
    expect(() => withPeriod({ previous: 'month' }, 7, '2026-11-05')({ N: '1' })).toThrow(RangeError);
  });
});

describe('mapRow: a statewide file (every district of the state in one download)', () => {
  // California-style: 14-digit CDS = county (2) + district (5) + school (7); the district row ends in 0000000.
  const STATEWIDE: SourceMapping = { ...STATE_FILE, thisDistrict: { column: 'SchoolCode', codes: ['0123456*'] } };

  it.each<[string, SourceRow, RowOutcome]>([
    ['takes this district\'s school rows', stateRow(), ok({ schoolId: 'school-lincoln' })],
    ['takes this district\'s own row', stateRow({ Level: 'District', SchoolCode: '01234560000000' }), ok({ schoolId: null })],
    [
      'skips another district\'s district row (it would otherwise overwrite ours)',
      stateRow({ Level: 'District', SchoolCode: '09876540000000' }),
      { kind: 'skipped', reason: "SchoolCode '09876540000000' is another district's row" },
    ],
    [
      'skips another district\'s school instead of rejecting its unknown code',
      stateRow({ SchoolCode: '09876541234567' }),
      { kind: 'skipped', reason: "SchoolCode '09876541234567' is another district's row" },
    ],
    ['still rejects an unknown school of this district', stateRow({ SchoolCode: '01234569999999' }), { kind: 'rejected', reason: 'unknown school code 01234569999999' }],
    [
      'skips the state row',
      stateRow({ Level: 'State', SchoolCode: '00000000000000' }),
      { kind: 'skipped', reason: "SchoolCode '00000000000000' is another district's row" },
    ],
  ])('%s', (_label, row, expected) => {
    expect(mapRow(row, STATEWIDE, CONTEXT)).toEqual(expected);
  });

  it('matches an exact code in a separate district column (Texas-style DISTRICT)', () => {
    const mapping: SourceMapping = { ...STATE_FILE, thisDistrict: { column: 'District', codes: ['101912'] } };
    expect(mapRow(stateRow({ District: '101912' }), mapping, CONTEXT)).toEqual(ok({ schoolId: 'school-lincoln' }));
    expect(mapRow(stateRow({ District: '1019120' }), mapping, CONTEXT).kind).toBe('skipped');
  });
});

describe('mapRow: a wide file (one column per student group)', () => {
  // Texas TAPR style: a campus per row, the same measure for each group in its own column.
  const WIDE: SourceMapping = {
    period: { fixed: { end: '2026-06-30', kind: 'year' } },
    school: { column: 'CAMPUS' },
    metrics: [
      { metricId: 'ela', value: 'ALL_RATE', denominator: 'ALL_N', group: 'ALL' },
      { metricId: 'ela', value: 'ECO_RATE', denominator: 'ECO_N', group: 'ED' },
      { metricId: 'ela', value: 'EL_RATE', group: 'EL' },
    ],
  };
  const row: SourceRow = { CAMPUS: '01234567890001', ALL_RATE: '48.5', ALL_N: '412', ECO_RATE: '-1', ECO_N: '5', EL_RATE: '*' };

  it('gives one measurement per group column', () => {
    const outcome = mapRow({ ...row, ECO_RATE: '39' }, WIDE, CONTEXT);
    expect(outcome).toEqual(
      ok(
        { schoolId: 'school-lincoln', groupId: 'group-all', value: 48.5, denominator: 412 },
        { schoolId: 'school-lincoln', groupId: 'group-ed', value: 39, denominator: 5 },
        { schoolId: 'school-lincoln', groupId: 'group-el', value: null, denominator: null, suppressed: true },
      ),
    );
  });

  it('rejects the row naming a group that is not set up', () => {
    const mapping: SourceMapping = { ...WIDE, metrics: [{ metricId: 'ela', value: 'ALL_RATE', group: 'LTEL' }] };
    expect(mapRow(row, mapping, CONTEXT)).toEqual({ kind: 'rejected', reason: 'student group LTEL is not set up in Throughline' });
  });
});

