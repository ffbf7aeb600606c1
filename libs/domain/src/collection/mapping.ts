/**
 * How the rows of a source file (a state report-card download, an SIS extract) become measurements. Parsing the
 * file is the caller's job; this maps one record at a time and says, in a data steward's words, why a row was
 * skipped (state totals, groups the district does not track) or rejected (to fix and reload).
 */
import type { MetricUnit, PeriodKind } from '../plan/plan.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { LocalDateTime } from '../schedule/schedule.js';
import { cellText, markerSet } from './cells.js';
import { measure } from './measure.js';
import { resolvePeriod } from './period.js';

export type PeriodMapping =
  | { readonly column: string; readonly kind: PeriodKind }
  | { readonly fixed: { readonly end: IsoDate; readonly kind: PeriodKind } }
  | { readonly previous: 'month' | 'quarter' | 'school-year' };

export interface MetricColumns {
  readonly metricId: string;
  readonly value?: string;
  readonly numerator?: string;
  readonly denominator?: string;
  /**
   * How a percent value is written: 'percent' = 0–100 (default), 'fraction' = 0–1 (multiplied by 100 for percent
   * metrics).
   */
  readonly scale?: 'percent' | 'fraction';
  /**
   * Wide files (one column per student group, as in Texas TAPR downloads): the Throughline group code these
   * columns are for, whatever the row's group. The same metric may then be mapped once per group.
   */
  readonly group?: string;
}

export interface SourceMapping {
  readonly period: PeriodMapping;
  /** Column of the state school code; absent = every row is the district's. */
  readonly school?: { readonly column: string };
  /**
   * Statewide files: which rows are this district's, by a column's value (the district's code, or a prefix its
   * schools' codes share, written with a trailing `*`: `"0161259*"`). Other districts' rows are skipped, not
   * rejected; without it every row is taken as this district's.
   */
  readonly thisDistrict?: { readonly column: string; readonly codes: readonly string[] };
  /** Column telling school / district / state rows apart, and which values mean what; other values are rejected. */
  readonly recordType?: {
    readonly column: string;
    readonly school: readonly string[];
    readonly district: readonly string[];
    readonly ignore: readonly string[];
  };
  /** Column of the student-group code and the code map (file code → Throughline group code); absent = All Students. */
  readonly group?: {
    readonly column: string;
    readonly codes: Readonly<Record<string, string>>;
    readonly unmapped: 'skip' | 'reject';
  };
  readonly metrics: readonly MetricColumns[];
  /** Cells meaning "withheld": stored as suppressed, never as 0. Default ['*', '<10', 'n<10', '--', '']. */
  readonly suppressionMarkers?: readonly string[];
}

export interface MappingContext {
  readonly schoolIdByCode: ReadonlyMap<string, string>;
  /** Throughline group code → group id. */
  readonly groupIdByCode: ReadonlyMap<string, string>;
  readonly allStudentsId: string;
  readonly metricUnits: ReadonlyMap<string, MetricUnit>;
  /** The run's slot, for `previous` periods. */
  readonly slot: LocalDateTime;
  readonly schoolYearStartMonth: number;
}

export interface MappedMeasurement {
  readonly metricId: string;
  readonly periodEnd: IsoDate;
  readonly periodKind: PeriodKind;
  readonly schoolId: string | null;
  readonly groupId: string;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly suppressed: boolean;
}

export type RowOutcome =
  | { readonly kind: 'ok'; readonly measurements: readonly MappedMeasurement[] }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'rejected'; readonly reason: string };

export type SourceRow = Readonly<Record<string, string | number | null | undefined>>;

type Resolved<T> = { readonly value: T } | Exclude<RowOutcome, { kind: 'ok' }>;

export { mappingProblems } from './mapping-problems.js';
export { MAPPING_KEYS } from './mapping-shape.js';

/** Maps one row of a source to measurements (one per metric column set), or says why it was skipped or rejected. */
export function mapRow(row: SourceRow, mapping: SourceMapping, context: MappingContext): RowOutcome {
  // Skips come first: a state total row has no school code, and it should be skipped, not rejected for that.
  if (!isThisDistrictsRow(row, mapping)) {
    const column = mapping.thisDistrict?.column ?? '';
    return { kind: 'skipped', reason: `${column} '${cellText(row[column])}' is another district's row` };
  }
  const record = recordKind(row, mapping);
  if (!('value' in record)) return record;
  const group = groupId(row, mapping, context);
  if (!('value' in group)) return group;
  const school = record.value === 'district' ? { value: null } : schoolId(row, mapping, context);
  if (!('value' in school)) return school;
  const period = resolvePeriod(mapping.period, row, context.slot, context.schoolYearStartMonth);
  if ('reason' in period) return { kind: 'rejected', reason: period.reason };

  const markers = markerSet(mapping.suppressionMarkers);
  // The hot loop of an import (a million rows): plain loops and literal objects, no spreads (V8 makes those slow).
  const measurements: MappedMeasurement[] = [];
  let reasons: string[] | undefined;
  for (const columns of mapping.metrics) {
    const result = measure(row, columns, context.metricUnits.get(columns.metricId), markers);
    const groupOf = columns.group === undefined ? group.value : columnGroupId(columns.group, context);
    if (groupOf === undefined) {
      (reasons ??= []).push(`student group ${columns.group ?? ''} is not set up in Throughline`);
      continue;
    }
    if ('reason' in result) {
      (reasons ??= []).push(result.reason);
      continue;
    }
    measurements.push({
      metricId: result.metricId,
      periodEnd: period.end,
      periodKind: period.kind,
      schoolId: school.value,
      groupId: groupOf,
      value: result.value,
      numerator: result.numerator,
      denominator: result.denominator,
      suppressed: result.suppressed,
    });
  }
  if (reasons) return { kind: 'rejected', reason: reasons.join('; ') };
  return { kind: 'ok', measurements };
}

function columnGroupId(code: string, context: MappingContext): string | undefined {
  return context.groupIdByCode.get(code) ?? (code === 'ALL' ? context.allStudentsId : undefined);
}

/** Whether a row is this district's (always, without `thisDistrict`); other districts' rows are skipped. */
export function isThisDistrictsRow(row: SourceRow, mapping: SourceMapping): boolean {
  const filter = mapping.thisDistrict;
  if (!filter) return true;
  const code = cellText(row[filter.column]);
  return filter.codes.some((c) => {
    const wanted = c.trim();
    return wanted.endsWith('*') ? wanted.length > 1 && code.startsWith(wanted.slice(0, -1)) : code === wanted;
  });
}

function recordKind(row: SourceRow, mapping: SourceMapping): Resolved<'school' | 'district'> {
  const { recordType } = mapping;
  if (!recordType) return { value: mapping.school ? 'school' : 'district' };
  const text = cellText(row[recordType.column]);
  const is = (values: readonly string[]): boolean => values.some((v) => v.trim().toLowerCase() === text.toLowerCase());
  if (is(recordType.ignore)) return { kind: 'skipped', reason: `${recordType.column} '${text}' rows are not loaded` };
  if (is(recordType.district)) return { value: 'district' };
  if (is(recordType.school)) return { value: 'school' };
  const expected = [...recordType.school, ...recordType.district, ...recordType.ignore].map((v) => `'${v}'`).join(', ');
  return {
    kind: 'rejected',
    reason: `column ${recordType.column}: unknown record type '${text}' (expected one of ${expected})`,
  };
}

function schoolId(row: SourceRow, mapping: SourceMapping, context: MappingContext): Resolved<string | null> {
  if (!mapping.school) return { kind: 'rejected', reason: 'a school row, but the mapping has no school code column' };
  // Codes are compared as text so leading zeros (common in state school codes) survive.
  const code = cellText(row[mapping.school.column]);
  if (code === '') return { kind: 'rejected', reason: `column ${mapping.school.column}: the school code is empty` };
  const id = context.schoolIdByCode.get(code);
  return id === undefined ? { kind: 'rejected', reason: `unknown school code ${code}` } : { value: id };
}

function groupId(row: SourceRow, mapping: SourceMapping, context: MappingContext): Resolved<string> {
  const { group } = mapping;
  if (!group) return { value: context.allStudentsId };
  const code = cellText(row[group.column]);
  const key = Object.hasOwn(group.codes, code)
    ? code
    : Object.keys(group.codes).find((k) => k.trim().toLowerCase() === code.toLowerCase());
  if (key === undefined) {
    const reason =
      code === '' ? `column ${group.column}: the student group is empty` : `student group '${code}' is not mapped`;
    return { kind: group.unmapped === 'skip' ? 'skipped' : 'rejected', reason };
  }
  const target = group.codes[key];
  const id = context.groupIdByCode.get(target) ?? (target === 'ALL' ? context.allStudentsId : undefined);
  return id === undefined
    ? { kind: 'rejected', reason: `student group '${code}' maps to ${target}, which is not set up in Throughline` }
    : { value: id };
}
