import { Injectable } from '@nestjs/common';
import type { Guardrail } from '@throughline/domain';
import { found } from '../http/not-found.js';
import { firstRow } from '../database/rows.js';
import { type CreateGuardrailDto, type GuardrailRow, type UpdateGuardrailDto, toGuardrailResponse } from './guardrails.dto.js';
import { Db } from '../database/db.js';

const COLUMNS = 'id, plan_id, statement, owner_id, sort_order';

/** Board "will not allow" statements, each with an owner and metrics of its own. */
@Injectable()
export class GuardrailsService {
  constructor(private readonly db: Db) {}

  async list(planId: string | undefined): Promise<Guardrail[]> {
    const rows = await this.db.query<GuardrailRow[]>(
      `SELECT ${COLUMNS} FROM app.guardrail WHERE $1::uuid IS NULL OR plan_id = $1 ORDER BY plan_id, sort_order`,
      [planId ?? null],
    );
    return rows.map(toGuardrailResponse);
  }

  async get(id: string): Promise<Guardrail> {
    const [row] = await this.db.query<GuardrailRow[]>(`SELECT ${COLUMNS} FROM app.guardrail WHERE id = $1`, [id]);
    return toGuardrailResponse(found(row, 'guardrail', id));
  }

  async create(body: CreateGuardrailDto): Promise<Guardrail> {
    const [row] = await this.db.execute<GuardrailRow[]>(
      `INSERT INTO app.guardrail (plan_id, statement, owner_id, sort_order) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [body.planId, body.statement, body.ownerId, body.sortOrder ?? 0],
    );
    return toGuardrailResponse(row as GuardrailRow);
  }

  async update(id: string, body: UpdateGuardrailDto): Promise<Guardrail> {
    const rows = await this.db.execute<GuardrailRow[]>(
      `UPDATE app.guardrail SET statement = COALESCE($2, statement), owner_id = COALESCE($3, owner_id),
              sort_order = COALESCE($4, sort_order)
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, body.statement ?? null, body.ownerId ?? null, body.sortOrder ?? null],
    );
    return toGuardrailResponse(found(firstRow(rows), 'guardrail', id));
  }

  async remove(id: string): Promise<void> {
    found(firstRow(await this.db.execute(`DELETE FROM app.guardrail WHERE id = $1 RETURNING id`, [id])), 'guardrail', id);
  }
}
