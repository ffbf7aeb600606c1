import type { Baseline, IsoDate, Target } from '@throughline/domain';
import type { FieldErrors } from './server-errors';

/** One series of a metric: the district (schoolId null) or a school, for one student group. */
export interface SeriesRef {
  readonly schoolId: string | null;
  readonly groupId: string;
}

export interface SeriesValues {
  readonly ref: SeriesRef;
  readonly baseline: { readonly value: number; readonly asOf: IsoDate } | null;
  /** Current target by school year (start year). */
  readonly targets: Readonly<Record<number, number>>;
}

/** What the person typed in a row of the grid (text, as typed). */
export interface RowDraft {
  readonly baselineValue: string;
  readonly baselineAsOf: string;
  readonly targets: Readonly<Record<number, string>>;
}

export interface RowChanges {
  readonly baseline: { readonly value: number | string; readonly asOf: string } | null;
  /** In the order sent: the API's `targets[i]` refers to this list. */
  readonly targets: readonly { readonly schoolYear: number; readonly value: number | string }[];
  /** School years whose existing target changes: the API then needs a reason. */
  readonly changesExisting: readonly number[];
  /** Existing targets the person emptied: the API keeps every target, so this is refused here. */
  readonly cleared: readonly number[];
}

const DISTRICT = 'district';

export function seriesKey(ref: SeriesRef): string {
  return `${ref.schoolId ?? DISTRICT}~${ref.groupId}`;
}

export function parseSeriesKey(key: string): SeriesRef | undefined {
  const [school, group, ...rest] = key.split('~');
  if (!school || !group || rest.length) return undefined;
  return { schoolId: school === DISTRICT ? null : school, groupId: group };
}

/** The series that have a baseline or targets of their own. */
export function seriesWithData(baselines: readonly Baseline[], targets: readonly Target[]): SeriesRef[] {
  const keys = new Map<string, SeriesRef>();
  for (const s of [...baselines, ...targets]) keys.set(seriesKey(s), { schoolId: s.schoolId, groupId: s.groupId });
  return [...keys.values()];
}

/** Each shown series with its baseline and current targets (replaced targets are history). */
export function seriesValues(refs: readonly SeriesRef[], baselines: readonly Baseline[], targets: readonly Target[]): SeriesValues[] {
  return refs.map((ref) => {
    const key = seriesKey(ref);
    const baseline = baselines.find((b) => seriesKey(b) === key);
    const current = targets.filter((t) => t.supersededAt === null && seriesKey(t) === key);
    return {
      ref,
      baseline: baseline ? { value: baseline.value, asOf: baseline.asOf } : null,
      targets: Object.fromEntries(current.map((t) => [t.schoolYear, t.value])),
    };
  });
}

export function draftOf(values: SeriesValues, years: readonly number[]): RowDraft {
  return {
    baselineValue: values.baseline ? String(values.baseline.value) : '',
    baselineAsOf: values.baseline?.asOf ?? '',
    targets: Object.fromEntries(years.map((y) => [y, values.targets[y] === undefined ? '' : String(values.targets[y])])),
  };
}

/**
 * A typed number: "47.5", or "47,5" as Spanish readers write it. Anything else is passed on as typed, so the
 * API's validation message explains it beside the cell.
 */
export function parseNumber(text: string): number | string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const normal = /^-?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  const value = Number(normal);
  return Number.isFinite(value) ? value : trimmed;
}

/** What saving a row sends: the baseline if it changed, and the new or changed targets. */
export function rowChanges(values: SeriesValues, draft: RowDraft, years: readonly number[]): RowChanges {
  const value = parseNumber(draft.baselineValue);
  const asOf = draft.baselineAsOf.trim();
  const baselineChanged = values.baseline
    ? value !== values.baseline.value || asOf !== values.baseline.asOf
    : value !== null || asOf !== '';
  const targets: { schoolYear: number; value: number | string }[] = [];
  const changesExisting: number[] = [];
  const cleared: number[] = [];
  for (const year of years) {
    const typed = parseNumber(draft.targets[year] ?? '');
    const existing = values.targets[year];
    if (typed === null) {
      if (existing !== undefined) cleared.push(year);
      continue;
    }
    if (typed === existing) continue;
    targets.push({ schoolYear: year, value: typed });
    if (existing !== undefined) changesExisting.push(year);
  }
  return { baseline: baselineChanged ? { value: value ?? '', asOf } : null, targets, changesExisting, cleared };
}

export function hasChanges(changes: RowChanges): boolean {
  return !!changes.baseline || changes.targets.length > 0 || changes.cleared.length > 0;
}

/** The API's messages about a targets request, by school year (`targets[i]…` → the i-th target sent) and the rest. */
export function targetMessages(fields: FieldErrors, sent: RowChanges['targets']): { byYear: Record<number, string[]>; reason: string[]; other: string[] } {
  const byYear: Record<number, string[]> = {};
  const reason: string[] = [];
  const other: string[] = [];
  for (const [field, messages] of Object.entries(fields)) {
    const index = /^targets\[(\d+)\]/.exec(field)?.[1];
    const year = index === undefined ? undefined : sent[Number(index)]?.schoolYear;
    if (year !== undefined) byYear[year] = [...(byYear[year] ?? []), ...messages];
    else if (field === 'reason') reason.push(...messages);
    else other.push(...messages);
  }
  return { byYear, reason, other };
}

export interface HistoryEntry {
  readonly ref: SeriesRef;
  readonly schoolYear: number;
  readonly value: number;
  readonly setAt: string;
  readonly supersededAt: string | null;
  readonly reason: string | null;
}

/** Every value the changed targets have had (a school year of a series whose target was ever replaced), oldest first. */
export function targetHistory(all: readonly Target[]): HistoryEntry[] {
  const changed = new Set(all.filter((t) => t.supersededAt !== null).map((t) => `${seriesKey(t)}@${t.schoolYear}`));
  return all
    .filter((t) => changed.has(`${seriesKey(t)}@${t.schoolYear}`))
    .sort((a, b) => seriesKey(a).localeCompare(seriesKey(b)) || a.schoolYear - b.schoolYear || a.setAt.localeCompare(b.setAt))
    .map((t) => ({
      ref: { schoolId: t.schoolId, groupId: t.groupId },
      schoolYear: t.schoolYear,
      value: t.value,
      setAt: t.setAt,
      supersededAt: t.supersededAt,
      reason: t.reason,
    }));
}

/** The school years of a plan's horizon (start years). */
export function horizonYears(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}
