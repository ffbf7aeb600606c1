import {
  type IsoDate, type Milestone, type SchoolYear, type SchoolYearMonth, type Tactic, daysBetween, monthsOfSchoolYear,
} from '@throughline/domain';

export type MarkerState = 'completed' | 'upcoming' | 'missed';

export interface TimelineMarker {
  readonly id: string;
  readonly title: string;
  readonly state: MarkerState;
  /** Completed: the day it was done; otherwise its due date. Null: no date yet. */
  readonly date: IsoDate | null;
  /** Across the school year, 0–100; null when undated or outside the year (then only listed in text). */
  readonly left: number | null;
}

export interface TimelineRow {
  readonly tactic: Tactic;
  /** Null when the tactic has neither a start nor a due date. */
  readonly bar: { readonly left: number; readonly width: number; readonly startsBefore: boolean; readonly endsAfter: boolean } | null;
  readonly markers: readonly TimelineMarker[];
}

export interface TimelineLayout {
  readonly months: readonly SchoolYearMonth[];
  /** Position of today, 0–100, or null when today is outside the year shown. */
  readonly today: number | null;
  readonly rows: readonly TimelineRow[];
}

/** A date's place across the school year, 0 at its first day and 100 after its last. */
function position(year: SchoolYear, date: IsoDate): number {
  const length = daysBetween(year.start, year.end) + 1;
  return (daysBetween(year.start, date) / length) * 100;
}

const clamp = (value: number) => Math.min(100, Math.max(0, value));
const inYear = (year: SchoolYear, date: IsoDate) => date >= year.start && date <= year.end;

/** A milestone is completed when it has a completion date, missed when its due date has passed, else upcoming. */
export function markerState(milestone: Milestone, today: IsoDate): MarkerState {
  if (milestone.completedOn) return 'completed';
  return milestone.dueDate && milestone.dueDate < today ? 'missed' : 'upcoming';
}

/**
 * Bars from start to due date (a missing end is the year's edge) and milestone markers, placed on the school
 * year's months; what falls outside the year is clipped and flagged, never dropped.
 */
export function timelineLayout(year: SchoolYear, tactics: readonly Tactic[], milestones: readonly Milestone[], today: IsoDate): TimelineLayout {
  const byTactic = new Map<string, Milestone[]>();
  for (const m of milestones) byTactic.set(m.tacticId, [...(byTactic.get(m.tacticId) ?? []), m]);
  const rows = tactics.map((tactic): TimelineRow => {
    const start = tactic.startDate ?? year.start;
    const end = tactic.dueDate ?? year.end;
    const visible = (tactic.startDate || tactic.dueDate) && start <= year.end && end >= year.start && start <= end;
    const left = clamp(position(year, start));
    const right = clamp(position(year, end) + 100 / (daysBetween(year.start, year.end) + 1));
    const markers = (byTactic.get(tactic.id) ?? []).map((m): TimelineMarker => {
      const date = m.completedOn ?? m.dueDate;
      return { id: m.id, title: m.title, state: markerState(m, today), date, left: date && inYear(year, date) ? position(year, date) : null };
    });
    return {
      tactic,
      bar: visible ? { left, width: Math.max(right - left, 0.5), startsBefore: start < year.start, endsAfter: end > year.end } : null,
      markers,
    };
  });
  return { months: monthsOfSchoolYear(year), today: inYear(year, today) ? position(year, today) : null, rows };
}
