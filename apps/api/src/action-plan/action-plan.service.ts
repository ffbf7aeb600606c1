import { Injectable } from '@nestjs/common';
import { type IsoDate, type Milestone, type Tactic, isoDateInZone } from '@throughline/domain';
import { Db } from '../database/db.js';
import { invalid } from '../http/errors.js';
import { found } from '../http/not-found.js';
import { type MilestoneRow, toMilestoneResponse } from '../tactics/milestones.dto.js';
import { TacticsService } from '../tactics/tactics.service.js';
import { type ExportRow, toCsv, toXlsx } from './action-plan-export.js';
import type { ActionPlanExportQuery, ActionPlanMilestonesQuery, ActionPlanPerson } from './action-plan.dto.js';

/** The tactics of a plan: through strategy → goal → priority. */
const PLAN_TACTICS = `app.tactic t JOIN app.strategy s ON s.id = t.strategy_id JOIN app.goal g ON g.id = s.goal_id
  JOIN app.priority pr ON pr.id = g.priority_id`;
const EXPORT_PAGE = 500;

export interface ExportFile {
  readonly body: Buffer;
  readonly contentType: string;
  readonly fileName: string;
}

@Injectable()
export class ActionPlanService {
  constructor(
    private readonly db: Db,
    private readonly tactics: TacticsService,
  ) {}

  /** The milestones of a plan's tactics, or of the listed tactics, in one query (the timeline's markers). */
  async milestones(query: ActionPlanMilestonesQuery): Promise<Milestone[]> {
    if (!query.planId && !query.tacticIds) {
      throw invalid([{ field: 'planId', messages: ['give planId or tacticIds (a comma-separated list of tactic ids)'] }]);
    }
    if (query.planId) await this.plan(query.planId);
    const rows = await this.db.query<MilestoneRow[]>(
      `SELECT m.id, m.tactic_id, m.title, m.due_date, m.completed_on, m.sort_order
         FROM app.milestone m JOIN ${PLAN_TACTICS} ON t.id = m.tactic_id
        WHERE ($1::uuid IS NULL OR pr.plan_id = $1) AND ($2::uuid[] IS NULL OR m.tactic_id = ANY($2::uuid[]))
        ORDER BY m.tactic_id, m.sort_order, m.due_date NULLS LAST, m.id`,
      [query.planId ?? null, query.tacticIds ?? null],
    );
    return rows.map(toMilestoneResponse);
  }

  /** Everyone who owns or contributes to a tactic of the plan, by name: the owner filter's choices. */
  async people(planId: string): Promise<ActionPlanPerson[]> {
    await this.plan(planId);
    return this.db.query<ActionPlanPerson[]>(
      `SELECT p.id, p.name, p.title FROM app.person p
        WHERE p.id IN (SELECT t.owner_id FROM ${PLAN_TACTICS} WHERE pr.plan_id = $1
                       UNION SELECT c.person_id FROM app.tactic_contributor c JOIN ${PLAN_TACTICS} ON t.id = c.tactic_id WHERE pr.plan_id = $1)
        ORDER BY p.name, p.id`,
      [planId],
    );
  }

  /** The tactics of the filter, every page of them, as CSV or XLSX with names resolved. */
  async export(query: ActionPlanExportQuery): Promise<ExportFile> {
    if (query.dueFrom && query.dueTo && query.dueTo < query.dueFrom) {
      throw invalid([{ field: 'dueTo', messages: ['dueTo must not be before dueFrom'] }]);
    }
    const { format, lang = 'en', ...filters } = query;
    const { today, timeZone } = await this.tactics.today();
    const tactics = await this.allTactics(filters);
    const rows = await this.exportRows(tactics, timeZone);
    const fileName = `action-plan-${today}.${format}`;
    return format === 'csv'
      ? { body: Buffer.from(toCsv(rows, lang), 'utf8'), contentType: 'text/csv; charset=utf-8', fileName }
      : { body: await toXlsx(rows, lang), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName };
  }

  /** Reuses the tactics list (the one place filters are turned into SQL), a page at a time. */
  private async allTactics(filters: Omit<ActionPlanExportQuery, 'format' | 'lang'>): Promise<Tactic[]> {
    const all: Tactic[] = [];
    for (let page = 1; ; page += 1) {
      const result = await this.tactics.list({ ...filters, page, pageSize: EXPORT_PAGE });
      all.push(...result.items);
      if (result.items.length < EXPORT_PAGE || all.length >= result.total) return all;
    }
  }

  private async exportRows(tactics: readonly Tactic[], timeZone: string): Promise<ExportRow[]> {
    const ids = (pick: (t: Tactic) => string | null) => [...new Set(tactics.map(pick).filter((id): id is string => id !== null))];
    const [strategies, people, schools] = await Promise.all([
      this.db.query<{ id: string; strategy: string; goal: string; priority: string }[]>(
        `SELECT s.id, s.title AS strategy, g.title AS goal, pr.title AS priority
           FROM app.strategy s JOIN app.goal g ON g.id = s.goal_id JOIN app.priority pr ON pr.id = g.priority_id
          WHERE s.id = ANY($1::uuid[])`,
        [ids((t) => t.strategyId)],
      ),
      this.db.query<{ id: string; name: string }[]>(`SELECT id, name FROM app.person WHERE id = ANY($1::uuid[])`, [ids((t) => t.ownerId)]),
      this.db.query<{ id: string; name: string }[]>(`SELECT id, name FROM app.school WHERE id = ANY($1::uuid[])`, [ids((t) => t.schoolId)]),
    ]);
    const strategyOf = new Map(strategies.map((s) => [s.id, s]));
    const personName = new Map(people.map((p) => [p.id, p.name]));
    const schoolName = new Map(schools.map((s) => [s.id, s.name]));
    return tactics.map((t) => {
      const parents = strategyOf.get(t.strategyId);
      return {
        priority: parents?.priority ?? '',
        goal: parents?.goal ?? '',
        strategy: parents?.strategy ?? '',
        title: t.title,
        owner: personName.get(t.ownerId) ?? '',
        school: t.schoolId ? (schoolName.get(t.schoolId) ?? '') : null,
        status: t.status,
        percentComplete: t.percentComplete,
        startDate: t.startDate,
        dueDate: t.dueDate,
        overdue: t.overdue,
        stale: t.stale,
        lastCheckIn: t.lastCheckInAt ? (isoDateInZone(Date.parse(t.lastCheckInAt), timeZone) as IsoDate) : null,
        updateCadence: t.updateCadence,
      };
    });
  }

  private async plan(id: string): Promise<void> {
    const [row] = await this.db.query<{ id: string }[]>(`SELECT id FROM app.plan WHERE id = $1`, [id]);
    found(row, 'plan', id);
  }
}
