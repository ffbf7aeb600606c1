import { Injectable } from '@nestjs/common';
import type { Milestone } from '@throughline/domain';
import { found } from '../http/not-found.js';
import { firstRow } from '../database/rows.js';
import { type CreateMilestoneDto, type MilestoneRow, type UpdateMilestoneDto, toMilestoneResponse } from './milestones.dto.js';
import { Db } from '../database/db.js';

const COLUMNS = 'id, tactic_id, title, due_date, completed_on, sort_order';

@Injectable()
export class MilestonesService {
  constructor(private readonly db: Db) {}

  async list(tacticId: string): Promise<Milestone[]> {
    const rows = await this.db.query<MilestoneRow[]>(
      `SELECT ${COLUMNS} FROM app.milestone WHERE tactic_id = $1 ORDER BY sort_order, due_date NULLS LAST`,
      [tacticId],
    );
    return rows.map(toMilestoneResponse);
  }

  async create(body: CreateMilestoneDto): Promise<Milestone> {
    const [row] = await this.db.execute<MilestoneRow[]>(
      `INSERT INTO app.milestone (tactic_id, title, due_date, completed_on, sort_order) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [body.tacticId, body.title, body.dueDate ?? null, body.completedOn ?? null, body.sortOrder ?? 0],
    );
    return toMilestoneResponse(row as MilestoneRow);
  }

  async update(id: string, body: UpdateMilestoneDto): Promise<Milestone> {
    const rows = await this.db.execute<MilestoneRow[]>(
      `UPDATE app.milestone SET title = COALESCE($2, title), due_date = CASE WHEN $3 THEN $4::date ELSE due_date END,
              completed_on = CASE WHEN $5 THEN $6::date ELSE completed_on END, sort_order = COALESCE($7, sort_order)
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, body.title ?? null, body.dueDate !== undefined, body.dueDate ?? null, body.completedOn !== undefined, body.completedOn ?? null, body.sortOrder ?? null],
    );
    return toMilestoneResponse(found(firstRow(rows), 'milestone', id));
  }

  async remove(id: string): Promise<void> {
    found(firstRow(await this.db.execute(`DELETE FROM app.milestone WHERE id = $1 RETURNING id`, [id])), 'milestone', id);
  }
}
