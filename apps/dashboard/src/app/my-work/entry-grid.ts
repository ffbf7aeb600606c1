import type { MeasurementInput } from '@throughline/domain';
import type { FieldMessages } from './api-errors';
import type { DataRequest, EntryRow } from './my-work-api';

/** What is typed in one row of an entry grid (as text, so a half-typed number is kept as typed). */
export interface CellDraft {
  readonly value: string;
  readonly n: string;
}
export type Drafts = Readonly<Record<string, CellDraft>>;

/** Messages of one grid row, by where they are shown. */
export interface RowMessages {
  readonly value: readonly string[];
  readonly n: readonly string[];
  readonly row: readonly string[];
}

/** The key of a grid row: metric × district or school × group. */
export function cellKey(metricId: string, row: Pick<EntryRow, 'schoolId' | 'groupId'>): string {
  return `${metricId}|${row.schoolId ?? 'district'}|${row.groupId}`;
}

/** The grid as first shown: what is stored for the period already. */
export function initialDrafts(request: DataRequest): Drafts {
  const drafts: Record<string, CellDraft> = {};
  for (const metric of request.metrics) {
    for (const row of metric.rows) {
      drafts[cellKey(metric.id, row)] = { value: row.value === null ? '' : String(row.value), n: row.denominator === null ? '' : String(row.denominator) };
    }
  }
  return drafts;
}

/**
 * The rows to send to POST /api/measurements/bulk, and the grid row of each (to put the API's per-row messages
 * back beside their cells). Only rows typed or changed are sent (what was stored already stays as it is); they go
 * as typed, for the API to judge.
 */
export function toMeasurements(request: DataRequest, drafts: Drafts): { measurements: MeasurementInput[]; keys: string[] } {
  const stored = initialDrafts(request);
  const measurements: MeasurementInput[] = [];
  const keys: string[] = [];
  for (const metric of request.metrics) {
    for (const row of metric.rows) {
      const key = cellKey(metric.id, row);
      const draft = drafts[key];
      const value = draft?.value.trim() ?? '';
      const n = draft?.n.trim() ?? '';
      if (value === '' && n === '') continue;
      if (value === stored[key]?.value && n === stored[key]?.n) continue;
      measurements.push({
        metricId: metric.id,
        periodEnd: request.period.end,
        periodKind: request.period.kind,
        schoolId: row.schoolId,
        groupId: row.groupId,
        value: value === '' ? null : Number(value),
        denominator: n === '' ? null : Number(n),
      });
      keys.push(key);
    }
  }
  return { measurements, keys };
}

const ROW_FIELD = /^measurements\[(\d+)\](?:\.(\w+))?$/;

/** The API's messages of a batch (`measurements[3].value`) by grid row and column. */
export function rowMessages(fields: FieldMessages, keys: readonly string[]): Readonly<Record<string, RowMessages>> {
  const found: Record<string, { value: string[]; n: string[]; row: string[] }> = {};
  for (const [field, messages] of Object.entries(fields)) {
    const match = ROW_FIELD.exec(field);
    const key = match ? keys[Number(match[1])] : undefined;
    if (!match || key === undefined) continue;
    const column = match[2] === 'value' ? 'value' : match[2] === 'denominator' || match[2] === 'numerator' ? 'n' : 'row';
    const entry = (found[key] ??= { value: [], n: [], row: [] });
    entry[column].push(...messages);
  }
  return found;
}
