import type { IsoDate, TacticStatus, UpdateCadence } from '@throughline/domain';
import type { Db } from '../database/db.js';

export interface TacticFactRow {
  id: string;
  title: string;
  owner_id: string;
  owner_name: string;
  department: string | null;
  status: TacticStatus;
  percent_complete: number;
  start_date: IsoDate | null;
  due_date: IsoDate | null;
  update_cadence: UpdateCadence;
  /** Days of its check-ins in the district's time zone, oldest first. */
  check_ins: IsoDate[];
}

/** The active plan's tactics with their owners and check-in days, in one statement (optionally one owner or department). */
export function loadTacticFacts(db: Db, timeZone: string, only: { ownerId?: string; department?: string }): Promise<TacticFactRow[]> {
  return db.query<TacticFactRow[]>(
    `SELECT t.id, t.title, t.owner_id, o.name AS owner_name, o.department, t.status, t.percent_complete, t.start_date,
            t.due_date, t.update_cadence,
            COALESCE((SELECT array_agg(((u.created_at AT TIME ZONE $1)::date)::text ORDER BY u.created_at)
                        FROM app.status_update u WHERE u.tactic_id = t.id), '{}') AS check_ins
       FROM app.tactic t JOIN app.person o ON o.id = t.owner_id
       JOIN app.strategy s ON s.id = t.strategy_id JOIN app.goal g ON g.id = s.goal_id
       JOIN app.priority pr ON pr.id = g.priority_id JOIN app.plan pl ON pl.id = pr.plan_id AND pl.active
      WHERE ($2::uuid IS NULL OR t.owner_id = $2) AND ($3::text IS NULL OR COALESCE(o.department, '') = $3)
      ORDER BY t.due_date NULLS LAST, t.title, t.id`,
    [timeZone, only.ownerId ?? null, only.department ?? null],
  );
}
