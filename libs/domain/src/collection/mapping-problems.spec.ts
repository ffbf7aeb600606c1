import { describe, expect, it } from '@jest/globals';
import { type SourceMapping, mappingProblems } from './mapping.js';

const VALID: SourceMapping = {
  period: { column: 'SchoolYear', kind: 'year' },
  school: { column: 'SchoolCode' },
  recordType: { column: 'Level', school: ['School'], district: ['District'], ignore: ['State'] },
  group: { column: 'Group', codes: { ALL: 'ALL', SED: 'ED' }, unmapped: 'skip' },
  metrics: [
    { metricId: 'ela', value: 'PctMet', denominator: 'Tested' },
    { metricId: 'grad', numerator: 'Grads', denominator: 'Cohort' },
  ],
};
const COLUMNS = ['SchoolYear', 'SchoolCode', 'Level', 'Group', 'PctMet', 'Tested', 'Grads', 'Cohort'];

describe('mappingProblems', () => {
  it('accepts a complete mapping', () => {
    expect(mappingProblems(VALID)).toEqual([]);
    expect(mappingProblems(VALID, COLUMNS)).toEqual([]);
  });

  it.each<[string, SourceMapping]>([
    ['a fixed period', { period: { fixed: { end: '2026-06-30', kind: 'year' } }, metrics: [{ metricId: 'm', value: 'V' }] }],
    ['a previous period', { period: { previous: 'quarter' }, metrics: [{ metricId: 'm', value: 'V' }] }],
    ['a district-only file', { ...VALID, school: undefined, recordType: { column: 'Level', school: [], district: ['D'], ignore: ['S'] } }],
  ])('accepts %s', (_label, mapping) => {
    expect(mappingProblems(mapping)).toEqual([]);
  });

  it.each<[string, SourceMapping, string]>([
    ['no metrics', { ...VALID, metrics: [] }, 'map at least one metric'],
    ['a metric without columns', { ...VALID, metrics: [{ metricId: 'ela', numerator: 'Met' }] }, 'metric ela needs a value column or both numerator and denominator columns'],
    ['a metric mapped twice', { ...VALID, metrics: [{ metricId: 'ela', value: 'A' }, { metricId: 'ela', value: 'B' }] }, 'metric ela is mapped twice'],
    ['a metric without an id', { ...VALID, metrics: [{ metricId: '', value: 'A' }] }, 'a metric column set has no metric id'],
    ['a bad scale', { ...VALID, metrics: [{ metricId: 'ela', value: 'A', scale: 'permille' as 'percent' }] }, "metric ela: scale must be 'percent' or 'fraction'"],
    ['a bad fixed end', { ...VALID, period: { fixed: { end: '2026-02-30', kind: 'month' } } }, "period end '2026-02-30' is not a date"],
    ['a bad period kind', { ...VALID, period: { column: 'P', kind: 'week' as 'month' } }, "unknown period kind 'week'"],
    ['a blank period column', { ...VALID, period: { column: ' ', kind: 'month' } }, 'the period column is blank'],
    ['a bad previous period', { ...VALID, period: { previous: 'week' as 'month' } }, "unknown previous period 'week'"],
    ['school rows without a school column', { ...VALID, school: undefined }, 'school rows need a school code column'],
    ['a record type listed twice', { ...VALID, recordType: { column: 'Level', school: ['School'], district: ['school'], ignore: [] } }, "record type 'school' is listed more than once"],
    ['an empty record type', { ...VALID, school: undefined, recordType: { column: 'Level', school: [], district: [], ignore: [] } }, 'record type column Level lists no values'],
    ['an empty group map', { ...VALID, group: { column: 'Group', codes: {}, unmapped: 'skip' } }, 'the student-group code map is empty'],
    ['a bad unmapped rule', { ...VALID, group: { column: 'Group', codes: { ALL: 'ALL' }, unmapped: 'drop' as 'skip' } }, "unmapped groups must be 'skip' or 'reject'"],
  ])('reports %s', (_label, mapping, problem) => {
    expect(mappingProblems(mapping)).toEqual([problem]);
  });

  it.each<[string, unknown, string[]]>([
    ['not an object', [], ['the mapping must be an object']],
    ['a period of the wrong kind', { ...VALID, period: 5 }, ['period must be {"column": "…", "kind": "…"}, {"fixed": {"end": "YYYY-MM-DD", "kind": "…"}} or {"previous": "month"}']],
    ['metrics that are not a list', { ...VALID, metrics: 'PctMet' }, ['metrics must be a list of {"metricId", "value"} objects']],
    ['a metric that is not an object', { ...VALID, metrics: [null] }, ['metrics[0] must be an object: {"metricId", "value"}']],
    ['a metric column that is a number', { ...VALID, metrics: [{ metricId: 'ela', value: 3 }] }, ['metrics[0].value must be a column name (text)']],
    ['record types that are not lists', { ...VALID, recordType: { column: 'Level', school: 'S', district: 5, ignore: [] } }, ['recordType.school must be a list of texts, e.g. ["S"]', 'recordType.district must be a list of texts, e.g. ["S"]']],
    ['a group code map of numbers', { ...VALID, group: { column: 'Group', codes: { ALL: 1 }, unmapped: 'skip' } }, ['group.codes must map file codes to Throughline group codes, e.g. {"ALL": "ALL", "SED": "ED"}']],
    ['a misspelt key, which would be ignored silently', { ...VALID, schools: { column: 'SchoolCode' } }, ["mapping: unknown key 'schools' (expected 'period', 'school', 'recordType', 'group', 'thisDistrict', 'metrics', 'suppressionMarkers')"]],
    ['a misspelt metric key', { ...VALID, metrics: [{ metricId: 'ela', vaule: 'PctMet' }] }, ["metrics[0]: unknown key 'vaule' (expected 'metricId', 'value', 'numerator', 'denominator', 'scale', 'group')"]],
    ['a blank school column', { ...VALID, school: { column: ' ' } }, ['school.column is blank']],
    ['district codes that are not a list', { ...VALID, thisDistrict: { column: 'CDS', codes: '0161259*' } }, ['thisDistrict.codes must be a list of texts, e.g. ["S"]']],
  ])('refuses the shape of %s, naming the key', (_label, mapping, problems) => {
    expect(mappingProblems(mapping)).toEqual(problems);
  });

  it('takes a metric once per group column in a wide file, but not twice for one group', () => {
    const wide = { ...VALID, group: undefined, metrics: [{ metricId: 'ela', value: 'A', group: 'ALL' }, { metricId: 'ela', value: 'B', group: 'ED' }] };
    expect(mappingProblems(wide)).toEqual([]);
    expect(mappingProblems({ ...wide, metrics: [...wide.metrics, { metricId: 'ela', value: 'C', group: 'ED' }] })).toEqual(['metric ela is mapped twice for group ED']);
    expect(mappingProblems({ ...wide, metrics: [{ metricId: 'ela', value: 'A', group: ' ' }] })).toEqual(['metrics[0].group must be a Throughline student group code, e.g. "ED"']);
  });

  it('takes a statewide file filtered to this district, and refuses a filter without a code', () => {
    const statewide = { ...VALID, thisDistrict: { column: 'SchoolCode', codes: ['0161259*'] } };
    expect(mappingProblems(statewide, COLUMNS)).toEqual([]);
    expect(mappingProblems({ ...statewide, thisDistrict: { column: 'SchoolCode', codes: ['*'] } })).toEqual([
      `thisDistrict lists no code: give the district's code, or a prefix its schools' codes share followed by * (e.g. "0161259*")`,
    ]);
    expect(mappingProblems({ ...statewide, thisDistrict: { column: 'CDS', codes: ['0161259*'] } }, COLUMNS)).toEqual(["the file has no column 'CDS'"]);
  });

  it('names every column the file lacks, once each', () => {
    expect(mappingProblems(VALID, ['SchoolYear', 'SchoolCode', 'Level', 'Group', 'PctMet', 'Grads'])).toEqual([
      "the file has no column 'Tested'",
      "the file has no column 'Cohort'",
    ]);
  });

  it('compares column names exactly, since rows are read by these names', () => {
    expect(mappingProblems(VALID, COLUMNS.map((column) => (column === 'Level' ? 'Level ' : column)))).toEqual([
      "the file has no column 'Level'",
    ]);
  });
});
