import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Initiative } from '@throughline/domain';
import { found } from '../http/not-found.js';
import { firstRow } from '../database/rows.js';
import { type CreateInitiativeDto, type InitiativeRow, type UpdateInitiativeDto, toInitiativeResponse } from './initiatives.dto.js';
import { Db } from '../database/db.js';

const SELECT = `SELECT i.id, i.plan_id, i.name, i.description, i.current, i.decision, i.rationale, i.owner_id,
  COALESCE((SELECT array_agg(goal_id ORDER BY goal_id) FROM app.initiative_goal ig WHERE ig.initiative_id = i.id), '{}') AS goal_ids
  FROM app.initiative i`;

@Injectable()
export class InitiativesService {
  constructor(private readonly db: Db) {}

  async list(planId: string | undefined): Promise<Initiative[]> {
    const rows = await this.db.query<InitiativeRow[]>(`${SELECT} WHERE $1::uuid IS NULL OR i.plan_id = $1 ORDER BY i.name`, [planId ?? null]);
    return rows.map(toInitiativeResponse);
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<Initiative> {
    const [row] = await manager.query<InitiativeRow[]>(`${SELECT} WHERE i.id = $1`, [id]);
    return toInitiativeResponse(found(row, 'initiative', id));
  }

  create(body: CreateInitiativeDto): Promise<Initiative> {
    return this.db.write(async (manager) => {
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO app.initiative (plan_id, name, description, current, decision, rationale, owner_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [body.planId, body.name, body.description ?? '', body.current ?? true, body.decision ?? null, body.rationale ?? '', body.ownerId ?? null],
      );
      const id = (row as { id: string }).id;
      await this.linkGoals(manager, id, body.goalIds ?? []);
      return this.get(id, manager);
    });
  }

  update(id: string, body: UpdateInitiativeDto): Promise<Initiative> {
    return this.db.write(async (manager) => {
      const rows = await manager.query(
        `UPDATE app.initiative SET name = COALESCE($2, name), description = COALESCE($3, description),
                current = COALESCE($4, current), decision = CASE WHEN $5 THEN $6 ELSE decision END,
                rationale = COALESCE($7, rationale), owner_id = CASE WHEN $8 THEN $9::uuid ELSE owner_id END
          WHERE id = $1 RETURNING id`,
        [
          id, body.name ?? null, body.description ?? null, body.current ?? null,
          body.decision !== undefined, body.decision ?? null, body.rationale ?? null,
          body.ownerId !== undefined, body.ownerId ?? null,
        ],
      );
      found(firstRow(rows), 'initiative', id);
      if (body.goalIds) await this.linkGoals(manager, id, body.goalIds);
      return this.get(id, manager);
    });
  }

  async remove(id: string): Promise<void> {
    found(firstRow(await this.db.execute(`DELETE FROM app.initiative WHERE id = $1 RETURNING id`, [id])), 'initiative', id);
  }

  /** Replaces the goal links in one statement pair; an unknown goal id is a 404 through the foreign key. */
  private async linkGoals(manager: EntityManager, id: string, goalIds: readonly string[]): Promise<void> {
    await manager.query(`DELETE FROM app.initiative_goal WHERE initiative_id = $1`, [id]);
    if (goalIds.length) {
      await manager.query(`INSERT INTO app.initiative_goal (initiative_id, goal_id) SELECT $1, unnest($2::uuid[])`, [id, goalIds]);
    }
  }
}
