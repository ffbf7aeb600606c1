/**
 * The shape of a source mapping as it arrives (JSON typed by a steward): every key known, every value of the right
 * kind. A misspelt key would otherwise be ignored silently and a wrong kind would break the import later, so both
 * are refused up front, in words that name the key.
 */

type Problems = string[];

/** The keys a mapping may have at its top level. */
export const MAPPING_KEYS = ['period', 'school', 'recordType', 'group', 'thisDistrict', 'metrics', 'suppressionMarkers'] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

function unknownKeys(where: string, value: Record<string, unknown>, known: readonly string[], problems: Problems): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) problems.push(`${where}: unknown key '${key}' (expected ${known.map((k) => `'${k}'`).join(', ')})`);
  }
}

function text(where: string, value: unknown, problems: Problems, optional = false): void {
  if (optional && value === undefined) return;
  if (!isText(value)) problems.push(`${where} must be a column name (text)`);
  else if (value.trim() === '') problems.push(`${where} is blank`);
}

function textList(where: string, value: unknown, problems: Problems): void {
  if (!isTextList(value)) problems.push(`${where} must be a list of texts, e.g. ["S"]`);
}

/** Problems with the mapping's shape, in words (empty when every key is known and of the right kind). */
export function mappingShapeProblems(mapping: unknown): string[] {
  if (!isObject(mapping)) return ['the mapping must be an object'];
  const problems: Problems = [];
  unknownKeys('mapping', mapping, MAPPING_KEYS, problems);
  periodShape(mapping['period'], problems);

  const { school, recordType, group, thisDistrict, metrics, suppressionMarkers } = mapping;
  if (school !== undefined) {
    if (!isObject(school)) problems.push('school must be an object: {"column": "…"}');
    else {
      unknownKeys('school', school, ['column'], problems);
      text('school.column', school['column'], problems);
    }
  }
  if (recordType !== undefined) {
    if (!isObject(recordType)) problems.push('recordType must be an object: {"column", "school", "district", "ignore"}');
    else {
      unknownKeys('recordType', recordType, ['column', 'school', 'district', 'ignore'], problems);
      text('recordType.column', recordType['column'], problems);
      for (const key of ['school', 'district', 'ignore']) textList(`recordType.${key}`, recordType[key], problems);
    }
  }
  if (group !== undefined) {
    if (!isObject(group)) problems.push('group must be an object: {"column", "codes", "unmapped"}');
    else {
      unknownKeys('group', group, ['column', 'codes', 'unmapped'], problems);
      text('group.column', group['column'], problems);
      const codes = group['codes'];
      if (!isObject(codes) || !Object.values(codes).every(isText)) {
        problems.push('group.codes must map file codes to Throughline group codes, e.g. {"ALL": "ALL", "SED": "ED"}');
      }
      if (!isText(group['unmapped'])) problems.push(`group.unmapped must be 'skip' or 'reject'`);
    }
  }
  if (thisDistrict !== undefined) {
    if (!isObject(thisDistrict)) problems.push('thisDistrict must be an object: {"column", "codes"}');
    else {
      unknownKeys('thisDistrict', thisDistrict, ['column', 'codes'], problems);
      text('thisDistrict.column', thisDistrict['column'], problems);
      textList('thisDistrict.codes', thisDistrict['codes'], problems);
    }
  }
  if (!Array.isArray(metrics)) problems.push('metrics must be a list of {"metricId", "value"} objects');
  else {
    metrics.forEach((columns: unknown, i) => {
      const where = `metrics[${i}]`;
      if (!isObject(columns)) {
        problems.push(`${where} must be an object: {"metricId", "value"}`);
        return;
      }
      unknownKeys(where, columns, ['metricId', 'value', 'numerator', 'denominator', 'scale', 'group'], problems);
      if (columns['group'] !== undefined && (!isText(columns['group']) || columns['group'].trim() === '')) {
        problems.push(`${where}.group must be a Throughline student group code, e.g. "ED"`);
      }
      if (!isText(columns['metricId'])) problems.push(`${where}.metricId must be the metric's id (text)`);
      for (const key of ['value', 'numerator', 'denominator']) text(`${where}.${key}`, columns[key], problems, true);
      if (columns['scale'] !== undefined && !isText(columns['scale'])) problems.push(`${where}.scale must be 'percent' or 'fraction'`);
    });
  }
  if (suppressionMarkers !== undefined) textList('suppressionMarkers', suppressionMarkers, problems);
  return problems;
}

function periodShape(period: unknown, problems: Problems): void {
  const expected = 'period must be {"column": "…", "kind": "…"}, {"fixed": {"end": "YYYY-MM-DD", "kind": "…"}} or {"previous": "month"}';
  if (!isObject(period)) {
    problems.push(expected);
    return;
  }
  if ('previous' in period) {
    unknownKeys('period', period, ['previous'], problems);
    if (!isText(period['previous'])) problems.push(`period.previous must be 'month', 'quarter' or 'school-year'`);
  } else if ('fixed' in period) {
    unknownKeys('period', period, ['fixed'], problems);
    const fixed = period['fixed'];
    if (!isObject(fixed)) problems.push('period.fixed must be an object: {"end": "YYYY-MM-DD", "kind": "year"}');
    else {
      unknownKeys('period.fixed', fixed, ['end', 'kind'], problems);
      if (!isText(fixed['end'])) problems.push('period.fixed.end must be a date (YYYY-MM-DD)');
      if (!isText(fixed['kind'])) problems.push(`period.fixed.kind must be 'month', 'quarter', 'semester' or 'year'`);
    }
  } else if ('column' in period) {
    unknownKeys('period', period, ['column', 'kind'], problems);
    if (!isText(period['column'])) problems.push('period.column must be a column name (text)');
    if (!isText(period['kind'])) problems.push(`period.kind must be 'month', 'quarter', 'semester' or 'year'`);
  } else {
    problems.push(expected);
  }
}
