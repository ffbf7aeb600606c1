import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type IsoDate, type Page, type Tactic, isoDateInZone } from '@throughline/domain';
import { invalid, staleVersion } from '../http/errors.js';
import { found } from '../http/not-found.js';
import { firstRow } from '../database/rows.js';
import { SettingsService } from '../settings/settings.service.js';
import { TACTIC_COLUMNS, overdueSql, staleSql } from './tactic-sql.js';
import { type TacticRow, toTacticResponse } from './tactic-row.js';
import type { CreateTacticDto, TacticQuery, UpdateTacticDto } from './tactics.dto.js';
import { Db } from '../database/db.js';

const SORTS: Record<string, string> = {
  due: 't.due_date ASC NULLS LAST, t.title',
  '-due': 't.due_date DESC NULLS LAST, t.title',
  title: 't.title ASC',
  '-title': 't.title DESC',
  status: `array_position(ARRAY['off-track','at-risk','not-started','on-track','complete','cancelled'], t.status), t.due_date NULLS LAST`,
  '-status': `array_position(ARRAY['off-track','at-risk','not-started','on-track','complete','cancelled'], t.status) DESC, t.due_date NULLS LAST`,
  owner: 'o.name ASC, t.due_date NULLS LAST',
  '-owner': 'o.name DESC, t.due_date NULLS LAST',
};

@Injectable()
export class TacticsService {
  constructor(
    private readonly db: Db,
    private readonly settings: SettingsService,
  ) {}

  /** Today's date in the district: what "overdue" and "stale" are measured against. */
  async today(): Promise<{ today: IsoDate; timeZone: string }> {
    const { timeZone } = await this.settings.get();
    return { today: isoDateInZone(Date.now(), timeZone), timeZone };
  }

  async list(query: TacticQuery): Promise<Page<Tactic>> {
    const { today, timeZone } = await this.today();
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const params: unknown[] = [today, timeZone];
    const where: string[] = [];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (query.planId) add((p) => `pr.plan_id = ${p}`, query.planId);
    if (query.ownerId) add((p) => `(t.owner_id = ${p} OR EXISTS (SELECT 1 FROM app.tactic_contributor c WHERE c.tactic_id = t.id AND c.person_id = ${p}))`, query.ownerId);
    if (query.schoolId) add((p) => `t.school_id = ${p}`, query.schoolId);
    if (query.status) add((p) => `t.status = ${p}`, query.status);
    if (query.priorityId) add((p) => `g.priority_id = ${p}`, query.priorityId);
    if (query.goalId) add((p) => `s.goal_id = ${p}`, query.goalId);
    if (query.strategyId) add((p) => `t.strategy_id = ${p}`, query.strategyId);
    if (query.dueFrom) add((p) => `t.due_date >= ${p}`, query.dueFrom);
    if (query.dueTo) add((p) => `t.due_date <= ${p}`, query.dueTo);
    if (query.q) add((p) => `(t.title ILIKE ${p} OR t.description ILIKE ${p})`, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (query.overdue !== undefined) where.push(`${query.overdue ? '' : 'NOT '}${overdueSql('$1::date')}`);
    if (query.stale !== undefined) where.push(`${query.stale ? '' : 'NOT '}${staleSql('$1::date', '$2')}`);

    const from = `FROM app.tactic t JOIN app.strategy s ON s.id = t.strategy_id JOIN app.goal g ON g.id = s.goal_id
      JOIN app.priority pr ON pr.id = g.priority_id JOIN app.person o ON o.id = t.owner_id
      WHERE ${where.length ? where.join(" AND ") : "true"} AND $1::date IS NOT NULL AND $2::text IS NOT NULL`; // $1, $2 always typed
    const [rows, [count]] = await Promise.all([
      this.db.query<TacticRow[]>(
        `SELECT ${TACTIC_COLUMNS.replaceAll('$TZ', '$2')} ${from}
          ORDER BY ${SORTS[query.sort ?? 'due']}, t.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
        params,
      ),
      this.db.query<{ total: number }[]>(`SELECT count(*)::int AS total ${from}`, params),
    ]);
    return { items: rows.map((r) => toTacticResponse(r, today)), total: count?.total ?? 0, page, pageSize };
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<Tactic> {
    const { today } = await this.today();
    return toTacticResponse(await this.row(id, manager), today);
  }

  async row(id: string, manager: EntityManager = this.db.manager): Promise<TacticRow> {
    const { timeZone } = await this.settings.get();
    const [row] = await manager.query<TacticRow[]>(`SELECT ${TACTIC_COLUMNS.replaceAll('$TZ', '$2')} FROM app.tactic t WHERE t.id = $1`, [id, timeZone]);
    return found(row, 'tactic', id);
  }

  create(body: CreateTacticDto): Promise<Tactic> {
    checkDates(body.startDate, body.dueDate);
    return this.db.write(async (manager) => {
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO app.tactic (strategy_id, title, description, owner_id, school_id, start_date, due_date, school_year, status,
                                 percent_complete, update_cadence, weight, sort_order)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [
          body.strategyId, body.title, body.description ?? '', body.ownerId, body.schoolId ?? null, body.startDate ?? null,
          body.dueDate ?? null, body.schoolYear, body.status ?? 'not-started', body.percentComplete ?? 0,
          body.updateCadence ?? 'monthly', body.weight ?? 1, body.sortOrder ?? 0,
        ],
      );
      const id = (row as { id: string }).id;
      await this.link(manager, id, body.contributorIds, body.metricIds);
      return this.get(id, manager);
    });
  }

  /** Applies only to the version the client read (409 otherwise); links are replaced when given. */
  update(id: string, body: UpdateTacticDto): Promise<Tactic> {
    return this.db.write(async (manager) => {
      const current = await this.row(id, manager);
      if (current.version !== body.version) throw staleVersion('tactic', current.version);
      checkDates(
        body.startDate !== undefined ? body.startDate : current.start_date,
        body.dueDate !== undefined ? body.dueDate : current.due_date,
      );
      const rows = await manager.query(
        `UPDATE app.tactic SET title = COALESCE($3, title), description = COALESCE($4, description), owner_id = COALESCE($5, owner_id),
                school_id = CASE WHEN $6 THEN $7::uuid ELSE school_id END,
                start_date = CASE WHEN $8 THEN $9::date ELSE start_date END,
                due_date = CASE WHEN $10 THEN $11::date ELSE due_date END,
                school_year = COALESCE($12, school_year), status = COALESCE($13, status),
                percent_complete = COALESCE($14, percent_complete), update_cadence = COALESCE($15, update_cadence),
                weight = COALESCE($16, weight), sort_order = COALESCE($17, sort_order), version = version + 1
          WHERE id = $1 AND version = $2 RETURNING id`,
        [
          id, body.version, body.title ?? null, body.description ?? null, body.ownerId ?? null,
          body.schoolId !== undefined, body.schoolId ?? null, body.startDate !== undefined, body.startDate ?? null,
          body.dueDate !== undefined, body.dueDate ?? null, body.schoolYear ?? null, body.status ?? null,
          body.percentComplete ?? null, body.updateCadence ?? null, body.weight ?? null, body.sortOrder ?? null,
        ],
      );
      if (!firstRow(rows)) throw staleVersion('tactic', (await this.row(id)).version);
      await this.link(manager, id, body.contributorIds, body.metricIds);
      return this.get(id, manager);
    });
  }

  async remove(id: string): Promise<void> {
    found(firstRow(await this.db.execute(`DELETE FROM app.tactic WHERE id = $1 RETURNING id`, [id])), 'tactic', id);
  }

  private async link(manager: EntityManager, id: string, contributorIds?: readonly string[], metricIds?: readonly string[]): Promise<void> {
    if (contributorIds) {
      await manager.query(`DELETE FROM app.tactic_contributor WHERE tactic_id = $1`, [id]);
      await manager.query(`INSERT INTO app.tactic_contributor (tactic_id, person_id) SELECT $1, unnest($2::uuid[])`, [id, contributorIds]);
    }
    if (metricIds) {
      await manager.query(`DELETE FROM app.tactic_metric WHERE tactic_id = $1`, [id]);
      await manager.query(`INSERT INTO app.tactic_metric (tactic_id, metric_id) SELECT $1, unnest($2::uuid[])`, [id, metricIds]);
    }
  }
}

function checkDates(start?: string | null, due?: string | null): void {
  if (start && due && due < start) throw invalid([{ field: 'dueDate', messages: ['dueDate must not be before startDate'] }]);
}
