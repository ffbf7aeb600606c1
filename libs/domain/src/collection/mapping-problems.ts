/**
 * Checks a source mapping before any file is loaded, so a steward fixes the configuration once instead of reading
 * the same rejection on every row.
 */
import { PERIOD_KINDS } from '../plan/plan.js';
import { isIsoDate } from '../calendar/iso-date.js';
import type { SourceMapping } from './mapping.js';
import { mappingShapeProblems } from './mapping-shape.js';

const PREVIOUS_PERIODS = ['month', 'quarter', 'school-year'];

/**
 * Problems with a mapping in words (empty when valid): its shape first (unknown keys, wrong kinds), then its sense;
 * with `columns`, also columns the file does not have.
 */
export function mappingProblems(input: unknown, columns?: readonly string[]): string[] {
  const shape = mappingShapeProblems(input);
  if (shape.length) return shape;
  const mapping = input as SourceMapping;
  const problems = [...periodProblems(mapping), ...metricProblems(mapping)];
  const { recordType, group, thisDistrict } = mapping;
  if (thisDistrict && thisDistrict.codes.every((code) => code.replace(/\*$/, '').trim() === '')) {
    problems.push(`thisDistrict lists no code: give the district's code, or a prefix its schools' codes share followed by * (e.g. "0161259*")`);
  }
  if (recordType) {
    const lists = [...recordType.school, ...recordType.district, ...recordType.ignore].map((v) =>
      v.trim().toLowerCase(),
    );
    if (lists.length === 0) problems.push(`record type column ${recordType.column} lists no values`);
    const repeated = lists.filter((value, i) => lists.indexOf(value) !== i);
    if (repeated.length > 0) problems.push(`record type '${repeated[0]}' is listed more than once`);
    if (recordType.school.length > 0 && !mapping.school) problems.push('school rows need a school code column');
  }
  if (group && Object.keys(group.codes).length === 0) problems.push('the student-group code map is empty');
  if (group && !['skip', 'reject'].includes(group.unmapped)) {
    problems.push(`unmapped groups must be 'skip' or 'reject'`);
  }
  if (columns) {
    // Exact names: mapRow reads cells by these keys, so a near miss would load every cell as empty (suppressed).
    const present = new Set(columns);
    for (const column of referencedColumns(mapping)) {
      if (!present.has(column)) problems.push(`the file has no column '${column}'`);
    }
  }
  return problems;
}

function periodProblems({ period }: SourceMapping): string[] {
  if ('previous' in period) {
    return PREVIOUS_PERIODS.includes(period.previous) ? [] : [`unknown previous period '${period.previous}'`];
  }
  const kind = 'fixed' in period ? period.fixed.kind : period.kind;
  const problems = (PERIOD_KINDS as readonly string[]).includes(kind) ? [] : [`unknown period kind '${kind}'`];
  if ('fixed' in period && !isIsoDate(period.fixed.end)) {
    problems.push(`period end '${period.fixed.end}' is not a date`);
  }
  if ('column' in period && period.column.trim() === '') problems.push('the period column is blank');
  return problems;
}

function metricProblems({ metrics }: SourceMapping): string[] {
  if (metrics.length === 0) return ['map at least one metric'];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const columns of metrics) {
    const name = columns.metricId === '' ? 'a metric without an id' : `metric ${columns.metricId}`;
    if (columns.metricId === '') problems.push('a metric column set has no metric id');
    const key = `${columns.metricId}\u0000${columns.group ?? ''}`;
    if (seen.has(key)) problems.push(columns.group === undefined ? `${name} is mapped twice` : `${name} is mapped twice for group ${columns.group}`);
    seen.add(key);
    if (columns.value === undefined && (columns.numerator === undefined || columns.denominator === undefined)) {
      problems.push(`${name} needs a value column or both numerator and denominator columns`);
    }
    if (columns.scale !== undefined && columns.scale !== 'percent' && columns.scale !== 'fraction') {
      problems.push(`${name}: scale must be 'percent' or 'fraction'`);
    }
  }
  return problems;
}

function referencedColumns(mapping: SourceMapping): string[] {
  const columns = [
    'column' in mapping.period ? mapping.period.column : undefined,
    mapping.school?.column,
    mapping.recordType?.column,
    mapping.thisDistrict?.column,
    mapping.group?.column,
    ...mapping.metrics.flatMap((m) => [m.value, m.numerator, m.denominator]),
  ];
  return [...new Set(columns.filter((column): column is string => column !== undefined))];
}
