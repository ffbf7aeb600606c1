import { type IsoDate, type Tactic, type TacticStatus, type UpdateCadence, tacticHealth } from '@throughline/domain';

export interface TacticRow {
  id: string;
  strategy_id: string;
  title: string;
  description: string;
  owner_id: string;
  school_id: string | null;
  start_date: string | null;
  due_date: string | null;
  school_year: number;
  status: TacticStatus;
  percent_complete: number;
  update_cadence: UpdateCadence;
  weight: string;
  sort_order: number;
  last_check_in_at: Date | null;
  last_check_in: string | null;
  version: number;
  contributor_ids: string[];
  metric_ids: string[];
}

/** The row as the API answers it, with overdue and stale computed by the domain for `today`. */
export function toTacticResponse(r: TacticRow, today: IsoDate): Tactic {
  const health = tacticHealth({
    status: r.status,
    startDate: r.start_date ?? undefined,
    dueDate: r.due_date ?? undefined,
    updateCadence: r.update_cadence,
    lastCheckIn: r.last_check_in ?? undefined,
    asOf: today,
  });
  return {
    id: r.id,
    strategyId: r.strategy_id,
    title: r.title,
    description: r.description,
    ownerId: r.owner_id,
    contributorIds: r.contributor_ids,
    schoolId: r.school_id,
    startDate: r.start_date,
    dueDate: r.due_date,
    schoolYear: r.school_year,
    status: r.status,
    percentComplete: r.percent_complete,
    updateCadence: r.update_cadence,
    weight: Number(r.weight),
    sortOrder: r.sort_order,
    metricIds: r.metric_ids,
    lastCheckInAt: r.last_check_in_at?.toISOString() ?? null,
    version: r.version,
    overdue: health.overdue,
    stale: health.stale,
  };
}
