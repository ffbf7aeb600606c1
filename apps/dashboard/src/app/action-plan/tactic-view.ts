import type { IsoDate, PlanTree, Tactic, TacticStatus } from '@throughline/domain';

/** Where a tactic sits in the plan: its strategy, goal and priority, by title. */
export interface PlanParents {
  readonly strategy: string;
  readonly goal: string;
  readonly goalId: string;
  readonly priority: string;
}

/** One row of the table: the tactic with names resolved for reading. */
export interface TacticView {
  readonly id: string;
  readonly title: string;
  readonly goal: string;
  readonly strategy: string;
  readonly owner: string;
  /** Empty: district-wide. */
  readonly school: string;
  readonly status: TacticStatus;
  readonly percent: number;
  readonly startDate: IsoDate | null;
  readonly dueDate: IsoDate | null;
  readonly overdue: boolean;
  readonly stale: boolean;
}

/** Strategy id → its strategy, goal and priority titles, from the plan tree. */
export function parentsByStrategy(tree: PlanTree | undefined): ReadonlyMap<string, PlanParents> {
  const parents = new Map<string, PlanParents>();
  for (const priority of tree?.priorities ?? []) {
    for (const goal of priority.goals) {
      for (const strategy of goal.strategies) {
        parents.set(strategy.id, { strategy: strategy.title, goal: goal.title, goalId: goal.id, priority: priority.title });
      }
    }
  }
  return parents;
}

/** Tactics as rows; an id the lists do not (yet) know shows as empty rather than as a raw id. */
export function toTacticViews(
  tactics: readonly Tactic[],
  parents: ReadonlyMap<string, PlanParents>,
  people: ReadonlyMap<string, string>,
  schools: ReadonlyMap<string, string>,
): TacticView[] {
  return tactics.map((t) => ({
    id: t.id,
    title: t.title,
    goal: parents.get(t.strategyId)?.goal ?? '',
    strategy: parents.get(t.strategyId)?.strategy ?? '',
    owner: people.get(t.ownerId) ?? '',
    school: t.schoolId ? (schools.get(t.schoolId) ?? '') : '',
    status: t.status,
    percent: t.percentComplete,
    startDate: t.startDate,
    dueDate: t.dueDate,
    overdue: t.overdue,
    stale: t.stale,
  }));
}

/** A calendar date in the reader's language (`May 28, 2026` / `28 may 2026`); UTC so the day never shifts. */
export function formatDate(date: IsoDate, locale: string, options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', year: 'numeric' }): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}
