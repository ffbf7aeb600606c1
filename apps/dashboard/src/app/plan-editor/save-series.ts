import type { PlanEditorApi } from './plan-editor-api';
import type { GridSave, RowErrors } from './targets-grid';
import { writeProblem } from './server-errors';
import { CONFLICT_TEXT } from './write-state';
import type { SetBaselineRequest, SetTargetsRequest } from '@throughline/domain';
import { targetMessages } from './targets-model';

export interface SeriesSaveResult {
  readonly ok: boolean;
  readonly errors: Record<string, RowErrors>;
  /** The API's messages about the reason (required to change a target already set). */
  readonly reason: string[];
}

const empty = (lang: 'en' | null): RowErrors => ({ lang, byYear: {}, value: [], asOf: [], other: [] });

/**
 * Saves the changed rows of the targets grid, one series after another: its baseline (PUT …/baselines), then its
 * new and changed targets (PUT …/targets, with the reason). A row the API refuses keeps its messages, by cell;
 * the other rows are saved. An emptied target is refused here: the API keeps every target, it cannot remove one.
 */
export async function saveSeries(api: PlanEditorApi, metricId: string, save: GridSave, t: (text: string) => string): Promise<SeriesSaveResult> {
  const errors: Record<string, RowErrors> = {};
  const reason: string[] = [];
  for (const { key, ref, changes } of save.changes) {
    if (changes.cleared.length) {
      const message = [t('A target cannot be removed: enter a value.')];
      errors[key] = { ...empty(null), byYear: Object.fromEntries(changes.cleared.map((year) => [year, message])) };
      continue;
    }
    const series = { schoolId: ref.schoolId, groupId: ref.groupId };
    try {
      // A value that is not a number is sent as typed (see parseNumber): the API's message then explains it.
      if (changes.baseline) await api.setBaseline(metricId, { ...series, ...changes.baseline } as SetBaselineRequest);
    } catch (error: unknown) {
      errors[key] = rowErrors(error, t, (fields) => ({ value: fields['value'] ?? [], asOf: fields['asOf'] ?? [], other: others(fields, ['value', 'asOf']) }));
      continue;
    }
    if (!changes.targets.length) continue;
    try {
      const body = { ...series, targets: changes.targets, ...(save.reason ? { reason: save.reason } : {}) };
      await api.setTargets(metricId, body as SetTargetsRequest);
    } catch (error: unknown) {
      errors[key] = rowErrors(error, t, (fields) => {
        const m = targetMessages(fields, changes.targets);
        reason.push(...m.reason);
        return { byYear: m.byYear, other: m.other };
      });
    }
  }
  return { ok: Object.keys(errors).length === 0, errors, reason: [...new Set(reason)] };
}

function others(fields: Record<string, readonly string[]>, known: readonly string[]): string[] {
  return Object.entries(fields).flatMap(([field, messages]) => (known.includes(field) ? [] : messages));
}

function rowErrors(error: unknown, t: (text: string) => string, byField: (fields: Record<string, readonly string[]>) => Partial<RowErrors>): RowErrors {
  const problem = writeProblem(error);
  if (problem.kind === 'invalid') return { ...empty('en'), ...byField({ ...problem.fields }) };
  if (problem.kind === 'message' && problem.fromApi) return { ...empty('en'), other: [problem.text] };
  const text = problem.kind === 'message' ? t(problem.text).replace('{status}', String(problem.params?.['status'] ?? '')) : t(CONFLICT_TEXT);
  return { ...empty(null), other: [text] };
}
